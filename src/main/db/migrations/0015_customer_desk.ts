import { sql, type Kysely } from 'kysely'
import { appendOnlyTriggers } from '../guards'

/**
 * The customer desk (issue 18): prioritised requests and complaints with their thread and linked
 * documents, the call log and prospects, marketing consent, saved segments and campaigns.
 *
 * customer_requests is the desk's own table (not a recorded one), so it gains columns; everything
 * else lives in new tables. The documents, payments and activity log are never touched: links to
 * documents are rows here, keyed by the document's id.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    // ---- Requests and complaints ----
    `alter table customer_requests add column kind text not null default 'request'
      check (kind in ('request', 'complaint', 'inquiry'))`,
    `alter table customer_requests add column channel text not null default 'phone'
      check (channel in ('phone', 'email', 'visit', 'letter', 'walk_in'))`,
    `alter table customer_requests add column category text not null default ''`,
    `alter table customer_requests add column priority text not null default 'normal'
      check (priority in ('urgent', 'high', 'normal', 'low'))`,
    /** null: the office (no executive). */
    `alter table customer_requests add column owner_executive_id integer references sales_executives(id)`,
    /** When the request was opened (drafts from visits are opened later): the due times count from here. */
    `alter table customer_requests add column opened_at text`,
    /** When the first answer and the resolution are due (from the priority's times in Settings). */
    `alter table customer_requests add column respond_by text`,
    `alter table customer_requests add column resolve_by text`,
    `alter table customer_requests add column responded_at text`,
    `alter table customer_requests add column closed_at text`,
    `alter table customer_requests add column resolution text not null default ''`,
    `alter table customer_requests add column satisfaction integer check (satisfaction between 1 and 5)`,
    `create index customer_requests_queue on customer_requests (status, resolve_by)`,
    // The thread: every status change and every note, in order; never rewritten.
    `create table request_comments (
      id integer primary key autoincrement,
      request_id integer not null references customer_requests(id),
      at text not null,
      actor text not null,
      from_status text,
      to_status text,
      text text not null
    )`,
    `create index request_comments_request on request_comments (request_id, id)`,
    ...appendOnlyTriggers('request_comments', "A request's thread cannot be rewritten"),
    `create table request_links (
      id integer primary key autoincrement,
      request_id integer not null references customer_requests(id),
      document_id integer references documents(id),
      visit_id integer references site_visits(id),
      check ((document_id is null) <> (visit_id is null))
    )`,
    `create unique index request_links_document on request_links (request_id, document_id) where document_id is not null`,
    `create unique index request_links_visit on request_links (request_id, visit_id) where visit_id is not null`,

    // ---- Calls and prospects ----
    `create table calls (
      id integer primary key autoincrement,
      customer_id integer not null references customers(id),
      executive_id integer references sales_executives(id),
      at text not null,
      direction text not null check (direction in ('incoming', 'outgoing')),
      contact_name text not null default '',
      contact_phone text not null default '',
      outcome text not null check (outcome in ('no_answer', 'call_back', 'interested', 'not_interested', 'order_taken')),
      notes text not null default '',
      next_step text not null default '',
      next_step_date text,
      campaign_id integer,
      created_at text not null,
      created_by text not null
    )`,
    `create index calls_at on calls (at)`,
    `create index calls_customer on calls (customer_id, at)`,
    `create index calls_next_step on calls (next_step_date) where next_step_date is not null`,
    // A prospect's qualification and its path to customer (the customer row keeps status).
    `create table prospects (
      customer_id integer primary key references customers(id),
      source text not null default '',
      need text not null default '',
      budget text not null default '',
      timing text not null default '',
      decision_maker text not null default '',
      handed_over_to integer references sales_executives(id),
      handed_over_at text,
      converted_at text,
      converted_document_id integer references documents(id),
      created_at text not null,
      updated_at text not null
    )`,
    `create index prospects_converted on prospects (converted_at) where converted_at is not null`,

    // ---- Consent, segments, campaigns ----
    // Consent history per customer (contact_id null) or contact; the latest entry is in force.
    `create table marketing_consents (
      id integer primary key autoincrement,
      customer_id integer not null references customers(id),
      contact_id integer references customer_contacts(id),
      status text not null check (status in ('granted', 'opted_out', 'do_not_contact')),
      date text not null,
      source text not null default '',
      created_at text not null,
      created_by text not null
    )`,
    `create index marketing_consents_customer on marketing_consents (customer_id, contact_id, id)`,
    ...appendOnlyTriggers('marketing_consents', 'Consent history cannot be rewritten'),
    `create table segments (
      id integer primary key autoincrement,
      name text not null unique,
      filters text not null,
      created_at text not null,
      updated_at text not null
    )`,
    `create table campaigns (
      id integer primary key autoincrement,
      name text not null,
      kind text not null check (kind in ('postal', 'email')),
      segment_id integer references segments(id),
      filters text not null,
      templates text not null,
      status text not null default 'draft' check (status in ('draft', 'sent')),
      sent_at text,
      window_days integer not null default 60,
      created_at text not null,
      updated_at text not null
    )`,
    // Who got what: the recipient as addressed when the campaign went out.
    `create table campaign_recipients (
      campaign_id integer not null references campaigns(id),
      customer_id integer not null references customers(id),
      language text not null,
      name text not null,
      address text not null,
      email text not null default '',
      sent_at text not null,
      primary key (campaign_id, customer_id)
    )`,
    `create index campaign_recipients_customer on campaign_recipients (customer_id)`,
    ...appendOnlyTriggers('campaign_recipients', "A campaign's recipients cannot be changed once sent"),
    `create table campaign_responses (
      id integer primary key autoincrement,
      campaign_id integer not null references campaigns(id),
      customer_id integer not null references customers(id),
      kind text not null check (kind in ('call', 'email', 'visit')),
      date text not null,
      note text not null default '',
      created_at text not null
    )`,
    `create index campaign_responses_campaign on campaign_responses (campaign_id, customer_id)`
  ]
  for (const statement of statements) await sql.raw(statement).execute(db)
}
