/**
 * The weekly figures through the real UI on the small demo: open the dashboard for a week
 * with the week picker, compare the table with the API, export the report in Excel and PDF
 * (read back with exceljs and pdftotext), archive it as sent, and import an activity sheet
 * with one bad row: the row's error is shown and nothing is written.
 */
import { pdfText } from '../support/pdf-text'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDaysIso, addIsoWeeks, isoWeekOf, isoWeekRange } from '../../src/shared/iso-week'
import { regionFormatter } from '../../src/shared/region'
import type { WeeklyFigures } from '../../src/shared/schemas/figures'
import { printFormat } from '../../src/main/pdf/format'
import { dumpDatabase } from '../support/dump'
import { generalErrorMessages } from '../../src/shared/error-messages/general'
import { openSession, type Session, present, whileJobsWaitToBeStopped } from './harness'

let session: Session
let page: Page
let week: string
let figures: WeeklyFigures

// The harness's store (a refusal fails the test, naming the fields) under a short name.
const store: Session['store'] = (method, input) => session.store(method, input)

const byTestId = (id: string) => session.byTestId(id)

/** Clicks the button and saves the file the browser downloads; returns its path. */
async function download(testId: string): Promise<{ path: string; name: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), byTestId(testId).click()])
  const path = join(session.folder, file.suggestedFilename())
  await file.saveAs(path)
  return { path, name: file.suggestedFilename() }
}

/**
 * Chooses the file, runs the import and waits for its answer: the banner the page shows once the
 * import button is free again. Returns the banner's kind and text, so a failure names what the
 * user saw (a refusal, a read error) instead of timing out on a banner that never comes.
 */
async function runImport(file: string): Promise<{ kind: string; text: string }> {
  await byTestId('import-file').setInputFiles(file)
  await byTestId('import-run').click()
  const banner = page.locator('[data-testid="import-panel"] [data-testid="banner"]')
  // Reading and checking a workbook can take a while on a loaded test machine.
  await banner.waitFor({ timeout: 60_000 })
  await expect.poll(() => byTestId('import-run').isEnabled(), { timeout: 60_000 }).toBe(true)
  const kind = present(await banner.locator('[data-testid^="banner-"]').first().getAttribute('data-testid'))
  return { kind: kind.replace('banner-', ''), text: (await banner.textContent()) ?? '' }
}

/** An amount as the page writes it: the company's region (separators) in the user's language (en). */
let money: (cents: number) => string

/** Calls logged in Salesdesk for an executive in a week (counted here with SQL): the dashboard adds them to the imported ones. */
function loggedCalls(executiveId: number): number {
  const { start, end } = isoWeekRange(week)
  const row = session.app.store.sqlite
    .prepare('select count(*) as n from calls where executive_id = ? and substr(at, 1, 10) between ? and ?')
    .get(executiveId, start, end) as { n: number }
  return row.n
}

beforeAll(async () => {
  session = await openSession({ demo: 'small' })
  page = session.page
  // Last week: complete, and busy in the demo (recent weeks are boosted).
  week = addIsoWeeks(isoWeekOf(new Date().toISOString()), -1)
  figures = await store('weekly.figures', { week })
  const region = await store('region.get', {})
  const format = regionFormatter(region.format, 'en', region.timeZone)
  money = (cents) => format.money(cents, 'EUR')
}, 120_000)

afterAll(async () => {
  await session.close()
})

describe('weekly figures, end to end', () => {
  it('opens the dashboard for a week with the week picker and shows the figures of the API', async () => {
    expect(figures.team.revenueCents).toBeGreaterThan(0)
    await byTestId('nav-weekly').click()
    await byTestId('weekly-page').waitFor()
    // Type the week after next, then step back twice with the previous-week button.
    await byTestId('week-input').fill(addIsoWeeks(week, 2))
    await byTestId('week-input').press('Enter')
    await page.locator(`[data-testid="weekly-dashboard"][data-week="${addIsoWeeks(week, 2)}"]`).waitFor()
    // The week lives in the address, which React Router updates in a transition: a second click
    // before the first week is drawn would step from the same week again. Wait for each step.
    await byTestId('week-previous').click()
    await page.locator(`[data-testid="weekly-dashboard"][data-week="${addIsoWeeks(week, 1)}"]`).waitFor()
    await byTestId('week-previous').click()
    await page.locator(`[data-testid="weekly-dashboard"][data-week="${week}"]`).waitFor()
    await expect.poll(() => byTestId('week-input').getAttribute('data-value')).toBe(week)

    for (const row of figures.rows) {
      const tr = page.locator(`[data-testid="figures-row"][data-executive-id="${row.executiveId ?? ''}"]`)
      expect(await tr.locator('[data-col="revenue"]').textContent(), row.name).toBe(money(row.revenueCents))
      expect(await tr.locator('[data-col="ordersWon"]').textContent()).toBe(String(row.ordersWon))
      expect(await tr.locator('[data-col="estimatesSent"]').textContent()).toBe(String(row.estimatesSent))
    }
    const team = byTestId('figures-team-row')
    expect(await team.locator('[data-col="revenue"]').textContent()).toBe(money(figures.team.revenueCents))
    expect(await team.locator('th').textContent()).toBe('Team total')
    // Charts are drawn (SVG) and the top performers are the best by revenue.
    for (const chart of ['chart-actual-vs-target', 'chart-trend', 'chart-pipeline']) {
      await byTestId(chart).locator('svg.recharts-surface').first().waitFor()
    }
    const best = [...figures.rows]
      .filter((r) => r.kind === 'executive' && r.revenueCents > 0)
      .sort((a, b) => b.revenueCents - a.revenueCents)[0]
    expect(await byTestId('top-performer').first().textContent()).toContain(best.name)
  })

  it('exports the report in Excel and PDF with the same figures', async () => {
    const xlsx = await download('weekly-export-xlsx')
    expect(xlsx.name).toBe(`weekly-report-${week}.xlsx`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(xlsx.path)
    const summary = present(workbook.getWorksheet('Summary'))
    // Revenue (column D) = invoiced + corrections issued in the week, as a formula.
    const resultOf = (cell: ExcelJS.Cell) => (cell.value as ExcelJS.CellFormulaValue).result ?? 0
    figures.rows.forEach((row, i) => {
      const excel = summary.getRow(i + 2)
      expect(excel.getCell(2).value, row.name).toBe(row.invoicedCents / 100)
      expect(resultOf(excel.getCell(4)), row.name).toBeCloseTo(row.revenueCents / 100, 6)
      expect(excel.getCell(10).value).toBe(row.ordersWon)
    })
    const total = summary.getRow(figures.rows.length + 2)
    expect(total.getCell(1).value).toBe('Team total')
    expect(resultOf(total.getCell(4))).toBeCloseTo(figures.team.revenueCents / 100, 6)

    const pdf = await download('weekly-export-pdf')
    expect(pdf.name).toBe(`weekly-report-${week}.pdf`)
    const text = pdfText(pdf.path)
    const f = printFormat((await store('settings.get', {})).documents.printLocale)
    expect(text).toContain(week)
    expect(text).toContain(f.money(figures.team.revenueCents))
    const best = [...figures.rows].sort((a, b) => b.revenueCents - a.revenueCents)[0]
    expect(text).toContain(best.name)

    // The year's invoice lines run as a background job and arrive as a download.
    const year = week.slice(0, 4)
    const lines = await download('invoice-lines-xlsx')
    expect(lines.name).toBe(`invoice-lines-${year}.xlsx`)
    const linesBook = new ExcelJS.Workbook()
    await linesBook.xlsx.readFile(lines.path)
    const { n } = session.app.store.sqlite
      .prepare(
        `select count(*) as n from documents d join document_lines l on l.document_id = d.id where d.type = 'invoice' and d.status = 'issued' and d.issue_date like ?`
      )
      .get(`${year}-%`) as { n: number }
    expect(n).toBeGreaterThan(0)
    expect(present(linesBook.getWorksheet('Invoice lines')).rowCount).toBe(n + 1)
    await byTestId('invoice-lines-xlsx').waitFor()

    // Stopped by the user, the job is said as information (what they asked for), not as an error.
    await whileJobsWaitToBeStopped(page, async () => {
      await byTestId('invoice-lines-xlsx').click()
      await byTestId('invoice-lines-cancel').click()
      await expect.poll(() => byTestId('banner-info').textContent()).toBe(generalErrorMessages.jobCancelled)
      expect(await byTestId('banner-error').count()).toBe(0)
    })
    await byTestId('invoice-lines-xlsx').waitFor()
  })

  it('archives the report as sent and lists it with its files', async () => {
    await byTestId('weekly-send').click()
    await byTestId('confirm-ok').click()
    await byTestId('weekly-sent-unchanged').waitFor()
    const [report] = await store('weekly.sentReports', { week })
    expect(report.week).toBe(week)
    await byTestId('weekly-tab-sent').click()
    await page.locator(`[data-testid="sent-report"][data-id="${report.id}"]`).waitFor()
    const reopened = await download('sent-report-xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(reopened.path)
    expect(present(workbook.getWorksheet('Summary')).getRow(2).getCell(2).value).toBe(
      figures.rows[0].invoicedCents / 100
    )
  })

  it('imports an activity sheet with one bad row: shows the row and writes nothing', async () => {
    await byTestId('weekly-tab-import').click()
    const template = await download('import-template')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(template.path)
    const activity = present(workbook.getWorksheet('Activity'))
    expect(activity.getCell('A2').text).not.toBe('')
    activity.getCell('C2').value = 17
    activity.getCell('C3').value = -5 // the bad row
    activity.getCell('D4').value = 3
    // Each version of the sheet is its own file: a browser refuses to read a chosen file that
    // changed on disk after it was chosen.
    const withBadRow = join(session.folder, 'activity-bad-row.xlsx')
    await workbook.xlsx.writeFile(withBadRow)

    const before = dumpDatabase(session.app.store.sqlite)
    const grid = await store('weekly.activity', { week })
    const refused = await runImport(withBadRow)
    expect(refused.kind, refused.text).toBe('error')
    expect(refused.text).toMatch(/Nothing was imported: 1 problem/)
    const problem = byTestId('import-problem')
    await expect.poll(() => problem.count()).toBe(1)
    expect(await problem.getAttribute('data-row')).toBe('3')
    expect(await problem.textContent()).toMatch(/Activity\s*3.*must not be negative/)
    expect(await store('weekly.activity', { week })).toEqual(grid)
    expect(dumpDatabase(session.app.store.sqlite)).toEqual(before)

    // Corrected, the sheet goes in, and the dashboard shows the calls.
    activity.getCell('C3').value = 5
    const corrected = join(session.folder, 'activity-corrected.xlsx')
    await workbook.xlsx.writeFile(corrected)
    const imported = await runImport(corrected)
    expect(imported.kind, imported.text).toBe('success')
    expect(imported.text).toMatch(/^Imported/)
    expect(await problem.count()).toBe(0)
    const after = await store('weekly.activity', { week })
    const first = present(after.executives.find((e) => e.name === activity.getCell('A2').value))
    expect(after.values).toContainEqual({ executiveId: first.id, metric: 'calls', value: 17 })
    await byTestId('weekly-tab-dashboard').click()
    await byTestId('weekly-sent-changed').waitFor()
    const tr = page.locator(`[data-testid="figures-row"][data-executive-id="${first.id}"]`)
    const calls17 = String(17 + loggedCalls(first.id))
    await expect
      .poll(() => tr.locator('[data-col="calls"]').textContent())
      .toMatch(new RegExp(`^${calls17}(?!\\d)`))
    // Two workbook imports, each read and checked in full: each answer may take up to a minute.
  }, 180_000)

  it('enters calls on the weekly grid and a target from a date; both reach the figures', async () => {
    // The tab strip works with the arrow keys.
    await byTestId('weekly-tab-dashboard').focus()
    await page.keyboard.press('ArrowRight')
    await byTestId('activity-grid').waitFor()
    await expect.poll(() => byTestId('weekly-tab-activity').getAttribute('aria-selected')).toBe('true')
    await expect
      .poll(() => page.evaluate('document.activeElement && document.activeElement.id'))
      .toBe('weekly-tab-activity')
    const row = byTestId('activity-row').nth(1)
    const id = Number(await row.getAttribute('data-executive-id'))
    const calls = row.locator('[data-testid="activity-calls"]')
    await calls.fill('2x')
    await expect.poll(() => calls.getAttribute('aria-invalid')).toBe('true')
    await calls.fill('23')
    await page.keyboard.press('Control+s')
    await byTestId('banner-success')
      .filter({ hasText: `The activity for ${week} was saved.` })
      .waitFor()
    expect((await store('weekly.activity', { week })).values).toContainEqual({
      executiveId: id,
      metric: 'calls',
      value: 23
    })

    await byTestId('weekly-tab-targets').click()
    await byTestId('target-save').click()
    await page.locator('#target-executiveId-error').waitFor()
    await byTestId('target-executive').selectOption(String(id))
    await byTestId('target-metric').selectOption('revenue')
    await byTestId('target-period').selectOption('week')
    await byTestId('target-value').fill('12.345,67')
    await byTestId('target-valid-from').fill(isoWeekRange(week).start)
    await byTestId('target-save').click()
    await byTestId('banner-success').filter({ hasText: 'The target was saved.' }).waitFor()
    const targets = await store('targets.list', { executiveId: id })
    expect(targets).toContainEqual(
      expect.objectContaining({
        metric: 'revenue',
        period: 'week',
        value: 1_234_567,
        validFrom: isoWeekRange(week).start
      })
    )
    // Last week keeps its target.
    const before = (await store('weekly.figures', { week: addIsoWeeks(week, -1) })).rows.find(
      (r) => r.executiveId === id
    )
    expect(before?.targets.revenueCents).not.toBe(1_234_567)

    await byTestId('weekly-tab-dashboard').click()
    const tr = page.locator(`[data-testid="figures-row"][data-executive-id="${id}"]`)
    await tr
      .locator('[data-col="revenueTarget"]')
      .filter({ hasText: money(1_234_567) })
      .waitFor()
    const calls23 = String(23 + loggedCalls(id))
    await expect
      .poll(() => tr.locator('[data-col="calls"]').textContent())
      .toMatch(new RegExp(`^${calls23}(?!\\d)`))
  })

  it('marks the target in force in the week shown as current, not the one it replaced nor a later one', async () => {
    const id = present(figures.rows.find((r) => r.kind === 'executive')?.executiveId)
    const start = isoWeekRange(week).start
    const revenue = (value: number, validFrom: string) =>
      store('targets.set', {
        target: { executiveId: id, metric: 'revenue', period: 'week', value, validFrom }
      })
    // Two weeks back (replaced), the Tuesday of the week shown (in force), next week (not yet).
    await revenue(1_000_000, isoWeekRange(addIsoWeeks(week, -2)).start)
    await revenue(1_100_000, addDaysIso(start, 1))
    await revenue(1_200_000, isoWeekRange(addIsoWeeks(week, 1)).start)
    // In force in a week: for each figure, the latest start on or before its Thursday.
    const thursday = addDaysIso(start, 3)
    const targets = await store('targets.list', { executiveId: id })
    const inForce = new Map<string, { validFrom: string; value: number }>()
    for (const target of targets) {
      const seen = inForce.get(target.metric)
      if (target.validFrom <= thursday && (!seen || target.validFrom > seen.validFrom))
        inForce.set(target.metric, target)
    }
    expect(inForce.get('revenue')?.value).toBe(1_100_000)

    await session.open(`/weekly?week=${week}`)
    await byTestId('weekly-tab-targets').click()
    await page.locator('#target-filter').selectOption(String(id))
    const rows = byTestId('target-row')
    await expect.poll(() => rows.count()).toBe(targets.length)
    const current = page.locator('[data-testid="target-row"].current-row')
    expect(await current.count()).toBe(inForce.size)
    for (const row of await current.all()) expect(await row.textContent()).toContain('current')
    const rowOf = (cents: number) => rows.filter({ hasText: money(cents) })
    expect(await rowOf(1_100_000).getAttribute('class')).toBe('current-row')
    for (const cents of [1_000_000, 1_200_000]) {
      expect(await rowOf(cents).getAttribute('class')).toBe('history-row')
      expect(await rowOf(cents).textContent()).not.toContain('current')
    }
  })

  it('shows a fractional weekly target in whole units with the exact value on hover and in the Excel cell note', async () => {
    // Two new customers a month is 2 × 12 / 52 = 0.4615… a week: "target 0", exactly 0.46.
    const id = present(figures.rows.find((r) => r.kind === 'executive')?.executiveId)
    await store('targets.set', {
      target: {
        executiveId: id,
        metric: 'new_customers',
        period: 'month',
        value: 2,
        validFrom: isoWeekRange(week).start
      }
    })
    const exact = (2 * 12) / 52
    const row = (await store('weekly.figures', { week })).rows.find((r) => r.executiveId === id)
    expect(row?.targets.newCustomers).toBeCloseTo(exact, 2)
    const whole = Math.floor(exact + 0.5)
    expect(whole).toBe(0)
    // The exact value to two decimals, with the region's decimal separator.
    const exactText = /0[.,]46(?!\d)/

    await page.reload()
    await byTestId('weekly-tab-dashboard').click()
    const note = page
      .locator(`[data-testid="figures-row"][data-executive-id="${String(id)}"]`)
      .locator('[data-col="newCustomers"] .target-note')
    await note.waitFor()
    expect(await note.textContent()).toBe(`target ${String(whole)}`)
    await note.hover()
    const title = present(await note.getAttribute('title'))
    expect(title).toMatch(/^Exact target per week: /)
    expect(title).toMatch(exactText)

    const xlsx = await download('weekly-export-xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(xlsx.path)
    const summary = present(workbook.getWorksheet('Summary'))
    const headers = summary.getRow(1).values as unknown[]
    const column = headers.findIndex((_, i) => i > 0 && headers[i - 1] === 'New customers')
    expect(column).toBeGreaterThan(1)
    const index = figures.rows.findIndex((r) => r.executiveId === id)
    const cell = summary.getRow(index + 2).getCell(column)
    expect(cell.value).toBe(whole)
    const noteOf = cell.note
    const noteText = typeof noteOf === 'string' ? noteOf : (noteOf.texts ?? []).map((t) => t.text).join('')
    expect(noteText).toMatch(exactText)
  })
})
