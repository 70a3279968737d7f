/**
 * The demo's issued invoices, credit and debit notes as e-invoices: every one passes the official
 * EN 16931 rules in UBL and CII, and its amounts equal the stored document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDemo } from '../../src/main/demo/generate'
import { describeFatal, validateEn16931 } from '../support/en16931'
import { openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk

beforeAll(async () => {
  desk = await openTestDesk()
  generateDemo(desk.store, { size: 'small', seed: 7 })
}, 120_000)

afterAll(async () => {
  await desk.close()
})

describe("the demo's issued documents", () => {
  it('are valid EN 16931 e-invoices whose totals match the store', async () => {
    const rows = desk.store.sqlite
      .prepare(
        `select id, type, number, total_cents, vat_cents, payable_cents from documents
         where number is not null and type in ('invoice', 'credit_note', 'debit_note')
         order by type, id desc`
      )
      .all() as {
      id: number
      type: string
      number: string
      total_cents: number
      vat_cents: number
      payable_cents: number
    }[]
    // The newest of each type, and a spread of older invoices.
    const sample = ['invoice', 'credit_note', 'debit_note'].flatMap((type) =>
      rows.filter((r) => r.type === type).filter((_, i) => i < 6 || i % 25 === 0)
    )
    expect(sample.length).toBeGreaterThan(10)
    const files = []
    for (const row of sample) {
      for (const format of ['ubl', 'cii'] as const) {
        const file = await desk.call('einvoice.file', { id: row.id, format })
        const xml = Buffer.from(file.bytes).toString('utf8')
        const amount = (cents: number) => (cents / 100).toFixed(2)
        expect(xml, row.number).toContain(`>${amount(row.total_cents)}<`)
        expect(xml, row.number).toContain(`>${amount(row.payable_cents)}<`)
        files.push({ name: `${row.number}.${format}.xml`, xml })
      }
    }
    const reports = validateEn16931(files)
    expect(reports).toHaveLength(files.length)
    expect(reports.map(describeFatal).filter(Boolean).join('\n')).toBe('')
  }, 180_000)
})
