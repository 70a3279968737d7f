/**
 * iCalendar (RFC 5545) export of the schedule, per executive or for the team: CRLF line
 * ends, lines folded at 75 octets (never inside a UTF-8 character), TEXT values escaped,
 * times in UTC. Calendar apps import it; re-importing updates events (stable UIDs).
 */
import type { ServiceContext } from '../context'
import type { FileResult } from '../../shared/schemas/common'
import { bookedOn, executiveNames, visitsWithCustomer } from './references'

export const ICS_MIME = 'text/calendar; charset=utf-8'

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // Other control characters (C0 and DEL) are not allowed in TEXT; tab is, and newlines are escaped above.
      .replace(/\p{Cc}/gu, (c) => (c === '\t' || c === '\n' || c > '\u007f' ? c : ''))
  )
}

/** Folds a content line into lines of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const out: string[] = []
  let current = ''
  let octets = 0
  let limit = 75
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8')
    if (octets + size > limit) {
      out.push(current)
      current = ' '
      octets = 1
      limit = 75
    }
    current += ch
    octets += size
  }
  out.push(current)
  return out.join('\r\n')
}

/** 2026-03-02T09:30:00.000Z -> 20260302T093000Z */
export function icsInstant(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d+/, '')
}

export interface IcsEvent {
  uid: string
  startAt: string
  endAt: string
  summary: string
  location: string
  description: string
  status: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE'
  categories: string
  lastModified: string
}

export function buildCalendar(name: string, events: IcsEvent[], stamp: Date): string {
  const dtstamp = icsInstant(stamp.toISOString())
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Salesdesk//Schedule//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`
  ]
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART:${icsInstant(e.startAt)}`,
      `DTEND:${icsInstant(e.endAt)}`,
      `LAST-MODIFIED:${icsInstant(e.lastModified)}`,
      `SUMMARY:${escapeText(e.summary)}`
    )
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`)
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`)
    lines.push(`STATUS:${e.status}`, `CATEGORIES:${escapeText(e.categories)}`, 'END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join('\r\n') + '\r\n'
}

const joinAddress = (parts: string[]) => parts.filter((p) => p.trim() !== '').join(', ')

/** The visits and meetings of one executive (or everyone) that overlap [from, to). */
export async function scheduleIcs(
  ctx: ServiceContext,
  executiveId: number | null,
  from: string,
  to: string
): Promise<FileResult> {
  const db = ctx.db
  const names = await executiveNames(db)
  let visitQuery = visitsWithCustomer(db)
    .where('v.startAt', '<', to)
    .where('v.endAt', '>', from)
    .where('v.status', '!=', 'cancelled')
  let meetingQuery = db
    .selectFrom('meetings as m')
    .selectAll('m')
    .where('m.startAt', '<', to)
    .where('m.endAt', '>', from)
    .where('m.status', '=', 'scheduled')
  if (executiveId !== null) {
    visitQuery = visitQuery.where('v.id', 'in', bookedOn(db, 'visit', executiveId))
    meetingQuery = meetingQuery.where('m.id', 'in', bookedOn(db, 'meeting', executiveId))
  }
  const [visits, meetings, visitPeople, meetingPeople] = await Promise.all([
    visitQuery.orderBy('v.startAt').execute(),
    meetingQuery.orderBy('m.startAt').execute(),
    db
      .selectFrom('siteVisitExecutives as ve')
      .innerJoin('siteVisits as v', 'v.id', 've.visitId')
      .select(['ve.visitId as id', 've.executiveId'])
      .where('v.startAt', '<', to)
      .where('v.endAt', '>', from)
      .execute(),
    db
      .selectFrom('meetingAttendees as a')
      .innerJoin('meetings as m', 'm.id', 'a.meetingId')
      .select(['a.meetingId as id', 'a.executiveId'])
      .where('m.startAt', '<', to)
      .where('m.endAt', '>', from)
      .execute()
  ])
  const who = (rows: Array<{ id: number; executiveId: number }>) => {
    const map = new Map<number, string[]>()
    for (const r of rows)
      map.set(r.id, [...(map.get(r.id) ?? []), names.get(r.executiveId) ?? `#${r.executiveId}`])
    return map
  }
  const visitWho = who(visitPeople)
  const meetingWho = who(meetingPeople)
  const events: IcsEvent[] = [
    ...visits.map((v) => ({
      uid: `visit-${v.id}@salesdesk`,
      startAt: v.startAt,
      endAt: v.endAt,
      summary: `Visit: ${v.customerName}${v.purpose ? ` — ${v.purpose}` : ''}`,
      location: joinAddress([
        v.addressLine1,
        v.addressLine2,
        `${v.addressPostalCode} ${v.addressCity}`,
        v.addressRegion,
        v.addressCountry
      ]),
      description: [
        `Sales executives: ${(visitWho.get(v.id) ?? []).join(', ')}`,
        v.status === 'completed' ? `Outcome: ${v.outcome}` : '',
        v.notes ? `Notes: ${v.notes}` : ''
      ]
        .filter(Boolean)
        .join('\n'),
      status: v.status === 'no_show' ? ('CANCELLED' as const) : ('CONFIRMED' as const),
      categories: 'Site visit',
      lastModified: v.updatedAt
    })),
    ...meetings.map((m) => ({
      uid: `meeting-${m.id}@salesdesk`,
      startAt: m.startAt,
      endAt: m.endAt,
      summary: m.title,
      location: m.place,
      description: [
        `Attendees: ${(meetingWho.get(m.id) ?? []).join(', ')}`,
        m.agenda ? `Agenda:\n${m.agenda}` : ''
      ]
        .filter(Boolean)
        .join('\n'),
      status: 'CONFIRMED' as const,
      categories: 'Meeting',
      lastModified: m.updatedAt
    }))
  ].sort((a, b) => a.startAt.localeCompare(b.startAt))
  const person = executiveId !== null ? (names.get(executiveId) ?? `executive ${executiveId}`) : null
  const text = buildCalendar(
    person ? `Salesdesk — ${person}` : 'Salesdesk — team schedule',
    events,
    ctx.now()
  )
  const slug = person
    ? person
        .normalize('NFD')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase() || 'executive'
    : 'team'
  return {
    kind: 'file',
    fileName: `schedule-${slug}.ics`,
    mimeType: ICS_MIME,
    bytes: new Uint8Array(Buffer.from(text, 'utf8'))
  }
}
