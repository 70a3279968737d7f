import { sql, type Kysely } from 'kysely'
import { createIndex, createLinkTable, createRecordTable, required } from './schema'

/**
 * Contracts (with attachments and billed periods), site visits (executives, products,
 * follow-ups), visit plans, team meetings and a first customer_requests table.
 * Start/end instants are ISO UTC text ("2026-03-02T09:00:00.000Z"), so text order is time order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createRecordTable(db, 'contracts')
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id'))
    .addColumn('executive_id', 'integer', (c) => c.references('sales_executives.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('value_cents', 'integer', (c) => c.notNull().check(sql`value_cents >= 0`))
    .$call(required({ currency: 'text', start_date: 'text' }))
    .addColumn('end_date', 'text')
    .addColumn('billing_frequency', 'text', (c) =>
      c.notNull().check(sql`billing_frequency in ('one_off', 'monthly', 'quarterly', 'yearly')`)
    )
    .addColumn('notice_period_days', 'integer', (c) => c.notNull().defaultTo(0))
    // end_date minus the notice period, kept so renewals are one indexed range query.
    .addColumn('notice_date', 'text')
    .addColumn('signed_date', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('draft', 'active', 'ended', 'terminated')`)
    )
    .addColumn('closed_date', 'text')
    .addColumn('termination_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('renewed_from_id', 'integer', (c) => c.references('contracts.id'))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .$call(required({ created_at: 'text', updated_at: 'text' }))
    .execute()
  await createIndex(db, 'contracts_customer', 'contracts', ['customer_id'])
  await createIndex(db, 'contracts_executive', 'contracts', ['executive_id'])
  await createIndex(db, 'contracts_status_notice', 'contracts', ['status', 'notice_date'])
  await createIndex(db, 'contracts_end_date', 'contracts', ['end_date'])
  await createIndex(db, 'contracts_renewed_from', 'contracts', ['renewed_from_id'])

  await createRecordTable(db, 'contract_attachments')
    .addColumn('contract_id', 'integer', (c) => c.notNull().references('contracts.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('stored_path', 'text', (c) => c.notNull().unique())
    .$call(required({ size_bytes: 'integer', sha256: 'text', mime_type: 'text', created_at: 'text' }))
    .execute()
  await createIndex(db, 'contract_attachments_contract', 'contract_attachments', ['contract_id'])

  await db.schema
    .createTable('contract_billed_periods')
    .addColumn('contract_id', 'integer', (c) => c.notNull().references('contracts.id'))
    .$call(required({ period_start: 'text', period_end: 'text', amount_cents: 'integer' }))
    .addColumn('invoice_id', 'integer')
    .addColumn('billed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('contract_billed_periods_pk', ['contract_id', 'period_start'])
    .execute()

  await createRecordTable(db, 'visit_plans')
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id'))
    .addColumn('every_weeks', 'integer', (c) => c.notNull().check(sql`every_weeks between 1 and 52`))
    .$call(
      required({ local_time: 'text', duration_minutes: 'integer', time_zone: 'text', start_date: 'text' })
    )
    .addColumn('end_date', 'text')
    .addColumn('purpose', 'text', (c) => c.notNull().defaultTo(''))
    .$call(required({ created_at: 'text', updated_at: 'text' }))
    .execute()
  await createIndex(db, 'visit_plans_customer', 'visit_plans', ['customer_id'])
  await createLinkTable(
    db,
    'visit_plan_executives',
    { column: 'plan_id', table: 'visit_plans' },
    { column: 'executive_id', table: 'sales_executives' }
  )

  let visits = createRecordTable(db, 'site_visits')
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id'))
    .addColumn('plan_id', 'integer', (c) => c.references('visit_plans.id'))
    // The slot the plan generated this occurrence for; kept when it is moved or cancelled.
    .addColumn('plan_slot', 'text')
    .$call(required({ start_at: 'text', end_at: 'text' }))
    .addColumn('purpose', 'text', (c) => c.notNull().defaultTo(''))
  for (const part of ['line1', 'line2', 'postal_code', 'city', 'region', 'country']) {
    visits = visits.addColumn(`address_${part}`, 'text', (c) => c.notNull().defaultTo(''))
  }
  await visits
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('scheduled', 'completed', 'cancelled', 'no_show')`)
    )
    .addColumn('outcome', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('cancel_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('closed_at', 'text')
    .$call(required({ created_at: 'text', updated_at: 'text' }))
    .addCheckConstraint('site_visits_interval', sql`end_at > start_at`)
    .execute()
  await createIndex(db, 'site_visits_start', 'site_visits', ['start_at', 'end_at'])
  await createIndex(db, 'site_visits_customer', 'site_visits', ['customer_id', 'start_at'])
  await createIndex(db, 'site_visits_plan_slot', 'site_visits', ['plan_id', 'plan_slot'], { unique: true })
  await createIndex(db, 'site_visits_status_end', 'site_visits', ['status', 'end_at'])

  await createAgenda(db, 'site_visit_executives', 'visit_id', 'site_visits')

  await createLinkTable(
    db,
    'site_visit_products',
    { column: 'visit_id', table: 'site_visits' },
    { column: 'product_id', table: 'products' }
  )

  await createRecordTable(db, 'customer_requests')
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'open', 'closed')`))
    .addColumn('visit_id', 'integer', (c) => c.references('site_visits.id'))
    .$call(required({ created_at: 'text', updated_at: 'text' }))
    .execute()
  await createIndex(db, 'customer_requests_customer', 'customer_requests', ['customer_id'])
  await createIndex(db, 'customer_requests_visit', 'customer_requests', ['visit_id'])

  await createRecordTable(db, 'site_visit_follow_ups')
    .addColumn('visit_id', 'integer', (c) => c.notNull().references('site_visits.id').onDelete('cascade'))
    .$call(required({ position: 'integer', text: 'text' }))
    .addColumn('due_date', 'text')
    .execute()
  await createIndex(db, 'site_visit_follow_ups_visit', 'site_visit_follow_ups', ['visit_id', 'position'])

  await createRecordTable(db, 'meetings')
    .$call(required({ title: 'text', start_at: 'text', end_at: 'text' }))
    .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('agenda', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('scheduled', 'cancelled')`))
    .$call(required({ created_at: 'text', updated_at: 'text' }))
    .addCheckConstraint('meetings_interval', sql`end_at > start_at`)
    .execute()
  await createIndex(db, 'meetings_start', 'meetings', ['start_at', 'end_at'])
  await createAgenda(db, 'meeting_attendees', 'meeting_id', 'meetings')
}

/**
 * The executives taking part in a visit or a meeting (`<event>_id` in `<events>`), with the event's start copied
 * in so that an executive's agenda is one index range scan.
 */
async function createAgenda(
  db: Kysely<unknown>,
  table: string,
  event: string,
  events: string
): Promise<void> {
  await createLinkTable(
    db,
    table,
    { column: event, table: events },
    { column: 'executive_id', table: 'sales_executives' },
    required({ start_at: 'text' })
  )
  await createIndex(db, `${table}_agenda`, table, ['executive_id', 'start_at', event])
}
