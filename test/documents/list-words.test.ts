/**
 * The core's words for the document list export are the list's own (the core cannot import the
 * renderer's tables, so it keeps a copy): every word the screen also shows must be the same.
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
        documents: Record<'typePlural' | 'status' | 'paymentStatus' | 'keyDate', Record<string, string>> &
          Record<'expired' | 'colPayment' | 'colOpen', string> & { col: Record<string, string> }
        navReporting: { column: { status: string }; status: Record<string, string> }
      }
      const words = documentListWords[language]
      expect(words.sheet).toEqual(screen.documents.typePlural)
      expect(words.statuses).toEqual(screen.documents.status)
      expect(words.paymentStatuses).toEqual(screen.documents.paymentStatus)
      expect(words.keyDate).toEqual(screen.documents.keyDate)
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
      const { replaced: _replaced, ...listStates } = screen.navReporting.status
      expect(navListWords[language]).toEqual({
        column: screen.navReporting.column.status,
        status: listStates
      })
    })
  }
})
