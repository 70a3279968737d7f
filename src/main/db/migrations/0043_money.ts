import { sql, type Kysely } from 'kysely'
import { correctReceivables, receivableOnCreditNote } from './receivables'

/**
 * Credit notes that together credit an invoice's whole total close it (issues 11 and 12).
 *
 * 0036_money made the receivable of an invoice its amount due (BT-115 = total − prepaid + rounding
 * BT-114) and caps what credit notes take at that amount due. The note that credits the rest of an
 * invoice now also takes the rest of its rounding (src/main/documents/credit-prepaid.ts), but notes
 * issued before that carry no rounding: an invoice of 121.00 rounded up to 121.02 and credited in
 * full (121.00, or 60.50 + 60.50) stood 0.02 open after 0036. The rule, here, in the trigger, in
 * ledgerAsOf (src/main/payments/receivables.ts) and in the statement (src/main/payments/letters.ts):
 * when the issued credit notes' totals add up to at least the invoice's total, the invoice is
 * credited its whole amount due (the rounding goes with the last note); otherwise the notes take
 * their own amounts due, never more than the amount due in all, as in 0036. Rounded down (121.00 to
 * 120.96), a full credit already stops at the amount due: never below 0.00.
 *
 * The credit-note trigger of 0036 is replaced by one that applies the rule, and every stored
 * receivable is brought to it (only rows that differ), as 0036 does: the receivables' frozen-key
 * trigger is lifted only for these updates and put back as it was; each change is written to the
 * activity log (key receivableAmountDue) and chained.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger receivables_on_credit_note`.execute(db)
  await sql
    .raw(
      receivableOnCreditNote(
        `update receivables
          set credited_cents = case
            when (select sum(c.total_cents) from documents c
                where c.corrects_id = new.corrects_id and c.type = 'credit_note' and c.status = 'issued')
              >= (select i.total_cents from documents i where i.id = new.corrects_id)
            then max(0, total_cents)
            else credited_cents + max(0, min(new.payable_cents, total_cents - credited_cents)) end
          where document_id = new.corrects_id;`
      )
    )
    .execute(db)

  const wrong = await sql<{
    id: number
    number: string
    currency: string
    due: number
    credited: number
    paid: number
    dueCredited: number
  }>`select id, number, currency, due, credited, paid,
        case when noteTotals >= total then max(0, due) else max(0, min(notes, due)) end as "dueCredited" from (
      select d.id, d.number, d.currency, d.total_cents as total, r.total_cents as due,
        r.credited_cents as credited, r.paid_cents as paid,
        sum(max(c.payable_cents, 0)) as notes, sum(c.total_cents) as noteTotals
      from receivables r join documents d on d.id = r.document_id
        join documents c on c.corrects_id = d.id and c.type = 'credit_note' and c.status = 'issued'
      group by d.id)
    where credited <> "dueCredited"
    order by id`.execute(db)
  await correctReceivables(db, wrong.rows, (r) => ({
    update: sql`update receivables set credited_cents = ${r.dueCredited} where document_id = ${r.id}`,
    openBefore: r.due - r.credited - r.paid,
    openAfter: r.due - r.dueCredited - r.paid,
    summary: `Receivable of ${r.number} credited its whole amount due: its credit notes credit its whole total (rounding included): ${r.currency} ${r.dueCredited} credited (was ${r.credited}; minor units)`
  }))
}
