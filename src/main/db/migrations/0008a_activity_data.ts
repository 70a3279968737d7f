import { sql, type Kysely } from 'kysely'

/**
 * The activity log stores what happened as data (issue 14): `details` holds a JSON object with the
 * message key and its parameters (see src/shared/activity.ts), so each reader sees the entry in
 * their own language. Older entries keep only their English `summary` (details NULL). Runs before
 * 0009, which chains the activity log: the column is part of every entry from the start.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table activity_log add column details text`.execute(db)
}
