/**
 * No English word in another language's texts: the screens' string tables, the printed documents'
 * and letters' labels, the weekly report's and the default e-mail texts. The strings test checks
 * that each language has each key; this one reads what the values say (a value copied from English
 * and left so, or half-translated, has the same key). The word list is in english-words.ts.
 */
import { describe, expect, it } from 'vitest'
import { resources, type Table } from '../../src/renderer/src/i18n/resources'
import { documentLabels } from '../../src/main/pdf/strings'
import { letterLabels } from '../../src/main/pdf/letter-strings'
import { reportLabels } from '../../src/main/figures/report-strings'
import { defaultTexts } from '../../src/main/mail/templates'
import { englishWordsIn } from './english-words'

type Language = 'es' | 'ca' | 'hu' | 'ru'

function leaves(table: unknown, prefix = ''): Array<[string, string]> {
  if (typeof table === 'string') return [[prefix, table]]
  if (table === null || typeof table !== 'object') return []
  return Object.entries(table as Table).flatMap(([key, value]) =>
    leaves(value, prefix ? `${prefix}.${key}` : key)
  )
}

/** One column of a label table ({ key: { en, es, … } }). */
const column = (labels: Record<string, Record<string, string>>, language: Language) =>
  Object.fromEntries(Object.entries(labels).map(([key, value]) => [key, value[language]]))

function texts(language: Language): Array<[string, string]> {
  return [
    ...leaves(resources[language].translation, 'screens'),
    ...leaves(column(documentLabels, language), 'documents'),
    ...leaves(column(letterLabels, language), 'letters'),
    ...leaves(column(reportLabels, language), 'weekly report'),
    ...leaves(defaultTexts[language], 'e-mail')
  ]
}

const withoutParams = (text: string) => text.replace(/\{\{\s*\w+\s*\}\}/g, ' ')

describe('English words in the other languages', () => {
  it('the scan finds English words in a sentence and passes the technical ones', () => {
    expect(englishWordsIn('Guardar cliente · Save', 'es')).toEqual(['save'])
    expect(englishWordsIn('Nuevo Invoice para el cliente', 'es')).toEqual(['invoice'])
    expect(englishWordsIn('Счёт № 12 — Total due', 'ru')).toEqual(['total', 'due'])
    expect(englishWordsIn('This customer is archived', 'hu')).toEqual(['this', 'customer'])
    expect(englishWordsIn('Loading…', 'ca')).toEqual(['loading'])
    // Words a language shares, and technical words every language keeps.
    expect(englishWordsIn('Total de la factura', 'es')).toEqual([])
    expect(englishWordsIn('Notes i condicions · Cancel·la', 'ca')).toEqual([])
    expect(englishWordsIn('Archiváltak is', 'hu')).toEqual([])
    expect(
      englishWordsIn('salesdesk restore --from; {customer}, {date}; Ctrl+Delete; name@example.ru', 'ru')
    ).toEqual([])
  })

  for (const language of ['es', 'ca', 'hu', 'ru'] as const) {
    it(`${language}: no table value has an English word`, () => {
      const found = texts(language).flatMap(([key, value]) => {
        const words = englishWordsIn(withoutParams(value), language)
        return words.length > 0 ? [`${key}: ${words.join(', ')} in "${value}"`] : []
      })
      expect(found).toEqual([])
    })
  }
})
