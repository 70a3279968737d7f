import { sql, type Kysely } from 'kysely'
import { appendOnlyTriggers, freezeColumns, noDeleteTrigger, refuseReplace } from '../guards'

/**
 * Opening balances (issue 13 item 11): the invoices still open in the previous system when the
 * company starts with Salesdesk, per customer (its number there, date, due date, currency and
 * the amount still open at the cut-over).
 *
 * Decision: a side table, not documents. An opening balance was issued (and numbered, and
 * reported to the tax office) by the previous system: making it a Salesdesk document would give
 * it a number of our series, VERI*FACTU / NAV records and revenue in the weekly figures, all
 * false. The chain-hashed tables (documents, payments, …) get no new columns this session either.
 * So `opening_balances` holds what is owed, and `opening_balance_allocations` what payments
 * recorded in Salesdesk settled of it, beside `payment_allocations` (which references documents
 * and stays as it is). Both are records: append-only (no delete, no replace, no change but the
 * paid amount the triggers keep), like the receivables table. A payment's allocated amount,
 * its return (which reopens what it settled) and the same-currency and received-only rules
 * work as for invoices, in the triggers below. Every receivable reader (customer account,
 * statement, reminders, overdue list, aged receivables, a payment's oldest-first plan) adds
 * these rows; nothing that counts revenue, numbers or fiscal records reads them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `create table opening_balances (
      id integer primary key autoincrement,
      customer_id integer not null references customers (id),
      number text not null check (length(number) between 1 and 60),
      issue_date text not null,
      due_date text not null check (due_date >= issue_date),
      currency text not null check (length(currency) = 3),
      amount_cents integer not null check (amount_cents > 0),
      paid_cents integer not null default 0,
      open_cents integer generated always as (amount_cents - paid_cents) stored,
      file_name text not null,
      created_at text not null
    )`,
    `create unique index opening_balances_number on opening_balances (customer_id, number)`,
    `create index opening_balances_open on opening_balances (customer_id, due_date) where open_cents <> 0`,
    `create table opening_balance_allocations (
      id integer primary key autoincrement,
      payment_id integer not null references payments (id),
      opening_balance_id integer not null references opening_balances (id),
      amount_cents integer not null check (amount_cents > 0),
      allocated_on text not null,
      created_at text not null
    )`,
    `create index opening_balance_allocations_balance on opening_balance_allocations (opening_balance_id, payment_id)`,
    `create index opening_balance_allocations_payment on opening_balance_allocations (payment_id)`,
    noDeleteTrigger('opening_balances', 'Opening balances cannot be deleted'),
    ...appendOnlyTriggers(
      'opening_balance_allocations',
      'Payment allocations cannot be changed',
      'Payment allocations cannot be deleted'
    ),
    `create trigger opening_balance_allocations_check before insert on opening_balance_allocations
      when (select status from payments where id = new.payment_id) is not 'received'
        or (select currency from payments where id = new.payment_id)
          is not (select currency from opening_balances where id = new.opening_balance_id)
        or new.amount_cents > (select open_cents from opening_balances where id = new.opening_balance_id)
      begin select raise(abort, 'Only a received payment in the same currency can settle an opening balance, up to what is open'); end`,
    `create trigger opening_balance_allocations_apply after insert on opening_balance_allocations begin
      update opening_balances set paid_cents = paid_cents + new.amount_cents where id = new.opening_balance_id;
      update payments set allocated_cents = allocated_cents + new.amount_cents where id = new.payment_id;
    end`,
    // A reminder's items are kept in reminder_items, which references documents: the opening
    // balances a reminder named are kept here, so their next level follows the same rule.
    `create table opening_balance_reminders (
      reminder_id integer not null references reminders (id),
      opening_balance_id integer not null references opening_balances (id),
      level integer not null check (level between 1 and 3),
      currency text not null,
      open_cents integer not null,
      days_overdue integer not null,
      primary key (reminder_id, opening_balance_id)
    )`,
    `create index opening_balance_reminders_balance on opening_balance_reminders (opening_balance_id, reminder_id)`,
    ...appendOnlyTriggers('opening_balance_reminders', 'A reminder that was sent cannot be changed'),
    // A returned payment reopens what it settled, as payments_on_return does for invoices.
    `create trigger opening_balances_on_return after update of status on payments
      when old.status = 'received' and new.status = 'returned' begin
      update opening_balances set paid_cents = paid_cents - (
        select coalesce(sum(a.amount_cents), 0) from opening_balance_allocations a
        where a.payment_id = new.id and a.opening_balance_id = opening_balances.id)
      where id in (select opening_balance_id from opening_balance_allocations where payment_id = new.id);
    end`
  ]
  for (const statement of statements) await sql.raw(statement).execute(db)
  await freezeColumns(
    db,
    'opening_balances',
    'opening_balances_keys_frozen',
    [
      'id',
      'customer_id',
      'number',
      'issue_date',
      'due_date',
      'currency',
      'amount_cents',
      'file_name',
      'created_at'
    ],
    'Opening balances cannot be changed'
  )
  await refuseReplace(db, 'opening_balances', 'Recorded entries cannot be replaced or changed')
  await refuseReplace(db, 'opening_balance_allocations', 'Recorded entries cannot be replaced or changed')
  await refuseReplace(db, 'opening_balance_reminders', 'A reminder that was sent cannot be changed')
}
