/**
 * The mapping a user confirmed, remembered per kind and set of header names (issue 13 item 11):
 * the next file from the same program gets the same columns chosen, even with its columns in
 * another order. Kept in the settings table, one key per kind and header set; a column is
 * remembered by its header and which occurrence of that header it is, so repeated headers stay apart.
 */
import { createHash } from 'node:crypto'
import { z } from 'zod'
import type { ImportField, ImportKind } from '../../shared/schemas/imports'
import { foldForSearch } from '../../shared/text'
import type { Executor } from '../context'
import { writeJsonSetting } from '../settings/json-setting'

/** A header as compared: folded (no accents, lower case), punctuation as single spaces. */
export const headerKey = (text: string) =>
  foldForSearch(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** Field → [header key, occurrence of that header (0 = first)]. */
const stored = z.record(z.string(), z.tuple([z.string(), z.number().int().min(0)]))

/** One settings key per kind and header set: a hash, since a file may have hundreds of columns. */
function settingsKey(kind: ImportKind, columns: readonly string[]): string {
  const set = columns.map(headerKey).sort().join('\n')
  return `imports.mapping.${kind}.${createHash('sha256').update(set).digest('hex').slice(0, 32)}`
}

/** Each column as [header key, occurrence]. */
function columnNames(columns: readonly string[]): Array<[string, number]> {
  const seen = new Map<string, number>()
  return columns.map((column) => {
    const key = headerKey(column)
    const nth = seen.get(key) ?? 0
    seen.set(key, nth + 1)
    return [key, nth]
  })
}

export async function savedMapping(
  db: Executor,
  kind: ImportKind,
  columns: readonly string[]
): Promise<Partial<Record<ImportField, number>> | null> {
  if (columns.length === 0) return null
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', settingsKey(kind, columns))
    .executeTakeFirst()
  if (!row) return null
  let parsed: z.infer<typeof stored>
  try {
    parsed = stored.parse(JSON.parse(row.value))
  } catch {
    // A damaged entry is only a lost suggestion: the guess from the headers is offered instead.
    return null
  }
  const names = columnNames(columns)
  const mapping: Partial<Record<ImportField, number>> = {}
  for (const [field, [key, nth]] of Object.entries(parsed)) {
    const at = names.findIndex(([k, n]) => k === key && n === nth)
    if (at >= 0) mapping[field as ImportField] = at
  }
  return mapping
}

export async function saveMapping(
  trx: Executor,
  kind: ImportKind,
  columns: readonly string[],
  mapping: Partial<Record<string, number | null>>
): Promise<void> {
  const names = columnNames(columns)
  const value: z.infer<typeof stored> = {}
  for (const [field, at] of Object.entries(mapping)) {
    const name = at === null || at === undefined ? undefined : names[at]
    if (name) value[field] = name
  }
  await writeJsonSetting(trx, settingsKey(kind, columns), value)
}
