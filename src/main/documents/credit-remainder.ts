/**
 * The remainder of an invoice whose lines are all credited while some of its document-level
 * charges or allowances are not (two line credit notes drafted side by side, each finishing no VAT
 * rate when it was drafted, or notes issued before the note that finishes a rate took its rows).
 *
 * EN 16931 wants at least one line on every invoice and credit note (BR-16; a UBL CreditNote
 * needs a CreditNoteLine), so the note that credits such a remainder carries the open rows as
 * they were on the invoice (same reason, code, VAT category and rate, so that what the invoice
 * charged and what its notes credited stay comparable row by row) and ONE line that names the
 * invoice, "Freight and charges of invoice N" in the note's language, 1 × 0.00 (a quantity of 0 is
 * refused for every line), at the VAT category and rate of its largest open row so that it adds no
 * breakdown row of its own. The other way, the rows written out as lines, would credit lines the
 * invoice never had and leave its charges open to every later note.
 *
 * A remainder of VAT only (two notes' roundings a cent apart, no row open) stays refused: a note
 * with no amount cannot carry VAT (BR-CO-17).
 */
import type { Language } from '../../shared/languages'
import { minorToDecimalString } from '../../shared/money'
import type { Executor } from '../context'
import { printLanguageOf } from '../customers/language'
import { letterTranslator } from '../pdf/letter-strings'
import { readSettings } from '../settings/service'
import { conflict } from './common'
import type { StoredLineInput } from './drafts'
import { vatGroupKey } from '../../shared/totals'
import {
  allowanceChargeRecords,
  documentRecord,
  issuedCreditNotes,
  lineRecords,
  openAllowancesCharges,
  quantitiesFrom,
  type AllowanceChargeRow
} from './load'

/** A credit note of one line picked from no invoice line: the remainder note. */
export const isRemainderShape = (lines: readonly { sourceLineId: number | null }[]): boolean =>
  lines.length === 1 && lines[0].sourceLineId === null

/** The remainder note's line text in the note's language. */
const remainderLineText = (language: Language, invoiceNumber: string): string =>
  letterTranslator(language)('remainderLine', { number: invoiceNumber })

/**
 * What is left to credit of an invoice whose lines are all credited, per VAT category and rate;
 * refused while a line is open (pick it), when nothing is left, or when only VAT is.
 */
async function creditableRemainder(
  db: Executor,
  invoiceId: number,
  except: number | null
): Promise<Map<string, AllowanceChargeRow[]>> {
  const invoice = await documentRecord(db, invoiceId)
  const number = invoice.number ?? ''
  const lines = await lineRecords(db, invoiceId)
  const credited = await quantitiesFrom(
    db,
    lines.map((l) => l.id),
    ['credit_note']
  )
  if (lines.some((l) => (credited.get(l.id) ?? 0) < l.quantityMilli)) throw conflict('creditLinesPicked')
  const notes = await issuedCreditNotes(db, invoiceId, except)
  const open = await openAllowancesCharges(db, invoiceId, notes)
  if (open.size > 0) return open
  const creditedVat =
    notes.length === 0
      ? 0
      : ((
          await db
            .selectFrom('documents')
            .select((eb) => eb.fn.sum<number | null>('vatCents').as('vat'))
            .where('id', 'in', notes)
            .executeTakeFirst()
        )?.vat ?? 0)
  const vatLeft = invoice.vatCents - creditedVat
  if (vatLeft !== 0)
    throw conflict('creditOnlyVatLeft', {
      number,
      amount: `${minorToDecimalString(vatLeft, invoice.currency)} ${invoice.currency}`
    })
  throw conflict('invoiceFullyCredited', { number })
}

/**
 * The remainder note's open rows and its one line, named in the customer's document language of
 * today (issuing names it again in the language the note is issued in).
 */
export async function remainderNote(
  db: Executor,
  invoiceId: number,
  except: number | null
): Promise<{ open: Map<string, AllowanceChargeRow[]>; line: StoredLineInput }> {
  const open = await creditableRemainder(db, invoiceId, except)
  const invoice = await documentRecord(db, invoiceId)
  const customer = await db
    .selectFrom('customers')
    .select(['documentLanguage', 'billingCountry'])
    .where('id', '=', invoice.customerId)
    .executeTakeFirst()
  const { language } = printLanguageOf(customer ?? null, await readSettings(db))
  const [largest] = [...open.values()].flat().sort((a, b) => b.amountCents - a.amountCents)
  // The exemption reason of the invoice's lines at that category and rate, if it has any.
  const like = (await lineRecords(db, invoiceId)).find(
    (l) => l.vatCategory === largest.vatCategory && l.vatRateBp === largest.vatRateBp
  )
  return {
    open,
    line: {
      productId: null,
      description: remainderLineText(language, invoice.number ?? ''),
      unit: '',
      quantityMilli: 1000,
      unitPriceTenThousandths: 0,
      grossPriceTenThousandths: null,
      priceBaseQuantityMilli: 1000,
      discountBp: 0,
      allowanceCents: 0,
      allowanceReason: '',
      chargeCents: 0,
      chargeReason: '',
      vatCategory: largest.vatCategory,
      vatRateBp: largest.vatRateBp,
      vatExemptionCode: like?.vatExemptionCode ?? null,
      vatExemptionText: like?.vatExemptionText ?? null,
      promisedDate: null,
      sourceLineId: null
    }
  }
}

/**
 * Issuing the remainder note: what it credits must still be what is open (another note may have
 * been issued since it was drafted; saving the draft again takes what is open now), and its line
 * names the invoice in the language the note is issued in.
 */
export async function checkRemainderAtIssue(
  trx: Executor,
  noteId: number,
  invoice: { id: number; number: string | null },
  language: Language
): Promise<void> {
  const open = [...(await creditableRemainder(trx, invoice.id, noteId)).values()].flat()
  const taken = await allowanceChargeRecords(trx, noteId)
  const sums = (rows: readonly AllowanceChargeRow[]) => {
    const by = new Map<string, number>()
    for (const r of rows) {
      const key = `${vatGroupKey(r.vatCategory, r.vatRateBp)}/${String(r.charge)}`
      by.set(key, (by.get(key) ?? 0) + r.amountCents)
    }
    return [...by.entries()].sort(([a], [b]) => a.localeCompare(b))
  }
  if (JSON.stringify(sums(open)) !== JSON.stringify(sums(taken)))
    throw conflict('remainderChanged', { number: invoice.number ?? '' })
  await trx
    .updateTable('documentLines')
    .set({ description: remainderLineText(language, invoice.number ?? '') })
    .where('documentId', '=', noteId)
    .execute()
}
