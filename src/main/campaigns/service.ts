/**
 * Campaigns (issue 18): a draft names its segment's filters and its texts per language; launching
 * freezes the recipients (the members of the segment a campaign on that channel may reach now:
 * consent granted, an address or an e-mail) and, for an e-mail campaign, queues one message per
 * recipient in the outbox, all in one transaction. Results count what recipients did within the
 * campaign's window: responses logged (or calls linked to it), estimates and orders.
 */
import type { z } from 'zod'
import { activity } from '../../shared/activity'
import { conflict, invalid, notFound } from '../../shared/errors'
import { addDaysIso } from '../../shared/iso-week'
import { isLanguage, languages, type Language } from '../../shared/languages'
import type {
  Campaign,
  CampaignRecipient,
  CampaignResults,
  CampaignRow,
  CampaignText,
  campaignInput,
  responseInput
} from '../../shared/schemas/campaigns'
import { recordActivity } from '../activity/log'
import { today } from '../clock'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { writeTransaction } from '../db/write-transaction'
import { queueMessage } from '../mail/outbox'
import { readMailSettings } from '../mail/settings'
import { addressLines } from '../pdf/documents'
import { printFormat } from '../pdf/format'
import { readSettings } from '../settings/service'
import { companyLanguage } from './language'
import { loadSegment, parseFilters, reachableMembers, type Channel, type MemberRecord } from './segments'
import { campaignWords, merge } from './strings'

type Input = z.output<typeof campaignInput>

export const channelOf = (kind: 'postal' | 'email'): Channel => (kind === 'postal' ? 'post' : 'email')

function parseTexts(json: string): Partial<Record<Language, CampaignText>> {
  const parsed = JSON.parse(json) as Record<string, CampaignText>
  return Object.fromEntries(Object.entries(parsed).filter(([language]) => isLanguage(language)))
}

/**
 * The recipient's language's text, else the company language's, else the first one written, with
 * the language it is in: the letter's or message's own words (unsubscribe line, /Lang) follow the
 * text, so a recipient never reads a message in two languages.
 */
export function textFor(
  texts: Partial<Record<Language, CampaignText>>,
  language: Language,
  fallback: Language
): { language: Language; text: CampaignText } {
  const used = [language, fallback, ...languages].find((l) => texts[l] !== undefined)
  const text = used === undefined ? undefined : texts[used]
  if (used === undefined || text === undefined) throw invalid({ texts: { key: 'textRequired' } })
  return { language: used, text }
}

/** The campaign's own row, with its segment's name; an unknown id is refused as not found. */
export async function loadCampaignRow(db: Executor, id: number) {
  const row = await db
    .selectFrom('campaigns as k')
    .leftJoin('segments as s', 's.id', 'k.segmentId')
    .selectAll('k')
    .select('s.name as segmentName')
    .where('k.id', '=', id)
    .executeTakeFirst()
  if (!row) throw notFound('campaign', id)
  return row
}

/** A campaign that can still be edited or launched: a sent one is refused (its recipients are frozen). */
async function draftCampaignRow(db: Executor, id: number) {
  const row = await loadCampaignRow(db, id)
  if (row.status !== 'draft') throw conflict('campaignAlreadySent', { name: row.name })
  return row
}

/**
 * The campaign (refused as not found when unknown) and the customer's row among its recipients:
 * undefined when the campaign did not go to them. A response or an unsubscribe names both.
 */
export async function campaignRecipient(db: Executor, campaignId: number, customerId: number) {
  const [campaign, recipient] = await Promise.all([
    loadCampaignRow(db, campaignId),
    db
      .selectFrom('campaignRecipients')
      .select('email')
      .where('campaignId', '=', campaignId)
      .where('customerId', '=', customerId)
      .executeTakeFirst()
  ])
  return { campaign, recipient }
}

export async function loadCampaign(db: Executor, id: number): Promise<Campaign> {
  const row = await loadCampaignRow(db, id)
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    segmentId: row.segmentId,
    segmentName: row.segmentName ?? null,
    filters: parseFilters(row.filters),
    texts: parseTexts(row.templates),
    status: row.status,
    sentAt: row.sentAt,
    windowDays: row.windowDays,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    results: row.status === 'sent' ? await campaignResults(db, id) : null
  }
}

export async function listCampaigns(db: Executor): Promise<CampaignRow[]> {
  const rows = await db
    .selectFrom('campaigns as k')
    .select((eb) => [
      'k.id',
      'k.name',
      'k.kind',
      'k.status',
      'k.sentAt',
      eb
        .selectFrom('campaignRecipients as r')
        .whereRef('r.campaignId', '=', 'k.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('recipients')
    ])
    .orderBy('k.createdAt', 'desc')
    .orderBy('k.id', 'desc')
    .execute()
  // A company runs tens of campaigns, not thousands: each sent one's results are worked out as on its page.
  return Promise.all(
    rows.map(async (r) => {
      const results = r.status === 'sent' ? await campaignResults(db, r.id) : null
      return {
        ...r,
        recipients: r.recipients ?? 0,
        responseRate: results?.responseRate ?? null,
        conversionRate: results?.conversionRate ?? null
      }
    })
  )
}

/** A campaign's segment, when it names one, must exist (refused as not found like the segment's own page). */
async function checkSegment(db: Executor, segmentId: number | null): Promise<void> {
  if (segmentId !== null) await loadSegment(db, segmentId)
}

function columns(input: Input) {
  if (Object.keys(input.texts).length === 0) throw invalid({ texts: { key: 'textRequired' } })
  return {
    name: input.name,
    kind: input.kind,
    segmentId: input.segmentId,
    filters: JSON.stringify(input.filters),
    templates: JSON.stringify(input.texts),
    windowDays: input.windowDays
  }
}

export function createCampaign(ctx: ServiceContext, input: Input): Promise<Campaign> {
  const values = columns(input)
  return writeTransaction(ctx.db, async (trx) => {
    await checkSegment(trx, input.segmentId)
    const now = isoNow(ctx)
    const row = await trx
      .insertInto('campaigns')
      .values({ ...values, createdAt: now, updatedAt: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    return loadCampaign(trx, row.id)
  })
}

export function updateCampaign(ctx: ServiceContext, id: number, input: Input): Promise<Campaign> {
  const values = columns(input)
  return writeTransaction(ctx.db, async (trx) => {
    await draftCampaignRow(trx, id)
    await checkSegment(trx, input.segmentId)
    await trx
      .updateTable('campaigns')
      .set({ ...values, updatedAt: isoNow(ctx) })
      .where('id', '=', id)
      .execute()
    return loadCampaign(trx, id)
  })
}

/** The mailing address as printed on the label and the letter: the name first. */
export function postalLines(m: MemberRecord): string[] {
  return [
    m.name,
    ...addressLines({
      line1: m.line1,
      line2: m.line2,
      postalCode: m.postalCode,
      city: m.city,
      region: m.region,
      country: m.country
    })
  ]
}

/** Launches a draft: recipients frozen, e-mails queued, the campaign marked sent — or nothing at all. */
export function launchCampaign(ctx: ServiceContext, id: number): Promise<Campaign> {
  return writeTransaction(ctx.db, async (trx) => {
    const row = await draftCampaignRow(trx, id)
    const channel = channelOf(row.kind)
    const members = await reachableMembers(ctx, trx, { filters: parseFilters(row.filters), channel })
    if (members.length === 0) throw conflict('campaignNobodyToReach', { name: row.name })
    const texts = parseTexts(row.templates)
    const fallback = await companyLanguage(trx)
    const settings = await readSettings(trx)
    const company = settings.company.legalName
    const date = printFormat(settings.documents.printLocale).date(today(ctx))
    const from = row.kind === 'email' ? (await readMailSettings(trx)).fromAddress : ''
    const sentAt = isoNow(ctx)
    for (const m of members) {
      const values = {
        customer: m.name,
        contact: m.contact || m.name,
        city: m.city,
        company,
        executive: m.executive,
        date
      }
      const { language, text } = textFor(texts, m.language, fallback)
      let mailId: number | null = null
      if (row.kind === 'email') {
        const footer = merge(campaignWords[language].unsubscribe, { company, from })
        mailId = await queueMessage(trx, ctx, {
          kind: 'campaign',
          to: [m.email],
          subject: merge(text.subject, values),
          body: `${merge(text.body, values)}\n\n--\n${footer}\n`,
          language,
          customerId: m.customerId
        })
      }
      await trx
        .insertInto('campaignRecipients')
        .values({
          campaignId: id,
          customerId: m.customerId,
          language,
          name: m.name,
          address: postalLines(m).join('\n'),
          email: m.email,
          sentAt,
          mailId
        })
        .execute()
    }
    await trx
      .updateTable('campaigns')
      .set({ status: 'sent', sentAt, updatedAt: sentAt })
      .where('id', '=', id)
      .execute()
    await recordActivity(trx, ctx, {
      entity: 'campaign',
      entityId: id,
      action: 'launch',
      summary: `Launched the campaign ${row.name} to ${String(members.length)} recipients`,
      details: activity('campaignLaunched', { name: row.name, count: members.length })
    })
    return loadCampaign(trx, id)
  })
}

/** Responded / converted per recipient within the window (the sent date's day through window days later). */
async function recipientOutcomes(db: Executor, campaignId: number) {
  const campaign = await db
    .selectFrom('campaigns')
    .select(['sentAt', 'windowDays'])
    .where('id', '=', campaignId)
    .executeTakeFirstOrThrow()
  const from = (campaign.sentAt ?? '').slice(0, 10)
  const to = from === '' ? '' : addDaysIso(from, campaign.windowDays)
  const rows = await db
    .selectFrom('campaignRecipients as r')
    .select((eb) => [
      'r.customerId',
      'r.name',
      'r.language',
      'r.address',
      'r.email',
      'r.sentAt',
      eb
        .or([
          eb.exists(
            eb
              .selectFrom('campaignResponses as x')
              .select('x.id')
              .whereRef('x.campaignId', '=', 'r.campaignId')
              .whereRef('x.customerId', '=', 'r.customerId')
              .where('x.date', '>=', from)
              .where('x.date', '<=', to)
          ),
          eb.exists(
            eb
              .selectFrom('calls as k')
              .select('k.id')
              .whereRef('k.campaignId', '=', 'r.campaignId')
              .whereRef('k.customerId', '=', 'r.customerId')
              .where('k.at', '>=', from)
              .where('k.at', '<', addDaysIso(to === '' ? '2000-01-01' : to, 1))
          )
        ])
        .as('responded')
    ])
    .where('r.campaignId', '=', campaignId)
    .orderBy('r.name')
    .execute()
  const documents = await db
    .selectFrom('documents as d')
    .innerJoin('campaignRecipients as r', 'r.customerId', 'd.customerId')
    .select(['d.customerId', 'd.type', 'd.currency', 'd.netCents'])
    .where('r.campaignId', '=', campaignId)
    .where('d.type', 'in', ['estimate', 'order'])
    .where('d.issueDate', 'is not', null)
    .where('d.issueDate', '>=', from)
    .where('d.issueDate', '<=', to)
    .where('d.status', '<>', 'cancelled')
    .execute()
  return { rows, documents, windowEnd: to === '' ? null : to }
}

export async function campaignResults(db: Executor, campaignId: number): Promise<CampaignResults> {
  const { rows, documents, windowEnd } = await recipientOutcomes(db, campaignId)
  const converted = new Set(documents.map((d) => d.customerId))
  const revenue = new Map<string, number>()
  for (const d of documents)
    if (d.type === 'order') revenue.set(d.currency, (revenue.get(d.currency) ?? 0) + d.netCents)
  const responded = rows.filter((r) => Boolean(r.responded)).length
  const recipients = rows.length
  return {
    recipients,
    responded,
    converted: converted.size,
    estimates: documents.filter((d) => d.type === 'estimate').length,
    orders: documents.filter((d) => d.type === 'order').length,
    revenue: [...revenue]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, netCents]) => ({ currency, netCents })),
    responseRate: recipients === 0 ? 0 : responded / recipients,
    conversionRate: recipients === 0 ? 0 : converted.size / recipients,
    windowEnd
  }
}

export async function campaignRecipients(db: Executor, campaignId: number): Promise<CampaignRecipient[]> {
  await loadCampaignRow(db, campaignId)
  const { rows, documents } = await recipientOutcomes(db, campaignId)
  const converted = new Set(documents.map((d) => d.customerId))
  return rows.map((r) => ({
    customerId: r.customerId,
    name: r.name,
    language: r.language,
    address: r.address,
    email: r.email,
    sentAt: r.sentAt,
    responded: Boolean(r.responded),
    converted: converted.has(r.customerId)
  }))
}

/** A response (call, e-mail, visit) from one of the campaign's recipients. */
export function recordResponse(
  ctx: ServiceContext,
  input: z.output<typeof responseInput>
): Promise<Campaign> {
  return writeTransaction(ctx.db, async (trx) => {
    const { recipient } = await campaignRecipient(trx, input.campaignId, input.customerId)
    if (!recipient) throw invalid({ customerId: { key: 'notCampaignRecipient' } })
    await trx
      .insertInto('campaignResponses')
      .values({ ...input, createdAt: isoNow(ctx) })
      .execute()
    return loadCampaign(trx, input.campaignId)
  })
}
