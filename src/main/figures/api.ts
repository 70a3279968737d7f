/** The weekly figures' API handlers (spread into buildHandlers in src/main/api.ts). */
import type { ApiHandlers } from '../../shared/api'
import type { FiguresApiOutputs } from '../../shared/schemas/figures-api'
import type { ServiceContext } from '../context'
import { activityGrid, saveActivity } from './activity'
import { buildReport, listSentReports, markReportSent, sentReportFile } from './archive'
import { weeklyDashboard } from './dashboard'
import { importWeeklyFile } from './import'
import { exportInvoiceLinesOfYear } from './invoice-lines'
import { listTargets, setTarget } from './targets'
import { weeklyImportTemplate } from './template'
import { weeklyFigures } from './weekly'

export type FiguresHandlers = Pick<ApiHandlers, keyof FiguresApiOutputs>

export function figuresHandlers(ctx: ServiceContext): FiguresHandlers {
  return {
    'weekly.dashboard': ({ week }) => weeklyDashboard(ctx.db, week),
    'weekly.figures': ({ week }) => weeklyFigures(ctx.db, week),
    'weekly.activity': ({ week }) => activityGrid(ctx.db, week),
    'weekly.saveActivity': ({ week, entries }) => saveActivity(ctx, week, entries),
    'weekly.report': ({ week, format, language }) => buildReport(ctx.db, week, format, ctx.now(), language),
    'weekly.markSent': ({ week, language }) => markReportSent(ctx, week, language),
    'weekly.sentReports': ({ week }) => listSentReports(ctx.db, week),
    'weekly.sentReportFile': ({ id, format }) => sentReportFile(ctx.db, id, format),
    'weekly.importTemplate': ({ week, language }) => weeklyImportTemplate(ctx.db, week, language),
    'weekly.import': ({ base64 }) => importWeeklyFile(ctx, base64),
    'weekly.invoiceLinesXlsx': ({ year, language }) => exportInvoiceLinesOfYear(ctx.db, year, language),
    'targets.list': ({ executiveId }) => listTargets(ctx, executiveId),
    'targets.set': ({ target }) => setTarget(ctx, target)
  }
}
