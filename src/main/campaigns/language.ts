/**
 * The language a campaign writes to a recipient in. Customers do not carry a language of their own
 * yet (the languages work of issue 14 adds one), so every recipient reads the company's document
 * language from the settings; this is the one place to change when they do.
 */
import type { Language } from '../../shared/languages'
import type { Executor } from '../context'
import { languageOfLocale } from '../../shared/languages'
import { readSettings } from '../settings/service'

export async function companyLanguage(db: Executor): Promise<Language> {
  const settings = await readSettings(db)
  return languageOfLocale(settings.documents.printLocale)
}
