import { sql, type Kysely } from 'kysely'

/**
 * The activity log reads newest first by the time of the change (issue 13 item 9): entries made
 * together (demo data, imports) are not written in time order, so the id alone does not sort them.
 * The index lets a page of the log be read in that order without sorting the whole log each time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index activity_log_at on activity_log (at, id)`.execute(db)
}
