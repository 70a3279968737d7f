import { sql, type Kysely } from 'kysely'
import { refuseReplace, appendOnlyTriggers } from '../guards'

/**
 * Payment reminders as records (issue 11): each printed reminder takes the next number of its own
 * gap-free yearly series ("REM-2026-00001") in the transaction that records it, with its level and
 * the invoices it named, so the next reminder of an invoice follows the level before it. A sent
 * reminder is a fact: reminders and their items are append-only. The series counter is updated
 * like document_series.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `create table reminder_series (
      year integer primary key,
      next_sequence integer not null check (next_sequence >= 1)
    )`,
    `create table reminders (
      id integer primary key autoincrement,
      number text not null unique,
      series_year integer not null,
      sequence integer not null check (sequence >= 1),
      customer_id integer not null references customers(id),
      level integer not null check (level between 1 and 3),
      as_of text not null,
      created_at text not null,
      created_by text not null,
      unique (series_year, sequence)
    )`,
    `create index reminders_customer on reminders (customer_id, id)`,
    `create table reminder_items (
      reminder_id integer not null references reminders(id),
      document_id integer not null references documents(id),
      level integer not null check (level between 1 and 3),
      currency text not null,
      open_cents integer not null,
      days_overdue integer not null,
      primary key (reminder_id, document_id)
    )`,
    `create index reminder_items_document on reminder_items (document_id, reminder_id)`,
    ...appendOnlyTriggers('reminders', 'A reminder that was sent cannot be changed'),
    ...appendOnlyTriggers('reminder_items', 'A reminder that was sent cannot be changed')
  ]
  for (const statement of statements) await sql.raw(statement).execute(db)
  await refuseReplace(db, 'reminders', 'A reminder that was sent cannot be changed')
  await refuseReplace(db, 'reminder_items', 'A reminder that was sent cannot be changed')
}
