/**
 * The weekly import template in the five languages (issue 14): sheet names, headings, the
 * drop-down lists and the "How to" sheet in the language asked for, read back with exceljs; the
 * same rows filled into each language's template import to the same activity and targets as
 * the English one, and a file whose columns are in another order is read by its headings.
 */
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { templateWords } from '../../src/main/figures/template-words'
import { languages, type Language } from '../../src/shared/languages'
import { required } from '../../src/shared/required'
import { messageIn } from '../../src/main/message-language'
import { executive, openTestDesk, type TestDesk } from '../support/fixtures'

const WEEK = '2026-W47'
// What Excel says when a count is not a whole number (the refusal's own sentence in each language).
const wholeNumber: Record<Language, string> = {
  en: 'Enter a whole number, 0 or more',
  es: 'Introduzca un número entero, 0 o más',
  ca: 'Introduïu un nombre enter, 0 o més',
  hu: 'Adjon meg egy egész számot (0 vagy több)',
  ru: 'Введите целое число, 0 или больше'
}
let desk: TestDesk
let ana: number
let bela: number

beforeEach(async () => {
  desk = await openTestDesk()
  ana = (
    await desk.call('executives.create', {
      executive: executive({ name: 'Ana Núñez', email: 'ana@example.es' })
    })
  ).id
  bela = (
    await desk.call('executives.create', {
      executive: executive({ name: 'Béla Kovács', email: 'bela@example.hu' })
    })
  ).id
})
afterEach(() => desk.close())

async function templateIn(language: Language | null): Promise<ExcelJS.Workbook> {
  const file = await desk.call('weekly.importTemplate', { week: WEEK, language })
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
  return workbook
}

const rowValues = (sheet: ExcelJS.Worksheet, row: number) =>
  (sheet.getRow(row).values as unknown[]).slice(1).map((v) => (v instanceof Date ? v : String(v)))

/** The same figures, written in `language`'s words: activity for both, two targets for Béla. */
function fill(workbook: ExcelJS.Workbook, language: Language): void {
  const words = templateWords[language]
  const activity = required(workbook.getWorksheet(words.sheets.activity), 'activity sheet')
  activity.getRow(2).values = ['Ana Núñez', WEEK, 31, 12, 3]
  activity.getRow(3).values = ['bela@example.hu', WEEK, 0, 7, 1]
  const targets = required(workbook.getWorksheet(words.sheets.targets), 'targets sheet')
  targets.getRow(2).values = [
    'Béla Kovács',
    words.metrics.revenue,
    words.periods.month,
    12000.5,
    '2026-10-01'
  ]
  targets.getRow(3).values = ['Ana Núñez', words.metrics.calls_per_day, words.periods.week, 25, '2026-11-02']
}

async function importFile(workbook: ExcelJS.Workbook) {
  const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
  return desk.call('weekly.import', { fileName: 'weekly.xlsx', base64 })
}

/** What an import left in the store, in a form two desks can compare. */
async function stored() {
  const grid = await desk.call('weekly.activity', { week: WEEK })
  const name = (id: number) => (id === ana ? 'ana' : id === bela ? 'bela' : String(id))
  const targets = await desk.call('targets.list', { executiveId: null })
  return {
    activity: grid.values.map((v) => `${name(v.executiveId)} ${v.metric} ${v.value}`).sort(),
    targets: targets
      .map((t) => `${name(t.executiveId)} ${t.metric} ${t.period} ${t.value} ${t.validFrom}`)
      .sort()
  }
}

describe('the weekly import template in five languages', () => {
  it.each(languages)('writes the %s template in its words', async (language) => {
    const words = templateWords[language]
    const workbook = await templateIn(language)
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      words.sheets.activity,
      words.sheets.targets,
      words.sheets.executives,
      words.sheets.help
    ])
    const activity = required(workbook.getWorksheet(words.sheets.activity), 'activity')
    expect(rowValues(activity, 1)).toEqual([...words.activity])
    expect(rowValues(activity, 2)).toEqual(['Ana Núñez', WEEK])
    expect(activity.getCell('C2').dataValidation.error).toBe(wholeNumber[language])
    const targets = required(workbook.getWorksheet(words.sheets.targets), 'targets')
    expect(rowValues(targets, 1)).toEqual([...words.targets])
    expect(targets.getCell('B2').dataValidation.formulae).toEqual([
      `"${[words.metrics.revenue, words.metrics.new_customers, words.metrics.calls_per_day, words.metrics.visits_per_week].join(',')}"`
    ])
    expect(targets.getCell('C2').dataValidation.formulae).toEqual([
      `"${[words.periods.week, words.periods.month, words.periods.quarter].join(',')}"`
    ])
    const list = required(workbook.getWorksheet(words.sheets.executives), 'executives')
    expect(rowValues(list, 1)).toEqual([...words.executives])
    const help = required(workbook.getWorksheet(words.sheets.help), 'help')
    const helpText = help.getColumn(1).values.slice(1).map(String)
    expect(helpText[0]).toBe(words.help(words.sheets, { week: WEEK, metrics: '', periods: '' })[0])
    expect(helpText.join('\n')).toContain(`${words.sheets.activity}: `)
    expect(helpText.join('\n')).toContain(words.metrics.visits_per_week)
    expect(helpText.join('\n')).toContain(words.sheets.executives)
    if (language !== 'en') {
      // Nothing of the English template is left but the names and the week.
      const english = new Set([...templateWords.en.activity, ...templateWords.en.targets, 'How to'])
      const written = [
        ...rowValues(activity, 1),
        ...rowValues(targets, 1),
        ...workbook.worksheets.map((s) => s.name)
      ]
      expect(written.filter((w) => typeof w === 'string' && english.has(w))).toEqual([])
    }
  })

  it.each(languages.filter((l) => l !== 'en'))(
    'imports a filled %s template to the same figures as the English one',
    async (language) => {
      const english = await templateIn('en')
      fill(english, 'en')
      const englishResult = await importFile(english)
      expect(englishResult).toMatchObject({ applied: true, activityRows: 6, targetRows: 2, problems: [] })
      const expected = await stored()
      expect(expected.targets).toEqual([
        'ana calls_per_day week 25 2026-11-02',
        'bela revenue month 1200050 2026-10-01'
      ])
      await desk.close()

      desk = await openTestDesk()
      ana = (
        await desk.call('executives.create', {
          executive: executive({ name: 'Ana Núñez', email: 'ana@example.es' })
        })
      ).id
      bela = (
        await desk.call('executives.create', {
          executive: executive({ name: 'Béla Kovács', email: 'bela@example.hu' })
        })
      ).id
      const translated = await templateIn(language)
      fill(translated, language)
      expect(await importFile(translated)).toEqual(englishResult)
      expect(await stored()).toEqual(expected)
    }
  )

  it('reads the columns by their headings in any language, and names a problem by the heading', async () => {
    const workbook = await templateIn('hu')
    const words = templateWords.hu
    const activity = required(workbook.getWorksheet(words.sheets.activity), 'activity')
    // Columns moved: demos, week, executive, e-mails, calls; a Spanish heading among Hungarian ones.
    activity.getRow(1).values = [
      'Demostraciones',
      words.activity[1],
      words.activity[0],
      words.activity[3],
      'Calls'
    ]
    activity.getRow(2).values = [3, WEEK, 'Ana Núñez', 12, 31]
    activity.getRow(3).values = [1, WEEK, 'Béla Kovács', 7, -2]
    const refused = await importFile(workbook)
    expect(refused.applied).toBe(false)
    expect(refused.problems).toMatchObject([
      { sheet: words.sheets.activity, row: 3, key: 'importNegative', params: { column: 'Calls', value: -2 } }
    ])
    activity.getRow(3).values = [1, WEEK, 'Béla Kovács', 7, 0]
    expect(await importFile(workbook)).toMatchObject({ applied: true, activityRows: 6 })
    expect((await stored()).activity).toEqual([
      'ana calls 31',
      'ana demos 3',
      'ana emails 12',
      'bela calls 0',
      'bela demos 1',
      'bela emails 7'
    ])
  })

  it('a workbook with neither sheet is refused naming the sheets in the reader’s language, and every name read', async () => {
    const other = new ExcelJS.Workbook()
    other.addWorksheet('Sheet1').addRow(['x'])
    const refused = await desk.fail('weekly.import', {
      fileName: 'x.xlsx',
      base64: Buffer.from(await other.xlsx.writeBuffer()).toString('base64')
    })
    expect(refused.key).toBe('importNoSheets')
    const allNames = languages.flatMap((l) => [
      templateWords[l].sheets.activity,
      templateWords[l].sheets.targets
    ])
    for (const language of languages) {
      const text = messageIn(
        { key: 'importNoSheets', ...(refused.params ? { params: refused.params } : {}) },
        language
      )
      const { activity, targets } = templateWords[language].sheets
      const [sentence, accepted] = text.split(/: (?=[^:]*$)/)
      // The names the sentence quotes are the template's own in that language…
      expect(sentence, language).toContain(activity)
      expect(sentence, language).toContain(targets)
      if (language !== 'en') expect(sentence, language).not.toMatch(/Activity|Targets/)
      // …and the list names every sheet the import reads, in the five languages.
      expect(accepted.replace(/\.$/, '').split(', '), language).toEqual(allNames)
    }
  })
})
