/**
 * The words the core writes for NAV reporting into files the user reads (the invoice list's Excel
 * export), in the five languages. They are the list's own words: the states are the screens' table
 * (shared/words/nav.ts), and a test keeps the column's heading equal to the list's (renderer
 * nav/strings.ts, `navReporting.column.status`).
 */
import type { Language } from '../../shared/languages'
import type { NavListStatus } from '../../shared/schemas/nav'
import { navListStatusWords } from '../../shared/words/nav'

interface NavListWords {
  column: string
  status: Record<NavListStatus, string>
}

export const navListWords: Record<Language, NavListWords> = {
  en: {
    column: 'NAV status',
    status: navListStatusWords.en
  },
  es: {
    column: 'Estado en NAV',
    status: navListStatusWords.es
  },
  ca: {
    column: 'Estat a NAV',
    status: navListStatusWords.ca
  },
  hu: {
    column: 'NAV állapot',
    status: navListStatusWords.hu
  },
  ru: {
    column: 'Статус в NAV',
    status: navListStatusWords.ru
  }
}
