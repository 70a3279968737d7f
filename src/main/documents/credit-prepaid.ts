/**
 * The prepaid amount a credit note carries (model in src/main/db/migrations/0036_money.ts): a
 * credit note of an invoice with a prepaid amount credits the invoice's amount due first; only
 * the part of its total that the amount due left to credit cannot take is prepaid (BT-113) on the
 * note, so its own amount due (BT-115) is what it takes off the receivable, and the invoice ends at
 * 0.00, never at minus its prepaid amount. Worked out at draft (the editor shows it) and again at
 * issue (another note may have been issued since).
 */
import type { Executor } from '../context'

/**
 * Always worked out, whatever prepaid amount the draft holds (the editor sends back the one it
 * was shown, which is stale once the quantities change). Notes issued before migration 0036 carry
 * none; what they took counts at most up to the invoice's amount due, as in the store.
 */
export async function creditNotePrepaid(
  db: Executor,
  invoiceId: number,
  noteId: number | null,
  note: { totalCents: number; roundingCents: number }
): Promise<number> {
  const invoice = await db
    .selectFrom('documents')
    .select('payableCents')
    .where('id', '=', invoiceId)
    .executeTakeFirstOrThrow()
  let earlier = db
    .selectFrom('documents')
    .select((eb) => eb.fn.sum<number | null>(eb.fn('max', ['payableCents', eb.val(0)])).as('credited'))
    .where('correctsId', '=', invoiceId)
    .where('type', '=', 'credit_note')
    .where('status', '=', 'issued')
  if (noteId !== null) earlier = earlier.where('id', '<>', noteId)
  const { credited } = await earlier.executeTakeFirstOrThrow()
  const left = Math.max(0, invoice.payableCents - Math.min(credited ?? 0, invoice.payableCents))
  return Math.max(0, note.totalCents + note.roundingCents - left)
}
