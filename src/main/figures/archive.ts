/**
 * Sent weekly reports: "mark as sent" builds both files, and stores them with a JSON snapshot
 * of the figures, the week, when and by whom (rows are never changed: store triggers). A sent
 * report reopens byte for byte. Comparing the snapshot with today's recomputation says which
 * figures changed since and which documents caused it ("credit note CRN-2026-00012 on …").
 */
import { activity } from '../../shared/activity'
import { sql } from 'kysely'
import { DomainError } from '../../shared/errors'
import { XLSX_MIME, type FileResult } from '../../shared/schemas/common'
import {
  comparedFigures,
  type ArchivedReport,
  type ChangeCause,
  type ComparedFigure,
  type FigureChange,
  type FiguresRow,
  type ReportFormat,
  type SentComparison,
  type WeeklyFigures
} from '../../shared/schemas/figures'
import { isoWeekRange } from '../../shared/iso-week'
import type { Language } from '../../shared/languages'
import { recordActivity } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { weeklyReportData } from './report-data'
import { weeklyReportPdf } from './report-pdf'
import { reportFileName, weeklyReportXlsx } from './report-xlsx'
import { required } from '../../shared/required'
import { writeTransaction } from '../db/write-transaction'

export async function buildReport(
  db: Executor,
  week: string,
  format: ReportFormat,
  now: Date,
  language?: Language
): Promise<FileResult> {
  const data = await weeklyReportData(db, week, language)
  return format === 'xlsx' ? weeklyReportXlsx(data, now) : weeklyReportPdf(data, now)
}

const archivedColumns = [
  'id',
  'week',
  'sentAt',
  'sentBy',
  sql<number>`length(xlsx)`.as('xlsxBytes'),
  sql<number>`length(pdf)`.as('pdfBytes')
] as const

export async function listSentReports(db: Executor, week: string | null): Promise<ArchivedReport[]> {
  let query = db.selectFrom('weeklyReports').select([...archivedColumns])
  if (week !== null) query = query.where('week', '=', week)
  return query.orderBy('id', 'desc').limit(500).execute()
}

/**
 * Builds both files from one reading of the figures and archives them. The reading is one
 * snapshot (a read transaction); the files, which take seconds on a busy week, are drawn
 * outside any transaction, so the rest of the app is not held up meanwhile.
 */
export async function markReportSent(
  ctx: ServiceContext,
  week: string,
  language?: Language
): Promise<ArchivedReport> {
  const now = ctx.now()
  const data = await ctx.db.transaction().execute((trx) => weeklyReportData(trx, week, language))
  const [xlsx, pdf] = [await weeklyReportXlsx(data, now), await weeklyReportPdf(data, now)]
  return writeTransaction(ctx.db, async (trx) => {
    const row = await trx
      .insertInto('weeklyReports')
      .values({
        week,
        sentAt: isoNow(ctx),
        sentBy: ctx.actor,
        figuresJson: JSON.stringify(data.figures),
        xlsx: xlsx.bytes,
        pdf: pdf.bytes
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordActivity(trx, ctx, {
      entity: 'weekly',
      entityId: row.id,
      action: 'send',
      summary: `Weekly report ${week} marked as sent`,
      details: activity('weeklyReportSent', { week })
    })
    const [archived] = await trx
      .selectFrom('weeklyReports')
      .select([...archivedColumns])
      .where('id', '=', row.id)
      .execute()
    return archived
  })
}

export async function sentReportFile(db: Executor, id: number, format: ReportFormat): Promise<FileResult> {
  const row = await db
    .selectFrom('weeklyReports')
    .select(['week', 'xlsx', 'pdf'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) throw new DomainError('not_found', { key: 'sentReportNotFound' })
  const bytes = new Uint8Array(format === 'xlsx' ? row.xlsx : row.pdf)
  return {
    kind: 'file',
    fileName: reportFileName(row.week, format),
    mimeType: format === 'xlsx' ? XLSX_MIME : 'application/pdf',
    bytes
  }
}

/** How each compared figure is read from a row (the codes are named by the screen). */
const figureOf: Record<ComparedFigure, (r: FiguresRow) => number | null> = {
  revenue: (r) => r.revenueCents,
  corrections: (r) => r.correctionsCents,
  feesPassedOn: (r) => r.feesCents,
  invoices: (r) => r.invoiceCount,
  ordersWon: (r) => r.ordersWon,
  ordersValue: (r) => r.ordersWonCents,
  estimatesSent: (r) => r.estimatesSent,
  estimatesAccepted: (r) => r.estimatesAccepted,
  estimatesDeclined: (r) => r.estimatesDeclined,
  estimatesSuperseded: (r) => r.estimatesSuperseded,
  cohortAccepted: (r) => r.cohortAccepted,
  newCustomers: (r) => r.newCustomers,
  visitsCompleted: (r) => r.visitsCompleted,
  calls: (r) => r.activity.calls,
  emails: (r) => r.activity.emails,
  demos: (r) => r.activity.demos,
  revenueTarget: (r) => r.targets.revenueCents
}

const rowKey = (r: FiguresRow) => `${r.kind}:${r.executiveId ?? ''}`

export function figureChanges(sent: WeeklyFigures, now: WeeklyFigures): FigureChange[] {
  const changes: FigureChange[] = []
  const nowRows = new Map([...now.rows, now.team].map((r) => [rowKey(r), r]))
  const sentRows = new Map([...sent.rows, sent.team].map((r) => [rowKey(r), r]))
  for (const key of new Set([...sentRows.keys(), ...nowRows.keys()])) {
    const before = sentRows.get(key)
    const after = nowRows.get(key)
    // The key came from one of the two maps.
    const { kind, name } = required(after ?? before, 'figures row')
    for (const figure of comparedFigures) {
      const read = figureOf[figure]
      const a = before ? read(before) : null
      const b = after ? read(after) : null
      // A target set or removed is a change even at zero; a count from nothing to 0 is not.
      if ((a ?? 0) !== (b ?? 0) || (figure === 'revenueTarget' && a !== b))
        changes.push({ kind, name, figure, sent: a, now: b })
    }
  }
  return changes
}

/** Documents issued after the report was sent that count in its week (dated in it), in their own currency. */
async function changeCauses(db: Executor, week: string, sentAt: string): Promise<ChangeCause[]> {
  const { start, end } = isoWeekRange(week)
  const rows = await sql<{
    type: ChangeCause['type']
    number: string
    day: string
    name: string | null
    cents: number
  }>`
    select d.type as type, d.number as number, d.issue_date as day, e.name as name,
      case d.type when 'credit_note' then -d.net_cents else d.net_cents end as cents
    from documents d left join documents i on i.id = d.corrects_id
      left join sales_executives e on e.id = coalesce(i.executive_id, d.executive_id)
    where d.type in ('invoice', 'credit_note', 'debit_note', 'order', 'estimate') and d.number is not null
      and d.issue_date >= ${start} and d.issue_date <= ${end} and d.issued_at > ${sentAt}
    order by 3, 2 limit 50`.execute(db)
  return rows.rows.map((r) => ({
    type: r.type,
    number: r.number,
    date: r.day,
    name: r.name,
    effectCents: r.cents
  }))
}

/** The latest sent report of the week against today's figures (null when none was sent). */
export async function compareWithSent(db: Executor, figures: WeeklyFigures): Promise<SentComparison | null> {
  const report = (await listSentReports(db, figures.week)).at(0)
  if (!report) return null
  const stored = await db
    .selectFrom('weeklyReports')
    .select('figuresJson')
    .where('id', '=', report.id)
    .executeTakeFirstOrThrow()
  const changes = figureChanges(JSON.parse(stored.figuresJson) as WeeklyFigures, figures)
  const causes = changes.length > 0 ? await changeCauses(db, figures.week, report.sentAt) : []
  return { report, changed: changes.length > 0, changes, causes }
}
