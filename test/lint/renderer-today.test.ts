/**
 * The screens work "today" out one way: `companyToday()` (components/format.ts), the company's date
 * as the core's `today(ctx)` has it. The computer's own date (`getFullYear()`/`getDate()` on a new
 * Date, luxon's `DateTime.local().toISODate()`) or the UTC date (`toISOString().slice(0, 10)`) is
 * the wrong day near midnight; this scan of src/renderer fails on a new one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const wrongToday = [
  /\blocalToday\b/,
  /toISOString\(\)\s*\.slice\(\s*0\s*,\s*10\s*\)/,
  /toISOString\(\)\s*\.substring\(\s*0\s*,\s*10\s*\)/,
  /toISOString\(\)\s*\.split\(\s*'T'\s*\)/,
  /DateTime\.(local|now)\(\)(\.\w+\([^)]*\))*\.toISODate\(\)/,
  /new Date\(\)\.get(Full)?(Year|Month|Date)\(\)/
]

/** The calendar lays events out on the computer's clock (schedule/calendar-formats.ts says why). */
const allowed = new Set(['src/renderer/src/schedule/calendar-formats.ts'])

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(name) ? [path.replace(/\\/g, '/')] : []
  })
}

function wrongTodays(text: string): string[] {
  return text.split('\n').filter((line) => wrongToday.some((pattern) => pattern.test(line)))
}

describe("the renderer's today", () => {
  it('finds each wrong way of working today out', () => {
    const samples = [
      'const d = localToday()',
      'const d = new Date().toISOString().slice(0, 10)',
      "const d = now.toISOString().split('T')[0]",
      'const d = DateTime.local().toISODate()',
      'const d = DateTime.now().plus({ days: 1 }).toISODate()',
      'const y = new Date().getFullYear()'
    ]
    expect(samples.filter((s) => wrongTodays(s).length === 0)).toEqual([])
    expect(wrongTodays('const d = companyToday()')).toEqual([])
  })

  it('src/renderer has none outside the calendar', () => {
    const found = sourceFiles('src/renderer')
      .filter((file) => !allowed.has(file))
      .flatMap((file) => wrongTodays(readFileSync(file, 'utf8')).map((line) => `${file}: ${line.trim()}`))
    expect(found).toEqual([])
  })
})
