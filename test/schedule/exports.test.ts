import { pdfText } from '../support/pdf-text'
import { writeFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import ICAL from 'ical.js'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { escapeText, foldLine } from '../../src/main/schedule/ics'
import { openScheduleDesk, visit, type ScheduleDesk } from './support'
import { START } from '../support/fixtures'
import { required } from '../../src/shared/required'

let s: ScheduleDesk
beforeEach(async () => {
  s = await openScheduleDesk()
})
afterEach(async () => {
  await s.desk.close()
})

const LONG_PURPOSE =
  'Presentación del catálogo 2026, revisión de precios; pedido de muestras \\ tornillería, “Ωμέγα” и новые товары для склада в Москве — '
    .repeat(2)
    .trim()

async function seedDay() {
  const visitOne = await s.desk.call('visits.create', {
    visit: visit(s, '2026-03-03T08:00:00Z', '2026-03-03T09:30:00Z', { purpose: LONG_PURPOSE })
  })
  const visitTwo = await s.desk.call('visits.create', {
    visit: visit(s, '2026-03-03T11:00:00Z', '2026-03-03T12:00:00Z', {
      customerId: s.moskva,
      purpose: 'Переговоры о поставке'
    })
  })
  const meeting = await s.desk.call('meetings.create', {
    meeting: {
      title: 'Reunión de equipo, Q1; objetivos',
      attendeeIds: [s.ana, s.boris],
      startAt: '2026-03-03T15:00:00Z',
      endAt: '2026-03-03T16:00:00Z',
      place: 'Sala Győr',
      agenda: 'Cifras\nObjetivos'
    }
  })
  // Boris's own visit on the same day: not on Ana's calendar.
  await s.desk.call('visits.create', {
    visit: visit(s, '2026-03-03T08:00:00Z', '2026-03-03T09:00:00Z', {
      executiveIds: [s.boris],
      customerId: s.moskva
    })
  })
  return { visitOne: visitOne.saved, visitTwo: visitTwo.saved, meeting: meeting.saved }
}

describe('iCalendar export', () => {
  it('escapes TEXT and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne')
    const folded = foldLine(`SUMMARY:${'Ж'.repeat(100)}`)
    const lines = folded.split('\r\n')
    expect(lines.length).toBeGreaterThan(2)
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true)
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`SUMMARY:${'Ж'.repeat(100)}`)
  })

  it('an executive calendar is read back by an independent parser (ical.js) with the same texts and UTC times', async () => {
    const { visitOne, meeting } = await seedDay()
    const file = await s.desk.call('schedule.ics', {
      executiveId: s.ana,
      from: '2026-03-01T00:00:00Z',
      to: '2026-04-01T00:00:00Z'
    })
    expect(file.mimeType).toContain('text/calendar')
    const text = Buffer.from(file.bytes).toString('utf8')
    // RFC 5545: CRLF everywhere, no line over 75 octets.
    expect(text.endsWith('\r\n')).toBe(true)
    expect(/[^\r]\n/.test(text)).toBe(false)
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)

    const calendar = ICAL.Component.fromString(text)
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('prodid')).toContain('Salesdesk')
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    expect(events.map((e) => e.uid)).toEqual([
      `visit-${visitOne.id}@salesdesk`,
      expect.stringMatching(/^visit-\d+@salesdesk$/),
      `meeting-${meeting.id}@salesdesk`
    ])
    expect(events[0].summary).toBe(`Visit: Ferretería Núñez S.L. — ${LONG_PURPOSE}`)
    expect(events[0].location).toBe('Calle Ñandú 7, 28801 Alcalá de Henares, ES')
    expect(events[0].startDate.toJSDate().toISOString()).toBe('2026-03-03T08:00:00.000Z')
    expect(events[0].endDate.toJSDate().toISOString()).toBe('2026-03-03T09:30:00.000Z')
    expect(events[0].startDate.zone.tzid).toBe('UTC')
    expect(events[1].summary).toBe('Visit: ООО «Москва-Строй» — Переговоры о поставке')
    expect(events[1].location).toBe('ул. Тверская 12, 125009 Москва, RU')
    expect(events[2].summary).toBe('Reunión de equipo, Q1; objetivos')
    expect(events[2].description).toBe('Attendees: Ana Núñez, Борис Иванов\nAgenda:\nCifras\nObjetivos')
    for (const c of calendar.getAllSubcomponents('vevent')) {
      expect(c.getFirstPropertyValue('status')).toBe('CONFIRMED')
      expect(String(c.getFirstPropertyValue('dtstamp'))).toBe('2026-03-02T09:30:00Z')
    }
  })

  it('the team calendar has everyone; cancelled events are left out, a no-show is marked cancelled', async () => {
    const { visitTwo } = await seedDay()
    // A visit is recorded once it has begun (issue 13): the clock goes past its start for that.
    s.desk.clock.set(new Date('2026-03-03T18:00:00Z'))
    await s.desk.call('visits.noShow', { id: visitTwo.id, notes: '' })
    s.desk.clock.set(START)
    const first = await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-04T08:00:00Z', '2026-03-04T09:00:00Z')
    })
    await s.desk.call('visits.cancel', { id: first.saved.id, reason: '' })
    const file = await s.desk.call('schedule.ics', {
      executiveId: null,
      from: '2026-03-01T00:00:00Z',
      to: '2026-04-01T00:00:00Z'
    })
    expect(file.fileName).toBe('schedule-team.ics')
    const calendar = ICAL.Component.fromString(Buffer.from(file.bytes).toString('utf8'))
    const events = calendar.getAllSubcomponents('vevent')
    expect(events).toHaveLength(4)
    const noShow = events.find((e) => e.getFirstPropertyValue('uid') === `visit-${visitTwo.id}@salesdesk`)
    expect(noShow?.getFirstPropertyValue('status')).toBe('CANCELLED')
  })
})

describe('day sheet PDF', () => {
  it('lists the executive’s day in local time order with address, contacts and notes; accents and Cyrillic extract as text', async () => {
    await seedDay()
    const settings = await s.desk.call('settings.get', {})
    await s.desk.call('settings.update', {
      settings: {
        ...settings,
        company: { ...settings.company, legalName: 'Distribuciones Őrség-Ñandú S.L.' }
      }
    })
    const file = await s.desk.call('schedule.daySheetPdf', { executiveId: s.ana, date: '2026-03-03' })
    expect(file.mimeType).toBe('application/pdf')
    const path = s.desk.folder.file('day.pdf')
    writeFileSync(path, file.bytes)
    const text = pdfText(path)
    expect(text).toContain('Distribuciones Őrség-Ñandú S.L.')
    expect(text).toContain('Day sheet — Ana Núñez')
    // Madrid is UTC+1 in March: 08:00Z is 09:00 local.
    const order = [
      '09:00–10:30',
      'Ferretería Núñez S.L.',
      '12:00–13:00',
      'ООО «Москва-Строй»',
      '16:00–17:00',
      'Reunión de equipo, Q1; objetivos'
    ]
    let at = -1
    for (const piece of order) {
      const next = text.indexOf(piece, at + 1)
      expect(next, piece).toBeGreaterThan(at)
      at = next
    }
    expect(text).toContain('Calle Ñandú 7')
    expect(text).toContain('Ángela Peña')
    expect(text).toContain('Llamar antes; aparcamiento en la calle Ñandú.')
    expect(text).toContain('ул. Тверская 12')
    expect(text).toContain('Переговоры о поставке')
    expect(text).toContain('Sala Győr')
    // Boris's visit at 09:00 is not on Ana's sheet.
    expect(text.match(/09:00–10:00/g)).toBeNull()
  })

  it('says so when the day is empty', async () => {
    const file = await s.desk.call('schedule.daySheetPdf', { executiveId: s.boris, date: '2026-03-10' })
    const path = s.desk.folder.file('empty.pdf')
    writeFileSync(path, file.bytes)
    expect(pdfText(path, { layout: false })).toContain('Nothing planned for this day.')
  })
})

describe('visit log to Excel', () => {
  it('writes real dates in local time, texts unchanged, formulas never', async () => {
    const { visitOne } = await seedDay()
    // A visit is recorded once it has begun (issue 13): the clock goes past its start for that.
    s.desk.clock.set(new Date('2026-03-03T18:00:00Z'))
    await s.desk.call('visits.complete', {
      id: visitOne.id,
      outcome: '=SUM(A1:A3) no es una fórmula',
      notes: 'Öt darab',
      productIds: [],
      followUps: []
    })
    s.desk.clock.set(START)
    const file = await s.desk.call('visits.exportXlsx', {
      from: null,
      to: null,
      customerId: null,
      executiveId: s.ana,
      status: 'all',
      sort: { field: 'startAt', direction: 'asc' }
    })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
    const sheet = required(workbook.getWorksheet('Visits'), 'sheet Visits')
    expect(sheet.rowCount).toBe(3)
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(header.slice(0, 4)).toEqual([
      'Start (Europe/Madrid)',
      'End (Europe/Madrid)',
      'Duration (min)',
      'Customer'
    ])
    const first = sheet.getRow(2)
    expect((first.getCell(1).value as Date).toISOString()).toBe('2026-03-03T09:00:00.000Z')
    expect(first.getCell(3).value).toBe(90)
    expect(first.getCell(4).value).toBe('Ferretería Núñez S.L.')
    expect(first.getCell(11).value).toBe('Completed')
    expect(first.getCell(12).value).toBe('=SUM(A1:A3) no es una fórmula')
    expect(first.getCell(12).formula).toBeUndefined()
    expect(sheet.getRow(3).getCell(4).value).toBe('ООО «Москва-Строй»')
  })
})
