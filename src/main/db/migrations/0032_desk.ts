import { sql, type Kysely } from 'kysely'

/**
 * Consent per person (issue 18). A person's marketing e-mail consent belongs to their e-mail
 * address: contacts are rewritten whenever the customer is saved (they have no lasting id), and an
 * address that unsubscribed must stay unsubscribed even if the contact is removed and typed in
 * again. So an entry names the address it is for ('' for the customer as a whole, as every entry
 * before this migration was); `contact_id` stays unused.
 *
 * The index serves the "latest entry in force" lookup of segments.ts for a customer or an address
 * in the order the lookup wants it, so counting a segment needs no sort per customer.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `alter table marketing_consents add column email text not null default ''
      check (email = lower(trim(email)))`,
    `create index marketing_consents_in_force on marketing_consents (customer_id, email, date, id)`
  ]
  for (const statement of statements) await sql.raw(statement).execute(db)
}
