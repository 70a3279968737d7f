/**
 * Demo data of the campaigns (issue 18): marketing consent for most customers (some opted out,
 * a few not to be contacted), saved segments such as "Active customers in Catalonia", and one
 * postal campaign sent a month ago to that segment, with responses logged; the demo's own
 * orders from its recipients within the window show as the campaign's orders and revenue.
 */
import type BetterSqlite3 from 'better-sqlite3'
import { documentLanguageFor } from '../pdf/strings'
import type { Random } from './random'
import { demoToday } from './company'

const DAY = 86_400_000

const segments: Array<[name: string, filters: Record<string, unknown>]> = [
  ['Active customers in Catalonia', { statuses: ['active'], region: 'Catalunya' }],
  ['Prospects with e-mail', { statuses: ['prospect'], hasEmail: true }],
  ['Clientes de Madrid', { city: 'Madrid' }],
  ['Budapesti ügyfelek', { city: 'Budapest' }]
]

interface Recipient {
  id: number
  name: string
  line1: string
  line2: string
  postal: string
  city: string
  region: string
  country: string
  email: string | null
}

export function insertCampaignDemo(db: BetterSqlite3.Database, random: Random, now: Date): void {
  const iso = now.toISOString()
  const day = (offset: number) => demoToday(new Date(now.getTime() + offset * DAY))
  const consent =
    db.prepare(`insert into marketing_consents (customer_id, contact_id, email, status, channel, date, source,
    created_at, created_by) values (?, null, ?, ?, ?, ?, ?, ?, 'salesdesk demo')`)
  const firstEmail = db.prepare(
    "select lower(email) as email from customer_contacts where customer_id = ? and email <> '' order by position limit 1"
  )
  const sources = ['Formulario firmado', 'Tienda web', 'Feria Construmat', 'Llamada']
  for (const { id } of db.prepare('select id from customers where archived_at is null').all() as {
    id: number
  }[]) {
    const roll = random.next()
    if (roll < 0.3) continue // never asked
    const date = day(-30 - Math.floor(random.next() * 700))
    consent.run(id, '', 'granted', 'all', date, random.pick(sources), iso)
    if (roll > 0.93) consent.run(id, '', 'opted_out', 'email', day(-20), 'unsubscribe', iso)
    else if (roll > 0.91) consent.run(id, '', 'do_not_contact', 'all', day(-10), 'Llamada', iso)
    else if (roll > 0.89) {
      // One person unsubscribed from the e-mails; the rest of the customer's people still get them.
      const person = firstEmail.get(id) as { email: string } | undefined
      if (person) consent.run(id, person.email, 'opted_out', 'email', day(-15), 'unsubscribe', iso)
    }
  }
  const insertSegment = db.prepare(
    'insert into segments (name, filters, created_at, updated_at) values (?, ?, ?, ?)'
  )
  const defaults = {
    statuses: [],
    countries: [],
    region: '',
    city: '',
    executiveIds: [],
    productIds: [],
    lastPurchaseFrom: null,
    lastPurchaseTo: null,
    turnoverMinCents: null,
    turnoverMaxCents: null,
    languages: [],
    hasEmail: null,
    hasPostalAddress: null,
    consent: null,
    search: ''
  }
  const segmentIds = segments.map(([name, filters]) =>
    Number(insertSegment.run(name, JSON.stringify({ ...defaults, ...filters }), iso, iso).lastInsertRowid)
  )
  const settings = db.prepare(`select value from settings where key = 'documents'`).get() as
    { value: string } | undefined
  const locale = settings
    ? ((JSON.parse(settings.value) as { printLocale?: string }).printLocale ?? 'es-ES')
    : 'es-ES'
  const language = documentLanguageFor(locale)
  // Sent a month ago to the first segment's consenting members with a mailing address.
  const sentAt = new Date(now.getTime() - 30 * DAY).toISOString()
  const campaignId = Number(
    db
      .prepare(
        `insert into campaigns (name, kind, segment_id, filters, templates, status, sent_at, window_days,
        created_at, updated_at) values (?, 'postal', ?, ?, ?, 'sent', ?, 60, ?, ?)`
      )
      .run(
        'Catálogo de primavera',
        segmentIds[0],
        JSON.stringify({ ...defaults, ...segments[0][1] }),
        JSON.stringify({
          [language]: {
            subject: 'Nuevo catálogo de primavera',
            body: 'Estimado/a {contact}:\n\nLe enviamos nuestro nuevo catálogo para {customer}. {executive} le llamará en los próximos días.\n\nAtentamente,\n{company}'
          }
        }),
        sentAt,
        sentAt,
        sentAt
      ).lastInsertRowid
  )
  const recipients = db
    .prepare(
      `select c.id, c.name, c.billing_line1 as line1, c.billing_line2 as line2, c.billing_postal_code as postal,
      c.billing_city as city, c.billing_region as region, c.billing_country as country,
      (select ct.email from customer_contacts ct where ct.customer_id = c.id and ct.email <> '' order by ct.position limit 1) as email
      from customers c
      where c.archived_at is null and c.status = 'active' and c.mailing_same_as_billing = 1
        and c.billing_region = 'Catalunya' and c.billing_line1 <> ''
        and (select m.status from marketing_consents m where m.customer_id = c.id and m.contact_id is null
          and m.channel in ('all', 'post') order by m.date desc, m.id desc limit 1) = 'granted'
      order by c.sort_name limit 300`
    )
    .all() as Recipient[]
  const insertRecipient =
    db.prepare(`insert into campaign_recipients (campaign_id, customer_id, language, name, address,
    email, sent_at) values (?, ?, ?, ?, ?, ?, ?)`)
  const insertResponse =
    db.prepare(`insert into campaign_responses (campaign_id, customer_id, kind, date, note, created_at)
    values (?, ?, ?, ?, ?, ?)`)
  for (const r of recipients) {
    const address = [
      r.name,
      r.line1,
      r.line2,
      [r.postal, r.city].filter(Boolean).join(' '),
      [r.region, r.country].filter(Boolean).join(', ')
    ].filter((line) => line.trim() !== '')
    insertRecipient.run(campaignId, r.id, language, r.name, address.join('\n'), r.email ?? '', sentAt)
    if (random.next() < 0.12)
      insertResponse.run(
        campaignId,
        r.id,
        random.pick(['call', 'email', 'visit'] as const),
        day(-25 + Math.floor(random.next() * 20)),
        'Pide el catálogo completo',
        iso
      )
  }
}
