/**
 * An e-mail campaign end to end: launched to a segment, one message per consenting recipient goes
 * through the outbox to a real SMTP server on 127.0.0.1 (test/mail/smtp-server.ts), personalised,
 * in the company language, with the unsubscribe line; nobody without e-mail consent receives one,
 * and an unsubscribe keeps that person out of the next campaign.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { companySettings, setDocumentLanguage } from '../documents/helpers'
import { header, smtpUser, startSmtpServer, textOf, type SmtpTestServer } from '../mail/smtp-server'

/** The text of a message: its text part, or the whole body of a single-part message, decoded. */
function bodyText(raw: string): string {
  const fromParts = textOf(raw)
  if (fromParts !== '') return fromParts
  const [head, ...rest] = raw.split(/\r?\n\r?\n/)
  const body = rest.join('\n\n')
  const encoding = header(head, 'content-transfer-encoding').toLowerCase()
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    return Buffer.from(bytes, 'latin1').toString('utf8')
  }
  return Buffer.from(body, 'latin1').toString('utf8')
}
import { customer, openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk
let smtp: SmtpTestServer

/** name, e-mail, consent entries [status, channel] in order. */
const people: Array<
  [string, string, Array<['granted' | 'opted_out' | 'do_not_contact', 'all' | 'post' | 'email']>]
> = [
  ['Ferretería Núñez', 'nunez@example.es', [['granted', 'all']]],
  ['Fusteria Puig', 'puig@example.es', [['granted', 'email']]],
  ['Kovács Kft.', 'kovacs@example.hu', []],
  [
    'Ceràmiques Vidal',
    'vidal@example.es',
    [
      ['granted', 'all'],
      ['opted_out', 'email']
    ]
  ],
  [
    'Olivera S.L.',
    'olivera@example.es',
    [
      ['granted', 'email'],
      ['do_not_contact', 'all']
    ]
  ],
  ['Taller Soler', '', [['granted', 'all']]]
]
const ids = new Map<string, number>()

beforeEach(async () => {
  smtp = await startSmtpServer()
  desk = await openTestDesk({ mail: { ca: smtp.ca } })
  desk.clock.set(new Date('2026-03-02T09:00:00Z'))
  const settings = companySettings()
  await desk.call('settings.update', {
    settings: { ...settings, documents: { ...settings.documents, printLocale: 'ca-ES' } }
  })
  await desk.call('mail.updateSettings', {
    settings: {
      host: '127.0.0.1',
      port: smtp.port,
      security: 'starttls',
      user: smtpUser.user,
      fromAddress: 'novetats@facanes.example',
      fromName: 'Façanes'
    }
  })
  await desk.call('mail.setPassword', { password: smtpUser.password })
  for (const [name, email, consent] of people) {
    const c = await desk.call('customers.create', {
      customer: customer({
        name,
        status: 'active',
        contacts: email === '' ? [] : [{ name: `Sra. ${name}`, role: '', phone: '', email }]
      })
    })
    ids.set(name, c.id)
    for (const [status, channel] of consent)
      await desk.call('consent.record', {
        consent: { customerId: c.id, status, channel, date: '2026-01-10', source: 'Web' }
      })
  }
})
afterEach(async () => {
  await smtp.stop()
  await desk.close()
})

const consenting = people
  .filter(([, email, consent]) => {
    const last = consent.filter(([, channel]) => channel !== 'post').at(-1)
    return email !== '' && last?.[0] === 'granted'
  })
  .map(([name, email]) => ({ name, email }))

async function emailCampaign(name: string) {
  return desk.call('campaigns.create', {
    campaign: {
      name,
      kind: 'email',
      filters: {},
      texts: {
        ca: {
          subject: 'Novetats per a {customer}',
          body: 'Benvolguda {contact},\nUs presentem el nou catàleg de {company}.'
        },
        en: { subject: 'News for {customer}', body: 'Dear {contact}, our new catalogue.' }
      }
    }
  })
}

describe('an e-mail campaign', () => {
  it('sends one personalised message to each consenting recipient, with the unsubscribe line', async () => {
    const campaign = await emailCampaign('Catàleg 2026')
    const launched = await desk.call('campaigns.launch', { id: campaign.id })
    expect(launched.results?.recipients).toBe(consenting.length)
    const outbox = await desk.call('mail.outbox', { status: 'waiting' })
    expect(outbox.filter((m) => m.kind === 'campaign')).toHaveLength(consenting.length)

    await desk.call('mail.deliver', {})
    expect(smtp.received.map((m) => m.to.join()).sort()).toEqual(consenting.map((c) => c.email).sort())
    for (const { name, email } of consenting) {
      const message = smtp.received.find((m) => m.to.includes(email))
      if (!message) throw new Error(`no message to ${email}`)
      expect(header(message.raw, 'subject')).toBe(`Novetats per a ${name}`)
      const text = bodyText(message.raw).replace(/\s+/g, ' ')
      expect(text).toContain(
        `Benvolguda Sra. ${name}, Us presentem el nou catàleg de Col·legi Català de Façanes S.L.`
      )
      expect(text).toContain(
        'Per donar-vos de baixa, responeu a novetats@facanes.example amb la paraula BAIXA.'
      )
      expect(text).not.toContain('Dear')
    }
    // Who got what is recorded, with the message that went out.
    const recorded = desk.store.sqlite
      .prepare(
        'select r.email, m.status from campaign_recipients r join mail_outbox m on m.id = r.mail_id order by r.email'
      )
      .all()
    expect(recorded).toEqual(
      consenting.map((c) => ({ email: c.email, status: 'sent' })).sort((a, b) => (a.email < b.email ? -1 : 1))
    )
  })

  it('writes to each recipient in their own language when the campaign has it, unsubscribe line included', async () => {
    // These customers have no country, so they read the company's Catalan; one has chosen Spanish.
    const nunez = ids.get('Ferretería Núñez') ?? 0
    await setDocumentLanguage(desk, nunez, 'es')
    const campaign = await desk.call('campaigns.create', {
      campaign: {
        name: 'Bilingüe',
        kind: 'email',
        filters: {},
        texts: {
          ca: { subject: 'Novetats per a {customer}', body: 'Benvolguda {contact}.' },
          es: { subject: 'Novedades para {customer}', body: 'Estimada {contact}.' }
        }
      }
    })
    await desk.call('campaigns.launch', { id: campaign.id })
    await desk.call('mail.deliver', {})
    expect(smtp.received).toHaveLength(consenting.length)
    for (const { name, email } of consenting) {
      const message = smtp.received.find((m) => m.to.includes(email))
      if (!message) throw new Error(`no message to ${email}`)
      const text = bodyText(message.raw).replace(/\s+/g, ' ')
      if (name === 'Ferretería Núñez') {
        expect(header(message.raw, 'subject')).toBe(`Novedades para ${name}`)
        expect(text).toContain('responda a novetats@facanes.example con la palabra BAJA.')
      } else {
        expect(header(message.raw, 'subject')).toBe(`Novetats per a ${name}`)
        expect(text).toContain('responeu a novetats@facanes.example amb la paraula BAIXA.')
      }
    }
    const languages = desk.store.sqlite
      .prepare('select name, language from campaign_recipients where campaign_id = ? order by name')
      .all(campaign.id)
    expect(languages).toEqual(
      consenting
        .map((c) => ({ name: c.name, language: c.name === 'Ferretería Núñez' ? 'es' : 'ca' }))
        .sort((a, b) => (a.name < b.name ? -1 : 1))
    )
  })

  it('leaves out a customer who unsubscribed from the next campaign', async () => {
    const first = await emailCampaign('Primera')
    await desk.call('campaigns.launch', { id: first.id })
    const nunez = ids.get('Ferretería Núñez') ?? 0
    const consent = await desk.call('consent.unsubscribe', {
      customerId: nunez,
      campaignId: first.id,
      channel: 'email'
    })
    // The unsubscribe is the person's who got the e-mail (their address); the customer's own stays.
    expect(consent).toMatchObject({ email: 'granted', post: 'granted' })
    expect(consent.people).toEqual([
      { name: 'Sra. Ferretería Núñez', email: 'nunez@example.es', status: 'opted_out', own: true }
    ])
    expect(consent.history[0].source).toBe('unsubscribe: Primera')
    const second = await emailCampaign('Segona')
    await desk.call('campaigns.launch', { id: second.id })
    const recipients = await desk.call('campaigns.recipients', { id: second.id })
    expect(recipients.map((r) => r.name).sort()).toEqual(
      consenting
        .filter((c) => c.name !== 'Ferretería Núñez')
        .map((c) => c.name)
        .sort()
    )
  })
})
