import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PlanInput } from '../../src/shared/schemas/schedule'
import { planSlots } from '../../src/main/schedule/plans'
import { openScheduleDesk, plan as weeklyPlan, type ScheduleDesk } from './support'
import { required } from '../../src/shared/required'

let s: ScheduleDesk
beforeEach(async () => {
  s = await openScheduleDesk()
})
afterEach(async () => {
  await s.desk.close()
})

const plan = (overrides: Partial<PlanInput> = {}) => weeklyPlan(s, overrides)

function planVisits(planId: number) {
  const rows = s.desk.store.sqlite
    .prepare(
      'select id, start_at, end_at, plan_slot, status from site_visits where plan_id = ? order by plan_slot'
    )
    .all(planId) as Array<{ id: number; start_at: string; end_at: string; plan_slot: string; status: string }>
  return rows
}

describe('visit plans across daylight-saving changes', () => {
  it('09:00 in Madrid stays 09:00 local: 08:00Z in winter, 07:00Z in summer (last Sundays of March and October)', async () => {
    const created = await s.desk.call('plans.create', { plan: plan() })
    const more = await s.desk.call('plans.generate', { planId: created.id, until: '2026-11-02' })
    expect(created.generated.existing).toBe(0)
    expect(created.generated.created + more.created).toBe(34)
    const starts = planVisits(created.id).map((v) => v.start_at)
    expect(starts.slice(0, 3)).toEqual([
      '2026-03-16T08:00:00.000Z',
      '2026-03-23T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z'
    ])
    expect(starts.slice(-3)).toEqual([
      '2026-10-19T07:00:00.000Z',
      '2026-10-26T08:00:00.000Z',
      '2026-11-02T08:00:00.000Z'
    ])
    // Every occurrence is 09:00 on a Monday in Madrid and lasts one hour.
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Madrid',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23'
    })
    expect(new Set(starts.map((iso) => local.format(new Date(iso))))).toEqual(new Set(['Mon 09:00']))
    for (const v of planVisits(created.id))
      expect(Date.parse(v.end_at) - Date.parse(v.start_at)).toBe(3_600_000)
  })

  it('a local time skipped by the spring change moves forward by the gap; a repeated autumn hour takes its first instant', () => {
    const sunday = {
      everyWeeks: 1,
      localTime: '02:30',
      timeZone: 'Europe/Madrid',
      startDate: '2026-03-22',
      endDate: '2026-04-05'
    }
    expect(planSlots(sunday, '2026-01-01T00:00:00.000Z', '2026-12-31')).toEqual([
      '2026-03-22T01:30:00.000Z',
      '2026-03-29T01:30:00.000Z', // 02:30 does not exist that night: 03:30 CEST
      '2026-04-05T00:30:00.000Z'
    ])
    const autumn = { ...sunday, startDate: '2026-10-25', endDate: '2026-10-25' }
    expect(planSlots(autumn, '2026-01-01T00:00:00.000Z', '2026-12-31')).toEqual(['2026-10-25T00:30:00.000Z'])
  })

  it('New York and every 2 weeks: the US changes on other dates (8 March, 1 November)', () => {
    const p = {
      everyWeeks: 2,
      localTime: '14:15',
      timeZone: 'America/New_York',
      startDate: '2026-02-23',
      endDate: '2026-03-23'
    }
    expect(planSlots(p, '2026-01-01T00:00:00.000Z', '2026-12-31')).toEqual([
      '2026-02-23T19:15:00.000Z',
      '2026-03-09T18:15:00.000Z',
      '2026-03-23T18:15:00.000Z'
    ])
  })

  it('regeneration is idempotent and does not create past occurrences', async () => {
    s.desk.clock.set(new Date('2026-03-24T12:00:00Z'))
    const created = await s.desk.call('plans.create', { plan: plan() })
    const first = planVisits(created.id)
    expect(first[0].start_at).toBe('2026-03-30T07:00:00.000Z')
    const again = await s.desk.call('plans.generate', { planId: created.id, until: '2026-06-22' })
    expect(again.created).toBe(0)
    expect(again.existing).toBe(first.length)
    const all = await s.desk.call('plans.generate', { planId: null, until: '2026-06-29' })
    expect(all).toEqual({ created: 1, existing: first.length })
    expect(planVisits(created.id).length).toBe(first.length + 1)
  })

  it('a moved or cancelled occurrence is kept and never recreated; the plan goes on around it', async () => {
    const created = await s.desk.call('plans.create', { plan: plan({ endDate: '2026-04-27' }) })
    const [, second, third] = planVisits(created.id)
    await s.desk.call('visits.move', {
      id: second.id,
      startAt: '2026-03-24T15:00:00Z',
      endAt: '2026-03-24T16:00:00Z'
    })
    await s.desk.call('visits.cancel', { id: third.id, reason: 'Festivo local' })
    const again = await s.desk.call('plans.generate', { planId: created.id, until: '2026-05-31' })
    expect(again.created).toBe(0)
    const after = planVisits(created.id)
    expect(after.length).toBe(7)
    expect(after.find((v) => v.id === second.id)).toMatchObject({
      start_at: '2026-03-24T15:00:00.000Z',
      plan_slot: '2026-03-23T08:00:00.000Z',
      status: 'scheduled'
    })
    expect(after.find((v) => v.id === third.id)).toMatchObject({
      status: 'cancelled',
      plan_slot: '2026-03-30T07:00:00.000Z'
    })
    const moved = await s.desk.call('visits.get', { id: second.id })
    expect(moved.planId).toBe(created.id)
  })

  it('changing the plan replaces untouched future occurrences and keeps moved ones', async () => {
    const created = await s.desk.call('plans.create', { plan: plan({ endDate: '2026-04-27' }) })
    const [first, second, third] = planVisits(created.id)
    await s.desk.call('visits.move', {
      id: second.id,
      startAt: '2026-03-24T15:00:00Z',
      endAt: '2026-03-24T16:00:00Z'
    })
    await s.desk.call('visits.createRequestFromVisit', {
      id: third.id,
      title: 'Preparar muestras',
      description: ''
    })
    const updated = await s.desk.call('plans.update', {
      id: created.id,
      plan: plan({ endDate: '2026-04-27', localTime: '11:30', executiveIds: [s.ana, s.boris] })
    })
    expect(updated.generated.created).toBe(7)
    const after = planVisits(created.id)
    expect(after.map((v) => v.start_at).sort()).toEqual([
      '2026-03-16T10:30:00.000Z',
      '2026-03-23T10:30:00.000Z',
      '2026-03-24T15:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-03-30T09:30:00.000Z',
      '2026-04-06T09:30:00.000Z',
      '2026-04-13T09:30:00.000Z',
      '2026-04-20T09:30:00.000Z',
      '2026-04-27T09:30:00.000Z'
    ])
    expect(after.some((v) => v.id === first.id)).toBe(false)
    const regenerated = await s.desk.call('visits.get', {
      id: required(
        after.find((v) => v.start_at === '2026-04-06T09:30:00.000Z'),
        "after.find((v) => v.start_at === '2026-04-06T09"
      ).id
    })
    expect(regenerated.executives.map((e) => e.name)).toEqual(['Ana Núñez', 'Борис Иванов'])
    expect(regenerated.address.city).toBe('Alcalá de Henares')
  })

  it('refuses an unknown time zone, a bad time and too far a horizon', async () => {
    const bad = await s.desk.fail('plans.create', {
      plan: plan({ timeZone: 'Europe/Atlantis', localTime: '25:00' })
    })
    expect(bad.code).toBe('invalid_input')
    expect(Object.keys(bad.fields ?? {}).sort()).toEqual(['plan.localTime', 'plan.timeZone'])
    const far = await s.desk.fail('plans.generate', { planId: null, until: '2030-01-01' })
    expect(far.fields?.until).toBeDefined()
  })
})
