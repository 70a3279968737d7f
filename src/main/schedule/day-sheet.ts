/**
 * An executive's day sheet (PDF): the day's visits and meetings in time order with the
 * customer's address, contacts, notes and open invoices, in the team's local time.
 * DejaVu Sans is embedded (by path, which pdfkit parses once) so accents and Cyrillic print.
 * Appointments that overlap (the executive booked twice) or fall outside working hours are
 * flagged; each label's text wraps under itself (a hanging indent), every page carries the
 * sheet's name and "page n of m", and the paper follows Settings → Documents.
 */
import PDFDocument from 'pdfkit'
import type { FileResult } from '../../shared/schemas/common'
import { postalLine } from '../../shared/address-format'
import { languageOfLocale, localeForLanguage, type Language } from '../../shared/languages'
import { printRegion } from '../region/service'
import type { ServiceContext } from '../context'
import { loadExecutive } from '../executives/service'
import { addressOf } from '../customers/address-columns'
import { contactsOf } from '../customers/references'
import { printFormat, type PrintFormat } from '../pdf/format'
import { pdfFontPaths } from '../pdf/resources'
import { readSettings } from '../settings/service'
import { openInvoicesForCustomer } from './links'
import { localClock, localDayBounds } from './time'
import { defaultRegionFormat, regionFormatter } from '../../shared/region'
import type { WorkingHours } from '../../shared/schemas/schedule'
import { getWorkingHours, withinWorkingHours } from './working-hours'
import { appointmentsLine, sheetTranslator } from './day-sheet-strings'

type Translate = ReturnType<typeof sheetTranslator>

interface SheetItem {
  startAt: string
  endAt: string
  heading: string
  lines: Array<{ label: string; text: string }>
  /** False for a no-show: it took no time, so it clashes with nothing. */
  busy: boolean
  /** What the item is flagged for: the appointments it overlaps, outside working hours. */
  flags: string[]
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
    const contacts = await contactsOf(db, v.customerId)
    const invoices = await openInvoicesForCustomer(db, v.customerId)
    const address = postalLine(addressOf(v, 'address'))
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
      lines,
      busy: v.status !== 'no_show',
      flags: []
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
      ].filter((l) => l.text.trim() !== ''),
      busy: true,
      flags: []
    })
  }
  return items.sort((a, b) => a.startAt.localeCompare(b.startAt))
}

/** A timestamp's clock time in the office's zone, on the region's 24- or 12-hour clock. */
type Clock = (instant: string) => string
/** A working-hours time ("08:00") on the same clock. */
type WallClock = (hhmm: string) => string

/** Flags each busy item that overlaps another (half-open intervals, as the schedule's clash check) or leaves working hours. */
function flagClashes(
  items: SheetItem[],
  hours: WorkingHours,
  t: Translate,
  clock: Clock,
  wall: WallClock
): void {
  for (const item of items) {
    if (!item.busy) continue
    for (const other of items) {
      if (other === item || !other.busy) continue
      if (other.startAt < item.endAt && item.startAt < other.endAt)
        item.flags.push(
          t('clash', {
            from: clock(other.startAt),
            to: clock(other.endAt),
            heading: other.heading
          })
        )
    }
    if (!withinWorkingHours(hours, item.startAt, item.endAt))
      item.flags.push(t('outsideHours', { start: wall(hours.start), end: wall(hours.end) }))
  }
}

const MARGIN = 50
const LABEL_WIDTH = 100
const INDENT = 20
const FOOTER_SIZE = 8

function render(
  company: string,
  title: string,
  subtitle: string,
  items: SheetItem[],
  clock: Clock,
  paper: 'A4' | 'Letter',
  language: Language,
  t: Translate
): Promise<Buffer> {
  // By path: pdfkit parses each font once per document (never registerFont, see PLATFORM.md).
  const fonts = pdfFontPaths()
  // Buffered pages: "page n of m" is written once the number of pages is known.
  const doc = new PDFDocument({
    size: paper === 'Letter' ? 'LETTER' : 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + 2 * FOOTER_SIZE },
    bufferPages: true,
    lang: language,
    info: { Title: title, Creator: 'Salesdesk' }
  })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  const width = doc.page.width - 2 * MARGIN
  const textX = MARGIN + INDENT + LABEL_WIDTH
  const textWidth = width - INDENT - LABEL_WIDTH
  /** A label in its column and its text beside it: wrapped lines stay under the text, not under the label. */
  const labelled = (label: string, text: string, color = 'black') => {
    doc.font(fonts.regular).fontSize(10)
    const height = Math.max(
      doc.heightOfString(text, { width: textWidth }),
      doc.heightOfString(label, { width: LABEL_WIDTH - 6 })
    )
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage()
    const top = doc.y
    doc
      .font(fonts.bold)
      .fillColor(color)
      .text(label, MARGIN + INDENT, top, { width: LABEL_WIDTH - 6 })
    doc.font(fonts.regular).text(text, textX, top, { width: textWidth })
    doc.fillColor('black')
    doc.x = MARGIN
    doc.y = top + height + 2
  }
  if (company)
    doc.font(fonts.regular).fontSize(9).fillColor('#555555').text(company).fillColor('black').moveDown(0.3)
  doc.font(fonts.bold).fontSize(16).text(title)
  doc.font(fonts.regular).fontSize(10).fillColor('#555555').text(subtitle).fillColor('black').moveDown()
  if (items.length === 0) doc.font(fonts.regular).fontSize(11).text(t('nothing'))
  for (const item of items) {
    if (doc.y > doc.page.height - 150) doc.addPage()
    doc
      .font(fonts.bold)
      .fontSize(12)
      .fillColor(item.flags.length > 0 ? '#b00020' : 'black')
      .text(
        `${clock(item.startAt)}–${clock(item.endAt)}   ${item.heading}${item.flags.length > 0 ? '   ⚠' : ''}`,
        MARGIN,
        doc.y,
        { width }
      )
      .fillColor('black')
    for (const flag of item.flags) labelled(t('warning'), flag, '#b00020')
    for (const line of item.lines) labelled(line.label, line.text)
    doc.moveDown(0.8)
  }
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    // Below the bottom margin: lift it while writing, or pdfkit would start a new page.
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    doc
      .font(fonts.regular)
      .fontSize(FOOTER_SIZE)
      .fillColor('#555555')
      .text(`${title} · ${subtitle.split(' · ')[0]}`, MARGIN, doc.page.height - MARGIN, {
        width: width / 2,
        lineBreak: false
      })
      .text(
        t('page', { page: i - range.start + 1, pages: range.count }),
        MARGIN + width / 2,
        doc.page.height - MARGIN,
        {
          width: width / 2,
          align: 'right',
          lineBreak: false
        }
      )
      .fillColor('black')
    doc.page.margins.bottom = bottom
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
  const executive = await loadExecutive(ctx.db, executiveId)
  const hours = await getWorkingHours(ctx.db)
  const { timeZone } = hours
  const { from, to } = localDayBounds(date, timeZone)
  const { company, documents } = await readSettings(ctx.db)
  const lang = language ?? languageOfLocale(documents.printLocale)
  const t = sheetTranslator(lang)
  const locale = localeForLanguage(lang, documents.printLocale)
  const region = (await printRegion(ctx.db, lang, 'office')) ?? defaultRegionFormat(locale)
  const f = printFormat(locale, region)
  // Times on the office's clock in its zone: 09:30 (two-digit hours line the sheet's times up), or
  // 9:30 AM when the region reads 12-hour.
  const office = regionFormatter(region, locale, timeZone)
  const clock: Clock = (instant) =>
    region.clock === '12h' ? office.time(instant) : localClock(instant, timeZone)
  // Working hours are wall times already: read in UTC, they are written on the same clock ("8:00 AM").
  const wall = regionFormatter(region, locale, 'UTC')
  const hoursClock: WallClock = (hhmm) =>
    region.clock === '12h' ? wall.time(`2000-01-03T${hhmm}:00Z`) : hhmm
  const items = await dayItems(ctx, executiveId, from, to, t, f)
  flagClashes(items, hours, t, clock, hoursClock)
  const bytes = await render(
    company.legalName,
    t('title', { name: executive.name }),
    appointmentsLine(lang, { date: f.date(date), zone: timeZone, count: items.length }),
    items,
    clock,
    documents.paperSize,
    lang,
    t
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
