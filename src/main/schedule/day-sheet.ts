/**
 * An executive's day sheet (PDF): the day's visits and meetings in time order with the
 * customer's address, contacts, notes and open invoices, in the team's local time.
 * DejaVu Sans is embedded (by path, which pdfkit parses once) so accents and Cyrillic print.
 */
import PDFDocument from 'pdfkit'
import type { FileResult } from '../../shared/schemas/common'
import { postalLine } from '../../shared/address-format'
import { languageOfLocale, localeForLanguage, type Language } from '../../shared/languages'
import type { ServiceContext } from '../context'
import { notFound } from '../db/errors'
import { printFormat, type PrintFormat } from '../pdf/format'
import { pdfFontPaths } from '../pdf/resources'
import { readSettings } from '../settings/service'
import { openInvoicesForCustomer } from './links'
import { localClock, localDayBounds } from './time'
import { getWorkingHours } from './working-hours'
import { appointmentsLine, sheetTranslator } from './day-sheet-strings'

type Translate = ReturnType<typeof sheetTranslator>

interface SheetItem {
  startAt: string
  endAt: string
  heading: string
  lines: Array<{ label: string; text: string }>
}

async function dayItems(
  ctx: ServiceContext,
  executiveId: number,
  from: string,
  to: string,
  t: Translate,
  f: PrintFormat
): Promise<SheetItem[]> {
  const db = ctx.db
  const visits = await db
    .selectFrom('siteVisitExecutives as ve')
    .innerJoin('siteVisits as v', 'v.id', 've.visitId')
    .innerJoin('customers as c', 'c.id', 'v.customerId')
    .selectAll('v')
    .select(['c.name as customerName', 'c.code as customerCode', 'c.notes as customerNotes'])
    .where('ve.executiveId', '=', executiveId)
    .where('ve.startAt', '>=', from)
    .where('ve.startAt', '<', to)
    .where('v.status', '!=', 'cancelled')
    .orderBy('ve.startAt')
    .execute()
  const meetings = await db
    .selectFrom('meetingAttendees as a')
    .innerJoin('meetings as m', 'm.id', 'a.meetingId')
    .selectAll('m')
    .where('a.executiveId', '=', executiveId)
    .where('a.startAt', '>=', from)
    .where('a.startAt', '<', to)
    .where('m.status', '=', 'scheduled')
    .execute()
  const items: SheetItem[] = []
  for (const v of visits) {
    const contacts = await db
      .selectFrom('customerContacts')
      .select(['name', 'role', 'phone', 'email'])
      .where('customerId', '=', v.customerId)
      .orderBy('position')
      .execute()
    const invoices = await openInvoicesForCustomer(db, v.customerId)
    const address = postalLine({
      line1: v.addressLine1,
      line2: v.addressLine2,
      postalCode: v.addressPostalCode,
      city: v.addressCity,
      region: v.addressRegion,
      country: v.addressCountry
    })
    const lines = [
      { label: t('address'), text: address || '—' },
      ...contacts.map((c) => ({
        label: t('contact'),
        text: [c.name, c.role, c.phone, c.email].filter(Boolean).join(' · ')
      })),
      { label: t('purpose'), text: v.purpose },
      { label: t('customerNotes'), text: v.customerNotes },
      { label: t('visitNotes'), text: v.notes },
      { label: t('outcome'), text: v.outcome },
      ...invoices.map((i) => ({
        label: t('openInvoice'),
        text: t('invoiceDue', {
          number: i.number,
          date: f.date(i.dueDate),
          amount: `${f.money(i.openCents, i.currency)} ${i.currency}`
        })
      }))
    ].filter((l) => l.text.trim() !== '')
    items.push({
      startAt: v.startAt,
      endAt: v.endAt,
      heading: `${v.customerName} (${v.customerCode})${v.status === 'scheduled' ? '' : ` (${t(v.status)})`}`,
      lines
    })
  }
  for (const m of meetings) {
    items.push({
      startAt: m.startAt,
      endAt: m.endAt,
      heading: t('meeting', { title: m.title }),
      lines: [
        { label: t('place'), text: m.place },
        { label: t('agenda'), text: m.agenda }
      ].filter((l) => l.text.trim() !== '')
    })
  }
  return items.sort((a, b) => a.startAt.localeCompare(b.startAt))
}

function render(
  company: string,
  title: string,
  subtitle: string,
  items: SheetItem[],
  zone: string,
  language: Language,
  nothing: string
): Promise<Buffer> {
  // By path: pdfkit parses each font once per document (never registerFont, see PLATFORM.md).
  const fonts = pdfFontPaths()
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    lang: language,
    info: { Title: title, Creator: 'Salesdesk' }
  })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  if (company)
    doc.font(fonts.regular).fontSize(9).fillColor('#555555').text(company).fillColor('black').moveDown(0.3)
  doc.font(fonts.bold).fontSize(16).text(title)
  doc.font(fonts.regular).fontSize(10).fillColor('#555555').text(subtitle).fillColor('black').moveDown()
  if (items.length === 0) doc.font(fonts.regular).fontSize(11).text(nothing)
  for (const item of items) {
    if (doc.y > doc.page.height - 150) doc.addPage()
    doc
      .font(fonts.bold)
      .fontSize(12)
      .text(`${localClock(item.startAt, zone)}–${localClock(item.endAt, zone)}   ${item.heading}`)
    doc.fontSize(10)
    for (const line of item.lines) {
      doc.font(fonts.bold).text(`${line.label}: `, { continued: true, indent: 20 })
      doc.font(fonts.regular).text(line.text)
    }
    doc.moveDown(0.8)
  }
  doc.end()
  return done
}

/** The day sheet in `language` (the user's; the company's print language when left out). */
export async function daySheetPdf(
  ctx: ServiceContext,
  executiveId: number,
  date: string,
  language?: Language
): Promise<FileResult> {
  const executive = await ctx.db
    .selectFrom('salesExecutives')
    .select(['id', 'name'])
    .where('id', '=', executiveId)
    .executeTakeFirst()
  if (!executive) throw notFound('salesExecutive', executiveId)
  const { timeZone } = await getWorkingHours(ctx.db)
  const { from, to } = localDayBounds(date, timeZone)
  const { company, documents } = await readSettings(ctx.db)
  const lang = language ?? languageOfLocale(documents.printLocale)
  const t = sheetTranslator(lang)
  const f = printFormat(localeForLanguage(lang, documents.printLocale))
  const items = await dayItems(ctx, executiveId, from, to, t, f)
  const bytes = await render(
    company.legalName,
    t('title', { name: executive.name }),
    appointmentsLine(lang, { date: f.date(date), zone: timeZone, count: items.length }),
    items,
    timeZone,
    lang,
    t('nothing')
  )
  const slug =
    executive.name
      .normalize('NFD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || `executive-${executiveId}`
  return {
    kind: 'file',
    fileName: `day-sheet-${slug}-${date}.pdf`,
    mimeType: 'application/pdf',
    bytes: new Uint8Array(bytes)
  }
}
