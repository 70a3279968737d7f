/**
 * The weekly figures per executive: recomputed from the store on every call (never typed
 * twice), with the targets effective that week, the pipeline at the week's end and a team
 * total row. Executives who left (inactive) appear in the weeks where they have figures.
 */
import { activityMetrics, COHORT_WEEKS } from '../../shared/schemas/figures'
import type { FiguresRow, WeekTargets, WeeklyFigures } from '../../shared/schemas/figures'
import { isoWeekRange, isoWeeksEndingWith } from '../../shared/iso-week'
import type { Executor } from '../context'
import { readSettings } from '../settings/service'
import { Converter } from './convert'
import {
  cohortAt,
  countsByWeek,
  emptyCounts,
  pipelineAt,
  type CohortCounts,
  type DayCounts,
  type PipelineCounts
} from './sources'
import { loadTargets, sumTargets, targetDayOfWeek, targetsOn } from './targets'

export interface ExecutiveInfo {
  id: number
  name: string
  active: boolean
}

export async function loadExecutives(db: Executor): Promise<ExecutiveInfo[]> {
  const rows = await db
    .selectFrom('salesExecutives')
    .select(['id', 'name', 'active'])
    .orderBy('name')
    .orderBy('id')
    .execute()
  return rows.map((r) => ({ id: r.id, name: r.name, active: r.active === 1 }))
}

export const conversionRate = (accepted: number, declined: number): number | null =>
  accepted + declined === 0 ? null : accepted / (accepted + declined)

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole)

const noTargets: WeekTargets = { revenueCents: null, newCustomers: null, calls: null, visits: null }

function hasFigures(
  c: DayCounts,
  pipeline: PipelineCounts | undefined,
  cohort: CohortCounts | undefined
): boolean {
  const { activity, ...rest } = c
  return (
    Object.values(rest).some((v) => v !== 0) ||
    Object.values(activity).some((v) => v !== 0) ||
    (pipeline?.count ?? 0) > 0 ||
    (cohort?.sent ?? 0) > 0
  )
}

export function figuresRow(
  kind: FiguresRow['kind'],
  executive: ExecutiveInfo | null,
  c: DayCounts,
  pipeline: PipelineCounts | undefined,
  cohort: CohortCounts | undefined,
  targets: WeekTargets
): FiguresRow {
  const cohortSent = cohort?.sent ?? 0
  const cohortAccepted = cohort?.accepted ?? 0
  return {
    kind,
    executiveId: executive?.id ?? null,
    name: executive?.name ?? (kind === 'team' ? 'Team total' : 'No sales executive'),
    active: executive?.active ?? true,
    revenueCents: c.invoicedCents + c.correctionsCents,
    invoicedCents: c.invoicedCents,
    correctionsCents: c.correctionsCents,
    feesCents: c.feesCents,
    invoiceCount: c.invoiceCount,
    ordersWon: c.ordersWon,
    ordersWonCents: c.ordersWonCents,
    estimatesSent: c.estimatesSent,
    estimatesSentCents: c.estimatesSentCents,
    estimatesAccepted: c.estimatesAccepted,
    estimatesDeclined: c.estimatesDeclined,
    estimatesSuperseded: c.estimatesSuperseded,
    conversionRate: conversionRate(c.estimatesAccepted, c.estimatesDeclined),
    cohortSent,
    cohortAccepted,
    cohortConversion: ratio(cohortAccepted, cohortSent),
    newCustomers: c.newCustomers,
    visitsCompleted: c.visitsCompleted,
    activity: { ...c.activity },
    pipelineCount: pipeline?.count ?? 0,
    pipelineCents: pipeline?.cents ?? 0,
    targets
  }
}

const sumOf = (rows: FiguresRow[], read: (r: FiguresRow) => number) => rows.reduce((s, r) => s + read(r), 0)

export function addCounts(into: DayCounts, c: DayCounts): void {
  for (const key of Object.keys(c) as Array<keyof DayCounts>) {
    if (key === 'activity') for (const m of activityMetrics) into.activity[m] += c.activity[m]
    else into[key] += c[key]
  }
}

/** The week's figures: one row per executive (active, or with figures that week), plus the team. */
export async function weeklyFigures(db: Executor, week: string): Promise<WeeklyFigures> {
  const { start, end } = isoWeekRange(week)
  const cohortFrom = isoWeekRange(isoWeeksEndingWith(week, COHORT_WEEKS)[0]).start
  const settings = await readSettings(db)
  const converter = new Converter(db, settings.documents.accountingCurrency)
  const [counts, pipeline, cohort, executives, targets] = await Promise.all([
    countsByWeek(db, start, end, { converter }),
    pipelineAt(db, end, converter),
    cohortAt(db, cohortFrom, end, end),
    loadExecutives(db),
    loadTargets(db)
  ])
  const byExec = counts.get(week) ?? new Map<number | null, DayCounts>()
  const targetDay = targetDayOfWeek(week)
  const rows: FiguresRow[] = []
  const total = emptyCounts()
  for (const executive of executives) {
    const c = byExec.get(executive.id) ?? emptyCounts()
    if (!executive.active && !hasFigures(c, pipeline.get(executive.id), cohort.get(executive.id))) continue
    rows.push(
      figuresRow(
        'executive',
        executive,
        c,
        pipeline.get(executive.id),
        cohort.get(executive.id),
        targetsOn(targets, executive.id, targetDay)
      )
    )
    addCounts(total, c)
  }
  const unassigned = byExec.get(null)
  if (hasFigures(unassigned ?? emptyCounts(), pipeline.get(null), cohort.get(null))) {
    rows.push(
      figuresRow(
        'unassigned',
        null,
        unassigned ?? emptyCounts(),
        pipeline.get(null),
        cohort.get(null),
        noTargets
      )
    )
    if (unassigned) addCounts(total, unassigned)
  }
  // The team: every row's pipeline and cohort (an executive who left without figures has neither).
  const team = figuresRow(
    'team',
    null,
    total,
    { count: sumOf(rows, (r) => r.pipelineCount), cents: sumOf(rows, (r) => r.pipelineCents) },
    { sent: sumOf(rows, (r) => r.cohortSent), accepted: sumOf(rows, (r) => r.cohortAccepted) },
    sumTargets(rows.map((r) => r.targets))
  )
  return {
    week,
    start,
    end,
    currency: converter.accounting,
    cohortFrom,
    unconverted: converter.unconverted(),
    rows,
    team
  }
}
