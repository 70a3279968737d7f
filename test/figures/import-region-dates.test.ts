/**
 * Issue 14: the weekly import template shows "Valid from" in the company's region order, and the
 * import reads a date typed as text in that order (ISO is still accepted); a date in another
 * order is refused with its row, never read as a different day.
 */
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DateFormat } from '../../src/shared/region'
import { parseRegionDate } from '../../src/shared/region'
import { required } from '../../src/shared/required'
import { executive, openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk
let ana: number
beforeEach(async () => {
  desk = await openTestDesk()
  ana = (await desk.call('executives.create', { executive: executive({ name: 'Ana Núñez' }) })).id
})
afterEach(async () => {
  await desk.close()
})

async function useRegion(dateFormat: DateFormat) {
  await desk.call('region.update', {
    region: {
      format: { dateFormat, decimalSeparator: ',', groupSeparator: '.', firstDayOfWeek: 1, clock: '24h' },
      paperSize: 'A4',
      timeZone: 'Europe/Madrid'
    }
  })
}

/** The template with target rows typed from row 2 on; the "Valid from" cells as typed text. */
async function filledTemplate(validFrom: string[]): Promise<{ base64: string; numFmt: string }> {
  const file = await desk.call('weekly.importTemplate', { week: '2026-W47' })
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
  const targets = required(workbook.getWorksheet('Targets'), 'Targets sheet')
  const numFmt = targets.getColumn(5).numFmt ?? ''
  validFrom.forEach((text, i) => {
    const row = targets.getRow(i + 2)
    row.values = ['Ana Núñez', 'calls per day', 'month', 10 + i, text]
  })
  return { base64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'), numFmt }
}

describe('dates in the weekly import follow the region', () => {
  it('writes Valid from in DD.MM.YYYY and reads typed DD.MM.YYYY and ISO dates', async () => {
    await useRegion('DD.MM.YYYY')
    const { base64, numFmt } = await filledTemplate(['01.10.2026', '2026-11-19', '5.1.2027'])
    expect(numFmt).toBe('dd.mm.yyyy')
    const result = await desk.call('weekly.import', { fileName: 'w.xlsx', base64 })
    expect(result.problems).toEqual([])
    const targets = await desk.call('targets.list', { executiveId: ana })
    expect(targets.map((t) => t.validFrom).sort()).toEqual(['2026-10-01', '2026-11-19', '2027-01-05'])
  })

  it('reads MM/DD/YYYY in a US region and refuses a day-first date there', async () => {
    await useRegion('MM/DD/YYYY')
    const { numFmt } = await filledTemplate([])
    expect(numFmt).toBe('mm/dd/yyyy')
    const good = await filledTemplate(['10/01/2026'])
    expect((await desk.call('weekly.import', { fileName: 'w.xlsx', base64: good.base64 })).problems).toEqual(
      []
    )
    expect((await desk.call('targets.list', { executiveId: ana })).map((t) => t.validFrom)).toEqual([
      '2026-10-01'
    ])
    // 31/10/2026 has no month 31: refused with its row, not read as another day.
    const bad = await filledTemplate(['31/10/2026'])
    const refused = await desk.call('weekly.import', { fileName: 'w.xlsx', base64: bad.base64 })
    expect(refused.applied).toBe(false)
    expect(refused.problems.map((p) => `${p.sheet}:${p.row}`)).toEqual(['Targets:2'])
  })
})

describe('parseRegionDate', () => {
  it('reads each numeric order, keeps ISO, and refuses impossible or foreign-order days', () => {
    expect(parseRegionDate('04/12/2026', 'DD/MM/YYYY')).toBe('2026-12-04')
    expect(parseRegionDate('12/4/2026', 'MM/DD/YYYY')).toBe('2026-12-04')
    expect(parseRegionDate('4-12-2026', 'DD-MM-YYYY')).toBe('2026-12-04')
    expect(parseRegionDate('2026. 12. 04.', 'YYYY. MM. DD.')).toBe('2026-12-04')
    expect(parseRegionDate('2026.12.04', 'YYYY. MM. DD.')).toBe(null)
    expect(parseRegionDate('2026-12-04', 'DD.MM.YYYY')).toBe('2026-12-04')
    expect(parseRegionDate('29.02.2027', 'DD.MM.YYYY')).toBe(null)
    expect(parseRegionDate('04/12/2026', 'DD.MM.YYYY')).toBe(null)
    expect(parseRegionDate('04.12.26', 'DD.MM.YYYY')).toBe(null)
    expect(parseRegionDate('4 Dec 2026', 'medium')).toBe(null)
  })
})
