/** The weekly figures' and targets' part of the API contract: inputs (zod) and outputs, spread into src/shared/api.ts. */
import { z } from 'zod'
import { keyed } from '../errors'
import { languages } from '../languages'
import { exportLanguage, id, type FileResult } from './common'
import {
  activityEntryInput,
  isoWeekText,
  reportFormats,
  targetInput,
  type ActivityGrid,
  type ArchivedReport,
  type ImportResult,
  type TargetRecord,
  type WeeklyDashboard,
  type WeeklyFigures
} from './figures'

const weekInput = z.object({ week: isoWeekText }).strict()
const reportLanguage = z.enum(languages).optional()

const figuresInputs = {
  week: weekInput,
  /** The template's sheet names, headings and help in the user's language (the company's when null). */
  importTemplate: z.object({ week: isoWeekText, ...exportLanguage }).strict(),
  saveActivity: z.object({ week: isoWeekText, entries: z.array(activityEntryInput).max(10_000) }).strict(),
  targetsList: z.object({ executiveId: id.nullable().default(null) }).strict(),
  setTarget: z.object({ target: targetInput }).strict(),
  /** The report in the user's language, or the one chosen at export (the company's print language when left out). */
  report: z.object({ week: isoWeekText, format: z.enum(reportFormats), language: reportLanguage }).strict(),
  markSent: z.object({ week: isoWeekText, language: reportLanguage }).strict(),
  archiveList: z.object({ week: isoWeekText.nullable().default(null) }).strict(),
  archivedFile: z.object({ id, format: z.enum(reportFormats) }).strict(),
  import: z
    .object({
      fileName: z.string().trim().max(255),
      /** The .xlsx file's bytes, base64. */
      base64: z.string().min(1, keyed('importChooseFile')).max(30_000_000, keyed('importFileTooLarge'))
    })
    .strict(),
  invoiceLines: z.object({ year: z.number().int().min(2000).max(2999), ...exportLanguage }).strict()
}

export const figuresApiInputs = {
  'weekly.dashboard': figuresInputs.week,
  'weekly.figures': figuresInputs.week,
  'weekly.activity': figuresInputs.week,
  'weekly.saveActivity': figuresInputs.saveActivity,
  'weekly.report': figuresInputs.report,
  'weekly.markSent': figuresInputs.markSent,
  'weekly.sentReports': figuresInputs.archiveList,
  'weekly.sentReportFile': figuresInputs.archivedFile,
  'weekly.importTemplate': figuresInputs.importTemplate,
  'weekly.import': figuresInputs.import,
  'weekly.invoiceLinesXlsx': figuresInputs.invoiceLines,
  'targets.list': figuresInputs.targetsList,
  'targets.set': figuresInputs.setTarget
} as const

export interface FiguresApiOutputs {
  /** Figures with targets, 12-week trend, top performers and the sent report's differences. */
  'weekly.dashboard': WeeklyDashboard
  'weekly.figures': WeeklyFigures
  'weekly.activity': ActivityGrid
  'weekly.saveActivity': ActivityGrid
  /** The weekly report built now (Excel or PDF). */
  'weekly.report': FileResult
  /** Builds both files and archives them with a snapshot of the figures. */
  'weekly.markSent': ArchivedReport
  'weekly.sentReports': ArchivedReport[]
  /** A sent report's file, unchanged. */
  'weekly.sentReportFile': FileResult
  'weekly.importTemplate': FileResult
  /** Applied only when problems is empty; otherwise nothing was written. */
  'weekly.import': ImportResult
  'weekly.invoiceLinesXlsx': FileResult
  'targets.list': TargetRecord[]
  'targets.set': TargetRecord[]
}
