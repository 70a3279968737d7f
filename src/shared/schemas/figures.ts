/**
 * Weekly sales figures, targets, the weekly activity grid, the weekly report and its archive.
 *
 * Definitions (per sales executive and ISO week Monday..Sunday, by calendar date). Every amount is
 * net of VAT in the accounting currency: a document in another currency is converted on its own at
 * the rate frozen with it at issue (a document without one at the rates table's rate of its issue
 * date; without any rate it is left out and listed in `unconverted`).
 * - revenue = invoiced + corrections. Invoiced: net of the invoices issued in the week.
 *   Corrections: credit notes (minus) and price-correction debit notes (plus) issued in the week,
 *   whichever week their invoice was in, so a report once sent stays true; their own column.
 * - fees = debit notes that pass on a fee or charge (a returned payment's bank fee): issued in the
 *   week, shown apart and never part of revenue.
 * - orders won = orders confirmed (issued) in the week that are not cancelled: count and net.
 * - estimates sent = estimates issued in the week, not counting revisions (a revision is the same
 *   quote sent again); accepted / declined = estimates whose acceptance / decline was recorded in
 *   the week (the activity log's accept / decline entry, by its UTC date), whenever they were sent.
 *   An estimate replaced by its revision is superseded (counted apart), never declined.
 * - decided ratio (`conversionRate`) = accepted / (accepted + declined) of the week; none when both are 0.
 * - cohort conversion = of the quotes first sent in the `COHORT_WEEKS` weeks ending with the week,
 *   the share accepted (or turned into an order, in any version) by the week's end.
 * - new customers = customers created in the week, counted for the executive they are assigned to.
 * - site visits completed = visits with status completed that ended in the week, for each
 *   executive on the visit.
 * - calls, e-mails and demos: entered on the weekly grid or imported (the store cannot know them).
 * - pipeline = estimates open at the end of the week: sent by then, valid until at least then,
 *   and not accepted, declined or superseded by then; by net value.
 * - targets are per week (see main/figures/targets.ts); countable ones are shown in whole units
 *   (`wholeTarget`) with the exact per-week value beside them (hover, cell note).
 */
import { z } from 'zod'
import { keyed, type ErrorKey, type MessageParams } from '../errors'
import { isIsoWeek } from '../iso-week'
import { id, isoDate } from './common'

export const isoWeekText = z.string().trim().refine(isIsoWeek, keyed('useIsoWeek'))

export const activityMetrics = ['calls', 'emails', 'demos'] as const
export type ActivityMetric = (typeof activityMetrics)[number]

export const targetMetrics = ['revenue', 'new_customers', 'calls_per_day', 'visits_per_week'] as const
export type TargetMetric = (typeof targetMetrics)[number]

export const targetPeriods = ['week', 'month', 'quarter'] as const
export type TargetPeriod = (typeof targetPeriods)[number]

export const MAX_ACTIVITY_VALUE = 100_000
export const MAX_TARGET_VALUE = 1_000_000_000_000

export const activityEntryInput = z
  .object({
    executiveId: id,
    metric: z.enum(activityMetrics),
    value: z
      .number()
      .int(keyed('expectedWholeNumber'))
      .min(0, keyed('notNegative'))
      .max(MAX_ACTIVITY_VALUE, keyed('atMostNumber', { max: MAX_ACTIVITY_VALUE }))
  })
  .strict()
export type ActivityEntryInput = z.infer<typeof activityEntryInput>

export const targetInput = z
  .object({
    executiveId: id,
    metric: z.enum(targetMetrics),
    period: z.enum(targetPeriods),
    /** Revenue in cents; the other metrics are counts. */
    value: z.number().int(keyed('expectedWholeNumber')).min(0, keyed('notNegative')).max(MAX_TARGET_VALUE),
    validFrom: isoDate
  })
  .strict()
export type TargetInput = z.infer<typeof targetInput>

export const reportFormats = ['xlsx', 'pdf'] as const
export type ReportFormat = (typeof reportFormats)[number]
/** A target expressed per week, for one week (null: no target set). */
export interface WeekTargets {
  revenueCents: number | null
  newCustomers: number | null
  calls: number | null
  visits: number | null
}

export interface FiguresRow {
  kind: 'executive' | 'unassigned' | 'team'
  executiveId: number | null
  name: string
  active: boolean
  revenueCents: number
  invoicedCents: number
  /** Credit notes (negative) and price-correction debit notes (positive) issued in the week. */
  correctionsCents: number
  /** Fees and charges passed on by debit notes issued in the week: not revenue. */
  feesCents: number
  invoiceCount: number
  ordersWon: number
  ordersWonCents: number
  estimatesSent: number
  estimatesSentCents: number
  estimatesAccepted: number
  estimatesDeclined: number
  estimatesSuperseded: number
  /** Decided ratio: accepted / (accepted + declined) of the week. */
  conversionRate: number | null
  /** Quotes first sent in the cohort weeks, and how many of them were accepted by the week's end. */
  cohortSent: number
  cohortAccepted: number
  /** cohortAccepted / cohortSent (null when none were sent). */
  cohortConversion: number | null
  newCustomers: number
  visitsCompleted: number
  activity: Record<ActivityMetric, number>
  pipelineCount: number
  pipelineCents: number
  targets: WeekTargets
}

export interface WeeklyFigures {
  week: string
  start: string
  end: string
  /** The accounting currency every amount is in, converted at each document's frozen rate. */
  currency: string
  /** First day of the cohort (the Monday `COHORT_WEEKS` − 1 weeks before the week's). */
  cohortFrom: string
  /** Documents of the week's amounts that have no exchange rate and are left out of them. */
  unconverted: UnconvertedDocument[]
  rows: FiguresRow[]
  team: FiguresRow
}

export interface UnconvertedDocument {
  number: string
  currency: string
  date: string
}

/** How many weeks of sent quotes the cohort conversion follows. */
export const COHORT_WEEKS = 12

/** A countable target per week as shown: whole units, rounded half up (the exact value goes beside it). */
export const wholeTarget = (value: number): number => Math.floor(value + 0.5)

export interface TrendPoint {
  week: string
  revenueCents: number
  targetCents: number | null
  byExecutive: Record<string, number>
}

export interface TopPerformer {
  executiveId: number
  name: string
  revenueCents: number
  percentOfTarget: number | null
  /** Accepted ÷ decided this week: shown with its base, as one executive decides only a few quotes a week. */
  conversionRate: number | null
  estimatesAccepted: number
  estimatesDecided: number
  cohortConversion: number | null
  cohortAccepted: number
  cohortSent: number
}

/** The figures a sent report is compared on, by code (the screen names them in its language). */
export const comparedFigures = [
  'revenue',
  'corrections',
  'feesPassedOn',
  'invoices',
  'ordersWon',
  'ordersValue',
  'estimatesSent',
  'estimatesAccepted',
  'estimatesDeclined',
  'estimatesSuperseded',
  'cohortAccepted',
  'newCustomers',
  'visitsCompleted',
  'calls',
  'emails',
  'demos',
  'revenueTarget'
] as const
export type ComparedFigure = (typeof comparedFigures)[number]

/** The figures of `comparedFigures` that are amounts (the others are counts). */
export const comparedAmounts: ReadonlySet<ComparedFigure> = new Set([
  'revenue',
  'corrections',
  'feesPassedOn',
  'ordersValue',
  'revenueTarget'
])

export interface FigureChange {
  /** Which row: the screen names the team and "no sales executive" in its own language. */
  kind: FiguresRow['kind']
  name: string
  figure: ComparedFigure
  sent: number | null
  now: number | null
}

/** A document issued after the report was sent that counts in its week; the screen words its type. */
export interface ChangeCause {
  type: 'estimate' | 'order' | 'invoice' | 'credit_note' | 'debit_note'
  number: string
  date: string
  /** The sales executive it counts for; null when none. */
  name: string | null
  effectCents: number
}

export interface ArchivedReport {
  id: number
  week: string
  sentAt: string
  sentBy: string
  xlsxBytes: number
  pdfBytes: number
}

export interface SentComparison {
  report: ArchivedReport
  changed: boolean
  changes: FigureChange[]
  causes: ChangeCause[]
}

export interface WeeklyDashboard {
  figures: WeeklyFigures
  trend: TrendPoint[]
  executives: Array<{ id: number; name: string }>
  topPerformers: TopPerformer[]
  sent: SentComparison | null
}

export interface ActivityGrid {
  week: string
  executives: Array<{ id: number; name: string; active: boolean }>
  values: Array<{ executiveId: number; metric: ActivityMetric; value: number }>
}

export interface TargetRecord {
  id: number
  executiveId: number
  executiveName: string
  metric: TargetMetric
  period: TargetPeriod
  value: number
  validFrom: string
  createdAt: string
  createdBy: string
}

export interface ImportProblem {
  sheet: string
  row: number
  /** In English; `key` and `params` give it by key for the user's language. */
  message: string
  key?: ErrorKey
  params?: MessageParams
}

export interface ImportResult {
  applied: boolean
  activityRows: number
  targetRows: number
  problems: ImportProblem[]
}
