/**
 * Region settings through the API (issue 14): defaults from the print locale, one save that also
 * moves the paper and the company's time zone where their readers look, a refused save that writes
 * nothing, and the day sheet (office paperwork) printing dates the chosen way on the chosen paper.
 */
import { execFileSync } from 'node:child_process'
import { pdfText } from '../support/pdf-text'
import { writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RegionFormat } from '../../src/shared/region'
import { openScheduleDesk, visit, type ScheduleDesk } from '../schedule/support'

let s: ScheduleDesk
beforeEach(async () => {
  s = await openScheduleDesk()
})
afterEach(async () => {
  await s.desk.close()
})

const hungarian: RegionFormat = {
  dateFormat: 'YYYY. MM. DD.',
  decimalSeparator: ',',
  groupSeparator: '\u00a0',
  firstDayOfWeek: 1,
  clock: '24h'
}

function pdf(bytes: Uint8Array, name: string): { text: string; info: string } {
  const path = s.desk.folder.file(name)
  writeFileSync(path, bytes)
  return {
    text: pdfText(path),
    info: execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  }
}

describe('region settings', () => {
  it('start from the print locale, with the paper and the working hours’ time zone', async () => {
    const region = await s.desk.call('region.get', {})
    // en-GB, the print locale of a new database: 1,234.5, weeks from Monday, 24-hour clock.
    expect(region).toEqual({
      format: {
        dateFormat: 'medium',
        decimalSeparator: '.',
        groupSeparator: ',',
        firstDayOfWeek: 1,
        clock: '24h'
      },
      paperSize: 'A4',
      timeZone: 'Europe/Madrid',
      defaultsFrom: 'en-GB'
    })
  })

  it('saves the formats, the paper and the time zone in one go, and the day sheet follows', async () => {
    await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-03T08:00:00Z', '2026-03-03T09:00:00Z', { purpose: 'Revisión' }),
      acceptClashes: true
    })
    const before = pdf(
      (await s.desk.call('schedule.daySheetPdf', { executiveId: s.ana, date: '2026-03-03' })).bytes,
      'before.pdf'
    )
    expect(before.text).toContain('3 Mar 2026')
    expect(before.info).toMatch(/Page size:\s+595\.28 x 841\.89/)

    const saved = await s.desk.call('region.update', {
      region: { format: hungarian, paperSize: 'Letter', timeZone: 'Europe/Budapest' }
    })
    expect(saved).toMatchObject({ format: hungarian, paperSize: 'Letter', timeZone: 'Europe/Budapest' })
    expect(await s.desk.call('region.get', {})).toEqual(saved)
    // One setting each: the documents' paper and the schedule's zone are the region's.
    expect((await s.desk.call('settings.get', {})).documents.paperSize).toBe('Letter')
    expect((await s.desk.call('schedule.workingHours', {})).timeZone).toBe('Europe/Budapest')

    const after = pdf(
      (await s.desk.call('schedule.daySheetPdf', { executiveId: s.ana, date: '2026-03-03' })).bytes,
      'after.pdf'
    )
    expect(after.text).toContain('2026. 03. 03.')
    expect(after.text).not.toContain('3 Mar 2026')
    expect(after.info).toMatch(/Page size:\s+612 x 792/)
  })

  it('prints the day sheet on a 12-hour clock when the region reads one, in the office zone', async () => {
    // 12:30–14:00 UTC is 13:30–15:00 in Madrid (CET, UTC+1 on 3 March).
    await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-03T12:30:00Z', '2026-03-03T14:00:00Z'),
      acceptClashes: true
    })
    // 18:30–19:30 in Madrid: after the working hours (08:00–18:00), so the sheet warns with them.
    await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-03T17:30:00Z', '2026-03-03T18:30:00Z'),
      acceptClashes: true
    })
    const sheet = async (name: string) =>
      pdf(
        (
          await s.desk.call('schedule.daySheetPdf', {
            executiveId: s.ana,
            date: '2026-03-03',
            language: 'en'
          })
        ).bytes,
        name
      ).text
    const day = await sheet('24h.pdf')
    expect(day).toContain('13:30–15:00')
    expect(day).toContain('(08:00–18:00)')
    const region = await s.desk.call('region.get', {})
    await s.desk.call('region.update', {
      region: { format: { ...region.format, clock: '12h' }, paperSize: 'A4', timeZone: region.timeZone }
    })
    const twelve = (await sheet('12h.pdf')).replace(/[\u00a0\u202f]/g, ' ')
    expect(twelve).toMatch(/1:30 PM–3:00 PM/i)
    expect(twelve).not.toContain('13:30')
    // The working hours in the warning are on the same clock.
    expect(twelve).toMatch(/\(8:00 AM–6:00 PM\)/i)
    expect(twelve).not.toContain('18:00')
  })

  it('refuses a format whose decimal and group marks are the same, writing nothing', async () => {
    const activityBefore = await s.desk.call('activity.list', {
      entity: null,
      entityId: null,
      limit: 100,
      offset: 0
    })
    const error = await s.desk.fail('region.update', {
      region: {
        format: { ...hungarian, groupSeparator: ',' },
        paperSize: 'Letter',
        timeZone: 'Europe/Budapest'
      }
    })
    expect(error.code).toBe('invalid_input')
    expect(error.fieldMessages?.['region.format.groupSeparator']).toEqual({ key: 'regionSameSeparators' })
    const region = await s.desk.call('region.get', {})
    expect(region.paperSize).toBe('A4')
    expect(region.timeZone).toBe('Europe/Madrid')
    expect(
      await s.desk.call('activity.list', { entity: null, entityId: null, limit: 100, offset: 0 })
    ).toEqual(activityBefore)
  })
})
