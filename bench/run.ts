/**
 * `npm run bench`: prints Salesdesk's performance figures and their ratios against the raw
 * libraries on the same data. Nothing here asserts: the numbers are for people to read.
 */
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { startSalesdesk } from '../src/main/runtime'
import { benchCustomerExport, benchCustomerSearch, benchDemoGeneration, benchFirstListPage } from './customers'

const folder = resolve('.bench')
mkdirSync(folder, { recursive: true })
console.log(`Salesdesk bench — Node ${process.versions.node}, ${new Date().toISOString()}`)

const databasePath = await benchDemoGeneration(folder)
const app = await startSalesdesk({ databasePath, actor: 'bench' })
try {
  await benchCustomerSearch(app)
  await benchCustomerExport(app)
  await benchFirstListPage(app, folder)
} finally {
  await app.close()
}
