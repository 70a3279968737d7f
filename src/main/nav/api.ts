/** The NAV (Hungary) reporting API handlers. */
import type { ApiHandlers } from '../../shared/api'
import { DomainError } from '../../shared/errors'
import type { NavApiOutputs } from '../../shared/schemas/nav-api'
import type { ServiceContext } from '../context'
import { runQueue, navStatus, type NavDeps } from './queue'
import { annulReport, documentReports, resendReport } from './reports'
import { navSettingsView, setNavCredentials, updateNavSettings } from './settings'
import { checkTaxpayer } from './taxpayer'

export type NavHandlers = Pick<ApiHandlers, keyof NavApiOutputs>

/** The InvoiceData reported for a document, as a file (the live report, else the latest). */
export async function exportInvoiceData(ctx: ServiceContext, documentId: number) {
  const report = await ctx.db
    .selectFrom('navReports as r')
    .innerJoin('documents as d', 'd.id', 'r.documentId')
    .select(['r.xml', 'd.number'])
    .where('r.documentId', '=', documentId)
    .where('r.kind', '=', 'invoice')
    .orderBy('r.id', 'desc')
    .executeTakeFirst()
  if (!report) throw new DomainError('not_found', { key: 'navNoReport' })
  return {
    kind: 'file' as const,
    fileName: `${(report.number ?? String(documentId)).replace(/[^\w.-]+/g, '_')}-nav.xml`,
    mimeType: 'application/xml',
    bytes: new Uint8Array(Buffer.from(report.xml, 'utf8'))
  }
}

export function navHandlers(ctx: ServiceContext, deps: NavDeps): NavHandlers {
  return {
    'nav.settings': () => navSettingsView(ctx.db, deps.secrets),
    'nav.updateSettings': ({ settings }) => updateNavSettings(ctx, deps.secrets, settings),
    'nav.setCredentials': ({ credentials }) => setNavCredentials(ctx, deps.secrets, credentials),
    'nav.status': () => navStatus(ctx),
    'nav.send': ({ retryNow }) => runQueue(ctx, deps, { retryNow }),
    'nav.document': ({ id }) => documentReports(ctx.db, id),
    'nav.exportXml': ({ id }) => exportInvoiceData(ctx, id),
    'nav.annul': (input) => annulReport(ctx, input),
    'nav.resend': ({ id }) => resendReport(ctx, id),
    'nav.checkTaxpayer': ({ taxNumber }) => checkTaxpayer(ctx, deps, taxNumber)
  }
}
