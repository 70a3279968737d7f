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

  it("state their customer's mandate and debited IBAN, or card, frozen with them as issuing does", async () => {
    const rows = desk.store.sqlite
      .prepare(
        `select d.id, d.payment_method as method, s.mandate_reference as mandate, s.iban, s.card_last4 as last4,
           m.document_id as frozen
         from documents d
         left join customer_payment_setups s on s.customer_id = d.customer_id
         left join document_payment_means m on m.document_id = d.id
         where d.number is not null and d.type in ('invoice', 'credit_note', 'debit_note')
           and d.payment_method in ('direct_debit', 'card')
         order by d.id`
      )
      .all() as {
      id: number
      method: string
      mandate: string
      iban: string
      last4: string
      frozen: number | null
    }[]
    expect(rows.filter((r) => r.frozen === null)).toEqual([])
    const debit = rows.find((r) => r.method === 'direct_debit' && r.mandate)
    const card = rows.find((r) => r.method === 'card' && r.last4)
    if (!debit || !card) throw new Error('the demo has no direct-debit or card document')
    const cii = async (id: number) =>
      Buffer.from((await desk.call('einvoice.file', { id, format: 'cii' })).bytes).toString('utf8')
    const debited = await cii(debit.id)
    expect(debited).toContain(`<ram:DirectDebitMandateID>${debit.mandate}</ram:DirectDebitMandateID>`)
    expect(debited).toContain(`<ram:IBANID>${debit.iban}</ram:IBANID>`)
    expect(await cii(card.id)).toContain(`<ram:ID>****${card.last4}</ram:ID>`)
  }, 60_000)
})
