/** Weekly figures against an independent recomputation from the raw rows. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FiguresRow, WeeklyFigures } from '../../src/shared/schemas/figures'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { buildScenario, referenceFigures, type Reference, type Scenario } from './scenario'
import { required } from '../../src/shared/required'

let desk: TestDesk
let scenario: Scenario
let reference: Map<string, Reference>

beforeAll(async () => {
  desk = await openTestDesk()
  scenario = await buildScenario(desk)
  reference = referenceFigures(desk)
})
afterAll(() => desk.close())

const weeks = ['2026-W43', '2026-W44', '2026-W45', '2026-W52', '2026-W53', '2027-W01', '2027-W02']

function asReference(row: FiguresRow): Reference {
  return {
    revenueCents: row.revenueCents,
    invoiceCount: row.invoiceCount,
    ordersWon: row.ordersWon,
    ordersWonCents: row.ordersWonCents,
    estimatesSent: row.estimatesSent,
    estimatesAccepted: row.estimatesAccepted,
    estimatesDeclined: row.estimatesDeclined,
    newCustomers: row.newCustomers,
    visitsCompleted: row.visitsCompleted,
    calls: row.activity.calls,
    emails: row.activity.emails,
    demos: row.activity.demos
  }
}

const zero: Reference = {
  revenueCents: 0,
  invoiceCount: 0,
  ordersWon: 0,
  ordersWonCents: 0,
  estimatesSent: 0,
  estimatesAccepted: 0,
  estimatesDeclined: 0,
  newCustomers: 0,
  visitsCompleted: 0,
  calls: 0,
  emails: 0,
  demos: 0
}

const rowOf = (figures: WeeklyFigures, executiveId: number | null) =>
  figures.rows.find((r) => r.executiveId === executiveId && r.kind !== 'team')

describe('weekly figures', () => {
  it.each(weeks)(
    '%s matches the recomputation from raw rows, per executive and for the team',
    async (week) => {
      const figures = await desk.call('weekly.figures', { week })
      const team = { ...zero }
      for (const [key, ref] of reference) {
        const [refWeek, exec] = key.split('|')
        if (refWeek !== week) continue
        const row = rowOf(figures, exec === 'none' ? null : Number(exec))
        expect(row, `row for ${key}`).toBeDefined()
        expect(asReference(required(row, 'row'))).toEqual(ref)
        for (const k of Object.keys(team) as Array<keyof Reference>) team[k] += ref[k]
      }
      // Rows with no reference entry have nothing that week.
      for (const row of figures.rows) {
        if (!reference.has(`${week}|${row.executiveId ?? 'none'}`)) expect(asReference(row)).toEqual(zero)
      }
      expect(asReference(figures.team)).toEqual(team)
    }
  )

  it('counts credit and debit notes as corrections of the week they are issued in, not of their invoice', async () => {
    const w53 = await desk.call('weekly.figures', { week: '2026-W53' })
    const carles = required(rowOf(w53, scenario.c), 'rowOf(w53, scenario.c)')
    expect(carles.invoicedCents).toBe(scenario.invoiceC.netCents)
    expect(carles.correctionsCents).toBe(0)
    expect(carles.revenueCents).toBe(scenario.invoiceC.netCents)
    // The week the notes were issued has them, for the executives of their invoices (Carles has left,
    // so he shows there because of the credit note).
    const w02 = await desk.call('weekly.figures', { week: '2027-W02' })
    const carles02 = required(rowOf(w02, scenario.c), 'rowOf(w02, scenario.c)')
    expect([carles02.invoicedCents, carles02.correctionsCents]).toEqual([0, -scenario.creditNote.netCents])
    expect(required(rowOf(w02, scenario.a), 'rowOf(w02, scenario.a)').correctionsCents).toBe(1_500)
    expect(w02.team.revenueCents).toBe(1_500 - scenario.creditNote.netCents)
  })

  it('handles week 53 and week 1 across the turn of the year', async () => {
    const w53 = await desk.call('weekly.figures', { week: '2026-W53' })
    expect([w53.start, w53.end]).toEqual(['2026-12-28', '2027-01-03'])
    expect(w53.team.invoiceCount).toBe(2) // 31 Dec 2026 and 2 Jan 2027
    expect(w53.team.newCustomers).toBe(1) // 3 Jan 2027 23:59 UTC
    const w01 = await desk.call('weekly.figures', { week: '2027-W01' })
    expect(w01.start).toBe('2027-01-04')
    expect(w01.team.newCustomers).toBe(1)
    expect(required(rowOf(w01, scenario.a), 'rowOf(w01, scenario.a)').visitsCompleted).toBe(1) // ended 4 Jan 00:30, with Boris too
    expect(required(rowOf(w01, scenario.b), 'rowOf(w01, scenario.b)').visitsCompleted).toBe(1)
    const unassigned = w01.rows.find((r) => r.kind === 'unassigned')
    expect(unassigned?.revenueCents).toBe(7_700)
    const err = await desk.fail('weekly.figures', { week: '2027-W53' })
    expect(err.code).toBe('invalid_input')
  })

  it('counts a week that spans two months, with estimates decided in a later week', async () => {
    const w44 = await desk.call('weekly.figures', { week: '2026-W44' })
    expect([w44.start, w44.end]).toEqual(['2026-10-26', '2026-11-01'])
    expect(w44.team.invoiceCount).toBe(2)
    expect(w44.team.estimatesSent).toBe(2)
    expect(required(rowOf(w44, scenario.b), 'rowOf(w44, scenario.b)').estimatesDeclined).toBe(1)
    expect(required(rowOf(w44, scenario.b), 'rowOf(w44, scenario.b)').conversionRate).toBe(0)
    expect(required(rowOf(w44, scenario.a), 'rowOf(w44, scenario.a)').conversionRate).toBeNull()
    const w45 = await desk.call('weekly.figures', { week: '2026-W45' })
    const agnes = required(rowOf(w45, scenario.a), 'rowOf(w45, scenario.a)')
    expect([agnes.estimatesAccepted, agnes.ordersWon, agnes.conversionRate]).toEqual([1, 1, 1])
  })

  it('shows an executive who left only in weeks with figures', async () => {
    const w53 = await desk.call('weekly.figures', { week: '2026-W53' })
    const carles = required(rowOf(w53, scenario.c), 'rowOf(w53, scenario.c)')
    expect(carles.active).toBe(false)
    expect(carles.activity.demos).toBe(2)
    const w01 = await desk.call('weekly.figures', { week: '2027-W01' })
    expect(rowOf(w01, scenario.c)).toBeUndefined()
    expect(rowOf(w01, scenario.a)).toBeDefined() // active, even without revenue
  })

  it('measures the pipeline at the end of the week', async () => {
    const w52 = await desk.call('weekly.figures', { week: '2026-W52' })
    expect(w52.team.pipelineCount).toBe(0)
    const w53 = await desk.call('weekly.figures', { week: '2026-W53' })
    expect(required(rowOf(w53, scenario.b), 'rowOf(w53, scenario.b)').pipelineCount).toBe(1)
    expect(required(rowOf(w53, scenario.b), 'rowOf(w53, scenario.b)').pipelineCents).toBe(91_000)
    const w44 = await desk.call('weekly.figures', { week: '2026-W44' })
    // Ágnes's estimate was still open on 1 Nov (accepted on 2 Nov); Boris's was declined on 1 Nov.
    expect(required(rowOf(w44, scenario.a), 'rowOf(w44, scenario.a)').pipelineCount).toBe(1)
    expect(required(rowOf(w44, scenario.b), 'rowOf(w44, scenario.b)').pipelineCount).toBe(0)
  })
})
