import { sql, type Kysely } from 'kysely'
import { createIndex, createRecordTable, required } from './schema'
import { appendOnlyTriggers } from '../guards'

/**
 * Weekly figures: the activity the store cannot know (calls, e-mails, demos) per executive,
 * ISO week and metric; sales targets with their history (a target row is effective from its
 * date until the next row for the same executive and metric, so a new target never rewrites
 * an earlier week's report); and the archive of sent weekly reports, which are never changed.
 * Plus indexes the weekly figures read by (activity log decisions, new customers by date).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('weekly_activity')
    .addColumn('executive_id', 'integer', (c) => c.notNull().references('sales_executives.id'))
    .addColumn('week', 'text', (c) => c.notNull().check(sql`week glob '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'`))
    .addColumn('metric', 'text', (c) => c.notNull().check(sql`metric in ('calls', 'emails', 'demos')`))
    .addColumn('value', 'integer', (c) => c.notNull().check(sql`value >= 0`))
    .$call(required({ updated_at: 'text', updated_by: 'text' }))
    .addPrimaryKeyConstraint('weekly_activity_pk', ['executive_id', 'week', 'metric'])
    .execute()
  await createIndex(db, 'weekly_activity_week', 'weekly_activity', ['week', 'executive_id'])

  await createRecordTable(db, 'sales_targets')
    .addColumn('executive_id', 'integer', (c) => c.notNull().references('sales_executives.id'))
    .addColumn('metric', 'text', (c) =>
      c.notNull().check(sql`metric in ('revenue', 'new_customers', 'calls_per_day', 'visits_per_week')`)
    )
    .addColumn('period', 'text', (c) => c.notNull().check(sql`period in ('week', 'month', 'quarter')`))
    .addColumn('value', 'integer', (c) => c.notNull().check(sql`value >= 0`))
    .$call(required({ valid_from: 'text', created_at: 'text', created_by: 'text' }))
    .addUniqueConstraint('sales_targets_effective', ['executive_id', 'metric', 'valid_from'])
    .execute()

  await createRecordTable(db, 'weekly_reports')
    .$call(
      required({
        week: 'text',
        sent_at: 'text',
        sent_by: 'text',
        figures_json: 'text',
        xlsx: 'blob',
        pdf: 'blob'
      })
    )
    .execute()
  await createIndex(db, 'weekly_reports_week', 'weekly_reports', ['week', 'id'])
  for (const statement of appendOnlyTriggers(
    'weekly_reports',
    'A sent weekly report cannot be changed',
    'A sent weekly report cannot be deleted'
  ))
    await sql.raw(statement).execute(db)

  await createIndex(db, 'activity_log_action_at', 'activity_log', ['action', 'at'])
  await createIndex(db, 'customers_created_at', 'customers', ['created_at'])
}
