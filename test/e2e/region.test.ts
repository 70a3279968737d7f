/**
 * Region end to end (issue 14), at 1366x768: the user switches the interface to Spanish and the
 * region to day.month.year, a 12-hour clock and weeks from Sunday in Settings; the invoice list
 * writes its dates that way, the calendar's week starts on Sunday, the invoice list's Excel export
 * (downloaded from the list) is in Spanish with the region's date format, and the day sheet PDF
 * (office paperwork) prints the date and clock the region's way, read back with pdftotext.
 */
import { pdfText } from '../support/pdf-text'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSession, present, type Session } from './harness'

const dotted = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`

describe('region and language, end to end', () => {
  let session: Session

  beforeAll(async () => {
    session = await openSession({ demo: 'small', viewport: { width: 1366, height: 768 } })
  })
  afterAll(() => session.close())

  it('switches language and region, and the list, calendar, Excel export and PDF follow', async () => {
    const { page, byTestId, store } = session
    await session.open('/settings')
    await byTestId('language-select').selectOption('es')
    await page.locator('html[lang="es"]').waitFor()
    // The choice is kept with the data too, for the command line (issue 14).
    await expect
      .poll(() =>
        session.app.store.sqlite.prepare("select value from settings where key = 'interfaceLanguage'").get()
      )
      .toEqual({ value: '"es"' })
    await byTestId('region-settings').waitFor()
    await byTestId('region-date-format').selectOption('DD.MM.YYYY')
    await byTestId('region-clock').selectOption('12h')
    await byTestId('region-first-day').selectOption('7')
    await byTestId('region-save').click()
    await expect
      .poll(async () => (await store('region.get', {})).format)
      .toMatchObject({ dateFormat: 'DD.MM.YYYY', clock: '12h', firstDayOfWeek: 7 })

    // The invoice list: an issued invoice's date as the region writes it (the first issued row shown).
    await session.open('/invoices')
    await page.locator('[data-testid="document-row"]').first().waitFor()
    await page.waitForLoadState('networkidle')
    const rows = page.locator('[data-testid="document-row"]')
    const ids: number[] = []
    for (let i = 0; i < (await rows.count()); i++) ids.push(Number(await rows.nth(i).getAttribute('data-id')))
    let invoice = null
    for (const id of ids) {
      const document = await store('documents.get', { id })
      if (document.number !== null && document.issueDate !== null) {
        invoice = document
        break
      }
    }
    const shown = present(invoice, 'an issued invoice on the first screen of the list')
    const issueDate = present(shown.issueDate, 'its issue date')
    const row = page.locator(`[data-testid="document-row"][data-id="${shown.id}"]`)
    await expect.poll(() => row.textContent()).toContain(dotted(issueDate))

    // The Excel export from the list: Spanish words, the region's date format, the same day.
    const [download] = await Promise.all([page.waitForEvent('download'), byTestId('export-xlsx').click()])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer)
    const sheet = present(workbook.getWorksheet('Facturas'), 'the sheet named in Spanish')
    const header: string[] = []
    sheet.getRow(1).eachCell((cell) => header.push(cell.text))
    expect(header).toContain('Cliente')
    const numbers: unknown[] = []
    sheet.getColumn(1).eachCell((cell) => numbers.push(cell.value))
    const line = sheet.getRow(numbers.indexOf(shown.number) + 1)
    const date = line.getCell(2)
    expect(date.numFmt).toBe('dd.mm.yyyy')
    expect((date.value as Date).toISOString().slice(0, 10)).toBe(issueDate)

    // The calendar's week view starts on Sunday.
    await session.open('/schedule?view=week&date=2026-12-02')
    const firstDay = page.locator('.rbc-time-header .rbc-header').first()
    await firstDay.waitFor()
    const sunday = new Intl.DateTimeFormat('es', { weekday: 'short' }).format(new Date(2026, 10, 29))
    await expect
      .poll(async () => (await firstDay.textContent())?.toLowerCase())
      .toContain(sunday.toLowerCase())
    await expect.poll(async () => await firstDay.textContent()).toContain('29')

    // The day sheet (office paperwork): the date and clock the region's way.
    const executive = present(
      (
        await store('executives.list', {
          search: '',
          active: 'active',
          sort: { field: 'name', direction: 'asc' },
          offset: 0,
          limit: 1
        })
      ).rows[0],
      'an executive in the demo'
    )
    const start = '2026-12-02T13:30:00.000Z'
    const customer = present(
      (
        await store('customers.list', {
          search: '',
          status: 'all',
          archived: 'exclude',
          executiveId: null,
          sort: { field: 'name', direction: 'asc' },
          offset: 0,
          limit: 1
        })
      ).rows[0],
      'a customer in the demo'
    )
    const timeZone = (await store('region.get', {})).timeZone
    await store('visits.create', {
      visit: {
        customerId: customer.id,
        executiveIds: [executive.id],
        startAt: start,
        endAt: '2026-12-02T14:30:00.000Z',
        purpose: 'Revisión anual',
        address: null
      },
      acceptClashes: true
    })
    const file = await store('schedule.daySheetPdf', { executiveId: executive.id, date: '2026-12-02' })
    const path = join(session.folder, 'day-sheet.pdf')
    writeFileSync(path, file.bytes)
    const text = pdfText(path, { squeeze: 'narrow' })
    expect(text).toContain('02.12.2026')
    const clock = new Intl.DateTimeFormat('es', {
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: 'h12',
      timeZone
    })
      .format(new Date(start))
      .replace(/[\u00a0\u202f]/g, ' ')
    // A 12-hour clock in Spanish: Spain writes "p. m.", the Americas (whose 12-hour clock the region
    // borrows its words from, ebe4a48) "p.m."; either is the same time in Spanish words.
    expect(text).toMatch(new RegExp(clock.replace(/\./g, '\\.').replace(/ /g, '\\s?')))
  }, 120_000)
})
