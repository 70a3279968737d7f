/**
 * For values the program knows are there (a row just inserted, an option commander made
 * mandatory, a map key put in two lines above): says which one was missing instead of
 * failing later with "cannot read properties of undefined".
 */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Internal error: ${what} is missing.`)
  return value
}

/**
 * A table lookup by a key read from outside (the database, a file) that may not be one of the
 * table's keys: undefined then, never a prototype member such as "constructor".
 */
export function lookup<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}
