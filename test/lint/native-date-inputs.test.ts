/**
 * No native date, time, month or week input in the renderer (issue 14): the browser writes those in its
 * own order and language (mm/dd/yyyy in an English browser, whatever Settings → Region says). Dates and
 * times are typed in components/DateInput.tsx (DateInput, TimeInput, DateField, TimeField, DateTimeField,
 * FormDateInput), weeks and months in components/PeriodInput.tsx (WeekInput, MonthField).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '..', '..')
const native = /type\s*[=:]\s*\{?\s*(['"`])(date|time|datetime-local|month|week)\1/g

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return /\.(tsx?|jsx?)$/.test(entry.name) ? [path] : []
  })
}

function nativeDateInputs(text: string): string[] {
  return Array.from(text.matchAll(native), (m) => m[0])
}

describe('date and time entry', () => {
  it('finds the native inputs it looks for', () => {
    expect(nativeDateInputs('<input type="date" />')).toEqual(['type="date"'])
    expect(nativeDateInputs("<TextField type='time' />")).toEqual(["type='time'"])
    expect(nativeDateInputs('<input type={"datetime-local"} />')).toEqual(['type={"datetime-local"'])
    expect(nativeDateInputs("{ type: 'date' }")).toEqual(["type: 'date'"])
    expect(nativeDateInputs('<TextField type="month" />')).toEqual(['type="month"'])
    expect(nativeDateInputs('<input type="week" />')).toEqual(['type="week"'])
    expect(nativeDateInputs('<input type="text" /> <input type="number" />')).toEqual([])
  })

  it('has no native date, time, datetime-local, month or week input left in src/renderer', () => {
    const found = sources(join(root, 'src', 'renderer')).flatMap((file) =>
      nativeDateInputs(readFileSync(file, 'utf8')).map((hit) => `${relative(root, file)}: ${hit}`)
    )
    expect(found).toEqual([])
  })
})
