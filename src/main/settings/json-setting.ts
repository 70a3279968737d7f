/**
 * A group of settings kept as one JSON value under its key in the settings table (e-invoice, mail,
 * NAV, VERI*FACTU, region, VAT rates, request times, working hours, …). Read through its schema: a
 * missing, damaged or invalid value falls back to the defaults rather than blocking the work that
 * reads it. Written as a whole, in the caller's write transaction.
 */
import type { z } from 'zod'
import type { Executor } from '../context'

interface JsonSettingOptions {
  /**
   * Lay the stored value over the defaults first, so a value written before a field existed gets
   * that field's default instead of failing the schema (default). Off: the stored value stands alone.
   */
  overDefaults?: boolean
}

export async function readJsonSetting<T>(
  db: Executor,
  key: string,
  schema: z.ZodType<T>,
  defaults: T,
  { overDefaults = true }: JsonSettingOptions = {}
): Promise<T> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst()
  return row ? parseJsonSetting(row.value, schema, defaults, { overDefaults }) : defaults
}

/** A stored JSON value through its schema, or the defaults when it cannot be read. */
function parseJsonSetting<T>(
  value: string,
  schema: z.ZodType<T>,
  defaults: T,
  { overDefaults = true }: JsonSettingOptions = {}
): T {
  try {
    const stored: unknown = JSON.parse(value)
    const parsed = schema.safeParse(
      overDefaults ? { ...(defaults as object), ...(stored as object) } : stored
    )
    return parsed.success ? parsed.data : defaults
  } catch {
    return defaults
  }
}

/** Stores `value` as the JSON of the settings key, inserting or replacing it. */
export async function writeJsonSetting(trx: Executor, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value)
  await trx
    .insertInto('settings')
    .values({ key, value: json })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
    .execute()
}
