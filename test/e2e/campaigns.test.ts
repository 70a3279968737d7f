/**
 * Campaigns through the screens (issue 18), at 1366×768 and again at 1920×1080, with axe on each
 * new screen: consent recorded on a customer's page; a segment built with the page's filters,
 * whose live count is checked against this test's own filter over the customers it created, and
 * saved; a letter campaign in Spanish and English launched (confirm dialog), its letters PDF and
 * labels PDF downloaded and read back with pdftotext (exactly the reachable recipients, each in
 * their language); a response logged and an order counted in the results and the list; and an
 * e-mail campaign whose messages a local SMTP server on 127.0.0.1 receives.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyCustomer } from '../../src/shared/schemas/customers'
import { header, smtpUser, startSmtpServer, type SmtpTestServer } from '../mail/smtp-server'
import {
  expectNoSeriousA11yViolations,
  openSession,
  present,
  type Session,
  setUpCompany,
  draftInvoice
} from './harness'
import { pdfText, squeezed } from '../support/pdf-text'

type Consent = ['granted' | 'opted_out' | 'do_not_contact', 'all' | 'post' | 'email']

interface Person {
  name: string
  status: 'prospect' | 'active' | 'inactive'
  line1: string
  city: string
  country: string
  email: string
  consent: Consent[]
}

const people: Person[] = [
  {
    name: 'Ferretería Núñez',
    status: 'active',
    line1: 'Carrer de Mallorca 12',
    city: 'Barcelona',
    country: 'ES',
    email: 'nunez@ferreteria.example',
    consent: [['granted', 'all']]
  },
  {
    name: 'Fusteria Puig',
    status: 'active',
    line1: 'Carrer Nou 4',
    city: 'Girona',
    country: 'ES',
    email: 'puig@fusteria.example',
    consent: [['granted', 'post']]
  },
  // Consent given on the customer page by the test (below).
  {
    name: 'Ceràmiques Vidal',
    status: 'active',
    line1: 'Avinguda del Port 9',
    city: 'Valencia',
    country: 'ES',
    email: '',
    consent: []
  },
  {
    name: 'Olivera S.L.',
    status: 'active',
    line1: 'Calle Sierpes 20',
    city: 'Sevilla',
    country: 'ES',
    email: 'olivera@olivera.example',
    consent: [
      ['granted', 'all'],
      ['opted_out', 'post']
    ]
  },
  {
    name: 'Sin Dirección S.L.',
    status: 'active',
    line1: '',
    city: '',
    country: 'ES',
    email: '',
    consent: [['granted', 'all']]
  },
  {
    name: 'Taller Soler',
    status: 'inactive',
    line1: 'Calle Mayor 1',
    city: 'Madrid',
    country: 'ES',
    email: 'soler@taller.example',
    consent: [['granted', 'all']]
  },
  {
    name: 'Roca Prospecte',
    status: 'prospect',
    line1: 'Rambla 3',
    city: 'Lleida',
    country: 'ES',
    email: '',
    consent: [['granted', 'all']]
  },
  {
    name: 'Kovács Kft.',
    status: 'active',
    line1: 'Baross tér 2',
    city: 'Győr',
    country: 'HU',
    email: 'kovacs@kovacs.example',
    consent: [['granted', 'all']]
  }
]

/** The segment the test builds on the page: active customers in Spain. */
const inSegment = (p: Person) => p.status === 'active' && p.country === 'ES'
/** The consent in force for a channel: the latest entry for it or for both. */
const consentFor = (p: Person, channel: 'post' | 'email') =>
  p.consent.filter(([, c]) => c === 'all' || c === channel).at(-1)?.[0] ?? 'none'
const reachable = (p: Person, channel: 'post' | 'email') =>
  consentFor(p, channel) === 'granted' &&
  (channel === 'post' ? p.line1 !== '' && p.city !== '' : p.email !== '')

let session: Session
let page: Page
let smtp: SmtpTestServer
const ids = new Map<string, number>()
let letterCampaignId = 0
const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`)
const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`

beforeAll(async () => {
  smtp = await startSmtpServer()
  session = await openSession({ viewport: { width: 1366, height: 768 }, mail: { ca: smtp.ca } })
  page = session.page
  await setUpCompany(session)
  await session.store('mail.updateSettings', {
    settings: {
      host: '127.0.0.1',
      port: smtp.port,
      security: 'starttls',
      user: smtpUser.user,
      fromAddress: 'novedades@puig.example',
      fromName: 'Suministros Puig'
    }
  })
  await session.store('mail.setPassword', { password: smtpUser.password })
  for (const p of people) {
    const created = await session.store('customers.create', {
      customer: {
        ...emptyCustomer(),
        name: p.name,
        status: p.status,
        billingAddress: {
          line1: p.line1,
          line2: '',
          postalCode: '08001',
          city: p.city,
          region: '',
          country: p.country
        },
        contacts: p.email === '' ? [] : [{ name: `Sra. ${p.name}`, role: '', phone: '', email: p.email }]
      }
    })
    ids.set(p.name, created.id)
    for (const [status, channel] of p.consent)
      await session.store('consent.record', {
        consent: { customerId: created.id, status, channel, date: '2026-01-10', source: 'Formulario web' }
      })
  }
}, 120_000)

afterAll(async () => {
  await session.close()
  await smtp.stop()
})

describe('campaigns at 1366×768', () => {
  it('records a customer’s consent on their page, with its history', async () => {
    const vidal = present(ids.get('Ceràmiques Vidal'))
    await session.open(`/customers/${String(vidal)}`)
    const section = byTestId('customer-consent')
    await section.waitFor()
    expect(await byTestId('consent-post').textContent()).toBe('Never asked')
    await byTestId('consent-status').selectOption('granted')
    await byTestId('consent-channel').selectOption('post')
    await byTestId('consent-source').fill('Signed form at the fair')
    await byTestId('consent-record').click()
    await expect.poll(() => byTestId('consent-post').textContent()).toBe('Consent given')
    expect(await byTestId('consent-email').textContent()).toBe('Never asked')
    await expect.poll(() => byTestId('consent-entry').count()).toBe(1)
    expect(await byTestId('consent-entry').textContent()).toContain('Signed form at the fair')
    const stored = await session.store('consent.get', { customerId: vidal })
    expect(stored).toMatchObject({ post: 'granted', email: 'none' })
    expect(stored.history[0]).toMatchObject({
      date: localDate(new Date()),
      source: 'Signed form at the fair'
    })
    present(people.find((p) => p.name === 'Ceràmiques Vidal')).consent.push(['granted', 'post'])
    await expectNoSeriousA11yViolations(page)
  })

  it('builds a segment whose live count matches the customers it names, and saves it', async () => {
    await byTestId('nav-campaigns').click()
    await byTestId('campaign-new').click()
    await byTestId('segment').waitFor()
    // Before any filter: everyone (nobody is archived).
    const everyone = people.length
    const everyoneReachable = people.filter((p) => reachable(p, 'post')).length
    await expect
      .poll(() => byTestId('segment-count').textContent())
      .toBe(`Members: ${String(everyone)} · reachable now: ${String(everyoneReachable)}`)
    await byTestId('segment-status-active').check()
    await byTestId('segment-countries').fill('es')
    const members = people.filter(inSegment)
    const postal = members.filter((p) => reachable(p, 'post'))
    expect(postal.length).toBeGreaterThan(1)
    expect(postal.length).toBeLessThan(members.length)
    await expect
      .poll(() => byTestId('segment-count').textContent())
      .toBe(`Members: ${String(members.length)} · reachable now: ${String(postal.length)}`)
    const shown = await byTestId('segment-member').locator('td:first-child').allTextContents()
    expect(shown.sort()).toEqual(members.map((p) => p.name).sort())

    await byTestId('segment-name').fill('Active customers in Spain')
    await byTestId('segment-save').click()
    await expect.poll(() => page.textContent('body')).toContain('Segment Active customers in Spain saved.')
    const [saved] = await session.store('segments.list', {})
    expect(saved).toMatchObject({ name: 'Active customers in Spain' })
    expect(saved.filters).toMatchObject({ statuses: ['active'], countries: ['ES'] })
    await expectNoSeriousA11yViolations(page)
  })

  it('launches a letter campaign after the confirm dialog, freezing the reachable members', async () => {
    await byTestId('campaign-name').fill('Catálogo de primavera')
    await byTestId('campaign-text-language').selectOption('es')
    await byTestId('campaign-subject').fill('Nuevo catálogo para {customer}')
    await byTestId('campaign-body').fill(
      'Estimado cliente {contact}:\nLe presentamos el catálogo de {company}.'
    )
    await byTestId('campaign-text-language').selectOption('en')
    await byTestId('campaign-subject').fill('New catalogue for {customer}')
    await byTestId('campaign-body').fill('Dear {contact}, here is our new catalogue.')
    await byTestId('campaign-launch').click()
    await byTestId('confirm-dialog').waitFor({ state: 'visible' })
    const postal = people.filter((p) => inSegment(p) && reachable(p, 'post'))
    expect(await byTestId('confirm-dialog').textContent()).toContain(
      `It goes to the ${String(postal.length)} customers it can reach now.`
    )
    await expectNoSeriousA11yViolations(page)
    await byTestId('confirm-ok').click()
    await expect
      .poll(() => page.textContent('body'))
      .toContain(`Campaign launched to ${String(postal.length)} recipients.`)
    letterCampaignId = Number(/#\/campaigns\/(\d+)/.exec(page.url())?.[1])
    const recipients = await session.store('campaigns.recipients', { id: letterCampaignId })
    expect(recipients.map((r) => r.name).sort()).toEqual(postal.map((p) => p.name).sort())
    // The recipients' table loads after the launch message: wait for it rather than count at once.
    await expect.poll(() => byTestId('campaign-recipient').count()).toBe(postal.length)
    await expectNoSeriousA11yViolations(page)
  })

  it('downloads the letters and the labels, and reads them back', async () => {
    const postal = people.filter((p) => inSegment(p) && reachable(p, 'post'))
    const others = people.filter((p) => !postal.includes(p))
    const [letters] = await Promise.all([
      page.waitForEvent('download'),
      byTestId('campaign-letters-save').click()
    ])
    expect(letters.suggestedFilename()).toBe(`campaign-${String(letterCampaignId)}-letters.pdf`)
    const pages = pdfText(await letters.path())
      .split('\f')
      .filter((p) => p.trim() !== '')
    expect(pages).toHaveLength(postal.length)
    for (const p of postal) {
      const letter = present(
        pages.find((text) => text.includes(p.line1)),
        `the letter to ${p.name}`
      )
      const contact = p.email === '' ? p.name : `Sra. ${p.name}`
      const flat = squeezed(letter, 'all')
      // Spanish customers get the Spanish text, merged.
      expect(flat).toContain(`Nuevo catálogo para ${p.name}`)
      expect(flat).toContain(`Estimado cliente ${contact}:`)
      expect(flat).toContain('Le presentamos el catálogo de Suministros Puig S.L.')
      expect(flat).not.toContain('Dear')
    }

    await byTestId('campaign-layout').selectOption('L7163')
    const [labels] = await Promise.all([
      page.waitForEvent('download'),
      byTestId('campaign-labels-save').click()
    ])
    expect(labels.suggestedFilename()).toBe(`campaign-${String(letterCampaignId)}-labels-L7163.pdf`)
    const text = pdfText(await labels.path())
    for (const p of postal) expect(text).toContain(p.line1)
    for (const p of others) if (p.line1 !== '') expect(text).not.toContain(p.line1)
  })

  it('shows the results: a response logged here and an order within the window', async () => {
    const postal = people.filter((p) => inSegment(p) && reachable(p, 'post'))
    const nunez = present(ids.get('Ferretería Núñez'))
    const puig = present(ids.get('Fusteria Puig'))
    await byTestId('response-customer').selectOption(String(nunez))
    await byTestId('response-kind').selectOption('call')
    await byTestId('response-note').fill('Asks for prices')
    await byTestId('response-save').click()
    await expect.poll(() => byTestId('campaign-figure-responded').textContent()).toBe('1')
    const rate = (n: number) =>
      new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(n / postal.length)
    expect(await byTestId('campaign-figure-response-rate').textContent()).toBe(rate(1))

    const draft = await draftInvoice(
      session,
      puig,
      [{ description: 'Tornillos', unit: 'u', quantityMilli: 3_000, unitPriceCents: 2_500, vatRateBp: 2100 }],
      { type: 'order' }
    )
    await session.store('documents.issue', { id: draft.id })
    await page.reload()
    await byTestId('campaign-results').waitFor()
    await expect.poll(() => byTestId('campaign-figure-converted').textContent()).toBe('1')
    expect(await byTestId('campaign-figure-orders').textContent()).toBe('1')
    expect(await byTestId('campaign-figure-revenue').textContent()).toBe(
      new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(75)
    )
    await byTestId('back-to-list').click()
    const row = byTestId('campaign-row').filter({ hasText: 'Catálogo de primavera' })
    await expect.poll(() => row.locator('[data-testid="campaign-response-rate"]').textContent()).toBe(rate(1))
    expect(await row.locator('[data-testid="campaign-conversion-rate"]').textContent()).toBe(rate(1))
    // A launched campaign's badge takes the tone of what is done (components/badge-tones.ts).
    const status = row.locator('[data-testid="campaign-status"]')
    expect(await status.textContent()).toBe('Launched')
    expect(await status.getAttribute('class')).toBe('badge badge-good')
    await expectNoSeriousA11yViolations(page)
  })

  it('sends an e-mail campaign to the saved segment through the outbox to the SMTP server', async () => {
    await byTestId('campaign-new').click()
    await byTestId('segment').waitFor()
    await byTestId('campaign-name').fill('Boletín de marzo')
    await byTestId('campaign-kind').selectOption('email')
    const saved = present((await session.store('segments.list', {}))[0])
    await byTestId('segment-saved').selectOption(String(saved.id))
    const email = people.filter((p) => inSegment(p) && reachable(p, 'email'))
    await expect
      .poll(() => byTestId('segment-count').textContent())
      .toBe(`Members: ${String(people.filter(inSegment).length)} · reachable now: ${String(email.length)}`)
    await byTestId('campaign-text-language').selectOption('es')
    await byTestId('campaign-subject').fill('Boletín para {customer}')
    await byTestId('campaign-body').fill('Hola {contact}, estas son las novedades.')
    await byTestId('campaign-launch').click()
    await byTestId('confirm-ok').click()
    await byTestId('campaign-send-now').waitFor()
    await expectNoSeriousA11yViolations(page)
    await byTestId('campaign-send-now').click()
    await expect
      .poll(() => page.textContent('body'))
      .toContain(`Sent: ${String(email.length)}. Still waiting or failed: 0.`)
    expect(smtp.received.map((m) => m.to.join()).sort()).toEqual(email.map((p) => p.email).sort())
    for (const p of email) {
      const message = present(smtp.received.find((m) => m.to.includes(p.email)))
      expect(header(message.raw, 'subject')).toBe(`Boletín para ${p.name}`)
    }
  })

  it('records one person’s own e-mail opt-out, shown beside the customer’s consent', async () => {
    const nunez = present(people.find((p) => p.name === 'Ferretería Núñez'))
    await session.open(`/customers/${String(present(ids.get(nunez.name)))}`)
    await byTestId('consent-people').waitFor()
    const row = byTestId('consent-person')
    expect(await row.count()).toBe(1)
    expect(await row.textContent()).toContain('Consent given (the customer’s)')
    await byTestId('consent-person-select').selectOption(nunez.email)
    expect(await byTestId('consent-channel').isDisabled()).toBe(true)
    await byTestId('consent-status').selectOption('opted_out')
    await byTestId('consent-source').fill('Phone call')
    await byTestId('consent-record').click()
    await expect.poll(() => row.textContent()).toContain('Opted out')
    expect(await row.textContent()).not.toContain('the customer’s')
    // The customer's own consent is unchanged; the person's entry is kept under their address.
    expect(await byTestId('consent-email').textContent()).toBe('Consent given')
    const stored = await session.store('consent.get', { customerId: present(ids.get(nunez.name)) })
    expect(stored.history[0]).toMatchObject({ email: nunez.email, status: 'opted_out', channel: 'email' })
    await expectNoSeriousA11yViolations(page)
  })
})

describe('campaigns at 1920×1080', () => {
  it('lists, shows and builds campaigns without serious accessibility findings', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 })
    await session.open('/campaigns')
    await expect.poll(() => byTestId('campaign-row').count()).toBe(2)
    await expectNoSeriousA11yViolations(page)
    await session.open(`/campaigns/${String(letterCampaignId)}`)
    await byTestId('campaign-results').waitFor()
    await expectNoSeriousA11yViolations(page)
    await session.open('/campaigns/new')
    await byTestId('segment-count').waitFor()
    await expectNoSeriousA11yViolations(page)
  })
})
