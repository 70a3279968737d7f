/**
 * Helpers for writing migrations. Each one builds exactly the statement the released migrations once spelled
 * out by hand: test/db/migration-record.test.ts holds every statement each migration runs, so a change here that
 * changes a released migration's SQL fails there. Never change what a helper builds; add another.
 */
import { sql, type CreateTableBuilder, type Kysely } from 'kysely'
import { appendOnlyTriggers, refuseReplace } from '../guards'

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

type NewTable = CreateTableBuilder<string, string>
/** A column's type as Kysely takes it: 'text', 'integer', 'blob' … */
type ColumnType = Parameters<NewTable['addColumn']>[1]

/** `create table <name> ("id" integer primary key autoincrement, …`: a table whose rows each have an id of their own. */
export function createRecordTable(db: Kysely<unknown>, name: string): NewTable {
  return db.schema.createTable(name).addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
}

/** Columns that every row must fill, with no default: `"<name>" <type> not null`, in the order written. */
export function required(columns: Record<string, ColumnType>): (table: NewTable) => NewTable {
  return (table) =>
    Object.entries(columns).reduce(
      (built, [name, type]) => built.addColumn(name, type, (c) => c.notNull()),
      table
    )
}

/**
 * A table that links rows of two others, many to many: `<name>_pk` is the pair, and deleting a row of the
 * `owner` side takes its links with it (a customer's preferred products, the executives of a visit plan…).
 */
export async function createLinkTable(
  db: Kysely<unknown>,
  name: string,
  owner: { column: string; table: string },
  linked: { column: string; table: string },
  /** Columns the link carries beyond the pair, e.g. `required({ start_at: 'text' })`. */
  carries: (table: NewTable) => NewTable = (table) => table
): Promise<void> {
  await db.schema
    .createTable(name)
    .addColumn(owner.column, 'integer', (c) =>
      c.notNull().references(`${owner.table}.id`).onDelete('cascade')
    )
    .addColumn(linked.column, 'integer', (c) => c.notNull().references(`${linked.table}.id`))
    .$call(carries)
    .addPrimaryKeyConstraint(`${name}_pk`, [owner.column, linked.column])
    .execute()
}

/**
 * `create table <name> (document_id integer primary key references documents(id), <columns>)`: something decided
 * when a document is issued and kept beside it, since documents are hash-chained and get no new columns. Frozen
 * like the document: append-only, and an insert that would replace a row is refused with the same `refusal`.
 */
export async function createFrozenDocumentPart(
  db: Kysely<unknown>,
  name: string,
  columns: readonly string[],
  refusal: string
): Promise<void> {
  const statements = [
    `create table ${name} (
      document_id integer primary key references documents(id),
      ${columns.join(',\n      ')}
    )`,
    ...appendOnlyTriggers(name, refusal)
  ]
  for (const statement of statements) await sql.raw(statement).execute(db)
  await refuseReplace(db, name, refusal)
}
