/**
 * Helpers for writing migrations. Each one builds exactly the statement the released migrations once spelled
 * out by hand: test/db/migration-record.test.ts holds every statement each migration runs, so a change here that
 * changes a released migration's SQL fails there. Never change what a helper builds; add another.
 */
import type { Kysely } from 'kysely'

/** `create [unique] index <name> on <table> (<columns>)`. */
export async function createIndex(
  db: Kysely<unknown>,
  name: string,
  table: string,
  columns: readonly string[],
  options: { unique?: boolean } = {}
): Promise<void> {
  const index = db.schema
    .createIndex(name)
    .on(table)
    .columns([...columns])
  await (options.unique ? index.unique() : index).execute()
}
