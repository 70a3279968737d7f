/**
 * The prepaid amount (and rounding) a credit note carries (model in
 * src/main/db/migrations/0036_money.ts): a credit note of an invoice with a prepaid amount credits
 * the invoice's amount due first; only the part of its total that the amount due left to credit
 * cannot take is prepaid (BT-113) on the note, so its own amount due (BT-115) is what it takes off
 * the receivable, and the invoice ends at 0.00, never at minus its prepaid amount. The note that
 * credits the rest of the invoice's total also takes the rest of its rounding (BT-114), so an
 * invoice rounded up by 0.02 does not stay 0.02 open. Worked out at draft (the editor shows it) and
 * again at issue (another note may have been issued since).
 */
import type { Executor } from '../context'

/**
 * Always worked out, whatever the draft holds (the editor sends back the prepaid amount it was
 * shown, which is stale once the quantities change); the rounding typed on a note that does not
 * finish the invoice is kept. Notes issued before migration 0036 carry no prepaid amount; what
 * they took counts at most up to the invoice's amount due, as in the store.
 */
export async function creditNoteAmounts(
  db: Executor,
  invoiceId: number,
  noteId: number | null,
  note: { totalCents: number; roundingCents: number }
): Promise<{ prepaidCents: number; roundingCents: number }> {
  const invoice = await db
    .selectFrom('documents')
    .select(['totalCents', 'roundingCents', 'payableCents'])
    .where('id', '=', invoiceId)
    .executeTakeFirstOrThrow()
  let earlier = db
    .selectFrom('documents')
    .select((eb) => [
      eb.fn.sum<number | null>(eb.fn('max', ['payableCents', eb.val(0)])).as('credited'),
      eb.fn.sum<number | null>('totalCents').as('total'),
      eb.fn.sum<number | null>('roundingCents').as('rounding')
    ])
    .where('correctsId', '=', invoiceId)
    .where('type', '=', 'credit_note')
    .where('status', '=', 'issued')
  if (noteId !== null) earlier = earlier.where('id', '<>', noteId)
  const before = await earlier.executeTakeFirstOrThrow()
  const left = Math.max(0, invoice.payableCents - Math.min(before.credited ?? 0, invoice.payableCents))
  const finishes = (before.total ?? 0) + note.totalCents >= invoice.totalCents
  const roundingCents = finishes ? invoice.roundingCents - (before.rounding ?? 0) : note.roundingCents
  return { prepaidCents: Math.max(0, note.totalCents + roundingCents - left), roundingCents }
}
