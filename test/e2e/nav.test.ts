/**
 * NAV reporting in the real UI at 1366×768, against the local NAV test server the unit tests
 * use (HTTPS, test certificate, NAV's documented answers): the technical user entered in
 * Settings (never shown back), "2 invoices waiting for NAV" on the invoice list, Send now,
 * an invoice accepted with a warning and one rejected with NAV's reason in plain words, Send
 * again, and the same reason in Hungarian. axe runs on each screen. Each test enters the technical user
 * and sends the invoices it reads through the API (as the first two do on screen), so each runs alone.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import { listQuery } from '../documents/helpers'
import { issueInvoice, navUser, seedHungary, type HungarianSeed } from '../nav/desk'
import { startNavServer, type NavTestServer } from '../nav/nav-server'
import { expectNoSeriousA11yViolations, openSession, type Session } from './harness'

let server: NavTestServer
let session: Session
let page: Page
let seed: HungarianSeed

const REJECTED_LINE = 'Hibás tétel'

/** NAV's answers: the invoice with REJECTED_LINE rejected for the customer's tax number, any other accepted with a warning. */
const verdicts: NavTestServer['verdict'] = (xml) =>
  xml.includes(REJECTED_LINE)
    ? {
        status: 'ABORTED',
        messages: [
          {
            severity: 'ERROR',
            code: 'MISSING_CUSTOMER_DOMESTIC_TAXNUMBER',
            message: 'A vevő belföldi adószáma hiányzik'
          }
        ]
      }
    : {
        status: 'DONE',
        messages: [
          { severity: 'WARN', code: 'INVOICE_DELIVERY_DATE_LATE', message: 'Késői teljesítési dátum' }
        ]
      }

/** The technical user, as the first test enters it in Settings. */
async function technicalUser(): Promise<void> {
  const { login, password, signatureKey, exchangeKey } = navUser
  await session.store('nav.setCredentials', { credentials: { login, password, signatureKey, exchangeKey } })
}

/** An invoice to be accepted with a warning and one to be rejected, issued (not sent yet). */
async function issuedPair(): Promise<{ accepted: SalesDocument; rejected: SalesDocument }> {
  const accepted = await issueInvoice({ call: session.store }, seed.domestic)
  const rejected = await issueInvoice({ call: session.store }, seed.domestic, [
    { quantityMilli: 1_000, unitPriceCents: 500_000, description: REJECTED_LINE }
  ])
  return { accepted, rejected }
}

/** The same pair sent through the API (as Send now does in the second test). */
async function sentPair(): Promise<{ accepted: SalesDocument; rejected: SalesDocument }> {
  await technicalUser()
  const pair = await issuedPair()
  server.verdict = verdicts
  expect(await session.store('nav.send', {})).toMatchObject({ sent: 2, done: 1, aborted: 1 })
  return pair
}

beforeAll(async () => {
  server = await startNavServer(navUser)
  session = await openSession({
    viewport: { width: 1366, height: 768 },
    nav: { ca: server.ca, pollDelayMs: 0 }
  })
  page = session.page
  // NAV on against the local server; the technical user is entered through the screen below.
  seed = await seedHungary({ call: session.store }, server.url, false)
}, 180_000)

afterAll(async () => {
  await session.close()
  await server.close()
})

describe('NAV reporting in the app', () => {
  it('takes the technical user in Settings and shows only whether each value is set', async () => {
    await session.open('/settings')
    const section = session.byTestId('nav-reporting-settings')
    await section.waitFor()
    await expect.poll(() => section.getByTestId('nav-enabled').isChecked()).toBe(true)
    // The web host has no system keychain: the values last for this session, and the screen says so.
    expect(await session.byTestId('nav-secret-store').getAttribute('data-kind')).toBe('session')
    for (const name of ['login', 'passwordHash', 'signatureKey', 'exchangeKey'])
      expect(await session.byTestId(`nav-credential-state-${name}`).getAttribute('data-set')).toBe('no')
    await page.locator('#nav-credential-login').fill(navUser.login)
    await page.locator('#nav-credential-passwordHash').fill(navUser.password)
    await page.locator('#nav-credential-signatureKey').fill(navUser.signatureKey)
    await page.locator('#nav-credential-exchangeKey').fill(navUser.exchangeKey)
    await session.byTestId('nav-save-credentials').click()
    await section.getByTestId('banner-success').waitFor()
    for (const name of ['login', 'passwordHash', 'signatureKey', 'exchangeKey'])
      expect(await session.byTestId(`nav-credential-state-${name}`).getAttribute('data-set')).toBe('yes')
    // Nothing typed stays in the form, and the screen never receives the values back.
    expect(await page.locator('#nav-credential-signatureKey').inputValue()).toBe('')
    const view = await session.store('nav.settings', {})
    expect(JSON.stringify(view)).not.toContain(navUser.signatureKey)
    expect(view.credentials).toEqual({
      login: true,
      passwordHash: true,
      signatureKey: true,
      exchangeKey: true
    })
    await expectNoSeriousA11yViolations(page)
  })

  it('shows the invoices waiting for NAV on the invoice list and sends them with Send now', async () => {
    await technicalUser()
    await issuedPair()
    server.verdict = verdicts
    await session.open('/invoices')
    const banner = session.byTestId('nav-waiting-banner')
    await expect
      .poll(() => banner.getByTestId('nav-waiting').textContent())
      .toBe('2 invoices waiting for NAV')
    await expectNoSeriousA11yViolations(page)
    await banner.getByTestId('nav-send-now').click()
    await expect
      .poll(() => banner.getByTestId('banner-success').textContent())
      .toBe('Sent 2, accepted 1, rejected 1; 0 still waiting.')
    await expect.poll(() => banner.getByTestId('nav-aborted').textContent()).toBe('1 invoice rejected by NAV')
    expect(await banner.getByTestId('nav-waiting').count()).toBe(0)
    // The server received both, signed and valid against NAV's schema (it refuses anything else).
    expect(server.requests.filter((r) => r.operation === 'manageInvoice')).toHaveLength(1)
  })

  it('lists the rejected invoice with NAV’s reason in plain words and what to do', async () => {
    const { accepted, rejected } = await sentPair()
    await session.open('/nav')
    const problems = session.byTestId('nav-problems')
    await problems.waitFor()
    const row = problems.locator(`[data-testid="nav-report"][data-number="${rejected.number ?? ''}"]`)
    expect(await row.getByTestId('nav-status').getAttribute('data-status')).toBe('aborted')
    const message = row.getByTestId('nav-message')
    expect(await message.getAttribute('data-code')).toBe('MISSING_CUSTOMER_DOMESTIC_TAXNUMBER')
    expect(await message.textContent()).toContain('The Hungarian customer’s tax number is missing.')
    // NAV's own words stay beside the translation, for the helpdesk.
    expect(await message.textContent()).toContain('A vevő belföldi adószáma hiányzik')
    expect(await row.getByTestId('nav-advice').textContent()).toMatch(/^NAV did not accept a tax number/)
    const recent = session.byTestId('nav-recent')
    const acceptedRow = recent.locator(`[data-testid="nav-report"][data-number="${accepted.number ?? ''}"]`)
    expect(await acceptedRow.getByTestId('nav-status').getAttribute('data-status')).toBe('warnings')
    expect(await session.byTestId('nav-last-run').textContent()).toMatch(/sent 2, accepted 1, rejected 1\.$/)
    await expectNoSeriousA11yViolations(page)
  })

  it('shows each invoice’s NAV state as a column of the invoice list, and filters by it', async () => {
    const { accepted, rejected } = await sentPair()
    // Every rejected invoice of the store (this one alone, or also the tests' before).
    const { total: rejectedCount } = await session.store('documents.list', listQuery({ nav: 'aborted' }))
    await session.open('/invoices')
    const rowOf = (doc: SalesDocument) =>
      session.byTestId('document-row').filter({ hasText: doc.number ?? '' })
    await expect
      .poll(() => rowOf(rejected).getByTestId('nav-status').getAttribute('data-status'))
      .toBe('aborted')
    expect(await rowOf(accepted).getByTestId('nav-status').getAttribute('data-status')).toBe('warnings')
    await session.byTestId('document-filter-nav').selectOption('aborted')
    await expect.poll(() => session.byTestId('document-row').count()).toBe(rejectedCount)
    expect(await session.byTestId('document-row').allTextContents()).toContainEqual(
      expect.stringContaining(rejected.number ?? '')
    )
    await session.byTestId('document-filter-nav').selectOption('all')
    await expectNoSeriousA11yViolations(page)
  })

  it('shows the report on each invoice’s page, and sends the rejected one again', async () => {
    // The tests before may have left rejected invoices: sent again and accepted, so this pair's is the
    // only one left when the summary is read below.
    await technicalUser()
    server.verdict = () => null
    for (const problem of (await session.store('nav.status', {})).problems)
      if (problem.status === 'aborted') await session.store('nav.resend', { id: problem.id })
    await session.store('nav.send', {})
    const { accepted, rejected } = await sentPair()
    await session.open(`/invoices/${String(accepted.id)}`)
    const section = session.byTestId('nav-document')
    await section.waitFor()
    expect(await section.getByTestId('nav-status').getAttribute('data-status')).toBe('warnings')
    expect(await section.getByTestId('nav-message').textContent()).toContain(
      'The supply date is far from the issue date.'
    )
    expect((await section.getByTestId('nav-transaction').textContent())?.length).toBeGreaterThan(10)
    await expectNoSeriousA11yViolations(page)

    await session.open(`/invoices/${String(rejected.id)}`)
    await section.getByTestId('nav-status').waitFor()
    expect(await section.getByTestId('nav-status').getAttribute('data-status')).toBe('aborted')
    server.verdict = () => null
    await section.getByTestId('nav-send-again').click()
    await expect.poll(() => section.getByTestId('nav-status').getAttribute('data-status')).toBe('waiting')
    await session.open('/nav')
    await session.byTestId('nav-send-now').click()
    await expect
      .poll(() => session.byTestId('nav-summary').textContent())
      .toBe('Every invoice has been reported to NAV.')
    const reports = await session.store('nav.document', { id: rejected.id })
    expect(reports.map((r) => r.status)).toEqual(['done', 'replaced'])
  })

  it('checks a Hungarian customer’s tax number with NAV and fills in the name and address', async () => {
    await technicalUser()
    // NAV knows taxpayers by the first eight digits of the tax number the customer holds.
    const { taxId } = await session.store('customers.get', { id: seed.domestic })
    server.taxpayers.set(taxId.slice(0, 8), {
      name: 'PÉCSI ÉPÍTŐ ZRT.',
      postalCode: '7621',
      city: 'PÉCS',
      street: 'Király',
      number: '7'
    })
    await session.open(`/customers/${String(seed.domestic)}`)
    await session.byTestId('nav-taxpayer-check').click()
    await session.byTestId('nav-taxpayer').getByTestId('banner-success').waitFor()
    expect(await page.locator('#f-name').inputValue()).toBe('PÉCSI ÉPÍTŐ ZRT.')
    expect(await page.locator('#f-billingAddress-city').inputValue()).toBe('PÉCS')
    expect(await page.locator('#f-billingAddress-postalCode').inputValue()).toBe('7621')
    expect(server.requests.some((r) => r.operation === 'queryTaxpayer')).toBe(true)
    await expectNoSeriousA11yViolations(page)
    // An unknown number is said so, and nothing is filled in.
    await page.locator('#f-taxId').fill('11111111')
    await session.byTestId('nav-taxpayer-check').click()
    await expect
      .poll(() => session.byTestId('nav-taxpayer').getByTestId('banner-error').textContent())
      .toBe('NAV does not know this tax number as a valid Hungarian taxpayer.')
  })

  it('says NAV’s reasons in the user’s language', async () => {
    const { accepted } = await sentPair()
    await session.open('/settings')
    await session.byTestId('language-select').selectOption('hu')
    await session.open(`/invoices/${String(accepted.id)}`)
    const section = session.byTestId('nav-document')
    await expect
      .poll(() => section.getByTestId('nav-message').textContent())
      .toContain('A teljesítés dátuma túl messze esik a kiállítás dátumától.')
    expect(await section.getByTestId('nav-status').textContent()).toBe('Befogadva, figyelmeztetéssel')
  })

  it('says a wrong exchange key and a bare server error as what they are, not as a lost connection', async () => {
    await technicalUser()
    await session.store('nav.setCredentials', { credentials: { exchangeKey: 'WRONG-KEY-123456' } })
    const invoice = await issueInvoice({ call: session.store }, seed.domestic)
    expect((await session.store('nav.send', {})).error).toMatch(/^TOKEN_DECRYPT: /)
    const language = async (code: string) => {
      await session.open('/settings')
      await session.byTestId('language-select').selectOption(code)
    }

    await language('hu')
    await session.open(`/invoices/${String(invoice.id)}`)
    const section = session.byTestId('nav-document')
    await expect
      .poll(() => section.getByTestId('nav-failure').textContent())
      .toBe('A NAV válasza nem nyitható meg: hibás a cserekulcs.')
    expect(await section.getByTestId('nav-advice').textContent()).toBe(
      'A NAV nem fogadta el a technikai felhasználót. Ellenőrizze a felhasználónevet, a jelszót, az aláírókulcsot és a cserekulcsot (Beállítások → NAV); a Salesdesk magától újrapróbálja.'
    )
    await session.open('/nav')
    await expect
      .poll(() => session.byTestId('nav-last-run').textContent())
      .toMatch(/ nem sikerült: A NAV válasza nem nyitható meg: hibás a cserekulcs\.$/)
    const row = session
      .byTestId('nav-problems')
      .locator(`[data-testid="nav-report"][data-number="${invoice.number ?? ''}"]`)
    expect(await row.getByTestId('nav-failure').textContent()).toBe(
      'A NAV válasza nem nyitható meg: hibás a cserekulcs.'
    )

    await language('en')
    await session.open(`/invoices/${String(invoice.id)}`)
    await expect
      .poll(() => section.getByTestId('nav-failure').textContent())
      .toBe('The answer from NAV could not be opened: the exchange key is wrong.')
    expect(await section.getByTestId('nav-advice').textContent()).toMatch(/^NAV refused the technical user\./)

    // The right key again, and NAV's web server answers a bare HTTP 500 to Send now.
    await technicalUser()
    server.failNext(1, 'plain')
    await session.open('/nav')
    await session.byTestId('nav-send-now').click()
    await expect
      .poll(() => session.byTestId('nav-queue').getByTestId('banner-error').textContent())
      .toBe('NAV’s server answered with an error (HTTP 500) instead of NAV’s answer.')
    await expect
      .poll(() => row.getByTestId('nav-advice').textContent())
      .toMatch(/^The trouble is on NAV’s side/)
    await language('hu')
    await session.open('/nav')
    await expect
      .poll(() => row.getByTestId('nav-failure').textContent())
      .toBe('A NAV szervere hibával válaszolt (HTTP 500), nem a NAV szokásos válaszával.')
    // The customer's tax number check says the same failure the same way.
    server.failNext(1, 'plain')
    await session.open(`/customers/${String(seed.domestic)}`)
    await session.byTestId('nav-taxpayer-check').click()
    await expect
      .poll(() => session.byTestId('nav-taxpayer').getByTestId('banner-error').textContent())
      .toBe(
        'A NAV nem tudta ellenőrizni ezt az adószámot: A NAV szervere hibával válaszolt (HTTP 500), nem a NAV szokásos válaszával.'
      )
    server.failNext(0)
  })
})
