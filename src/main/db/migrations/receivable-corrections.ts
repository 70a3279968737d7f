/**
 * How 0036 and 0043 bring stored receivables to a corrected rule. Landed history: never change what
 * this runs (test/payments/prepaid.test.ts and credited-rounding.test.ts run both repairs on old
 * rows); a later correction that needs something else gets a helper of its own.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely'
import { activity } from '../../../shared/activity'
import { appendToChain } from '../chain'

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
