/**
 * Import of weekly activity figures and targets from the Excel template. Every row is checked
 * first and every problem is reported with its sheet and row number (unknown executive, bad
 * week, negative or non-whole numbers, duplicates); only a file without problems is written,
 * all of it in one transaction.
 */
import { activity } from '../../shared/activity'
import ExcelJS from 'exceljs'
import { CARD_NUMBER_MESSAGE, cardNumberCell } from '../../shared/cards'
import { DomainError } from '../../shared/errors'
import { isoWeekOf, parseIsoWeek } from '../../shared/iso-week'
import { parseMoneyToCents } from '../../shared/money'
import {
  MAX_ACTIVITY_VALUE,
  MAX_TARGET_VALUE,
  targetMetrics,
  targetPeriods,
  type ActivityEntryInput,
  type ActivityMetric,
  type ImportProblem,
  type ImportResult,
  type TargetInput,
  type TargetMetric,
  type TargetPeriod
} from '../../shared/schemas/figures'
import { foldForSearch } from '../../shared/text'
import { recordActivity } from '../activity/log'
import type { ServiceContext } from '../context'
import { saveActivityIn } from './activity'
import { setTargetIn } from './targets'
import { ACTIVITY_SHEET, activityHeaders, TARGETS_SHEET } from './template'
import { lookup } from '../../shared/required'
import { writeTransaction } from '../db/write-transaction'

type Plain = string | number | Date | null

/** The plain value of a cell: formula results, rich text and hyperlinks reduced to text or number. */
function plain(value: ExcelJS.CellValue): Plain {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim()
  if (typeof value === 'number' || value instanceof Date) return value
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'object') {
    if ('result' in value) return plain((value as { result?: ExcelJS.CellValue }).result ?? null)
    if ('richText' in value) return plain(value.richText.map((r) => r.text).join(''))
    if ('text' in value) return plain(String((value as { text: unknown }).text))
    if ('error' in value) return String((value as { error: unknown }).error)
  }
  return null
}

interface ExecutiveIndex {
  find(text: string): { id: number } | { problem: string }
}

function executiveIndex(executives: Array<{ id: number; name: string; email: string }>): ExecutiveIndex {
  const byKey = new Map<string, number[]>()
  for (const e of executives) {
    for (const key of [foldForSearch(e.name), e.email.trim().toLowerCase()]) {
      if (key === '') continue
      byKey.set(key, [...new Set([...(byKey.get(key) ?? []), e.id])])
    }
  }
  return {
    find(text) {
      const ids = byKey.get(text.includes('@') ? text.trim().toLowerCase() : foldForSearch(text)) ?? []
      if (ids.length === 1) return { id: ids[0] }
      if (ids.length > 1)
        return { problem: `Several sales executives are called "${text}": use the e-mail address instead` }
      return { problem: `Unknown sales executive "${text}"` }
    }
  }
}

function wholeNumber(value: Plain, label: string, max: number): number | string {
  const n =
    typeof value === 'string' ? Number(value.replace(',', '.')) : typeof value === 'number' ? value : NaN
  if (!Number.isFinite(n)) return `${label}: "${String(value)}" is not a number`
  if (n < 0) return `${label} must not be negative (${n})`
  if (!Number.isInteger(n)) return `${label} must be a whole number (${n})`
  if (n > max) return `${label} is too large (at most ${max})`
  return n
}

function weekOf(value: Plain): string | null {
  if (value instanceof Date) return isoWeekOf(value.toISOString())
  if (typeof value !== 'string') return null
  const text = value.trim().toUpperCase()
  return parseIsoWeek(text) ? text : null
}

const metricWords: Record<string, TargetMetric> = {
  revenue: 'revenue',
  'new customers': 'new_customers',
  'calls per day': 'calls_per_day',
  'visits per week': 'visits_per_week'
}

function dateOf(value: Plain): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
  ) {
    return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value ? value : null
  }
  return null
}

function revenueCents(value: Plain): number | string {
  const cents =
    typeof value === 'number'
      ? Math.round(value * 100)
      : typeof value === 'string'
        ? parseMoneyToCents(value)
        : null
  if (cents === null || !Number.isFinite(cents)) return `Value: "${String(value)}" is not an amount`
  if (typeof value === 'number' && Math.abs(value * 100 - cents) > 1e-6)
    return `Value: ${value} has more than 2 decimals`
  if (cents < 0) return `Value must not be negative (${String(value)})`
  if (cents > MAX_TARGET_VALUE) return 'Value is too large'
  return cents
}

interface Parsed {
  activity: Map<string, ActivityEntryInput[]>
  targets: TargetInput[]
  problems: ImportProblem[]
}

function readActivity(sheet: ExcelJS.Worksheet, executives: ExecutiveIndex, out: Parsed): void {
  const seen = new Map<string, number>()
  const metrics: ActivityMetric[] = ['calls', 'emails', 'demos']
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return
    const cells = [1, 2, 3, 4, 5].map((c) => plain(row.getCell(c).value))
    if (cells.every((c) => c === null)) return
    const problem = (message: string) => out.problems.push({ sheet: sheet.name, row: number, message })
    // Checked first, and the row goes no further: no message may echo the number.
    if (cardNumberCell(cells) >= 0) {
      problem(CARD_NUMBER_MESSAGE)
      return
    }
    const who =
      cells[0] === null ? { problem: 'The sales executive is missing' } : executives.find(String(cells[0]))
    if ('problem' in who) problem(who.problem)
    const week = weekOf(cells[1])
    if (!week)
      problem(
        cells[1] === null
          ? 'The week is missing'
          : `"${String(cells[1])}" is not an ISO week such as 2026-W47`
      )
    const values = metrics.map((_, i) =>
      cells[i + 2] === null ? null : wholeNumber(cells[i + 2], activityHeaders[i + 2], MAX_ACTIVITY_VALUE)
    )
    for (const v of values) if (typeof v === 'string') problem(v)
    if ('id' in who && week) {
      const key = `${who.id}|${week}`
      if (seen.has(key)) problem(`Same sales executive and week as row ${seen.get(key)}`)
      seen.set(key, number)
      const entries = metrics.flatMap((metric, i) =>
        typeof values[i] === 'number' ? [{ executiveId: who.id, metric, value: values[i] }] : []
      )
      out.activity.set(week, [...(out.activity.get(week) ?? []), ...entries])
    }
  })
}

function readTargets(sheet: ExcelJS.Worksheet, executives: ExecutiveIndex, out: Parsed): void {
  const seen = new Map<string, number>()
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return
    const cells = [1, 2, 3, 4, 5].map((c) => plain(row.getCell(c).value))
    if (cells.every((c) => c === null)) return
    const problem = (message: string) => out.problems.push({ sheet: sheet.name, row: number, message })
    // Checked first, and the row goes no further: no message may echo the number.
    if (cardNumberCell(cells) >= 0) {
      problem(CARD_NUMBER_MESSAGE)
      return
    }
    const who =
      cells[0] === null ? { problem: 'The sales executive is missing' } : executives.find(String(cells[0]))
    if ('problem' in who) problem(who.problem)
    const metricText = String(cells[1] ?? '')
      .trim()
      .toLowerCase()
    const metric = (targetMetrics as readonly string[]).includes(metricText)
      ? (metricText as TargetMetric)
      : lookup(metricWords, metricText)
    if (!metric) problem(`Unknown figure "${String(cells[1] ?? '')}": use ${targetMetrics.join(', ')}`)
    const periodText = String(cells[2] ?? '')
      .trim()
      .toLowerCase()
    const period = (targetPeriods as readonly string[]).includes(periodText)
      ? (periodText as TargetPeriod)
      : null
    if (!period) problem(`Unknown period "${String(cells[2] ?? '')}": use week, month or quarter`)
    const value =
      cells[3] === null
        ? 'The value is missing'
        : metric === 'revenue'
          ? revenueCents(cells[3])
          : wholeNumber(cells[3], 'Value', MAX_TARGET_VALUE)
    if (typeof value === 'string') problem(value)
    const validFrom = dateOf(cells[4])
    if (!validFrom)
      problem(
        cells[4] === null
          ? 'The valid-from date is missing'
          : `"${String(cells[4])}" is not a date like 2026-10-01`
      )
    if ('id' in who && metric && period && typeof value === 'number' && validFrom) {
      const key = `${who.id}|${metric}|${validFrom}`
      if (seen.has(key)) problem(`Same sales executive, figure and date as row ${seen.get(key)}`)
      seen.set(key, number)
      out.targets.push({ executiveId: who.id, metric, period, value, validFrom })
    }
  })
}

/** Checks the whole file; writes it only when there is no problem at all. */
export async function importWeeklyFile(ctx: ServiceContext, base64: string): Promise<ImportResult> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer)
  } catch {
    throw new DomainError(
      'invalid_input',
      'This file is not an Excel workbook (.xlsx). Download the template and fill it in.',
      { base64: 'Not an .xlsx file' }
    )
  }
  const activitySheet = workbook.getWorksheet(ACTIVITY_SHEET)
  const targetsSheet = workbook.getWorksheet(TARGETS_SHEET)
  if (!activitySheet && !targetsSheet) {
    throw new DomainError(
      'invalid_input',
      `This workbook has no "${ACTIVITY_SHEET}" or "${TARGETS_SHEET}" sheet. Download the template and fill it in.`
    )
  }
  const executives = executiveIndex(
    await ctx.db.selectFrom('salesExecutives').select(['id', 'name', 'email']).execute()
  )
  const parsed: Parsed = { activity: new Map(), targets: [], problems: [] }
  if (activitySheet) readActivity(activitySheet, executives, parsed)
  if (targetsSheet) readTargets(targetsSheet, executives, parsed)
  const activityRows = [...parsed.activity.values()].reduce((s, e) => s + e.length, 0)
  if (parsed.problems.length > 0)
    return { applied: false, activityRows: 0, targetRows: 0, problems: parsed.problems }
  await writeTransaction(ctx.db, async (trx) => {
    for (const [week, entries] of parsed.activity) await saveActivityIn(trx, ctx, week, entries)
    for (const target of parsed.targets) await setTargetIn(trx, ctx, target)
    await recordActivity(trx, ctx, {
      entity: 'weekly',
      entityId: null,
      action: 'import',
      summary: `Imported ${activityRows} weekly activity figures and ${parsed.targets.length} targets`,
      details: activity('weeklyImported', { activity: activityRows, targets: parsed.targets.length })
    })
  })
  return { applied: true, activityRows, targetRows: parsed.targets.length, problems: [] }
}
