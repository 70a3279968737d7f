import { sql, type Kysely } from 'kysely'

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
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('weekly_activity_pk', ['executive_id', 'week', 'metric'])
    .execute()
  await db.schema
    .createIndex('weekly_activity_week')
    .on('weekly_activity')
    .columns(['week', 'executive_id'])
    .execute()

  await db.schema
    .createTable('sales_targets')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('executive_id', 'integer', (c) => c.notNull().references('sales_executives.id'))
    .addColumn('metric', 'text', (c) =>
      c.notNull().check(sql`metric in ('revenue', 'new_customers', 'calls_per_day', 'visits_per_week')`)
    )
    .addColumn('period', 'text', (c) => c.notNull().check(sql`period in ('week', 'month', 'quarter')`))
    .addColumn('value', 'integer', (c) => c.notNull().check(sql`value >= 0`))
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('sales_targets_effective', ['executive_id', 'metric', 'valid_from'])
    .execute()

  await db.schema
    .createTable('weekly_reports')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('sent_by', 'text', (c) => c.notNull())
    .addColumn('figures_json', 'text', (c) => c.notNull())
    .addColumn('xlsx', 'blob', (c) => c.notNull())
    .addColumn('pdf', 'blob', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('weekly_reports_week').on('weekly_reports').columns(['week', 'id']).execute()
  await sql`create trigger weekly_reports_no_update before update on weekly_reports
    begin select raise(abort, 'A sent weekly report cannot be changed'); end`.execute(db)
  await sql`create trigger weekly_reports_no_delete before delete on weekly_reports
    begin select raise(abort, 'A sent weekly report cannot be deleted'); end`.execute(db)

  await db.schema.createIndex('activity_log_action_at').on('activity_log').columns(['action', 'at']).execute()
  await db.schema.createIndex('customers_created_at').on('customers').column('created_at').execute()
}
