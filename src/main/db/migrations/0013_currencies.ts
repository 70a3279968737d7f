import { sql, type Kysely } from 'kysely'
import { refuseReplace, appendOnlyTriggers } from '../guards'

/**
 * Money in several currencies:
 * - payments carry the currency they were received in (existing ones take the currency of the
 *   documents they paid, else the default currency of the settings), and the store refuses to
 *   allocate a payment to a document in another currency;
 * - a credit or debit note is issued only in the currency of the invoice it corrects;
 * - debit notes say what they are (`debit_kind`): a price correction (sales revenue) or a fee /
 *   charge passed on (not revenue). Existing ones that re-billed a returned payment's bank fee
 *   are fees; the others price corrections. Fixed once the note has its number;
 * - exchange rates by date (units of the currency per one unit of the accounting currency, the
 *   ECB's way of quoting) and the rate frozen on each foreign-currency document at issue;
 * - a revised estimate is superseded by the revision, not declined: `estimate_supersessions`
 *   records it (a side table, so the documents' status values stay as they are). Estimates that
 *   earlier versions marked declined with "Replaced by ..." are recorded as superseded.
 *
 * It runs after 0009's guards. Those let these changes through without being touched: the
 * `payments_frozen` trigger names the columns it freezes (the new currency is frozen by its own
 * trigger below, once the existing payments have theirs), and `documents_issued_frozen` names the
 * columns that existed then (the debit kind is frozen by its own trigger, once set). The new
 * append-only tables get the same no-replace guard as 0009 gave the others.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db)

  // ---- Payments in a currency ----
  await run(`alter table payments add column currency text not null default 'EUR'`)
  await run(`update payments set currency = coalesce(
      (select d.currency from payment_allocations a join documents d on d.id = a.document_id
        where a.payment_id = payments.id order by a.id limit 1),
      (select json_extract(value, '$.defaultCurrency') from settings where key = 'documents' and json_valid(value)),
      'EUR')`)
  await run(`create trigger payments_currency_frozen before update of currency on payments
      when new.currency is not old.currency
      begin select raise(abort, 'A recorded payment cannot be changed; record a return instead'); end`)
  await run(`create trigger payment_allocations_same_currency before insert on payment_allocations
      when (select currency from payments where id = new.payment_id)
        is not (select currency from documents where id = new.document_id)
      begin select raise(abort, 'A payment can only be allocated to documents in its own currency'); end`)
  await run(`create index payments_customer_currency on payments (customer_id, currency)`)

  // ---- Corrections keep the invoice's currency ----
  await run(`create trigger documents_correction_currency before update of status on documents
      when old.status = 'draft' and new.status <> 'draft' and new.corrects_id is not null
        and new.currency is not (select currency from documents where id = new.corrects_id)
      begin select raise(abort, 'A credit or debit note is in the currency of the invoice it corrects'); end`)

  // ---- Debit note kinds ----
  await run(`alter table documents add column debit_kind text
      check (debit_kind is null or debit_kind in ('price_correction', 'fee'))`)
  await run(`update documents set debit_kind = case
        when exists (select 1 from payment_returns t where t.debit_note_id = documents.id) then 'fee'
        else 'price_correction' end
      where type = 'debit_note'`)
  await run(`create trigger documents_debit_kind_frozen before update of debit_kind on documents
      when old.number is not null and new.debit_kind is not old.debit_kind
      begin select raise(abort, 'Issued documents cannot be changed'); end`)

  // ---- Exchange rates ----
  await run(`create table exchange_rates (
      rate_date text not null,
      currency text not null check (length(currency) = 3),
      -- Units of the currency for one unit of the accounting currency, as an exact decimal text.
      rate text not null check (rate glob '[0-9]*' and cast(rate as real) > 0),
      accounting_currency text not null check (length(accounting_currency) = 3),
      source text not null check (source in ('manual', 'ecb_csv')),
      updated_at text not null,
      primary key (currency, accounting_currency, rate_date)
    )`)
  await run(`create table document_exchange_rates (
      document_id integer primary key references documents(id),
      currency text not null,
      accounting_currency text not null,
      rate text not null,
      rate_date text not null,
      created_at text not null
    )`)
  for (const statement of appendOnlyTriggers(
    'document_exchange_rates',
    'The exchange rate of an issued document cannot be changed',
    'The exchange rate of an issued document cannot be deleted'
  ))
    await run(statement)

  // ---- Superseded estimates ----
  await run(`create table estimate_supersessions (
      estimate_id integer primary key references documents(id),
      superseded_by_id integer not null references documents(id),
      superseded_on text not null
    )`)
  await run(`insert into estimate_supersessions (estimate_id, superseded_by_id, superseded_on)
      select e.id, r.id, r.issue_date from documents e join documents r
        on r.id = (select min(x.id) from documents x where x.replaces_id = e.id and x.status <> 'draft')
      where e.type = 'estimate' and e.status = 'declined' and e.status_reason like 'Replaced by %'`)
  for (const statement of appendOnlyTriggers(
    'estimate_supersessions',
    'A superseded estimate stays superseded'
  ))
    await run(statement)
  await refuseReplace(db, 'document_exchange_rates', 'Recorded entries cannot be replaced or changed')
  await refuseReplace(db, 'estimate_supersessions', 'Recorded entries cannot be replaced or changed')
}
