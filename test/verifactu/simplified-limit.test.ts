/**
 * A simplified invoice (F2: the buyer has no tax id) may not exceed 3 000.00 € including VAT: the
 * AEAT rejects such a record (Validaciones v1.2.0 §15.8, error 1150), so with VERI*FACTU on the
 * issue is refused before the number is given. The limit is on the record's ImporteTotal (bases
 * and tax of the breakdown, in euros at the rate given on the draft); corrections (R5) are not
 * limited. Every amount here is worked out in the test.
 */
import { describe, expect, it } from 'vitest'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import { draft, issued, line } from '../documents/helpers'
import { desksClosedAfterEach, type TestDesk } from '../support/fixtures'
import { spanishDesk, verifactuSettingsInput, xmlField, type SpanishDesk } from './support'

const open = desksClosedAfterEach()

async function setUp(): Promise<SpanishDesk> {
  const s = await spanishDesk()
  open.push(s.desk)
  return s
}

/** 3 000.00 € in cents: RD 1619/2012 art. 4.1.a, "IVA incluido". */
const LIMIT = 300_000

/** Net + 21 % VAT rounded half up (positive amounts), in cents. */
const withVat = (net: number): number => net + Math.round((net * 21) / 100)

/** The largest net whose total with 21 % VAT is at most `total`, and that total. */
function netFor(total: number): { net: number; gross: number } {
  let net = Math.floor((total * 100) / 121) + 2
  while (withVat(net) > total) net--
  return { net, gross: withVat(net) }
}

const euros = (cents: number): string => `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`

function storeState(desk: TestDesk) {
  const sqlite = desk.store.sqlite
  return {
    records: sqlite.prepare('select count(*) as n from verifactu_records').get() as { n: number },
    submissions: sqlite.prepare('select count(*) as n from verifactu_submissions').get() as { n: number },
    series: sqlite
      .prepare('select type, year, next_sequence as next from document_series order by type, year')
      .all() as Array<{ type: string; year: number; next: number }>,
    issued: sqlite.prepare('select count(*) as n from documents where number is not null').get() as {
      n: number
    }
  }
}

/** A draft invoice of one line (1 × `net` at 21 %) for `customerId`, optionally in another currency. */
async function invoiceDraft(
  s: SpanishDesk,
  customerId: number,
  net: number,
  currency?: { code: string; eurRate: string }
): Promise<SalesDocument> {
  const created = await s.desk.call('documents.createDraft', {
    document: draft(s.seed, {
      customerId,
      ...(currency ? { currency: currency.code } : {}),
      lines: [line({ description: 'Mostrador', quantityMilli: 1_000, unitPriceCents: net, vatRateBp: 2100 })]
    })
  })
  if (currency)
    await s.desk.call('verifactu.setDocumentOptions', {
      documentId: created.id,
      options: { correctionCode: null, correctionKind: null, eurRate: currency.eurRate }
    })
  return created
}

async function importeTotalOf(
  desk: TestDesk,
  doc: SalesDocument
): Promise<{ type: string; importe: string }> {
  const info = await desk.call('verifactu.document', { id: doc.id })
  const last = info.records[info.records.length - 1]
  const row = desk.store.sqlite.prepare('select xml from verifactu_records where id = ?').get(last.id) as {
    xml: string
  }
  return { type: xmlField(row.xml, 'TipoFactura'), importe: xmlField(row.xml, 'ImporteTotal') }
}

describe('VERI*FACTU: the simplified invoice limit (3 000.00 € including VAT)', () => {
  it('just under and exactly at the limit issue as F2; one cent over is refused at the tax id, nothing written', async () => {
    const s = await setUp()
    const under = netFor(LIMIT - 1)
    const at = netFor(LIMIT)
    const over = netFor(LIMIT + 1)
    // The three nets give totals one cent apart around the limit (checked, not assumed).
    expect([under.gross, at.gross, over.gross]).toEqual([LIMIT - 1, LIMIT, LIMIT + 1])

    for (const amount of [under, at]) {
      const doc = await s.desk.call('documents.issue', {
        id: (await invoiceDraft(s, s.anonymousCustomerId, amount.net)).id
      })
      expect(doc.totalCents).toBe(amount.gross)
      expect(await importeTotalOf(s.desk, doc)).toEqual({ type: 'F2', importe: euros(amount.gross) })
    }

    const before = storeState(s.desk)
    const tooMuch = await invoiceDraft(s, s.anonymousCustomerId, over.net)
    const error = await s.desk.fail('documents.issue', { id: tooMuch.id })
    expect(error.code).toBe('conflict')
    expect(error.key).toBe('verifactuSimplifiedOverLimit')
    expect(error.params).toEqual({ total: `${euros(over.gross)} EUR` })
    expect(error.message).toContain(`this one comes to ${euros(over.gross)} EUR`)
    expect(error.fieldMessages).toEqual({ customerTaxId: { key: 'verifactuSimplifiedOverLimitField' } })
    // Nothing written: no number taken, no record, the draft as it was.
    expect(storeState(s.desk)).toEqual(before)
    const after = await s.desk.call('documents.get', { id: tooMuch.id })
    expect(after.status).toBe('draft')
    expect(after.number).toBeNull()

    // The next invoice gets the number the refused one would have had.
    const invoiceSeries = before.series.find((r) => r.type === 'invoice')
    const next = await issued(s.desk, s.seed, { customerId: s.spanishCustomerId })
    expect(Number(next.number?.split('-').at(-1))).toBe(invoiceSeries?.next)
  })

  it('the same amount with the customer’s tax id is an F1 and issues; with VERI*FACTU off nothing is refused', async () => {
    const s = await setUp()
    const over = netFor(LIMIT + 1)
    const f1 = await s.desk.call('documents.issue', {
      id: (await invoiceDraft(s, s.spanishCustomerId, over.net)).id
    })
    expect(await importeTotalOf(s.desk, f1)).toEqual({ type: 'F1', importe: euros(over.gross) })

    await s.desk.call('verifactu.updateSettings', { settings: verifactuSettingsInput({ enabled: false }) })
    const off = await s.desk.call('documents.issue', {
      id: (await invoiceDraft(s, s.anonymousCustomerId, netFor(5 * LIMIT).net)).id
    })
    expect(off.status).toBe('issued')
  })

  it('a foreign-currency invoice counts in euros at the rate given on the draft', async () => {
    const s = await setUp()
    // USD 2 400.00 + 21 % = USD 2 904.00, under 3 000 in dollars; at 0.9000 USD per EUR the record
    // carries 240 000 / 0.9 = 266 666.67 → 266 667 and 50 400 / 0.9 = 56 000 cents: 3 226.67 €.
    const usd = { code: 'USD', eurRate: '0.9000' }
    const toEuro = (cents: number) => Math.round((cents * 10_000) / 9_000)
    const net = 240_000
    const eur = toEuro(net) + toEuro(withVat(net) - net)
    expect(eur).toBe(322_667)
    const refused = await invoiceDraft(s, s.anonymousCustomerId, net, usd)
    const error = await s.desk.fail('documents.issue', { id: refused.id })
    expect(error.key).toBe('verifactuSimplifiedOverLimit')
    expect(error.params).toEqual({ total: `${euros(eur)} EUR` })
    expect(storeState(s.desk).records.n).toBe(0)

    // USD 3 500.00 + 21 % = USD 4 235.00, over 3 000 in dollars; at 1.5000 USD per EUR it is
    // 233 333.33 → 233 333 + 49 000 = 282 333 cents: 2 823.33 €, under the limit.
    const weak = { code: 'USD', eurRate: '1.5000' }
    const weakNet = 350_000
    const weakEur =
      Math.round((weakNet * 10_000) / 15_000) + Math.round(((withVat(weakNet) - weakNet) * 10_000) / 15_000)
    expect(weakEur).toBe(282_333)
    const doc = await s.desk.call('documents.issue', {
      id: (await invoiceDraft(s, s.anonymousCustomerId, weakNet, weak)).id
    })
    expect(doc.totalCents).toBe(423_500)
    expect(await importeTotalOf(s.desk, doc)).toEqual({ type: 'F2', importe: euros(weakEur) })
  })

  it('a debit note on a simplified invoice (R5) is not limited', async () => {
    const s = await setUp()
    const at = netFor(LIMIT)
    const over = netFor(LIMIT + 1)
    const invoice = await s.desk.call('documents.issue', {
      id: (await invoiceDraft(s, s.anonymousCustomerId, at.net)).id
    })
    const noteDraft = await s.desk.call('invoices.createDebitNote', {
      invoiceId: invoice.id,
      reason: 'Portes no facturados'
    })
    await s.desk.call('documents.updateDraft', {
      id: noteDraft.id,
      document: draft(s.seed, {
        type: 'debit_note',
        customerId: s.anonymousCustomerId,
        reason: 'Portes no facturados',
        lines: [line({ quantityMilli: 1_000, unitPriceCents: over.net })]
      }),
      expectedUpdatedAt: noteDraft.updatedAt
    })
    const note = await s.desk.call('documents.issue', { id: noteDraft.id })
    expect(await importeTotalOf(s.desk, note)).toEqual({ type: 'R5', importe: euros(over.gross) })
  })
})
