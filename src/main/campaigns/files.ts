/**
 * A campaign's files: the letters (one per recipient, merged, in the recipient's language), the
 * address labels, and the recipients with their results as a workbook. A sent campaign prints
 * its frozen recipients as they were addressed; a draft prints who it would reach now (the
 * preview with real recipients).
 */
import type { z } from 'zod'
import { invalid } from '../../shared/errors'
import { isLanguage, type Language } from '../../shared/languages'
import type { FileResult } from '../../shared/schemas/common'
import type { CampaignRecipient, LabelLayout, labelsInput } from '../../shared/schemas/campaigns'
import { today } from '../clock'
import type { Executor, ServiceContext } from '../context'
import { buildXlsx, workbookRegion } from '../export/xlsx'
import { PDF_MIME } from '../pdf/documents'
import { printFormat } from '../pdf/format'
import { readSettings } from '../settings/service'
import { companyLanguage } from './language'
import { renderLabels, renderLetters, type Letter } from './print'
import { loadSegment, reachableMembers } from './segments'
import { campaignRecipients, campaignResults, channelOf, loadCampaign, postalLines, textFor } from './service'
import { exportWords, merge } from './strings'

interface Addressee {
  customerId: number
  language: Language
  lines: string[]
  contact: string
  city: string
  executive: string
}

const pdf = (fileName: string, bytes: Buffer): FileResult => ({
  kind: 'file',
  fileName,
  mimeType: PDF_MIME,
  bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length)
})

/** The contact, city and executive of customers now (the merge fields a frozen address lacks). */
async function mergeDetails(db: Executor, customerIds: number[]) {
  const details = new Map<number, { contact: string; city: string; executive: string }>()
  for (let i = 0; i < customerIds.length; i += 500) {
    const rows = await db
      .selectFrom('customers as c')
      .leftJoin('salesExecutives as e', 'e.id', 'c.executiveId')
      .select((eb) => [
        'c.id',
        'c.name',
        'c.mailingSameAsBilling',
        'c.billingCity',
        'c.mailingCity',
        'e.name as executive',
        eb
          .selectFrom('customerContacts as ct')
          .whereRef('ct.customerId', '=', 'c.id')
          .select('ct.name')
          .orderBy('ct.position')
          .limit(1)
          .as('contact')
      ])
      .where('c.id', 'in', customerIds.slice(i, i + 500))
      .execute()
    for (const r of rows)
      details.set(r.id, {
        contact: r.contact ?? r.name,
        city: r.mailingSameAsBilling ? r.billingCity : r.mailingCity,
        executive: r.executive ?? ''
      })
  }
  return details
}

/** Who a campaign's paper goes to: the frozen recipients once sent, the reachable members before. */
async function addressees(ctx: ServiceContext, campaignId: number): Promise<Addressee[]> {
  const campaign = await loadCampaign(ctx.db, campaignId)
  if (campaign.status === 'sent') {
    const recipients = await campaignRecipients(ctx.db, campaignId)
    const details = await mergeDetails(
      ctx.db,
      recipients.map((r) => r.customerId)
    )
    const fallback = await companyLanguage(ctx.db)
    return recipients.map((r) => {
      const d = details.get(r.customerId)
      return {
        customerId: r.customerId,
        language: isLanguage(r.language) ? r.language : fallback,
        lines: r.address.split('\n'),
        contact: d?.contact ?? r.name,
        city: d?.city ?? '',
        executive: d?.executive ?? ''
      }
    })
  }
  const members = await reachableMembers(ctx, ctx.db, {
    filters: campaign.filters,
    channel: channelOf(campaign.kind)
  })
  return members.map((m) => ({
    customerId: m.customerId,
    language: m.language,
    lines: postalLines(m),
    contact: m.contact || m.name,
    city: m.city,
    executive: m.executive
  }))
}

export async function campaignLetters(ctx: ServiceContext, campaignId: number): Promise<FileResult> {
  const campaign = await loadCampaign(ctx.db, campaignId)
  const settings = await readSettings(ctx.db)
  const company = settings.company
  const fallback = await companyLanguage(ctx.db)
  const date = printFormat(settings.documents.printLocale).date(today(ctx))
  const sender = [
    company.legalName,
    company.addressLine1,
    company.addressLine2,
    [company.postalCode, company.city].filter(Boolean).join(' '),
    company.phone,
    company.email
  ].filter((line) => line !== '')
  const letters: Letter[] = (await addressees(ctx, campaignId)).map((a) => {
    const { language, text } = textFor(campaign.texts, a.language, fallback)
    const values = {
      customer: a.lines[0] ?? '',
      contact: a.contact,
      city: a.city,
      company: company.legalName,
      executive: a.executive,
      date
    }
    return {
      language,
      sender,
      recipient: a.lines,
      dateLine: [company.city, date].filter(Boolean).join(', '),
      subject: merge(text.subject, values),
      body: merge(text.body, values)
    }
  })
  const bytes = await renderLetters(letters, settings.documents.paperSize, campaign.name)
  return pdf(`campaign-${String(campaignId)}-letters.pdf`, bytes)
}

export async function campaignLabels(
  ctx: ServiceContext,
  input: z.output<typeof labelsInput>
): Promise<FileResult> {
  return labelsFile(ctx, input.layout, input.campaignId, input.segmentId)
}

async function labelsFile(
  ctx: ServiceContext,
  layout: LabelLayout,
  campaignId: number | null,
  segmentId: number | null
): Promise<FileResult> {
  let addresses: string[][]
  let name: string
  if (campaignId !== null) {
    addresses = (await addressees(ctx, campaignId)).map((a) => a.lines)
    name = `campaign-${String(campaignId)}`
  } else if (segmentId !== null) {
    const segment = await loadSegment(ctx.db, segmentId)
    addresses = (await reachableMembers(ctx, ctx.db, { filters: segment.filters, channel: 'post' })).map(
      postalLines
    )
    name = `segment-${String(segmentId)}`
  } else throw invalid({ campaignId: { key: 'fieldRequired' } })
  const bytes = await renderLabels(addresses, layout, await companyLanguage(ctx.db))
  return pdf(`${name}-labels-${layout}.pdf`, bytes)
}

export async function exportCampaign(
  ctx: ServiceContext,
  campaignId: number,
  language: Language | null
): Promise<FileResult> {
  const campaign = await loadCampaign(ctx.db, campaignId)
  const recipients = await campaignRecipients(ctx.db, campaignId)
  const results = await campaignResults(ctx.db, campaignId)
  const wordsLanguage = language ?? (await companyLanguage(ctx.db))
  const words = exportWords[wordsLanguage]
  const yesNo = (flag: boolean) => (flag ? words.yes : words.no)
  const plain = printFormat('en-GB')
  type Figure = { label: string; value: string }
  const figures: Figure[] = [
    { label: words.recipients, value: String(results.recipients) },
    { label: words.responded, value: String(results.responded) },
    { label: words.converted, value: String(results.converted) },
    { label: words.estimates, value: String(results.estimates) },
    { label: words.orders, value: String(results.orders) },
    { label: words.responseRate, value: plain.ratio(results.responseRate) },
    { label: words.conversionRate, value: plain.ratio(results.conversionRate) },
    ...results.revenue.map((r) => ({
      label: merge(words.revenue, { currency: r.currency }),
      value: plain.money(r.netCents, r.currency)
    }))
  ]
  return buildXlsx<[CampaignRecipient, Figure]>(
    `campaign-${String(campaign.id)}.xlsx`,
    [
      {
        name: words.recipients,
        rows: recipients,
        columns: [
          { header: words.customer, kind: 'text', width: 30, value: (r) => r.name },
          { header: words.address, kind: 'text', width: 40, value: (r) => r.address.replace(/\n/g, ', ') },
          { header: words.email, kind: 'text', width: 28, value: (r) => r.email },
          { header: words.language, kind: 'text', width: 8, value: (r) => r.language },
          { header: words.sent, kind: 'datetime', value: (r) => r.sentAt },
          { header: words.responded, kind: 'text', width: 10, value: (r) => yesNo(r.responded) },
          { header: words.converted, kind: 'text', width: 10, value: (r) => yesNo(r.converted) }
        ]
      },
      {
        name: words.results,
        rows: figures,
        columns: [
          { header: words.figure, kind: 'text', width: 24, value: (r) => r.label },
          { header: words.value, kind: 'text', width: 14, value: (r) => r.value }
        ]
      }
    ],
    await workbookRegion(ctx.db, wordsLanguage)
  )
}
