/**
 * Import of weekly activity figures and targets from the Excel template. Every row is checked
 * first and every problem is reported with its sheet and row number (unknown executive, bad
 * week, negative or non-whole numbers, duplicates); only a file without problems is written,
 * all of it in one transaction. The template may be in any of the five languages (issue 14): its
 * sheets are found by any language's name and its columns by any language's heading.
 */
import { activity } from '../../shared/activity'
import { cardNumberCell } from '../../shared/cards'
import { decodeMessage, DomainError, messageText, word, type Message } from '../../shared/errors'
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
  type TargetInput
} from '../../shared/schemas/figures'
import { parseRegionDate, type DateFormat } from '../../shared/region'
import { foldForSearch } from '../../shared/text'
import { recordActivity } from '../activity/log'
import type { ServiceContext } from '../context'
import { saveActivityIn } from './activity'
import { setTargetIn } from './targets'
import { templateWords } from './template-words'
import { languages } from '../../shared/languages'
import { writeTransaction } from '../db/write-transaction'
import { getRegion } from '../region/service'
import { workbookRows, type Cell, type WorkbookRow } from '../imports/table'

type Plain = string | number | Date | null

/** A cell as the import core reads it, blank text as nothing. */
const plain = (cell: Cell | undefined): Plain =>
  cell === undefined || cell === null ? null : typeof cell === 'string' ? cell.trim() || null : cell

interface ExecutiveIndex {
  find(text: string): { id: number } | { problem: Message }
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
      if (ids.length > 1) return { problem: { key: 'importExecutiveAmbiguous', params: { value: text } } }
      return { problem: { key: 'importExecutiveUnknown', params: { value: text } } }
    }
  }
}

/** A column's whole number, or the problem with it (`column` is the header as the template writes it). */
function wholeNumber(value: Plain, column: string, max: number): number | Message {
  const n =
    typeof value === 'string' ? Number(value.replace(',', '.')) : typeof value === 'number' ? value : NaN
  if (!Number.isFinite(n)) return { key: 'importNotNumber', params: { column, value: String(value) } }
  if (n < 0) return { key: 'importNegative', params: { column, value: n } }
  if (!Number.isInteger(n)) return { key: 'importNotWhole', params: { column, value: n } }
  if (n > max) return { key: 'importTooLarge', params: { column, value: max } }
  return n
}

function weekOf(value: Plain): string | null {
  if (value instanceof Date) return isoWeekOf(value.toISOString())
  if (typeof value !== 'string') return null
  const text = value.trim().toUpperCase()
  return parseIsoWeek(text) ? text : null
}

type SheetKind = 'activity' | 'targets'

/** Each sheet the import reads, by its name in every language. */
const sheetKinds = new Map<string, SheetKind>(
  languages.flatMap((l) => [
    [templateWords[l].sheets.activity, 'activity'] as const,
    [templateWords[l].sheets.targets, 'targets'] as const
  ])
)

/** A figure or period as written in any language (or its code, "new_customers"), folded. */
function wordIndex<T extends string>(
  codes: readonly T[],
  wordsOf: (l: (typeof languages)[number]) => Record<T, string>
) {
  const index = new Map<string, T>()
  for (const code of codes) {
    index.set(code, code)
    for (const l of languages) index.set(foldForSearch(wordsOf(l)[code]), code)
  }
  return (text: string): T | null =>
    index.get(text.trim().toLowerCase()) ?? index.get(foldForSearch(text)) ?? null
}
const metricOf = wordIndex(targetMetrics, (l) => templateWords[l].metrics)
const periodOf = wordIndex(targetPeriods, (l) => templateWords[l].periods)

/**
 * Where a sheet's five columns are, read from its heading row: each column where a cell holds its
 * heading in any language, else where the template puts it. `names` are the headings as the file
 * writes them, for the problems.
 */
interface Columns {
  at: number[]
  names: string[]
}
function columnsOf(kind: SheetKind, heading: WorkbookRow | null): Columns {
  const texts = (heading?.cells ?? []).map((c) => (typeof c === 'string' ? foldForSearch(c) : ''))
  const at: number[] = []
  const names: string[] = []
  for (let i = 0; i < 5; i++) {
    const words = new Set(languages.map((l) => foldForSearch(templateWords[l][kind][i])))
    const found = texts.findIndex((t, c) => words.has(t) && !at.includes(c))
    at.push(found >= 0 ? found : i)
    const written = heading?.cells[at[i]]
    names.push(found >= 0 && typeof written === 'string' ? written.trim() : templateWords.en[kind][i])
  }
  return { at, names }
}

/** A date cell, or a date typed as text in the region's order (ISO is accepted too). */
function dateOf(value: Plain, dateFormat: DateFormat): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return typeof value === 'string' ? parseRegionDate(value, dateFormat) : null
}

function revenueCents(value: Plain, column: string): number | Message {
  const cents =
    typeof value === 'number'
      ? Math.round(value * 100)
      : typeof value === 'string'
        ? parseMoneyToCents(value)
        : null
  if (cents === null || !Number.isFinite(cents))
    return { key: 'importNotAmount', params: { value: String(value) } }
  if (typeof value === 'number' && Math.abs(value * 100 - cents) > 1e-6)
    return { key: 'importTooManyDecimals', params: { value } }
  if (cents < 0) return { key: 'importNegative', params: { column, value: String(value) } }
  if (cents > MAX_TARGET_VALUE) return { key: 'importValueTooLarge' }
  return cents
}

/** A problem row: the English text, and the key and parameters when it has them. */
function problemAt(sheet: string, row: number, message: Message | string): ImportProblem {
  return typeof message === 'string'
    ? { sheet, row, message }
    : {
        sheet,
        row,
        message: messageText(message),
        key: message.key,
        ...(message.params ? { params: message.params } : {})
      }
}

interface Parsed {
  activity: Map<string, ActivityEntryInput[]>
  targets: TargetInput[]
  problems: ImportProblem[]
}

const metrics: ActivityMetric[] = ['calls', 'emails', 'demos']

/**
 * What both sheets check first on a row: its five cells, a way to note a problem on it, and its
 * executive. Null for an empty row, or one holding a card number (it goes no further, so no
 * message may echo the number).
 */
function startRow(row: WorkbookRow, columns: Columns, executives: ExecutiveIndex, out: Parsed) {
  const number = row.row
  const cells = columns.at.map((c) => plain(row.cells[c]))
  if (cells.every((c) => c === null)) return null
  const problem = (message: Message | string) => out.problems.push(problemAt(row.sheet, number, message))
  if (cardNumberCell(cells) >= 0) {
    problem({ key: 'importCardNumber' })
    return null
  }
  const who =
    cells[0] === null
      ? { problem: { key: 'importExecutiveMissing' as const } }
      : executives.find(String(cells[0]))
  if ('problem' in who) problem(who.problem)
  return { number, cells, problem, who }
}

/** One row of the activity sheet; `seen` finds the same executive and week twice. */
function readActivity(
  row: WorkbookRow,
  columns: Columns,
  executives: ExecutiveIndex,
  seen: Map<string, number>,
  out: Parsed
): void {
  const start = startRow(row, columns, executives, out)
  if (!start) return
  const { number, cells, problem, who } = start
  const week = weekOf(cells[1])
  if (!week)
    problem(
      cells[1] === null
        ? { key: 'importWeekMissing' }
        : { key: 'importWeekInvalid', params: { value: String(cells[1]) } }
    )
  const values = metrics.map((_, i) =>
    cells[i + 2] === null ? null : wholeNumber(cells[i + 2], columns.names[i + 2], MAX_ACTIVITY_VALUE)
  )
  for (const v of values) if (v !== null && typeof v === 'object') problem(v)
  if ('id' in who && week) {
    const key = `${who.id}|${week}`
    const earlier = seen.get(key)
    if (earlier !== undefined) problem({ key: 'importSameWeek', params: { row: earlier } })
    seen.set(key, number)
    const entries = metrics.flatMap((metric, i) =>
      typeof values[i] === 'number' ? [{ executiveId: who.id, metric, value: values[i] }] : []
    )
    out.activity.set(week, [...(out.activity.get(week) ?? []), ...entries])
  }
}

/** One row of the targets sheet; `seen` finds the same target twice. */
function readTargets(
  row: WorkbookRow,
  columns: Columns,
  executives: ExecutiveIndex,
  seen: Map<string, number>,
  out: Parsed,
  dateFormat: DateFormat
): void {
  const start = startRow(row, columns, executives, out)
  if (!start) return
  const { number, cells, problem, who } = start
  const metric = metricOf(String(cells[1] ?? ''))
  if (!metric)
    problem({
      key: 'importUnknownFigure',
      params: { value: String(cells[1] ?? ''), choices: targetMetrics.join(', ') }
    })
  const period = periodOf(String(cells[2] ?? ''))
  if (!period) problem({ key: 'importUnknownPeriod', params: { value: String(cells[2] ?? '') } })
  const value: number | Message =
    cells[3] === null
      ? { key: 'importValueMissing' }
      : metric === 'revenue'
        ? revenueCents(cells[3], columns.names[3])
        : wholeNumber(cells[3], columns.names[3], MAX_TARGET_VALUE)
  if (typeof value !== 'number') problem(value)
  const validFrom = dateOf(cells[4], dateFormat)
  if (!validFrom)
    problem(
      cells[4] === null
        ? { key: 'importValidFromMissing' }
        : { key: 'importDateInvalid', params: { value: String(cells[4]) } }
    )
  if ('id' in who && metric && period && typeof value === 'number' && validFrom) {
    const key = `${who.id}|${metric}|${validFrom}`
    const earlier = seen.get(key)
    if (earlier !== undefined) problem({ key: 'importSameTarget', params: { row: earlier } })
    seen.set(key, number)
    out.targets.push({ executiveId: who.id, metric, period, value, validFrom })
  }
}

/** Checks the whole file; writes it only when there is no problem at all. */
export async function importWeeklyFile(ctx: ServiceContext, base64: string): Promise<ImportResult> {
  const executives = executiveIndex(
    await ctx.db.selectFrom('salesExecutives').select(['id', 'name', 'email']).execute()
  )
  const parsed: Parsed = { activity: new Map(), targets: [], problems: [] }
  const sheets = new Set<string>()
  const seen = { activity: new Map<string, number>(), targets: new Map<string, number>() }
  // Dates typed as text are read in the company's region order (the template writes it so).
  const { dateFormat } = (await getRegion(ctx.db)).format
  const columns = new Map<string, Columns>()
  for await (const row of workbookRows(Buffer.from(base64, 'base64'), [...sheetKinds.keys()])) {
    const kind = sheetKinds.get(row.sheet) ?? 'activity'
    sheets.add(row.sheet)
    if (row.row === 1) {
      columns.set(row.sheet, columnsOf(kind, row.problem === undefined ? row : null))
      continue
    }
    const at = columns.get(row.sheet) ?? columnsOf(kind, null)
    if (row.problem !== undefined)
      parsed.problems.push(problemAt(row.sheet, row.row, decodeMessage(row.problem) ?? row.problem))
    else if (kind === 'activity') readActivity(row, at, executives, seen.activity, parsed)
    else readTargets(row, at, executives, seen.targets, parsed, dateFormat)
  }
  if (sheets.size === 0) {
    throw new DomainError('invalid_input', {
      key: 'importNoSheets',
      // The sheet names in the reader's language, and every name the import reads (the file's may be any).
      params: {
        activity: word('importSheetActivity'),
        targets: word('importSheetTargets'),
        accepted: [...sheetKinds.keys()].join(', ')
      }
    })
  }
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
