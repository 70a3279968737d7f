/**
 * The core's words for the document list export are the list's own. The kinds, statuses, payment
 * states, key dates and NAV states are one table both sides read (shared/words); the headings are
 * a copy (the core cannot import the renderer's tables): every heading the screen also shows must
 * be the same.
 */
import { describe, expect, it } from 'vitest'
import { documentListWords } from '../../src/main/documents/list-words'
import { navListWords } from '../../src/main/nav/strings'
import { resources } from '../../src/renderer/src/i18n/resources'
import { languages } from '../../src/shared/languages'

describe('the document list export speaks like the list', () => {
  for (const language of languages) {
    it(language, () => {
      const screen = resources[language].translation as unknown as {
        documents: Record<'expired' | 'colPayment' | 'colOpen', string> & { col: Record<string, string> }
        navReporting: { column: { status: string } }
      }
      const words = documentListWords[language]
      expect([words.number, words.customer, words.status, words.executive, words.total]).toEqual([
        screen.documents.col.number,
        screen.documents.col.customer,
        screen.documents.col.status,
        screen.documents.col.executive,
        screen.documents.col.total
      ])
      expect([words.expired, words.payment, words.open]).toEqual([
        screen.documents.expired,
        screen.documents.colPayment,
        screen.documents.colOpen
      ])
      expect(navListWords[language].column).toEqual(screen.navReporting.column.status)
    })
  }
})
