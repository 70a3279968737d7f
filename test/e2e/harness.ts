/**
 * Starts Salesdesk's web host on a fresh database and drives Debian's Chromium with
 * playwright-core. The renderer must be built first (`npm test` builds before testing).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Locator, type Page } from 'playwright-core'
import { expect } from 'vitest'
import type { ApiInput, ApiMethod, ApiOutput } from '../../src/shared/api'
import { generalErrorMessages } from '../../src/shared/error-messages/general'
import type { ApiResult } from '../../src/shared/errors'
import type { JobStatus } from '../../src/shared/schemas/jobs'
import type { DocumentDraftInput, DocumentLineInput } from '../../src/shared/schemas/document-drafts'
import type { SettingsInput } from '../../src/shared/schemas/settings'
import { generateDemo, type DemoSize } from '../../src/main/demo/generate'
import { startWebHost, type WebHost } from '../../src/main/host/server'
import { rendererFolder } from '../../src/main/host/renderer-folder'
import { startSalesdesk, type Salesdesk } from '../../src/main/runtime'

export function chromiumPath(): string {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate
  }
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim()
  } catch {
    throw new Error('Chromium is not installed: run `apt-get install -y chromium` (the .ci/run script does).')
  }
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]

/** The value, or a failed test that says what was missing (instead of a non-null assertion). */
export function present<T>(value: T | null | undefined, what = 'a value the test needs'): T {
  if (value === null || value === undefined) throw new Error(`Missing: ${what}`)
  return value
}

/** The element(s) with this data-testid. */
export const byTestId = (page: Page, id: string): Locator => page.locator(`[data-testid="${id}"]`)

/** The id of the element that has the keyboard focus on `page`. */
export const focusedId = (page: Page) => page.evaluate<string | undefined>('document.activeElement?.id')

/**
 * The page of one sales document (estimate, order, invoice, credit or debit note) as the tests drive it:
 * a draft shows its form (`document-form`), any other status its view (`document-view`).
 */
export interface DocumentPage {
  /** Waits for the view of a document in `status` (`issued`, `sent`, `partially_delivered`, …). */
  waitForStatus(status: string): Promise<void>
  /** Waits for the form of a draft of `type` (`estimate`, `order`, `invoice`, `credit_note`, …). */
  waitForDraft(type: string): Promise<void>
  /** The actions offered in the page's action bar (`issue`, `creditNote`, …), sorted. */
  offered(): Promise<string[]>
  /** Clicks an action; `confirm` answers the question it asks first (issuing asks). */
  act(action: string, confirm?: boolean): Promise<void>
  /** The id in the address of a document page of `area` (#/invoices/12), once it is not `leaving`. */
  openedId(area: string, leaving?: number): Promise<number>
}

export function documentPage(page: Page): DocumentPage {
  return {
    waitForStatus: (status) =>
      page.locator(`[data-testid="document-view"][data-status="${status}"]`).waitFor(),
    waitForDraft: (type) => page.locator(`[data-testid="document-form"][data-type="${type}"]`).waitFor(),
    offered: async () => {
      const buttons = await page.locator('[data-testid="document-actions"] [data-testid^="action-"]').all()
      const ids = await Promise.all(buttons.map(async (b) => present(await b.getAttribute('data-testid'))))
      return ids.map((id) => id.slice('action-'.length)).sort()
    },
    act: async (action, confirm = false) => {
      await byTestId(page, `action-${action}`).click()
      if (confirm) await byTestId(page, 'confirm-ok').click()
    },
    openedId: async (area, leaving = 0) => {
      await page.waitForURL((url) => {
        const match = new RegExp(`#/${area}/(\\d+)$`).exec(url.href)
        return match !== null && Number(match[1]) !== leaving
      })
      return Number(present(/\/(\d+)$/.exec(page.url()))[1])
    }
  }
}

/** The UTC calendar date `days` days before now (`YYYY-MM-DD`). */
export const daysAgo = (days: number): string =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)

/**
 * A draft document made through the API for a customer: an invoice unless `fields.type` says otherwise,
 * with no dates, payment instructions, notes or reason unless `fields` gives them. Each line starts as
 * one unit at 0.00 with 0 % VAT, no product, unit or description; the test sets what it checks.
 */
export function draftInvoice(
  session: Session,
  customerId: number,
  lines: Array<Partial<DocumentLineInput>>,
  fields: Partial<DocumentDraftInput> = {}
) {
  return session.store('documents.createDraft', {
    document: {
      type: 'invoice',
      customerId,
      issueDate: null,
      validUntil: null,
      promisedDate: null,
      paymentInstructions: '',
      notes: '',
      reason: '',
      ...fields,
      lines: lines.map((line) => ({
        productId: null,
        description: '',
        unit: '',
        quantityMilli: 1000,
        unitPriceCents: 0,
        discountBp: 0,
        vatRateBp: 0,
        promisedDate: null,
        sourceLineId: null,
        ...line
      }))
    }
  })
}

/** Calls the API behind the web host directly (to set up or check the store); a refusal fails the test. */
export async function callStore<M extends ApiMethod>(
  app: Salesdesk,
  method: M,
  input: ApiInput<M>
): Promise<ApiOutput<M>> {
  const result = await app.api.dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.data as ApiOutput<M>
}

/**
 * Runs `check` while every call of `method` from the page is answered as when the web host cannot
 * reach Salesdesk (its 'notReachable' refusal), then lets the calls through again: for a screen's
 * failed read, which must say so in a banner instead of showing nothing.
 */
export async function whileUnreachable(
  page: Page,
  method: ApiMethod,
  check: () => Promise<void>
): Promise<void> {
  const address = `**/api/${method}`
  await page.route(address, (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: { code: 'internal', key: 'notReachable', message: 'Salesdesk cannot be reached.' }
      })
    })
  )
  try {
    await check()
  } finally {
    await page.unroute(address)
  }
}

/**
 * Runs `check` while every background job the page starts is a stand-in that stays at 1 of 10 until
 * the page asks to stop it, and then ends as the core ends a stopped job (its 'jobCancelled' refusal):
 * a real job on a test store is done before a click could stop it.
 */
export async function whileJobsWaitToBeStopped(page: Page, check: () => Promise<void>): Promise<void> {
  let stopped = false
  const status = (): JobStatus => ({
    id: '7c1f2a4e-0000-4000-8000-000000000001',
    method: 'stand-in',
    state: stopped ? 'cancelled' : 'running',
    done: 1,
    total: 10,
    stage: ''
  })
  const answer = (result: ApiResult<unknown>) => ({
    contentType: 'application/json',
    body: JSON.stringify(result)
  })
  const stand: Record<string, () => ApiResult<unknown>> = {
    'jobs.start': () => ({ ok: true, data: status() }),
    'jobs.status': () => ({ ok: true, data: status() }),
    'jobs.cancel': () => {
      stopped = true
      return { ok: true, data: status() }
    },
    'jobs.result': () => ({
      ok: false,
      error: { code: 'cancelled', key: 'jobCancelled', message: generalErrorMessages.jobCancelled }
    })
  }
  const address = '**/api/jobs.*'
  await page.route(address, (route) => {
    const method = new URL(route.request().url()).pathname.replace(/^\/api\//, '')
    return route.fulfill(answer(present(stand[method], `a stand-in for ${method}`)()))
  })
  try {
    await check()
  } finally {
    await page.unroute(address)
  }
}

export interface Session {
  app: Salesdesk
  host: WebHost
  browser: Browser
  page: Page
  folder: string
  /** The store behind the web host, through the same API the screens use. */
  store: <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>
  byTestId: (id: string) => Locator
  /** Opens an address inside the app (`/customers/12`) and waits for the page to be there. */
  open: (path: string) => Promise<void>
  close: () => Promise<void>
}

/** A company profile complete enough to issue documents (issue 11): a Spanish company. */
const completeCompany = {
  legalName: 'Suministros Puig S.L.',
  addressLine1: 'Carrer Major 1',
  postalCode: '08001',
  city: 'Barcelona',
  country: 'ES',
  taxId: 'ESB12345674'
}

/**
 * Sets the company up as a test's starting point: a complete profile (legal name, address line,
 * postal code, city, country, tax id), since issuing refuses a document without one; `company`
 * changes or adds fields (a Hungarian company, an IBAN), `documents` the document settings.
 */
export async function setUpCompany(
  session: Pick<Session, 'store'>,
  company: Partial<SettingsInput['company']> = {},
  documents: Partial<SettingsInput['documents']> = {}
): Promise<void> {
  const settings = await session.store('settings.get', {})
  await session.store('settings.update', {
    settings: {
      ...settings,
      company: { ...settings.company, ...completeCompany, ...company },
      documents: { ...settings.documents, ...documents }
    }
  })
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[]
}

// Evaluated through the DevTools protocol: the app's CSP (script-src 'self') refuses an injected <script>.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/**
 * Runs axe-core on what the page shows now and fails on 'critical' and 'serious' findings,
 * naming the rule and the elements. `exclude` leaves out third-party parts we do not control.
 */
export async function expectNoSeriousA11yViolations(page: Page, exclude: string[] = []): Promise<void> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axeSource)
  const context = JSON.stringify({ include: [['body']], exclude: exclude.map((s) => [s]) })
  const result = await page.evaluate<AxeResult>(`window.axe.run(${context}, { resultTypes: ['violations'] })`)
  const serious = result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map(
      (v) =>
        `${v.id} (${v.impact ?? ''}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`
    )
  expect(serious).toEqual([])
}

export interface SessionOptions {
  demo?: DemoSize
  databasePath?: string
  viewport?: { width: number; height: number }
  locale?: string
  /** The browser's own time zone (IANA), when a test needs it to differ from the company's. */
  timezoneId?: string
  /** Trusted CA and status-query wait for a local NAV test server. */
  nav?: { ca?: string; pollDelayMs?: number }
  /** Trusted CA of a local AEAT test server. */
  verifactuCa?: string
  /** Trusted CA of a local SMTP test server. */
  mail?: { ca?: string }
}

export async function openSession(options: SessionOptions = {}): Promise<Session> {
  const staticFolder = rendererFolder()
  if (!staticFolder) throw new Error('The renderer is not built: run `npx electron-vite build` first.')
  const folder = mkdtempSync(join(tmpdir(), 'salesdesk-e2e-'))
  const app = await startSalesdesk({
    databasePath: options.databasePath ?? join(folder, 'salesdesk.db'),
    dataFolder: folder,
    actor: 'e2e',
    nav: options.nav,
    verifactuCa: options.verifactuCa,
    mail: options.mail
  })
  if (options.demo) generateDemo(app.store, { size: options.demo, seed: 7 })
  const host = await startWebHost({
    dispatch: (method, payload) => app.api.dispatch(method, payload),
    staticFolder
  })
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: chromiumArgs,
    headless: true
  })
  const context = await browser.newContext({
    // The screen of most office laptops (issue 13): every e2e runs at 1366×768 unless it asks for more.
    viewport: options.viewport ?? { width: 1366, height: 768 },
    locale: options.locale ?? 'en-GB',
    timezoneId: options.timezoneId,
    acceptDownloads: true
  })
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error('[page error]', error.message))
  await page.goto(host.appUrl)
  // The page's 'load' comes before the app has settled: the start address ('/') is sent on to the
  // customer list by a redirect that runs after the first render. A test that went to another
  // address at once (page.goto with a new hash) was sent back to the list by that late redirect
  // (seen: the customer page never came). Wait for the redirect and for the shell's first API answer.
  await page.waitForURL(/#\/customers$/)
  await page.locator('[data-testid="database-path"]', { hasText: app.store.path }).waitFor()
  return {
    app,
    host,
    browser,
    page,
    folder,
    store: (method, input) => callStore(app, method, input),
    byTestId: (id) => byTestId(page, id),
    open: async (path) => {
      await page.goto(`${host.url}#${path}`)
      await page.waitForURL((url) => url.hash.startsWith(`#${path}`))
    },
    close: async () => {
      await browser.close()
      await host.close()
      await app.close()
      if (!options.databasePath) rmSync(folder, { recursive: true, force: true })
    }
  }
}
