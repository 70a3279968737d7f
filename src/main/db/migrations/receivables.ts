/**
 * How migrations write the receivables' triggers (0006, 0036, 0043) and bring stored receivables to a
 * corrected rule (0036, 0043). Landed history: never change what this builds or runs
 * (test/db/migration-record.test.ts holds the triggers; test/payments/prepaid.test.ts and
 * credited-rounding.test.ts run both repairs on old rows); a later rule gets a helper of its own.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely'
import { activity } from '../../../shared/activity'
import { appendToChain } from '../chain'

/** Opens an issued invoice's or debit note's receivable for `amount`: 0006 its total, 0036 its amount due. */
export const receivableOnIssue = (amount: 'total_cents' | 'payable_cents') =>
  `create trigger receivables_on_issue after update of status on documents
      when old.status = 'draft' and new.status = 'issued' and new.type in ('invoice', 'debit_note')
      begin
        insert into receivables (document_id, customer_id, issue_date, due_date, total_cents)
        values (new.id, new.customer_id, new.issue_date, coalesce(new.due_date, new.issue_date), new.${amount});
      end`

/** Credits the corrected invoice's receivable when a credit note is issued; `credit` is the update. */
export const receivableOnCreditNote = (credit: string) =>
  `create trigger receivables_on_credit_note after update of status on documents
      when old.status = 'draft' and new.status = 'issued' and new.type = 'credit_note' and new.corrects_id is not null
      begin
        ${credit}
      end`

/** A receivable found wrong: the invoice or debit note it belongs to. */
interface WrongReceivable {
  id: number
  number: string
  currency: string
}

/** How one receivable is corrected, with what was open before and after (minor units of its currency). */
interface ReceivableCorrection {
  /** The update that corrects the receivable. */
  update: RawBuilder<unknown>
  openBefore: number
  openAfter: number
  /** The activity log's English summary (the details carry the translatable key). */
  summary: string
}

/**
 * Runs each correction with the receivables' frozen-key trigger lifted for these updates only, then
 * puts the trigger back exactly as it was; each change is written to the activity log (key
 * receivableAmountDue) and chained like every entry.
 */
export async function correctReceivables<Row extends WrongReceivable>(
  db: Kysely<unknown>,
  wrong: readonly Row[],
  correction: (row: Row) => ReceivableCorrection
): Promise<void> {
  if (wrong.length === 0) return
  const frozen = await sql<{ sql: string }>`select sql from sqlite_master
    where type = 'trigger' and name = 'receivables_keys_frozen'`.execute(db)
  if (frozen.rows.length > 0) await sql`drop trigger receivables_keys_frozen`.execute(db)
  const at = new Date().toISOString()
  for (const row of wrong) {
    const c = correction(row)
    await c.update.execute(db)
    const before = { money: c.openBefore, currency: row.currency }
    const open = { money: c.openAfter, currency: row.currency }
    const { id } = (
      await sql<{
        id: number
      }>`insert into activity_log (at, actor, entity, entity_id, action, summary, details)
        values (${at}, 'salesdesk', 'document', ${row.id}, 'receivable_amount_due', ${c.summary},
          ${JSON.stringify(activity('receivableAmountDue', { number: row.number, open, before }))})
        returning id`.execute(db)
    ).rows[0]
    await appendToChain(db, 'activity_log', id)
  }
  for (const trigger of frozen.rows) await sql.raw(trigger.sql).execute(db)
}
