import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDemo } from '../../src/main/demo/generate'
import { demoLeavingDays } from '../../src/main/demo/documents'
import { timeScheduleMonth } from '../../bench/schedule-month'
import { openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk
beforeAll(async () => {
  desk = await openTestDesk()
  generateDemo(desk.store, { size: 'small', seed: 3, now: new Date('2026-03-02T09:30:00Z') })
})
afterAll(async () => {
  await desk.close()
})

const count = (sql: string) => (desk.store.sqlite.prepare(sql).get() as { n: number }).n

describe('demo schedule and contracts', () => {
  it('adds a few hundred visits, meetings, contracts and plans that the services read back', async () => {
    expect(count('select count(*) as n from site_visits')).toBeGreaterThan(300)
    expect(count('select count(*) as n from contracts')).toBeGreaterThan(100)
    expect(count('select count(*) as n from meetings')).toBeGreaterThan(10)
    expect(count('select count(*) as n from visit_plans')).toBe(20)
    // Every visit has at least one executive and a positive length; plan slots are unique.
    expect(
      count(
        'select count(*) as n from site_visits v where not exists (select 1 from site_visit_executives e where e.visit_id = v.id)'
      )
    ).toBe(0)
    expect(count('select count(*) as n from site_visits where end_at <= start_at')).toBe(0)
    expect(
      count(
        'select count(*) as n from site_visit_executives e join site_visits v on v.id = e.visit_id where e.start_at <> v.start_at'
      )
    ).toBe(0)
    // A visit (logged or planned) and a document are at the customer's one demo address, field by field.
    const awayFrom = (table: string, prefix: string) =>
      count(
        `select count(*) as n from ${table} t join customers c on c.id = t.customer_id
         where t.${prefix}line1 <> c.billing_line1 or t.${prefix}postal_code <> c.billing_postal_code
            or t.${prefix}city <> c.billing_city or t.${prefix}region <> c.billing_region
            or t.${prefix}country <> c.billing_country`
      )
    expect(count('select count(*) as n from site_visits where plan_id is not null')).toBeGreaterThan(0)
    expect(awayFrom('site_visits', 'address_')).toBe(0)
    expect(awayFrom('documents', 'billing_')).toBe(0)
    // Contract numbers are unique and renewals point back to an ended contract.
    expect(
      count(
        "select count(*) as n from contracts r join contracts k on k.id = r.renewed_from_id where k.status <> 'ended'"
      )
    ).toBe(0)

    const timing = await timeScheduleMonth(desk.api.context, { month: '2026-02', runs: 2 })
    expect(timing.events).toBeGreaterThan(50)
    const range = await desk.call('schedule.range', {
      from: '2026-02-01T00:00:00Z',
      to: '2026-03-01T00:00:00Z',
      executiveIds: null
    })
    expect(range.events.length).toBe(timing.events)
    expect(range.events.every((e) => e.executives.length > 0)).toBe(true)
    // Demo times are inside the demo's working hours, except the late one-to-ones on Thursdays.
    const outside = range.events.filter((e) => e.clashes.outsideWorkingHours)
    expect(outside.every((e) => e.type === 'meeting')).toBe(true)
    const regenerated = await desk.call('plans.generate', { planId: null, until: '2026-05-31' })
    expect(regenerated.created).toBe(0)
  })

  it('sends quotes at a realistic pace: two or more a week per active executive in the last 13 weeks (issue 12)', () => {
    const executives = count('select count(*) as n from sales_executives where active = 1')
    const quotes = count(
      "select count(*) as n from documents where type = 'estimate' and status <> 'draft' and issue_date > '2025-11-30'"
    )
    expect(executives).toBeGreaterThan(0)
    expect(quotes / executives / 13).toBeGreaterThanOrEqual(2)
    // Decided ones too, so the conversion figures rest on more than one or two quotes a week.
    expect(
      count(
        "select count(*) as n from activity_log where action in ('accept', 'decline') and at > '2025-11-30'"
      )
    ).toBeGreaterThan(executives * 13)
  })

  it('gives an executive who left no visits, and no documents, after their last day (issue 12)', () => {
    const executives = desk.store.sqlite
      .prepare('select id, active from sales_executives order by id')
      .all() as Array<{ id: number; active: number }>
    const left = demoLeavingDays(executives, '2026-03-02')
    expect(left.size).toBeGreaterThan(0)
    for (const [id, day] of left) {
      expect(day < '2026-03-02').toBe(true)
      const after = (table: string) =>
        count(`select count(*) as n from ${table} where executive_id = ${String(id)}
          and ${table === 'documents' ? 'issue_date' : 'substr(start_at, 1, 10)'} > '${day}'`)
      expect(after('site_visit_executives')).toBe(0)
      expect(after('documents')).toBe(0)
    }
  })
})
