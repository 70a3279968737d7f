/**
 * "Top performers shows conversion 0.0 %" (issue 12): the ratio was right but rested on one
 * decided quote. In the turn-of-the-year scenario, week 2026-W44 has Ágnes's invoice (300.00) and
 * Boris's (1.5 × 33.33 less 5 %), Boris's only decision that week is a decline (1 Nov, 20:00 UTC),
 * and Ágnes's quote is accepted the next week (2 Nov). The panel and the PDF show each ratio with
 * the counts it rests on; the counts here are the scenario's own events, counted in this test.
 */
import { pdfText } from '../support/pdf-text'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { printFormat } from '../../src/main/pdf/format'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { buildScenario, type Scenario } from './scenario'

let desk: TestDesk
let scenario: Scenario
const WEEK = '2026-W44'

beforeAll(async () => {
  desk = await openTestDesk()
  scenario = await buildScenario(desk)
  desk.clock.set(new Date('2027-01-13T09:00:00Z'))
})
afterAll(() => desk.close())

describe('top performers', () => {
  it('carry the decided ratio and the cohort with the counts they rest on', async () => {
    const dashboard = await desk.call('weekly.dashboard', { week: WEEK })
    // By revenue: Ágnes 300.00, then Boris 47.50; Carles and the unassigned invoice come later.
    expect(dashboard.topPerformers.map((p) => p.executiveId)).toEqual([scenario.a, scenario.b])
    const [agnes, boris] = dashboard.topPerformers
    // Boris decided one quote in W44 and it was declined: 0 of 1, not "0 %" of nothing.
    expect(boris).toMatchObject({
      conversionRate: 0,
      estimatesAccepted: 0,
      estimatesDecided: 1,
      cohortAccepted: 0,
      cohortSent: 1
    })
    // Ágnes's quote sent 27 Oct was accepted on 2 Nov (W45): no decision in W44, and her
    // cohort (quotes sent in the 12 weeks to 1 Nov) had none accepted by the week's end.
    expect(agnes).toMatchObject({
      conversionRate: null,
      estimatesAccepted: 0,
      estimatesDecided: 0,
      cohortConversion: 0,
      cohortAccepted: 0,
      cohortSent: 1
    })
    const next = await desk.call('weekly.figures', { week: '2026-W45' })
    expect(next.rows.find((r) => r.executiveId === scenario.a)).toMatchObject({
      estimatesAccepted: 1,
      estimatesDeclined: 0,
      conversionRate: 1
    })
  })

  it('print the counts beside the ratios in the PDF', async () => {
    const file = await desk.call('weekly.report', { week: WEEK, format: 'pdf' })
    const text = pdfText(file.bytes, { as: 'raw' })
    const settings = await desk.call('settings.get', {})
    const f = printFormat(settings.documents.printLocale)
    const panel = text.slice(text.indexOf('Top performers'))
    expect(panel).toContain(`decided ratio ${f.ratio(0)} (0/1)`)
    expect(panel).toContain(`cohort conversion ${f.ratio(0)} (0/1)`)
    expect(panel).not.toMatch(/decided ratio [^(]*$/m)
  })
})
