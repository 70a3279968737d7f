function sqliteCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined
}

export function isUniqueViolation(error: unknown): boolean {
  return (
    sqliteCode(error) === 'SQLITE_CONSTRAINT_UNIQUE' || sqliteCode(error) === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  )
}

export function isForeignKeyViolation(error: unknown): boolean {
  return sqliteCode(error) === 'SQLITE_CONSTRAINT_FOREIGNKEY'
}

/** The file itself is damaged (found while reading a page, after it opened fine). */
export function isDamagedDatabase(error: unknown): boolean {
  const code = sqliteCode(error)
  return (
    code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || (code?.startsWith('SQLITE_CORRUPT_') ?? false)
  )
}

/** Kept here too so the areas' imports stay short; the one definition is in shared/errors. */
export { notFound } from '../../shared/errors'

/** Lists the top-level fields whose values differ, for the activity log's summary. */
export function changedFields<T extends object>(before: T, after: T): string[] {
  return (Object.keys(after) as (keyof T)[])
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map(String)
}
