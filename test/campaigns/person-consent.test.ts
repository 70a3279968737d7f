/**
 * Consent per person (issue 18): a customer's people can each give or withdraw their own e-mail
 * consent, kept by address. Who an e-mail campaign writes to is worked out here from the
 * fixture's own description (a person's latest entry, else the customer's; "do not contact" on the
 * customer covers everyone) and compared with the live count and the frozen recipients.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { customer, openTestDesk, type TestDesk } from '../support/fixtures'

type Status = 'granted' | 'opted_out' | 'do_not_contact'

interface Firm {
  name: string
  people: Array<[name: string, email: string]>
  /** The customer's own entries in order: [status, channel]. */
  own: Array<[Status, 'all' | 'post' | 'email']>
  /** People's own e-mail entries in order: [address, status]. */
  persons: Array<[string, Status]>
}

const firms: Firm[] = [
  {
    name: 'Ceràmiques Vidal',
    people: [
      ['Marta Vidal', 'Marta@vidal.example'],
      ['Joan Vidal', 'joan@vidal.example'],
      ['Recepció', '']
    ],
    own: [['granted', 'all']],
    persons: [['marta@vidal.example', 'opted_out']]
  },
  {
    name: 'Olivera S.L.',
    people: [['Pere Olivera', 'pere@olivera.example']],
    own: [],
    persons: [['pere@olivera.example', 'granted']]
  },
  {
    name: 'Kovács Kft.',
    people: [
      ['Kovács Anna', 'anna@kovacs.example'],
      ['Nagy Béla', 'bela@kovacs.example']
    ],
    own: [
      ['granted', 'email'],
      ['do_not_contact', 'all']
    ],
    persons: [['anna@kovacs.example', 'granted']]
  },
  {
    name: 'Taller Soler',
    people: [['Núria Soler', 'nuria@soler.example']],
    own: [['granted', 'post']],
    persons: []
  }
]

/** The test's own rule: whom an e-mail campaign reaches at each firm ('' when nobody). */
function expectedAddress(firm: Firm): string {
  const customerEmail = firm.own.filter(([, channel]) => channel !== 'post').at(-1)?.[0] ?? 'none'
  if (customerEmail === 'do_not_contact') return ''
  for (const [, email] of firm.people) {
    if (email === '') continue
    const own = firm.persons.filter(([address]) => address === email.toLowerCase()).at(-1)?.[1]
    if ((own ?? customerEmail) === 'granted') return email
  }
  return ''
}

let desk: TestDesk
const ids = new Map<string, number>()

beforeEach(async () => {
  desk = await openTestDesk()
  desk.clock.set(new Date('2026-03-02T09:00:00Z'))
  ids.clear()
  for (const firm of firms) {
    const created = await desk.call('customers.create', {
      customer: customer({
        name: firm.name,
        status: 'active',
        contacts: firm.people.map(([name, email]) => ({ name, role: '', phone: '', email }))
      })
    })
    ids.set(firm.name, created.id)
    for (const [status, channel] of firm.own)
      await desk.call('consent.record', {
        consent: { customerId: created.id, status, channel, date: '2026-01-10', source: 'Web' }
      })
    for (const [email, status] of firm.persons)
      await desk.call('consent.record', {
        consent: {
          customerId: created.id,
          email,
          status,
          channel: 'email',
          date: '2026-02-01',
          source: 'Call'
        }
      })
  }
})
afterEach(async () => {
  await desk.close()
})

const id = (name: string) => ids.get(name) ?? 0
const reached = firms.filter((f) => expectedAddress(f) !== '')

describe('consent per person', () => {
  it('counts and launches to the first person whose own or inherited consent allows it', async () => {
    const preview = await desk.call('segments.preview', { filters: {}, channel: 'email', limit: 50 })
    expect(preview.total).toBe(firms.length)
    expect(preview.reachable).toBe(reached.length)
    const campaign = await desk.call('campaigns.create', {
      campaign: {
        name: 'Novetats',
        kind: 'email',
        filters: {},
        texts: { en: { subject: 'News for {customer}', body: 'Dear {contact}.' } }
      }
    })
    await desk.call('campaigns.launch', { id: campaign.id })
    const recipients = await desk.call('campaigns.recipients', { id: campaign.id })
    expect(recipients.map((r) => [r.name, r.email]).sort()).toEqual(
      reached.map((f) => [f.name, expectedAddress(f)]).sort()
    )
    // The message greets the person it goes to, not the customer's first contact.
    const body = desk.store.sqlite
      .prepare(
        `select m.body from campaign_recipients r join mail_outbox m on m.id = r.mail_id where r.customer_id = ?`
      )
      .get(id('Ceràmiques Vidal')) as { body: string }
    expect(body.body).toContain('Dear Joan Vidal.')
  })

  it('shows each person’s consent, own or inherited, and names them in the history', async () => {
    const vidal = await desk.call('consent.get', { customerId: id('Ceràmiques Vidal') })
    expect(vidal.people).toEqual([
      { name: 'Marta Vidal', email: 'Marta@vidal.example', status: 'opted_out', own: true },
      { name: 'Joan Vidal', email: 'joan@vidal.example', status: 'granted', own: false }
    ])
    expect(vidal.history[0]).toMatchObject({ email: 'marta@vidal.example', contactName: 'Marta Vidal' })
    const kovacs = await desk.call('consent.get', { customerId: id('Kovács Kft.') })
    // "Do not contact" on the customer wins over Anna's own consent.
    expect(kovacs.people.map((p) => [p.name, p.status, p.own])).toEqual([
      ['Kovács Anna', 'do_not_contact', false],
      ['Nagy Béla', 'do_not_contact', false]
    ])
  })

  it('keeps a person’s entry when the customer is saved again with the contacts reordered', async () => {
    const vidalId = id('Ceràmiques Vidal')
    const vidal = firms[0]
    await desk.call('customers.update', {
      id: vidalId,
      customer: customer({
        name: vidal.name,
        status: 'active',
        contacts: [...vidal.people].reverse().map(([name, email]) => ({ name, role: '', phone: '', email }))
      })
    })
    expect((await desk.call('customers.get', { id: vidalId })).contacts[0].name).toBe('Recepció')
    const after = await desk.call('consent.get', { customerId: vidalId })
    expect(after.people.find((p) => p.name === 'Marta Vidal')).toMatchObject({
      status: 'opted_out',
      own: true
    })
  })

  it('an unsubscribe from a campaign e-mail opts out that address only; the next campaign writes to the next person', async () => {
    const vidalId = id('Ceràmiques Vidal')
    const campaign = await desk.call('campaigns.create', {
      campaign: {
        name: 'Primera',
        kind: 'email',
        filters: {},
        texts: { en: { subject: 'News', body: 'Dear {contact}.' } }
      }
    })
    await desk.call('campaigns.launch', { id: campaign.id })
    const consent = await desk.call('consent.unsubscribe', {
      customerId: vidalId,
      campaignId: campaign.id,
      channel: 'email'
    })
    expect(consent.email).toBe('granted') // the customer's own consent stays
    expect(consent.history[0]).toMatchObject({
      email: 'joan@vidal.example',
      status: 'opted_out',
      source: 'unsubscribe: Primera'
    })
    // Marta opted out before, Joan now: nobody at Vidal is left to write to.
    const preview = await desk.call('segments.preview', { filters: {}, channel: 'email', limit: 0 })
    expect(preview.reachable).toBe(reached.length - 1)
  })

  it('keeps the latest-dated entry in force when an older one is recorded afterwards', async () => {
    const soler = id('Taller Soler')
    await desk.call('consent.record', {
      consent: { customerId: soler, status: 'granted', channel: 'all', date: '2026-02-20', source: 'Web' }
    })
    const reachNow = (await desk.call('segments.preview', { filters: {}, channel: 'email', limit: 0 }))
      .reachable
    expect(reachNow).toBe(reached.length + 1)
    // A paper form from last year, typed in today, does not undo February's consent.
    await desk.call('consent.record', {
      consent: { customerId: soler, status: 'opted_out', channel: 'all', date: '2025-05-01', source: 'Paper' }
    })
    expect(await desk.call('consent.get', { customerId: soler })).toMatchObject({
      post: 'granted',
      email: 'granted'
    })
    const after = await desk.call('segments.preview', { filters: {}, channel: 'email', limit: 0 })
    expect(after.reachable).toBe(reachNow)
    const post = await desk.call('segments.preview', {
      filters: { consent: 'granted' },
      channel: 'post',
      limit: 0
    })
    expect(post.total).toBe(
      firms.filter((f) => f.own.some(([s, c]) => s === 'granted' && c !== 'email')).length
    )
  })

  it('refuses an address that is none of the customer’s people, or a person’s entry for letters, writing nothing', async () => {
    const count = () =>
      (desk.store.sqlite.prepare('select count(*) as n from marketing_consents').get() as { n: number }).n
    const before = count()
    const stranger = await desk.fail('consent.record', {
      consent: {
        customerId: id('Olivera S.L.'),
        email: 'marta@vidal.example',
        status: 'granted',
        channel: 'email',
        date: '2026-03-01',
        source: 'Web'
      }
    })
    expect(stranger).toMatchObject({ code: 'invalid_input', key: 'consentPersonUnknown' })
    const letters = await desk.fail('consent.record', {
      consent: {
        customerId: id('Olivera S.L.'),
        email: 'pere@olivera.example',
        status: 'granted',
        channel: 'post',
        date: '2026-03-01',
        source: 'Web'
      }
    })
    expect(letters).toMatchObject({ code: 'invalid_input' })
    expect(JSON.stringify(letters)).toContain('consentPersonEmailOnly')
    expect(count()).toBe(before)
  })
})
