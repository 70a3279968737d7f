/**
 * What every list export shares in the five languages (issue 14): the words a yes/no column
 * writes, and which language an export's words are in. Each export keeps its own headings and
 * values beside it (`<area>/export-words.ts`), with the words its screen shows.
 */
import type { Language } from '../../shared/languages'
import { companyLanguage } from '../campaigns/language'
import type { Executor } from '../context'

export const yesNoWords: Record<Language, { yes: string; no: string }> = {
  en: { yes: 'Yes', no: 'No' },
  es: { yes: 'Sí', no: 'No' },
  ca: { yes: 'Sí', no: 'No' },
  hu: { yes: 'Igen', no: 'Nem' },
  ru: { yes: 'Да', no: 'Нет' }
}

/** The language of an export's words: the one asked for (the user's), else the company's document language. */
export async function exportWordsLanguage(db: Executor, asked: Language | null): Promise<Language> {
  return asked ?? (await companyLanguage(db))
}
