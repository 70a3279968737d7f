/**
 * The list exports follow the company's region (issue 14), as the weekly report does: dates in the
 * region's order, times on its clock and in the company's time zone (Excel has none, so the cell
 * holds the office's wall-clock time), and columns wide enough for their header and for a date as
 * the region writes it. Read back with exceljs.
 */
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RegionFormat } from '../../src/shared/region'
import type { FileResult } from '../../src/shared/schemas/common'
import { required } from '../../src/shared/required'
import { address, customer, executive, openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk
beforeEach(async () => {
  desk = await openTestDesk()
})
afterEach(async () => {
  await desk.close()
})

async function sheetOf(file: FileResult): Promise<{ sheet: ExcelJS.Worksheet; col: (h: string) => number }> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
  const sheet = required(workbook.worksheets[0], 'first sheet')
  const index = new Map<string, number>()
  sheet.getRow(1).eachCell((cell, c) => index.set(cell.text, c))
  return { sheet, col: (h) => required(index.get(h), `column ${h}`) }
}

const allCustomers = {
  search: '',
  status: 'all',
  archived: 'exclude',
  executiveId: null,
  sort: { field: 'name', direction: 'asc' }
} as const

const british: RegionFormat = {
  dateFormat: 'DD/MM/YYYY',
  decimalSeparator: '.',
  groupSeparator: ',',
  firstDayOfWeek: 1,
  clock: '12h'
}

async function setRegion(format: RegionFormat, timeZone: string) {
  await desk.call('region.update', { region: { format, paperSize: 'A4', timeZone } })
}

describe('list exports in the region', () => {
  it('write dates in the region order, times on its clock in the company zone', async () => {
    // Created at START, 2026-03-02 09:30 UTC: 10:30 in Madrid (CET, UTC+1, before the March change),
    // 12:30 in Moscow (UTC+3 all year).
    await desk.call('customers.create', {
      customer: customer({ name: 'Ferretería Núñez', billingAddress: address('Madrid', { country: 'ES' }) })
    })
    await setRegion(british, 'Europe/Madrid')
    const madrid = await sheetOf(await desk.call('customers.exportXlsx', allCustomers))
    const created = madrid.sheet.getRow(2).getCell(madrid.col('Created'))
    expect(created.numFmt).toBe('dd/mm/yyyy h:mm AM/PM')
    expect((created.value as Date).toISOString()).toBe('2026-03-02T10:30:00.000Z')

    await setRegion({ ...british, dateFormat: 'DD.MM.YYYY', clock: '24h' }, 'Europe/Moscow')
    const moscow = await sheetOf(await desk.call('customers.exportXlsx', allCustomers))
    const again = moscow.sheet.getRow(2).getCell(moscow.col('Created'))
    expect(again.numFmt).toBe('dd.mm.yyyy hh:mm')
    expect((again.value as Date).toISOString()).toBe('2026-03-02T12:30:00.000Z')
  })

  it('give plain days the region order without moving them, and columns room for header and date', async () => {
    const exec = await desk.call('executives.create', { executive: executive({ name: 'Ana Ruiz' }) })
    const client = await desk.call('customers.create', {
      customer: customer({ name: 'Kovács Kft.', billingAddress: address('Győr', { country: 'HU' }) })
    })
    await desk.call('contracts.create', {
      contract: {
        customerId: client.id,
        executiveId: exec.id,
        title: 'Karbantartás',
        description: '',
        valueCents: 1000,
        currency: 'EUR',
        startDate: '2026-01-01',
        endDate: '2026-12-31',
        billingFrequency: 'monthly',
        noticePeriodDays: 30,
        signedDate: null
      }
    })
    // A zone far from UTC must not move a calendar day.
    await setRegion({ ...british, dateFormat: 'YYYY. MM. DD.' }, 'Pacific/Kiritimati')
    const file = await desk.call('contracts.exportXlsx', {
      search: '',
      status: 'all',
      customerId: null,
      executiveId: null,
      sort: { field: 'number', direction: 'asc' }
    })
    const { sheet, col } = await sheetOf(file)
    const start = sheet.getRow(2).getCell(col('Start'))
    expect(start.numFmt).toBe('yyyy. mm. dd.')
    expect((start.value as Date).toISOString()).toBe('2026-01-01T00:00:00.000Z')
    // "2026. 12. 31." is 13 characters; the long header fits with its filter button.
    expect(required(sheet.getColumn(col('Start')).width, 'width')).toBeGreaterThanOrEqual(13)
    const notice = 'Notice period (days)'
    expect(required(sheet.getColumn(col(notice)).width, 'width')).toBeGreaterThanOrEqual(notice.length)
  })
})
