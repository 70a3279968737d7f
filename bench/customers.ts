/**
 * Issue 2 figures on the large demo database: demo generation against raw better-sqlite3
 * inserts of the same rows, customer search latency, customer export against a bare
 * exceljs stream, and the first list page in the browser.
 */
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { openStore } from '../src/main/db/open'
import { demoCustomers, demoSizes, generateDemo } from '../src/main/demo/generate'
import type { Salesdesk } from '../src/main/runtime'
import { heading, median, ms, percentile, report, timeOnce, timeRuns } from './stats'

export async function benchDemoGeneration(folder: string): Promise<string> {
  heading('Demo data (large)')
  const path = join(folder, 'large.db')
  rmSync(path, { force: true })
  rmSync(`${path}-wal`, { force: true })
  const store = await openStore(path)
  const { ms: demoMs, result } = await timeOnce(() => generateDemo(store, { size: 'large', seed: 1 }))
  const rows = result.customers + result.contacts + result.products + result.executives
  const masterMs = result.stageMs.masterData
  const count = (table: string) =>
    (store.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n
  report(
    'salesdesk demo --size large (everything)',
    ms(demoMs),
    `documents ${ms(result.stageMs.documents)}, schedule ${ms(result.stageMs.schedule)}, payments ${ms(result.stageMs.payments)}`
  )
  report(
    '  documents / invoice lines',
    `${count('documents').toLocaleString('en')} / ${count('document_lines').toLocaleString('en')}`
  )
  report(
    '  master data part',
    ms(masterMs),
    `${Math.round(rows / (masterMs / 1000)).toLocaleString('en')} rows/s (${rows.toLocaleString('en')} rows)`
  )
  await store.close()

  // The same customer and contact rows, prepared beforehand, inserted with bare prepared statements.
  const sizes = demoSizes.large
  const customers = [...demoCustomers(sizes.customers, sizes.executives, sizes.products, 1)]
  const rawPath = join(folder, 'raw.db')
  rmSync(rawPath, { force: true })
  const raw = await openStore(rawPath)
  raw.sqlite.pragma('foreign_keys = OFF')
  const insertCustomer = raw.sqlite.prepare(
    `insert into customers (code, name, sort_name, status, tax_id, billing_line1, billing_postal_code, billing_city, billing_region, billing_country,
       mailing_line1, mailing_postal_code, mailing_city, mailing_region, mailing_country, delivery_line1, delivery_postal_code, delivery_city, delivery_region, delivery_country,
       payment_terms_days, preferred_payment_method, product_notes, executive_id, notes, search_text, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?)`
  )
  const insertContact = raw.sqlite.prepare(
    'insert into customer_contacts (customer_id, position, name, role, phone, email) values (?, ?, ?, ?, ?, ?)'
  )
  const insertPreference = raw.sqlite.prepare(
    'insert into customer_product_preferences (customer_id, product_id) values (?, ?)'
  )
  const { ms: rawMs } = await timeOnce(() =>
    raw.sqlite.transaction(() => {
      customers.forEach((c, index) => {
        const a = [c.line1, c.postalCode, c.city, c.region, c.country]
        insertCustomer.run(
          c.code,
          c.name,
          c.sortName,
          c.status,
          c.taxId,
          ...a,
          ...a,
          ...a,
          c.paymentTermsDays,
          c.preferredPaymentMethod,
          c.executiveId,
          c.notes,
          c.searchText,
          c.createdAt,
          c.createdAt
        )
        c.contacts.forEach((k, position) =>
          insertContact.run(index + 1, position, k.name, k.role, k.phone, k.email)
        )
        for (const productId of c.preferredProductIds) insertPreference.run(index + 1, productId)
      })
    })()
  )
  await raw.close()
  rmSync(rawPath, { force: true })
  const rawRows = result.customers + result.contacts
  report(
    'raw better-sqlite3 insert, same customers+contacts',
    ms(rawMs),
    `${Math.round(rawRows / (rawMs / 1000)).toLocaleString('en')} rows/s`
  )
  report(
    'demo master data / raw insert (ratio)',
    `${(masterMs / rawMs).toFixed(2)}x`,
    'demo also generates the rows and folds search texts'
  )
  return path
}

const listQuery = {
  status: 'all' as const,
  archived: 'exclude' as const,
  executiveId: null,
  sort: { field: 'name' as const, direction: 'asc' as const },
  offset: 0,
  limit: 100
}

export const searchQueries = [
  '',
  'jose',
  'kovacs',
  'смирнов',
  'barcelona',
  'C-004',
  'gmbh',
  'jose garcia',
  'gyor kft',
  'zzzz',
  'a'
]

export async function benchCustomerSearch(app: Salesdesk): Promise<void> {
  heading('Customer search (100 000 customers, page of 100)')
  const { ms: loadMs } = await timeOnce(() =>
    app.api.dispatch('customers.list', { ...listQuery, search: '' })
  )
  report('first list call (builds the search index)', ms(loadMs))
  const all: number[] = []
  for (const search of searchQueries) {
    let total = 0
    const samples = await timeRuns(30, async () => {
      const result = await app.api.dispatch('customers.list', { ...listQuery, search })
      if (!result.ok) throw new Error(result.error.message)
      total = (result.data as { total: number }).total
    })
    all.push(...samples)
    report(
      `search "${search}"`,
      `median ${ms(median(samples))}, p95 ${ms(percentile(samples, 95))}`,
      `${total} found`
    )
  }
  report(
    'all queries',
    `median ${ms(median(all))}, p95 ${ms(percentile(all, 95))}`,
    'target: p95 under 20 ms'
  )
  const sorted = await timeRuns(10, () =>
    app.api.dispatch('customers.list', {
      ...listQuery,
      search: '',
      sort: { field: 'city', direction: 'desc' }
    })
  )
  report('list sorted by city (desc), no search', `median ${ms(median(sorted))}, first ${ms(sorted[0])}`)
}

export async function benchCustomerExport(app: Salesdesk): Promise<void> {
  heading('Customer list to Excel (100 000 rows x 15 columns)')
  const filters = {
    search: '',
    status: 'all' as const,
    archived: 'include' as const,
    executiveId: null,
    sort: { field: 'name' as const, direction: 'asc' as const }
  }
  const ours = await timeRuns(3, async () => {
    const result = await app.api.dispatch('customers.exportXlsx', filters)
    if (!result.ok) throw new Error(result.error.message)
  })
  // The bare library: the same rows, already in memory, streamed with exceljs.
  const rows = app.store.sqlite
    .prepare(
      `select c.code, c.name, c.status, c.tax_id, c.billing_line1, c.billing_postal_code, c.billing_city, c.billing_country,
        coalesce((select name from customer_contacts where customer_id = c.id order by position limit 1), ''),
        coalesce((select email from customer_contacts where customer_id = c.id order by position limit 1), ''),
        coalesce(e.name, ''), c.payment_terms_days, c.created_at, c.updated_at, c.archived_at is not null
       from customers c left join sales_executives e on e.id = c.executive_id order by c.sort_name`
    )
    .raw()
    .all() as unknown[][]
  const bare = await timeRuns(3, async () => {
    const sink = new PassThrough()
    sink.resume()
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: sink,
      useStyles: true,
      useSharedStrings: false
    })
    const sheet = workbook.addWorksheet('Customers')
    for (const row of rows) sheet.addRow(row).commit()
    sheet.commit()
    await workbook.commit()
  })
  report('customers.exportXlsx (query + write)', `median ${ms(median(ours))}`)
  report('bare exceljs stream of the same rows', `median ${ms(median(bare))}`)
  report(
    'ours / bare (ratio)',
    `${(median(ours) / median(bare)).toFixed(2)}x`,
    'ours includes the query, types and formats'
  )
}

export async function benchFirstListPage(app: Salesdesk, folder: string): Promise<void> {
  heading('First customer list page in the browser')
  const { chromium } = await import('playwright-core')
  const { chromiumPath, chromiumArgs } = await import('../test/e2e/harness')
  const { startWebHost } = await import('../src/main/host/server')
  const { rendererFolder } = await import('../src/main/host/renderer-folder')
  let executablePath: string
  try {
    executablePath = chromiumPath()
  } catch (error) {
    report('first list page', 'skipped', (error as Error).message)
    return
  }
  const host = await startWebHost({ dispatch: app.api.dispatch, staticFolder: rendererFolder() })
  mkdirSync(folder, { recursive: true })
  const browser = await chromium.launch({ executablePath, args: chromiumArgs })
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } })
    const samples: number[] = []
    for (let i = 0; i < 6; i++) {
      await page.goto('about:blank')
      const started = performance.now()
      await page.goto(`${host.url}#token=${host.token}`)
      await page.locator('[data-testid="customer-row"]').first().waitFor({ timeout: 30_000 })
      samples.push(performance.now() - started)
    }
    report(
      'open app -> first customer rows visible',
      `median ${ms(median(samples.slice(1)))}`,
      `first (cold) ${ms(samples[0])}; page load + API + render`
    )
  } catch (error) {
    report('first list page', 'failed', (error as Error).message.split('\n')[0])
  } finally {
    await browser.close()
    await host.close()
  }
}
