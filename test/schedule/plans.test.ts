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

describe('the plans list', () => {
  it('shows each plan as its own page does: customer, executives by id (none too), every filter', async () => {
    const carmen = (
      await s.desk.call('executives.create', {
        executive: { name: 'Carmen Ibáñez', email: 'carmen@example.es', phone: '', active: true }
      })
    ).id
    const names = new Map([
      [s.ana, 'Ana Núñez'],
      [s.boris, 'Борис Иванов'],
      [carmen, 'Carmen Ibáñez']
    ])
    const customerNames = new Map([
      [s.ferreteria, 'Ferretería Núñez S.L.'],
      [s.moskva, 'ООО «Москва-Строй»']
    ])
    const inputs = [
      plan({ executiveIds: [carmen, s.ana, s.boris], endDate: '2026-04-13' }),
      plan({ customerId: s.moskva, executiveIds: [s.boris], everyWeeks: 2, endDate: '2026-04-13' }),
      plan({ executiveIds: [s.ana], localTime: '15:00', endDate: '2026-04-13' }),
      plan({ customerId: s.moskva, executiveIds: [carmen, s.boris], endDate: '2026-04-13' }),
      plan({ customerId: s.moskva, executiveIds: [s.ana], purpose: 'Sin nadie', endDate: '2026-04-13' })
    ]
    const created: Array<{ id: number; input: PlanInput }> = []
    for (const input of inputs)
      created.push({ id: (await s.desk.call('plans.create', { plan: input })).id, input })
    // The form asks for one executive at least; a plan left with none still lists (with none).
    const last = required(created.at(-1), 'the last plan')
    s.desk.store.sqlite.prepare('delete from visit_plan_executives where plan_id = ?').run(last.id)
    last.input = { ...last.input, executiveIds: [] }

    // What the list should show, from what this test created.
    const expected = (keep: (input: PlanInput) => boolean) =>
      created
        .filter((c) => keep(c.input))
        .sort((a, b) => a.id - b.id)
        .map(({ id, input }) => {
          const ids = [...input.executiveIds].sort((a, b) => a - b)
          return {
            ...input,
            id,
            customerName: customerNames.get(input.customerId),
            executiveIds: ids,
            executives: ids.map((e) => ({ id: e, name: names.get(e) }))
          }
        })
    const filters = [
      { customerId: null, executiveId: null },
      { customerId: s.ferreteria, executiveId: null },
      { customerId: s.moskva, executiveId: null },
      { customerId: null, executiveId: s.ana },
      { customerId: null, executiveId: s.boris },
      { customerId: null, executiveId: carmen },
      { customerId: s.moskva, executiveId: s.boris },
      { customerId: s.ferreteria, executiveId: s.boris }
    ]
    for (const q of filters) {
      const listed = await s.desk.call('plans.list', q)
      const want = expected(
        (input) =>
          (q.customerId === null || input.customerId === q.customerId) &&
          (q.executiveId === null || input.executiveIds.includes(q.executiveId))
      )
      expect(listed.map((p) => p.id)).toEqual(want.map((p) => p.id))
      want.forEach((w, i) => {
        expect(listed[i]).toMatchObject(w)
      })
      for (const p of listed) expect(p).toEqual(await s.desk.call('plans.get', { id: p.id }))
    }
    expect((await s.desk.call('plans.get', { id: last.id })).executives).toEqual([])
  })

  it('lists the first 1 000 plans by id', async () => {
    const sqlite = s.desk.store.sqlite
    const insert = sqlite.prepare(
      `insert into visit_plans (customer_id, every_weeks, local_time, duration_minutes, time_zone, start_date, end_date, purpose, created_at, updated_at)
       values (?, 1, '09:00', 60, 'Europe/Madrid', '2026-03-16', null, '', '2026-03-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z')`
    )
    const person = sqlite.prepare('insert into visit_plan_executives (plan_id, executive_id) values (?, ?)')
    const ids: number[] = []
    sqlite.transaction(() => {
      for (let i = 0; i < 1003; i++) {
        const id = Number(insert.run(i % 2 === 0 ? s.ferreteria : s.moskva).lastInsertRowid)
        person.run(id, i % 3 === 0 ? s.boris : s.ana)
        ids.push(id)
      }
    })()
    const listed = await s.desk.call('plans.list', { customerId: null, executiveId: null })
    expect(listed.map((p) => p.id)).toEqual(ids.slice(0, 1000))
    expect(listed.map((p) => [p.customerName, p.executives.map((e) => e.name)])).toEqual(
      ids
        .slice(0, 1000)
        .map((_, i) => [
          i % 2 === 0 ? 'Ferretería Núñez S.L.' : 'ООО «Москва-Строй»',
          [i % 3 === 0 ? 'Борис Иванов' : 'Ana Núñez']
        ])
    )
  })
})
