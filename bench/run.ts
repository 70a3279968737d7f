/**
 * `npm run bench`: prints Salesdesk's performance figures and their ratios against the raw
 * libraries on the same data. Nothing here asserts: the numbers are for people to read.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { startSalesdesk } from '../src/main/runtime'
import {
  benchCustomerExport,
  benchCustomerSearch,
  benchDemoGeneration,
  benchFirstListPage
} from './customers'
import { benchCampaigns } from './campaigns'
import { benchDocumentPdfs } from './documents'
import { benchEInvoices } from './einvoice'
import { benchImports } from './imports'
import { benchReceivables } from './payments'
import { benchPlanList } from './plans'
import { benchInvoiceLinesExport, benchWeeklyFigures, benchWeeklyReport } from './figures'
import { benchReportFigures } from './report'
import { benchScheduleMonth } from './schedule'
import { benchCardScan, benchDurability, benchRecordChain } from './store'

const folder = resolve('.bench')
mkdirSync(folder, { recursive: true })
console.log(`Salesdesk bench — Node ${process.versions.node}, ${new Date().toISOString()}`)

// `npm run bench -- --reuse` keeps the large demo of the last run; `--only pdf,schedule` picks sections.
const reuse = process.argv.includes('--reuse') && existsSync(resolve(folder, 'large.db'))
const onlyAt = process.argv.indexOf('--only')
const only = onlyAt > 0 ? new Set(process.argv[onlyAt + 1]?.split(',')) : null
const wanted = (section: string) => !only || only.has(section)

// The imports and the plans list build their own stores: `--only imports,plans` needs no large demo.
if (wanted('imports')) await benchImports(folder)
if (wanted('plans')) await benchPlanList(folder)
if (only && [...only].every((section) => section === 'imports' || section === 'plans')) process.exit(0)
const databasePath = reuse ? resolve(folder, 'large.db') : await benchDemoGeneration(folder)
const app = await startSalesdesk({ databasePath, actor: 'bench' })
try {
  if (wanted('customers')) await benchCustomerSearch(app)
  if (wanted('export')) await benchCustomerExport(app)
  if (wanted('browser')) await benchFirstListPage(app, folder)
  if (wanted('pdf')) await benchDocumentPdfs(app, folder)
  if (wanted('einvoice')) await benchEInvoices(app)
  if (wanted('schedule')) await benchScheduleMonth(app)
  if (wanted('weekly')) {
    await benchWeeklyFigures(app)
    await benchWeeklyReport(app)
    await benchInvoiceLinesExport(app)
  }
  if (wanted('report')) await benchReportFigures(app)
  if (wanted('payments')) await benchReceivables(app, folder)
  if (wanted('campaigns')) await benchCampaigns(app, folder)
  if (wanted('store')) {
    await benchRecordChain(app)
    await benchDurability(folder)
    benchCardScan()
  }
} finally {
  await app.close()
}
