import { sql, type Kysely } from 'kysely'

/**
 * Consent per person, and segment counts that stay fast (issue 18).
 *
 * A person's marketing e-mail consent belongs to their e-mail address: contacts are rewritten
 * whenever the customer is saved (they have no lasting id), and an address that unsubscribed must
 * stay unsubscribed even if the contact is removed and typed in again. So an entry names the
 * address it is for ('' for the customer as a whole, as every entry before this migration was);
 * `contact_id` stays unused. The index serves the "latest entry for this address" lookup without
 * a sort.
 *
 * The customer's own consent in force per channel is kept on the customer row by a trigger (the
 * history is append-only, so an insert is the only change): a segment over 100 000 customers
 * then reads it with the row instead of looking up the history once per customer, which was half
 * of the count's time. The history stays the record; these columns are derived from it.
 */
const latest = (channel: 'post' | 'email') => `coalesce((select m.status from marketing_consents m
  where m.customer_id = customers.id and m.email = '' and m.channel in ('all', '${channel}')
  order by m.date desc, m.id desc limit 1), 'none')`

export async function up(db: Kysely<unknown>): Promise<void> {
  const inForce = `text not null default 'none'
    check (consent_%s in ('none', 'granted', 'opted_out', 'do_not_contact'))`
  const statements = [
    `alter table marketing_consents add column email text not null default ''
      check (email = lower(trim(email)))`,
    `create index marketing_consents_in_force on marketing_consents (customer_id, email, date, id)`,
    `alter table customers add column consent_post ${inForce.replace('%s', 'post')}`,
    `alter table customers add column consent_email ${inForce.replace('%s', 'email')}`,
    `update customers set consent_post = ${latest('post')}, consent_email = ${latest('email')}
      where exists (select 1 from marketing_consents m where m.customer_id = customers.id)`,
    `create trigger marketing_consents_in_force after insert on marketing_consents when new.email = ''
      begin
        update customers set consent_post = ${latest('post')}, consent_email = ${latest('email')}
          where id = new.customer_id;
      end`
  ]
  for (const statement of statements) await sql.raw(statement).execute(db)
}
