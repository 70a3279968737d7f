/**
 * The company's document language: what a campaign falls back to when it has no text in a
 * recipient's own language (each customer's is worked out in segments.ts, as issue 14 decides it).
 */
import type { Language } from '../../shared/languages'
import type { Executor } from '../context'
import { languageOfLocale } from '../../shared/languages'
import { readSettings } from '../settings/service'

export async function companyLanguage(db: Executor): Promise<Language> {
  const settings = await readSettings(db)
  return languageOfLocale(settings.documents.printLocale)
}
