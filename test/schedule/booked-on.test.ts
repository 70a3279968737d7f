/**
 * One executive's view of the schedule keeps the events they are booked on, those shared with a
 * colleague included, and leaves out the colleague's own: the visit log, the plans list and the
 * .ics export filtered by executive. The expected ids are read from the join tables here.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openScheduleDesk, plan, visit, type ScheduleDesk } from './support'

let s: ScheduleDesk
beforeEach(async () => {
  s = await openScheduleDesk()
})
afterEach(async () => {
  await s.desk.close()
})

/** The ids of the events of `table` (a join table of events and executives) the executive is on. */
function bookedIds(table: string, event: string, executiveId: number): number[] {
  return (
    s.desk.store.sqlite
      .prepare(`select distinct ${event} as id from ${table} where executive_id = ? order by ${event}`)
      .all(executiveId) as Array<{ id: number }>
  ).map((r) => r.id)
}

async function meeting(title: string, attendeeIds: number[]) {
  return (
    await s.desk.call('meetings.create', {
      meeting: {
        title,
        attendeeIds,
        startAt: '2026-03-04T15:00:00Z',
        endAt: '2026-03-04T16:00:00Z',
        place: '',
        agenda: ''
      },
      acceptClashes: true
    })
  ).saved
}

describe("one executive's schedule", () => {
  it('the visit log, the plans and the .ics keep their events, shared ones included, and no one else’s', async () => {
    const anaPlan = await s.desk.call('plans.create', { plan: plan(s, { endDate: '2026-04-13' }) })
    const borisPlan = await s.desk.call('plans.create', {
      plan: plan(s, { executiveIds: [s.boris], customerId: s.moskva, endDate: '2026-04-13' })
    })
    const bothPlan = await s.desk.call('plans.create', {
      plan: plan(s, { executiveIds: [s.boris, s.ana], localTime: '15:00', endDate: '2026-04-13' })
    })
    await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-03T08:00:00Z', '2026-03-03T09:00:00Z', { executiveIds: [s.boris] })
    })
    await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-03T11:00:00Z', '2026-03-03T12:00:00Z', { executiveIds: [s.boris, s.ana] })
    })
    const borisMeeting = await meeting('Solo Borís', [s.boris])
    const sharedMeeting = await meeting('Los dos', [s.ana, s.boris])

    for (const who of [s.ana, s.boris]) {
      const plans = await s.desk.call('plans.list', { customerId: null, executiveId: who })
      expect(plans.map((p) => p.id)).toEqual(bookedIds('visit_plan_executives', 'plan_id', who))
      const visits = await s.desk.call('visits.list', {
        from: null,
        to: null,
        customerId: null,
        executiveId: who,
        status: 'all',
        sort: { field: 'startAt', direction: 'asc' },
        offset: 0,
        limit: 1000
      })
      expect(visits.rows.map((v) => v.id).sort((a, b) => a - b)).toEqual(
        bookedIds('site_visit_executives', 'visit_id', who)
      )
      expect(visits.total).toBe(visits.rows.length)
    }
    const anaPlans = await s.desk.call('plans.list', { customerId: null, executiveId: s.ana })
    expect(anaPlans.map((p) => p.id)).toEqual([anaPlan.id, bothPlan.id])
    expect(anaPlans.map((p) => p.id)).not.toContain(borisPlan.id)

    const ics = await s.desk.call('schedule.ics', {
      executiveId: s.ana,
      from: '2026-03-01T00:00:00Z',
      to: '2026-03-08T00:00:00Z'
    })
    const uids = [
      ...Buffer.from(ics.bytes)
        .toString('utf8')
        .matchAll(/^UID:(.+)\r$/gm)
    ].map((m) => m[1])
    expect(uids).toContain(`meeting-${sharedMeeting.id}@salesdesk`)
    expect(uids).not.toContain(`meeting-${borisMeeting.id}@salesdesk`)
    const anaVisitsThatWeek = s.desk.store.sqlite
      .prepare(
        `select v.id from site_visits v join site_visit_executives ve on ve.visit_id = v.id
         where ve.executive_id = ? and v.start_at < '2026-03-08' and v.status != 'cancelled' order by v.id`
      )
      .all(s.ana) as Array<{ id: number }>
    expect(uids.filter((u) => u.startsWith('visit-')).sort()).toEqual(
      anaVisitsThatWeek.map((v) => `visit-${v.id}@salesdesk`).sort()
    )
  })
})
