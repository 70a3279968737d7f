/**
 * The glossary (docs/glossary.md) is used: wherever the screens, the printed documents, the letters
 * or the weekly report name one of its key concepts on its own (an English value that is the term,
 * "Invoice", "Credit notes", "Due date"), the other languages' value for that key uses the glossary's
 * term (any of its alternatives, inflected: "Facturas", "Счета", "Vencida"); and the terms the
 * glossary says are not used appear nowhere.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { resources } from '../../src/renderer/src/i18n/resources'
import { documentLabels } from '../../src/main/pdf/strings'
import { letterLabels } from '../../src/main/pdf/letter-strings'
import { reportLabels } from '../../src/main/figures/report-strings'
import type { Language } from '../../src/shared/languages'

const others = ['es', 'ca', 'hu', 'ru'] as const

/** The concepts checked: the documents, and the people and money words every screen uses. */
const keyConcepts = [
  'estimate',
  'order',
  'order confirmation',
  'delivery note',
  'invoice',
  'credit note',
  'debit note',
  'statement of account',
  'payment reminder',
  'day sheet',
  'weekly report',
  'draft',
  'due date',
  'direct debit mandate',
  'returned payment',
  'overdue',
  'VAT',
  'customer',
  'sales executive',
  'site visit',
  'meeting',
  'contract'
]

type Entry = [key: string, value: string]
type Tables = (language: Language) => Entry[]

function leaves(table: unknown, prefix: string): Entry[] {
  if (typeof table === 'string') return [[prefix, table]]
  if (table === null || typeof table !== 'object') return []
  return Object.entries(table).flatMap(([key, value]) => leaves(value, `${prefix}.${key}`))
}

/** One language's column of a label table ({ key: { en, es, … } }). */
const column = (labels: Record<string, Record<string, string>>, language: Language) =>
  Object.fromEntries(Object.entries(labels).map(([key, value]) => [key, value[language]]))

const shipped: Tables = (language) => [
  ...leaves(resources[language].translation, 'screens'),
  ...leaves(column(documentLabels, language), 'documents'),
  ...leaves(column(letterLabels, language), 'letters'),
  ...leaves(column(reportLabels, language), 'weekly report')
]

interface Row {
  english: string
  terms: Record<Language, string>
  notes: string
}

/** The glossary's table rows: English | Español | Català | Magyar | Русский | (Notes). */
function glossaryRows(markdown: string): Row[] {
  return markdown
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| English') && !l.startsWith('|---'))
    .map((l) =>
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim())
    )
    .map((cells) => {
      const [english, es, ca, hu, ru] = cells
      // The people and work table has no notes column.
      return { english, terms: { en: english, es, ca, hu, ru }, notes: cells.at(5) ?? '' }
    })
}

const normal = (text: string) => text.toLowerCase().replace(/ё/g, 'е').replace(/’/g, "'")

/** A cell's forms: each "a / b" alternative, without and within its "(…)" ("áfa (ÁFA in headers)"). */
function forms(cell: string, withAside: boolean): string[] {
  return cell.split(' / ').flatMap((alternative) => {
    const aside = /^(.*?)\s*\((.*)\)$/.exec(alternative)
    if (!aside) return [normal(alternative)]
    return withAside ? [normal(aside[1]), normal(aside[2].split(' in ')[0])] : [normal(aside[1])]
  })
}

const words = (text: string) => text.match(/[\p{L}\p{M}-]+/gu) ?? []

/** A term's words each begin a word of the value, inflected ("vencido" in "Vencida", "счёт" in "Счета"). */
function usesTerm(value: string, term: string): boolean {
  const valueWords = words(normal(value))
  return words(term).every((word) => {
    const stem = word.length <= 3 ? word : word.slice(0, Math.max(3, word.length - 3))
    return valueWords.some((w) => w.startsWith(stem))
  })
}

/** Where a language names a key concept without the glossary's term, and where a "not used" term is used. */
function glossaryFindings(rows: Row[], tables: Tables): string[] {
  const found: string[] = []
  const english = tables('en')
  for (const row of rows.filter((r) => keyConcepts.map(normal).includes(forms(r.english, false)[0]))) {
    const named = forms(row.english, false).flatMap((f) => [f, `${f}s`])
    const keys = english
      .filter(([, value]) => named.includes(normal(value).replace(/[:.]$/, '').trim()))
      .map(([key]) => key)
    for (const language of others) {
      const values = new Map(tables(language))
      const terms = forms(row.terms[language], true)
      for (const key of keys) {
        const value = values.get(key) ?? ''
        if (!terms.some((term) => usesTerm(value, term)))
          found.push(`${language} ${key}: "${value}" names ${row.english} without "${row.terms[language]}"`)
      }
    }
  }
  // The notes' "X" … not used: nowhere in any language.
  const unused = rows.flatMap((r) => [...r.notes.matchAll(/"([^"]+)"[^"]*not used/g)].map((m) => m[1]))
  for (const language of others)
    for (const [key, value] of tables(language))
      for (const term of unused)
        if (words(normal(value)).some((w) => w.startsWith(normal(term))))
          found.push(`${language} ${key}: "${value}" uses "${term}", which the glossary does not use`)
  return found
}

const rows = glossaryRows(readFileSync('docs/glossary.md', 'utf8'))

describe('the glossary', () => {
  it('has the terms issue 14 names, in every language', () => {
    const english = rows.map((r) => forms(r.english, false)[0])
    for (const concept of keyConcepts) expect(english, concept).toContain(normal(concept))
    for (const row of rows)
      for (const language of others) expect(row.terms[language], row.english).not.toBe('')
  })

  it('its terms are the ones the screens, documents, letters and weekly report use', () => {
    expect(glossaryFindings(rows, shipped)).toEqual([])
  })

  it('finds a wrong term and a term it does not use', () => {
    const wrong: Tables = (language) =>
      shipped(language).map(([key, value]): Entry => {
        if (language === 'es' && key === 'documents.invoice') return [key, 'Cuenta']
        if (language === 'hu' && key === 'screens.documents.type.credit_note') return [key, 'Jóváíró számla']
        if (language === 'ru' && key === 'documents.estimate') return [key, 'Смета']
        return [key, value]
      })
    expect(glossaryFindings(rows, wrong).sort()).toEqual([
      'es documents.invoice: "Cuenta" names invoice without "factura"',
      'hu screens.documents.type.credit_note: "Jóváíró számla" names credit note without "helyesbítő számla"',
      'ru documents.estimate: "Смета" names estimate (quote) without "коммерческое предложение (КП)"',
      'ru documents.estimate: "Смета" uses "смета", which the glossary does not use'
    ])
  })
})
