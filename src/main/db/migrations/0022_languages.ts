import { sql, type Kysely } from 'kysely'

/**
 * Five languages (issue 14): a customer's document language, in which their invoices, reminders,
 * statements and e-mails print. null follows the customer's country (src/shared/languages.ts), so
 * a customer who moves country follows unless a language was chosen for them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table customers add column document_language text
    check (document_language in ('en', 'es', 'ca', 'hu', 'ru'))`.execute(db)
}
