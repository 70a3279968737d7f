/**
 * Every kind of row problem the import reports comes with a key and parameters, and the import
 * panel shows it in the user's language (Spanish here, each language for one problem), with its
 * values and the column named in the user's words.
 */
import ExcelJS from 'exceljs'
import i18next from 'i18next'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resources } from '../../src/renderer/src/i18n/resources'
import { problemText } from '../../src/renderer/src/weekly/import-messages'
import { executive, openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk
const WEEK = '2026-W47'

beforeAll(async () => {
  desk = await openTestDesk()
  await desk.call('executives.create', {
    executive: executive({ name: 'Ana Núñez', email: 'ana@example.es' })
  })
  await desk.call('executives.create', {
    executive: executive({ name: 'Eva Doble', email: 'eva1@example.es' })
  })
  await desk.call('executives.create', {
    executive: executive({ name: 'Eva Doble', email: 'eva2@example.es' })
  })
})
afterAll(() => desk.close())

type Row = Array<string | number | Date | null>

async function importRows(activity: Row[], targets: Row[]) {
  const template = await desk.call('weekly.importTemplate', { week: WEEK })
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(template.bytes) as unknown as ArrayBuffer)
  for (const [name, rows] of [
    ['Activity', activity],
    ['Targets', targets]
  ] as const) {
    const sheet = workbook.getWorksheet(name)
    if (!sheet) throw new Error(`The template has no ${name} sheet`)
    for (let n = 2; n <= 30; n++)
      for (let c = 1; c <= 5; c++) sheet.getRow(n).getCell(c).value = rows[n - 2]?.[c - 1] ?? null
  }
  const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
  return desk.call('weekly.import', { fileName: 'bad.xlsx', base64 })
}

describe('import problems in the user’s language', () => {
  it('translates every kind of row problem to Spanish, with its values', async () => {
    const result = await importRows(
      [
        ['Nobody', WEEK, 1, null, null],
        ['Eva Doble', WEEK, 1, null, null],
        ['Ana Núñez', '2026-W99', 1, null, null],
        ['Ana Núñez', '2026-W40', 'abc', -1, 1.5],
        ['Ana Núñez', '2026-W41', 200_000, null, null],
        ['Ana Núñez', '2026-W41', 1, null, null],
        [null, WEEK, 1, null, null],
        ['Ana Núñez', null, 1, null, null]
      ],
      [
        ['Ana Núñez', 'revenue', 'quarter', 'abc', '2026-10-01'],
        ['Ana Núñez', 'revenue', 'quarter', 12.345, '2026-11-01'],
        ['Ana Núñez', 'smiles', 'year', 10, '2026-02-30'],
        ['Ana Núñez', 'new_customers', 'month', -3, '2026-10-01'],
        ['Ana Núñez', 'calls_per_day', 'week', 5, '2026-12-01'],
        ['Ana Núñez', 'calls_per_day', 'week', 6, '2026-12-01'],
        ['Ana Núñez', 'visits_per_week', 'week', null, null]
      ]
    )
    expect(result.applied).toBe(false)
    // The problem list uses the app's own i18next instance, as the import panel does.
    await i18next.init({ resources, lng: 'es', fallbackLng: 'en', interpolation: { escapeValue: false } })
    const tm = (m: string) => m
    expect(result.problems.filter((p) => !p.key)).toEqual([])
    const translated = result.problems.map((p) => ({
      english: p.message,
      spanish: problemText(p, i18next.t, 'es', tm)
    }))
    expect(translated.length).toBeGreaterThanOrEqual(18)
    for (const { english, spanish } of translated) {
      expect(spanish, english).not.toBe(english)
      expect(spanish, english).not.toMatch(/must|Unknown|Same sales|is not|is missing|too large/)
    }
    const spanish = translated.map((x) => x.spanish)
    expect(spanish).toContain('Comercial desconocido "Nobody"')
    expect(spanish).toContain('Llamadas: "abc" no es un número')
    expect(spanish).toContain('Correos no puede ser negativo (-1)')
    expect(spanish).toContain('Demostraciones debe ser un número entero (1.5)')
    expect(spanish).toContain('Mismo comercial y semana que la fila 6')
    expect(spanish).toContain('Mismo comercial, cifra y fecha que la fila 6')
    expect(spanish).toContain('Falta la semana')
    // English reads as the store wrote it; the other languages in their own words.
    const notNumber = result.problems.find((p) => p.key === 'importNotNumber')
    if (!notNumber) throw new Error('no "not a number" problem')
    const read = async (language: string) => {
      await i18next.changeLanguage(language)
      return problemText(notNumber, i18next.t, language, tm)
    }
    expect(await read('en')).toBe(notNumber.message)
    expect(notNumber.message).toBe('Calls: "abc" is not a number')
    expect(await read('ca')).toBe('Trucades: «abc» no és un nombre')
    expect(await read('hu')).toBe('Hívások: „abc” nem szám')
    expect(await read('ru')).toBe('Звонки: «abc» — не число')
  })
})
