/**
 * Campaigns (issue 18): segments counted against a filter worked out here over the fixture's own
 * description (not the service's query), consent per channel with its history, a campaign's
 * recipients frozen at launch, results within the window, and the paper read back: labels through
 * `pdftotext -bbox` (every word inside its label, cells computed here from the published Avery
 * dimensions) and letters through `pdftotext`, one page per recipient in the company language.
 */
import { execFileSync } from 'node:child_process'
import { pdfText } from '../support/pdf-text'
import { writeFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CustomerInput } from '../../src/shared/schemas/customers'
import type { SegmentFiltersInput } from '../../src/shared/schemas/campaigns'
import { companySettings, line } from '../documents/helpers'
import { customer, executive, openTestDesk, product, type TestDesk } from '../support/fixtures'
import { firstLine, labelCells, pdfWords, sheets } from './labels'

let desk: TestDesk

interface Person {
  name: string
  status: 'prospect' | 'active' | 'inactive'
  city: string
  region: string
  country: string
  street: string
  exec: 'ana' | 'bela' | null
  email: string
  likesTiles: boolean
  /** Consent entries in order: [status, channel]. */
  consent: Array<['granted' | 'opted_out' | 'do_not_contact', 'all' | 'post' | 'email']>
  archived?: boolean
}

const people: Person[] = [
  {
    name: 'Ferretería Núñez',
    status: 'active',
    city: 'Barcelona',
    region: 'Catalunya',
    country: 'ES',
    street: 'Carrer Gran 1',
    exec: 'ana',
    email: 'nunez@example.es',
    likesTiles: true,
    consent: [['granted', 'all']]
  },
  {
    name: 'Fusteria Puig',
    status: 'active',
    city: 'Girona',
    region: 'Catalunya',
    country: 'ES',
    street: 'Carrer del Nord 7',
    exec: 'ana',
    email: 'puig@example.es',
    likesTiles: false,
    consent: [
      ['granted', 'all'],
      ['opted_out', 'email']
    ]
  },
  {
    name: 'Kovács Kft.',
    status: 'active',
    city: 'Budapest',
    region: '',
    country: 'HU',
    street: 'Fő utca 3',
    exec: 'bela',
    email: 'kovacs@example.hu',
    likesTiles: true,
    consent: []
  },
  {
    name: 'Taller Soler',
    status: 'prospect',
    city: 'Lleida',
    region: 'Catalunya',
    country: 'ES',
    street: 'Avinguda Sud 22',
    exec: null,
    email: '',
    likesTiles: false,
    consent: [['granted', 'post']]
  },
  {
    name: 'Ceràmiques Vidal',
    status: 'active',
    city: 'Barcelona',
    region: 'Catalunya',
    country: 'ES',
    street: 'Passeig Marítim 9',
    exec: 'bela',
    email: 'vidal@example.es',
    likesTiles: true,
    consent: [
      ['granted', 'all'],
      ['do_not_contact', 'all']
    ]
  },
  {
    name: 'Olivera S.L.',
    status: 'inactive',
    city: 'Tarragona',
    region: 'Catalunya',
    country: 'ES',
    street: 'Rambla 4',
    exec: 'ana',
    email: 'olivera@example.es',
    likesTiles: false,
    consent: [['granted', 'all']]
  },
  {
    name: 'Arxivada S.A.',
    status: 'active',
    city: 'Barcelona',
    region: 'Catalunya',
    country: 'ES',
    street: 'Carrer Vell 2',
    exec: 'ana',
    email: 'arxiu@example.es',
    likesTiles: true,
    consent: [['granted', 'all']],
    archived: true
  },
  {
    name: 'Sense Adreça',
    status: 'active',
    city: 'Barcelona',
    region: 'Catalunya',
    country: 'ES',
    street: '',
    exec: 'ana',
    email: 'sense@example.es',
    likesTiles: false,
    consent: [['granted', 'all']]
  }
]

/** The consent in force for a channel: the last entry for that channel or both. */
function consentOf(p: Person, channel: 'post' | 'email'): string {
  const last = p.consent.filter(([, c]) => c === 'all' || c === channel).at(-1)
  return last ? last[0] : 'none'
}
const reachable = (p: Person, channel: 'post' | 'email') =>
  consentOf(p, channel) === 'granted' && (channel === 'post' ? p.street !== '' : p.email !== '')

const ids = new Map<string, number>()
const execIds = { ana: 0, bela: 0 }
let tiles = 0

function input(p: Person): CustomerInput {
  const billing = {
    line1: p.street,
    line2: '',
    postalCode: '08001',
    city: p.city,
    region: p.region,
    country: p.country
  }
  return customer({
    name: p.name,
    status: p.status,
    billingAddress: billing,
    executiveId: p.exec === null ? null : execIds[p.exec],
    contacts: p.email === '' ? [] : [{ name: `Contacte ${p.name}`, role: '', phone: '', email: p.email }],
    preferredProductIds: p.likesTiles ? [tiles] : []
  })
}

beforeEach(async () => {
  desk = await openTestDesk()
  desk.clock.set(new Date('2026-03-02T09:00:00Z'))
  const settings = companySettings()
  await desk.call('settings.update', {
    settings: { ...settings, documents: { ...settings.documents, printLocale: 'es-ES' } }
  })
  execIds.ana = (
    await desk.call('executives.create', {
      executive: executive({ name: 'Ana Puig', email: 'ana@example.es' })
    })
  ).id
  execIds.bela = (
    await desk.call('executives.create', {
      executive: executive({ name: 'Béla Kovács', email: 'bela@example.hu' })
    })
  ).id
  tiles = (await desk.call('products.create', { product: product({ name: 'Rajola', sku: 'TILE-1' }) })).id
  ids.clear()
  for (const p of people) {
    const created = await desk.call('customers.create', { customer: input(p) })
    ids.set(p.name, created.id)
    for (const [status, channel] of p.consent)
      await desk.call('consent.record', {
        consent: { customerId: created.id, status, channel, date: '2026-01-15', source: 'Signed form' }
      })
    if (p.archived === true) await desk.call('customers.archive', { id: created.id })
  }
})
afterEach(async () => {
  await desk.close()
})

const filters = (overrides: SegmentFiltersInput = {}): SegmentFiltersInput => ({ ...overrides })
const live = people.filter((p) => p.archived !== true)

describe('segments', () => {
  const cases: Array<[string, SegmentFiltersInput, (p: Person) => boolean]> = [
    [
      'Catalonia, active or prospect',
      { region: 'Catalunya', statuses: ['active', 'prospect'] },
      (p) => p.region === 'Catalunya' && p.status !== 'inactive'
    ],
    ['Ana’s customers', { executiveIds: [0] }, (p) => p.exec === 'ana'],
    ['who like tiles', { productIds: [-1] }, (p) => p.likesTiles],
    ['in Hungary', { countries: ['hu'] }, (p) => p.country === 'HU'],
    // No customer here has a language chosen: each reads their country's (issue 14).
    ['reading Hungarian', { languages: ['hu'] }, (p) => p.country === 'HU'],
    ['reading Spanish or Catalan', { languages: ['es', 'ca'] }, (p) => p.country === 'ES'],
    ['without e-mail', { hasEmail: false }, (p) => p.email === ''],
    ['with a postal address', { hasPostalAddress: true }, (p) => p.street !== ''],
    ['never asked', { consent: 'none' }, (p) => consentOf(p, 'post') === 'none'],
    ['searching “barcelona”', { search: 'barcelona' }, (p) => p.city === 'Barcelona']
  ]
  for (const [title, given, expected] of cases) {
    it(`counts ${title}, and how many a letter would reach`, async () => {
      const resolved: SegmentFiltersInput = {
        ...given,
        ...(given.executiveIds ? { executiveIds: [execIds.ana] } : {}),
        ...(given.productIds ? { productIds: [tiles] } : {})
      }
      const preview = await desk.call('segments.preview', {
        filters: filters(resolved),
        channel: 'post',
        limit: 50
      })
      const want = live.filter(expected)
      expect(preview.total).toBe(want.length)
      expect(preview.rows.map((r) => r.name).sort()).toEqual(want.map((p) => p.name).sort())
      expect(preview.reachable).toBe(want.filter((p) => reachable(p, 'post')).length)
      expect(preview.rows.map((r) => `${r.name}: ${r.language}`).sort()).toEqual(
        want.map((p) => `${p.name}: ${p.country === 'HU' ? 'hu' : 'es'}`).sort()
      )
    })
  }

  it('counts by last purchase and turnover from issued invoices', async () => {
    const draft = await desk.call('documents.createDraft', {
      document: {
        type: 'invoice',
        customerId: ids.get('Ferretería Núñez') ?? 0,
        issueDate: null,
        validUntil: null,
        promisedDate: null,
        paymentInstructions: '',
        notes: '',
        reason: '',
        lines: [line({ quantityMilli: 3_000, unitPriceCents: 4_000 })]
      }
    })
    await desk.call('documents.issue', { id: draft.id, issueDate: '2026-02-20' })
    const net = 3 * 4_000 // three units at 40.00, no discount
    const at = (f: SegmentFiltersInput) =>
      desk.call('segments.preview', { filters: f, channel: 'post', limit: 10 })
    expect((await at({ lastPurchaseFrom: '2026-02-01' })).rows.map((r) => r.name)).toEqual([
      'Ferretería Núñez'
    ])
    expect((await at({ lastPurchaseTo: '2026-02-19' })).total).toBe(0)
    expect((await at({ turnoverMinCents: net })).total).toBe(1)
    expect((await at({ turnoverMinCents: net + 1 })).total).toBe(0)
    expect((await at({ turnoverMaxCents: 0 })).total).toBe(live.length - 1)
  })

  it('saves segments by unique name', async () => {
    const saved = await desk.call('segments.save', {
      segment: { name: 'Actius a Catalunya', filters: { region: 'Catalunya', statuses: ['active'] } }
    })
    expect(saved.filters.region).toBe('Catalunya')
    const clash = await desk.fail('segments.save', { segment: { name: 'Actius a Catalunya', filters: {} } })
    expect(clash).toMatchObject({
      code: 'conflict',
      key: 'segmentNameTaken',
      params: { name: 'Actius a Catalunya' }
    })
    expect((await desk.call('segments.list', {})).map((s) => s.name)).toEqual(['Actius a Catalunya'])
  })
})

describe('consent', () => {
  it('keeps the history, gives the latest per channel, and records an unsubscribe', async () => {
    const puig = ids.get('Fusteria Puig') ?? 0
    const consent = await desk.call('consent.get', { customerId: puig })
    expect(consent).toMatchObject({ post: 'granted', email: 'opted_out' })
    expect(consent.history).toHaveLength(2)
    const nunez = ids.get('Ferretería Núñez') ?? 0
    const after = await desk.call('consent.unsubscribe', { customerId: nunez, channel: 'email' })
    expect(after).toMatchObject({ post: 'granted', email: 'opted_out' })
    expect(after.history[0]).toMatchObject({
      status: 'opted_out',
      channel: 'email',
      date: '2026-03-02',
      source: 'unsubscribe'
    })
    expect(() =>
      desk.store.sqlite.prepare('update marketing_consents set status = ?').run('granted')
    ).toThrow(/cannot be rewritten/)
  })

  it('refuses an unsubscribe from a campaign that does not exist, writing nothing', async () => {
    const nunez = ids.get('Ferretería Núñez') ?? 0
    const count = () => desk.store.sqlite.prepare('select count(*) as n from marketing_consents').get()
    const before = count()
    const error = await desk.fail('consent.unsubscribe', {
      customerId: nunez,
      channel: 'email',
      campaignId: 9999
    })
    expect(error).toMatchObject({ code: 'not_found', key: 'campaignNotFound', params: { id: 9999 } })
    expect(count()).toEqual(before)
  })

  it('refuses a consent for a customer that does not exist, writing nothing', async () => {
    const before = desk.store.sqlite.prepare('select count(*) as n from marketing_consents').get() as {
      n: number
    }
    const error = await desk.fail('consent.record', {
      consent: { customerId: 9999, status: 'granted', channel: 'all', date: '2026-03-01', source: 'Web' }
    })
    expect(error).toMatchObject({ code: 'not_found', key: 'customerNotFound' })
    expect(desk.store.sqlite.prepare('select count(*) as n from marketing_consents').get()).toEqual(before)
  })
})

async function postalCampaign(overrides: SegmentFiltersInput = { region: 'Catalunya' }) {
  return desk.call('campaigns.create', {
    campaign: {
      name: 'Primavera 2026',
      kind: 'postal',
      filters: overrides,
      texts: {
        es: {
          subject: 'Novedades de primavera',
          body: 'Estimado/a {contact}:\nLe presentamos el catálogo de {company} para {customer} en {city}.\nAtentamente, {executive}'
        },
        en: { subject: 'Spring news', body: 'Dear {contact}, our catalogue for {customer}.' }
      },
      windowDays: 30
    }
  })
}

describe('a postal campaign', () => {
  it('freezes its recipients at launch: the consenting members with an address, never again', async () => {
    const draft = await postalCampaign()
    expect(draft).toMatchObject({ status: 'draft', results: null })
    const launched = await desk.call('campaigns.launch', { id: draft.id })
    const want = live.filter((p) => p.region === 'Catalunya' && reachable(p, 'post'))
    expect(launched.results?.recipients).toBe(want.length)
    const recipients = await desk.call('campaigns.recipients', { id: draft.id })
    expect(recipients.map((r) => r.name).sort()).toEqual(want.map((p) => p.name).sort())
    expect(recipients.find((r) => r.name === 'Ferretería Núñez')?.address).toBe(
      // The Spanish order of issue 14: the province in brackets after the town.
      'Ferretería Núñez\nCarrer Gran 1\n08001 Barcelona (Catalunya)\nES'
    )
    // A later consent changes the segment, not the campaign.
    await desk.call('consent.record', {
      consent: {
        customerId: ids.get('Ceràmiques Vidal') ?? 0,
        status: 'granted',
        channel: 'all',
        date: '2026-03-02',
        source: 'Call'
      }
    })
    expect(await desk.call('campaigns.recipients', { id: draft.id })).toHaveLength(want.length)
    expect(await desk.fail('campaigns.launch', { id: draft.id })).toMatchObject({
      code: 'conflict',
      key: 'campaignAlreadySent'
    })
    expect(() => desk.store.sqlite.prepare('delete from campaign_recipients').run()).toThrow(
      /cannot be changed/
    )
  })

  it('refuses to launch when nobody can be reached, and writes nothing', async () => {
    const draft = await postalCampaign({ countries: ['HU'] })
    expect(await desk.fail('campaigns.launch', { id: draft.id })).toMatchObject({
      code: 'conflict',
      key: 'campaignNobodyToReach'
    })
    expect((await desk.call('campaigns.get', { id: draft.id })).status).toBe('draft')
  })

  it('counts responses, estimates and orders of recipients within the window', async () => {
    const campaign = await postalCampaign()
    await desk.call('campaigns.launch', { id: campaign.id })
    const nunez = ids.get('Ferretería Núñez') ?? 0
    const soler = ids.get('Taller Soler') ?? 0
    const kovacs = ids.get('Kovács Kft.') ?? 0
    await desk.call('campaigns.recordResponse', {
      response: { campaignId: campaign.id, customerId: nunez, kind: 'call', date: '2026-03-05' }
    })
    expect(
      await desk.fail('campaigns.recordResponse', {
        response: { campaignId: campaign.id, customerId: kovacs, kind: 'email', date: '2026-03-05' }
      })
    ).toMatchObject({ code: 'invalid_input', fieldMessages: { customerId: { key: 'notCampaignRecipient' } } })
    await desk.call('calls.log', {
      call: {
        customerId: soler,
        executiveId: null,
        direction: 'incoming',
        outcome: 'interested',
        campaignId: campaign.id,
        at: '2026-03-06T10:00:00.000Z'
      }
    })
    const order = (customerId: number, issueDate: string, quantityMilli: number) => {
      desk.clock.set(new Date(`${issueDate}T09:00:00Z`))
      return desk
        .call('documents.createDraft', {
          document: {
            type: 'order',
            customerId,
            issueDate: null,
            validUntil: null,
            promisedDate: null,
            paymentInstructions: '',
            notes: '',
            reason: '',
            lines: [line({ quantityMilli, unitPriceCents: 10_000 })]
          }
        })
        .then((d) => desk.call('documents.issue', { id: d.id, issueDate }))
    }
    await order(nunez, '2026-03-20', 2_000) // in the window (30 days from 2026-03-02)
    await order(soler, '2026-04-15', 5_000) // after it
    await order(kovacs, '2026-03-10', 7_000) // not a recipient
    const results = (await desk.call('campaigns.get', { id: campaign.id })).results
    const recipients = live.filter((p) => p.region === 'Catalunya' && reachable(p, 'post')).length
    expect(results).toMatchObject({
      recipients,
      responded: 2,
      converted: 1,
      orders: 1,
      estimates: 0,
      revenue: [{ currency: 'EUR', netCents: 2 * 10_000 }],
      windowEnd: '2026-04-01'
    })
    expect(results?.responseRate).toBeCloseTo(2 / recipients)
    expect(results?.conversionRate).toBeCloseTo(1 / recipients)

    // The campaign list shows the same rates beside the campaign.
    const [row] = await desk.call('campaigns.list', {})
    expect(row).toMatchObject({ id: campaign.id, status: 'sent', recipients })
    expect(row.responseRate).toBeCloseTo(2 / recipients)
    expect(row.conversionRate).toBeCloseTo(1 / recipients)

    // The workbook, read back, speaks the language asked for: headings, sheet names and yes/no.
    const file = await desk.call('campaigns.exportXlsx', { id: campaign.id, language: 'es' })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
    expect(book.worksheets.map((w) => w.name)).toEqual(['Destinatarios', 'Resultados'])
    const sheet = book.getWorksheet('Destinatarios')
    const headings = (sheet?.getRow(1).values as unknown[]).slice(1)
    expect(headings).toEqual([
      'Cliente',
      'Dirección',
      'Correo electrónico',
      'Idioma',
      'Enviado',
      'Respondió',
      'Convertido'
    ])
    const answered = new Map<string, [unknown, unknown]>()
    sheet?.eachRow((r, n) => {
      if (n > 1) answered.set(r.getCell(1).text, [r.getCell(6).value, r.getCell(7).value])
    })
    expect(answered.size).toBe(recipients)
    expect(answered.get('Ferretería Núñez')).toEqual(['Sí', 'Sí'])
    expect(answered.get('Taller Soler')).toEqual(['Sí', 'No'])
    const figures = new Map<string, unknown>()
    book.getWorksheet('Resultados')?.eachRow((r, n) => {
      if (n > 1) figures.set(r.getCell(1).text, r.getCell(2).value)
    })
    expect(figures.get('Destinatarios')).toBe(String(recipients))
    expect(figures.get('Pedidos')).toBe('1')
    expect([...figures.keys()]).toContain('Ingresos EUR')
  })
})

// ---- Paper ----

describe('address labels', () => {
  it('refuses the labels of a segment that does not exist', async () => {
    const error = await desk.fail('campaigns.labels', { segmentId: 9999, layout: 'L7160' })
    expect(error).toMatchObject({ code: 'not_found', key: 'segmentNotFound', params: { id: 9999 } })
    expect(error.message).toBe('Segment 9999 does not exist (it may have been deleted).')
  })

  for (const layout of ['L7160', 'L7163', '5160'] as const) {
    it(`print each consenting address inside its own ${layout} label`, async () => {
      // Enough extra customers to spill onto a second sheet.
      const sheet = sheets[layout]
      const extra = sheet.cols * sheet.rows + 2 - live.filter((p) => reachable(p, 'post')).length
      for (let i = 0; i < extra; i++) {
        const c = await desk.call('customers.create', {
          customer: customer({
            name: `Client ${String(i + 1).padStart(2, '0')} Ŀŀ Őő`,
            status: 'active',
            billingAddress: {
              line1: `Carrer Llarg ${String(i)}`,
              line2: 'Pis 2',
              postalCode: '17001',
              city: 'Girona',
              region: 'Catalunya',
              country: 'ES'
            }
          })
        })
        await desk.call('consent.record', {
          consent: {
            customerId: c.id,
            status: 'granted',
            channel: 'post',
            date: '2026-02-01',
            source: 'Fira'
          }
        })
      }
      const segment = await desk.call('segments.save', { segment: { name: 'Tots', filters: {} } })
      const preview = await desk.call('segments.preview', { filters: {}, channel: 'post', limit: 500 })
      const file = await desk.call('campaigns.labels', { segmentId: segment.id, layout })
      expect(file.mimeType).toBe('application/pdf')
      const pdf = desk.folder.file(`labels-${layout}.pdf`)
      writeFileSync(pdf, file.bytes)
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
      expect(info).toMatch(
        new RegExp(
          `Page size:\\s+${String(Math.floor(sheet.pageW))}[.\\d]* x ${String(Math.floor(sheet.pageH))}`
        )
      )
      const found = pdfWords(pdf)
      const cells = labelCells(found, layout)
      // Every word inside its label, not in the gap between labels nor off the sheet.
      expect(cells.filter((c) => !c.inside).map(firstLine)).toEqual([])
      const expected = preview.rows.filter(
        (r) => r.consent === 'granted' && people.find((p) => p.name === r.name)?.street !== ''
      )
      expect(preview.reachable).toBe(expected.length)
      // Filled in order from the first label, one address each.
      expect(cells.map((c) => c.index)).toEqual(expected.map((_, i) => i))
      expect(cells.map(firstLine)).toEqual(expected.map((r) => r.name))
      expect(found.some((w) => w.page === 1)).toBe(true)
    })
  }
})

describe('letters', () => {
  it('prints one merged letter a recipient, in the company language', async () => {
    const campaign = await postalCampaign()
    await desk.call('campaigns.launch', { id: campaign.id })
    const file = await desk.call('campaigns.letters', { id: campaign.id })
    const pdf = desk.folder.file('letters.pdf')
    writeFileSync(pdf, file.bytes)
    const want = live.filter((p) => p.region === 'Catalunya' && reachable(p, 'post'))
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(
      new RegExp(`Pages:\\s+${String(want.length)}\\n`)
    )
    for (const [index, p] of [...want].sort((a, b) => (a.name < b.name ? -1 : 1)).entries()) {
      const page = pdfText(pdf, { layout: false, page: index + 1, squeeze: 'all' })
      expect(page).toContain(p.name)
      expect(page).toContain('Novedades de primavera')
      expect(page).toContain(`Estimado/a ${p.email === '' ? p.name : `Contacte ${p.name}`}:`)
      expect(page).toContain(`para ${p.name} en ${p.city}.`)
      expect(page).not.toContain('Dear')
    }
  })
})
