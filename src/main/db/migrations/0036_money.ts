import { sql, type Kysely } from 'kysely'
import { correctReceivables, receivableOnCreditNote, receivableOnIssue } from './receivables'

/**
 * The receivable of an invoice is its amount due, not its total (issues 11 and 12).
 *
 * The model:
 * - An issued invoice or debit note opens a receivable of its amount due (EN 16931 BT-115:
 *   total − prepaid amount BT-113 + rounding BT-114), in its own currency. What was prepaid was
 *   received elsewhere (a deposit invoice, money taken before the invoice) and is not owed on this
 *   document: 121.00 with 50.00 prepaid leaves 71.00 open, as the invoice prints.
 * - An issued credit note reduces its invoice's receivable by its own amount due, never by more
 *   than the invoice still has to credit (`total_cents − credited_cents`), so credits alone never
 *   take an invoice below 0.00. What a payment settled and a credit note then cancels still goes
 *   below zero: that is the customer's credit, as before.
 * - Crediting an invoice with a prepaid amount credits the amount due first: a credit note carries
 *   as its own prepaid amount (BT-113) only the part of its total that the invoice's amount due
 *   left to credit cannot take (src/main/documents/credit-prepaid.ts, at draft and again at issue).
 *   So the full credit note of 121.00 with 50.00 prepaid is "total 121.00, prepaid 50.00, amount due
 *   71.00" and the invoice ends at 0.00 open, not −50.00; a partial credit of 60.50 first is
 *   "amount due 60.50" (10.50 stays open: the customer kept 60.50 of goods and prepaid 50.00), and
 *   the note for the rest is "total 60.50, prepaid 50.00, amount due 10.50".
 * - When the prepaid amount is more than what remains to credit after partial credits (121.00
 *   with 100.00 prepaid, 21.00 due; a credit of 60.50 takes the 21.00 due and carries 39.50 of
 *   prepaid; the rest, 60.50, is all prepaid): the invoice stands at 0.00 open and the later note's
 *   amount due is 0.00. What the customer may be owed back of the prepaid amount (prepaid less
 *   the value kept: 39.50 after the first note, 100.00 after both) is owed where it was paid — a
 *   refund, or a credit note of the deposit invoice — never on this invoice, so it is not credited
 *   twice. The invoice never goes below 0.00 by credits, only by payments (customer credit).
 *
 * This migration replaces the two triggers of 0006 (never edited) and brings every stored
 * receivable to that model: total = the document's amount due, credited = the issued credit
 * notes' amounts due, at most the amount due (credit notes issued before this fix carry no
 * prepaid amount and took the whole total). Only rows that differ change; each change is written
 * to the activity log (chained like every entry), the receivables' frozen-key trigger is lifted
 * only for these updates and put back exactly as it was.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `drop trigger receivables_on_issue`,
    receivableOnIssue('payable_cents'),
    `drop trigger receivables_on_credit_note`,
    receivableOnCreditNote(
      `update receivables
          set credited_cents = credited_cents + max(0, min(new.payable_cents, total_cents - credited_cents))
          where document_id = new.corrects_id;`
    )
  ]
  for (const statement of statements) await sql.raw(statement).execute(db)

  // What each receivable should hold (the same sum as ledgerAsOf in src/main/payments/receivables.ts).
  const wrong = await sql<{
    id: number
    number: string
    currency: string
    total: number
    credited: number
    paid: number
    due: number
    dueCredited: number
  }>`select id, number, currency, total, credited, paid, due, max(0, min(notes, due)) as "dueCredited" from (
      select d.id, d.number, d.currency, r.total_cents as total, r.credited_cents as credited, r.paid_cents as paid,
        d.payable_cents as due,
        coalesce((select sum(max(c.payable_cents, 0)) from documents c
          where c.corrects_id = d.id and c.type = 'credit_note' and c.status = 'issued'), 0) as notes
      from receivables r join documents d on d.id = r.document_id)
    where total <> due or credited <> max(0, min(notes, due))
    order by id`.execute(db)
  await correctReceivables(db, wrong.rows, (r) => ({
    update: sql`update receivables set total_cents = ${r.due}, credited_cents = ${r.dueCredited}
      where document_id = ${r.id}`,
    openBefore: r.total - r.credited - r.paid,
    openAfter: r.due - r.dueCredited - r.paid,
    summary: `Receivable of ${r.number} set to its amount due (prepaid amount deducted): ${r.currency} ${r.due} open before payments, ${r.dueCredited} credited (was ${r.total}, ${r.credited}; minor units)`
  }))
}
