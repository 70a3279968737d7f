import { sql, type Kysely } from 'kysely'

/**
 * The customer desk's campaigns (issue 18): marketing consent is given or withdrawn per channel
 * (post, e-mail, or both), so a customer who unsubscribes from the e-mails can still get letters.
 * Entries made before this migration covered both channels. A campaign records, per recipient,
 * the e-mail queued for them, so the outbox message and the unsubscribe line can be traced.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `alter table marketing_consents add column channel text not null default 'all'
      check (channel in ('all', 'post', 'email'))`,
    `alter table campaign_recipients add column mail_id integer references mail_outbox(id)`,
    `create index campaign_responses_customer on campaign_responses (customer_id, date)`
  ]
  for (const statement of statements) await sql.raw(statement).execute(db)
}
