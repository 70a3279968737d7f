/**
 * The company profile and document settings, kept as JSON in the settings table
 * (key "company" and key "documents"). Missing or outdated values fall back to defaults.
 */
import { invalid } from '../../shared/errors'
import { isLanguage, type Language } from '../../shared/languages'
import { taxIdRefusal } from '../../shared/tax-ids'
import {
  defaultSettings,
  settingsInput,
  type Settings,
  type SettingsInput
} from '../../shared/schemas/settings'
import { editEntry } from '../activity/edit-entry'
import type { Executor, ServiceContext } from '../context'
import { changedFields } from '../db/errors'
import { writeTransaction } from '../db/write-transaction'
import { writeJsonSetting } from './json-setting'
import { recordSettingsSaved } from './saved-settings'

const KEYS = ['company', 'documents'] as const

export async function readSettings(db: Executor): Promise<Settings> {
  const rows = await db
    .selectFrom('settings')
    .select(['key', 'value'])
    .where('key', 'in', [...KEYS])
    .execute()
  const defaults = defaultSettings()
  const merged: Record<string, unknown> = { company: defaults.company, documents: defaults.documents }
  for (const row of rows) {
    try {
      const stored = JSON.parse(row.value) as Record<string, unknown>
      merged[row.key] = { ...(merged[row.key] as object), ...stored }
    } catch {
      // A damaged value falls back to the defaults rather than blocking every document.
    }
  }
  const parsed = settingsInput.safeParse(merged)
  return parsed.success ? parsed.data : defaults
}

export const getSettings = (ctx: ServiceContext) => readSettings(ctx.db)

export async function updateSettings(ctx: ServiceContext, input: SettingsInput): Promise<Settings> {
  const settings = settingsInput.parse(input)
  const taxId = taxIdRefusal('settings.company.taxId', settings.company.taxId, settings.company.country)
  if (taxId) throw invalid(taxId)
  return writeTransaction(ctx.db, async (trx) => {
    const before = await readSettings(trx)
    for (const key of KEYS) await writeJsonSetting(trx, key, settings[key])
    const changed = [
      ...changedFields(before.company, settings.company),
      ...changedFields(before.documents, settings.documents)
    ]
    await recordSettingsSaved(
      trx,
      ctx,
      editEntry('the company profile and document settings', changed, { edited: 'settingsEdited' })
    )
    return readSettings(trx)
  })
}

/**
 * The interface language last chosen in Settings (the window keeps it in the browser's storage too):
 * kept with the data so that the command line speaks it (issue 14). Not company data: not logged.
 */
export const INTERFACE_LANGUAGE_KEY = 'interfaceLanguage'

export async function setInterfaceLanguage(
  ctx: ServiceContext,
  language: Language
): Promise<{ language: Language }> {
  await writeTransaction(ctx.db, (trx) => writeJsonSetting(trx, INTERFACE_LANGUAGE_KEY, language))
  return { language }
}

/** The interface language last chosen in Settings, or null when none was. */
export async function getInterfaceLanguage(ctx: ServiceContext): Promise<{ language: Language | null }> {
  const row = await ctx.db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', INTERFACE_LANGUAGE_KEY)
    .executeTakeFirst()
  return { language: interfaceLanguageOf(row?.value) }
}

/** The stored interface language from a settings value, or null when none (or not one of ours). */
export function interfaceLanguageOf(value: string | undefined): Language | null {
  try {
    const parsed: unknown = value === undefined ? null : JSON.parse(value)
    return isLanguage(parsed) ? parsed : null
  } catch {
    return null
  }
}
