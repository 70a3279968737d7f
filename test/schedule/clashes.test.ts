import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openScheduleDesk, visit, type ScheduleDesk } from './support'

let s: ScheduleDesk
beforeEach(async () => {
  s = await openScheduleDesk()
})
afterEach(async () => {
  await s.desk.close()
})

// Tuesday 3 March 2026; Madrid is UTC+1 in winter, so 09:00 local = 08:00Z.
const at = (hhmm: string) => `2026-03-03T${hhmm}:00Z`

describe('clash detection', () => {
  it('touching intervals do not clash; overlapping ones do, by one minute', async () => {
    await s.desk.call('visits.create', { visit: visit(s, at('08:00'), at('09:00')) })
    const touching = await s.desk.call('schedule.checkClashes', {
      executiveIds: [s.ana],
      startAt: at('09:00'),
      endAt: at('10:00'),
      ignore: null
    })
    expect(touching).toEqual([])
    const before = await s.desk.call('schedule.checkClashes', {
      executiveIds: [s.ana],
      startAt: at('07:00'),
      endAt: at('08:00'),
      ignore: null
    })
    expect(before).toEqual([])
    const overlap = await s.desk.call('schedule.checkClashes', {
      executiveIds: [s.ana],
      startAt: at('08:59'),
      endAt: at('10:00'),
      ignore: null
    })
    expect(overlap).toHaveLength(1)
    expect(overlap[0]).toMatchObject({
      kind: 'double_booking',
      executiveId: s.ana,
      executiveName: 'Ana Núñez',
      other: { type: 'visit', startAt: '2026-03-03T08:00:00.000Z' }
    })
    const inside = await s.desk.call('schedule.checkClashes', {
      executiveIds: [s.ana],
      startAt: at('08:15'),
      endAt: at('08:30'),
      ignore: null
    })
    expect(inside.map((c) => c.kind)).toEqual(['double_booking'])
  })

  it('only the executives involved clash, each reported once per booking, meetings included', async () => {
    await s.desk.call('visits.create', { visit: visit(s, at('08:00'), at('09:00')) })
    await s.desk.call('meetings.create', {
      meeting: {
        title: 'Reunión semanal',
        attendeeIds: [s.boris],
        startAt: at('08:30'),
        endAt: at('09:30'),
        place: 'Sala 1',
        agenda: ''
      }
    })
    expect(
      await s.desk.call('schedule.checkClashes', {
        executiveIds: [s.boris],
        startAt: at('07:00'),
        endAt: at('08:30'),
        ignore: null
      })
    ).toEqual([])
    const both = await s.desk.call('schedule.checkClashes', {
      executiveIds: [s.ana, s.boris],
      startAt: at('08:45'),
      endAt: at('09:15'),
      ignore: null
    })
    expect(both.map((c) => (c.kind === 'double_booking' ? [c.executiveName, c.other.type] : c.kind))).toEqual(
      [
        ['Ana Núñez', 'visit'],
        ['Борис Иванов', 'meeting']
      ]
    )
  })

  it('cancelled visits and cancelled meetings take no time; an event does not clash with itself', async () => {
    const { saved } = await s.desk.call('visits.create', { visit: visit(s, at('08:00'), at('09:00')) })
    expect(
      await s.desk.call('schedule.checkClashes', {
        executiveIds: [s.ana],
        startAt: at('08:00'),
        endAt: at('09:00'),
        ignore: { type: 'visit', id: saved.id }
      })
    ).toEqual([])
    await s.desk.call('visits.cancel', { id: saved.id, reason: 'Cliente de vacaciones' })
    expect(
      await s.desk.call('schedule.checkClashes', {
        executiveIds: [s.ana],
        startAt: at('08:00'),
        endAt: at('09:00'),
        ignore: null
      })
    ).toEqual([])
    const meeting = await s.desk.call('meetings.create', {
      meeting: {
        title: 'Kick-off',
        attendeeIds: [s.ana],
        startAt: at('10:00'),
        endAt: at('11:00'),
        place: '',
        agenda: ''
      }
    })
    await s.desk.call('meetings.cancel', { id: meeting.saved.id })
    expect(
      await s.desk.call('schedule.checkClashes', {
        executiveIds: [s.ana],
        startAt: at('10:00'),
        endAt: at('11:00'),
        ignore: null
      })
    ).toEqual([])
  })

  it('flags events outside working hours in the team time zone (Madrid, Mon-Fri 08:00-18:00)', async () => {
    const check = (startAt: string, endAt: string) =>
      s.desk
        .call('schedule.checkClashes', { executiveIds: [s.ana], startAt, endAt, ignore: null })
        .then((c) => c.map((x) => x.kind))
    // 08:00-18:00 Madrid = 07:00Z-17:00Z in March (before the change on the 29th).
    expect(await check(at('07:00'), at('08:00'))).toEqual([])
    expect(await check(at('16:00'), at('17:00'))).toEqual([])
    expect(await check(at('06:59'), at('08:00'))).toEqual(['outside_working_hours'])
    expect(await check(at('16:30'), at('17:01'))).toEqual(['outside_working_hours'])
    // Saturday 7 March.
    expect(await check('2026-03-07T09:00:00Z', '2026-03-07T10:00:00Z')).toEqual(['outside_working_hours'])
    // Across midnight.
    expect(await check('2026-03-03T22:00:00Z', '2026-03-04T08:00:00Z')).toEqual(['outside_working_hours'])
    // In summer time 08:00 Madrid is 06:00Z.
    expect(await check('2026-06-02T06:00:00Z', '2026-06-02T07:00:00Z')).toEqual([])
  })

  it('refuses to save a clash with conflict and the clash list, saves it when accepted and returns the warning', async () => {
    await s.desk.call('visits.create', { visit: visit(s, at('08:00'), at('09:00')) })
    const before = await s.desk.call('visits.list', listAll())
    const error = await s.desk.fail('visits.create', {
      visit: visit(s, at('08:30'), at('09:30'), { customerId: s.moskva })
    })
    expect(error.code).toBe('conflict')
    expect(error.message).toContain('Ana Núñez is already booked')
    expect(Object.keys(error.fields ?? {})).toEqual(['clashes.0'])
    expect((await s.desk.call('visits.list', listAll())).total).toBe(before.total)

    const accepted = await s.desk.call('visits.create', {
      visit: visit(s, at('08:30'), at('09:30'), { customerId: s.moskva }),
      acceptClashes: true
    })
    expect(accepted.clashes.map((c) => c.kind)).toEqual(['double_booking'])
    const range = await s.desk.call('schedule.range', {
      from: '2026-03-03T00:00:00Z',
      to: '2026-03-04T00:00:00Z',
      executiveIds: null
    })
    expect(range.events.map((e) => e.clashes.doubleBooked)).toEqual([true, true])
  })

  it('moving by drag is checked too, and the moved visit no longer clashes', async () => {
    await s.desk.call('visits.create', { visit: visit(s, at('08:00'), at('09:00')) })
    const second = await s.desk.call('visits.create', { visit: visit(s, at('10:00'), at('11:00')) })
    const refused = await s.desk.fail('visits.move', {
      id: second.saved.id,
      startAt: at('08:30'),
      endAt: at('09:30')
    })
    expect(refused.code).toBe('conflict')
    const moved = await s.desk.call('visits.move', {
      id: second.saved.id,
      startAt: at('09:00'),
      endAt: at('10:30')
    })
    expect(moved.clashes).toEqual([])
    expect(moved.saved.startAt).toBe('2026-03-03T09:00:00.000Z')
    const range = await s.desk.call('schedule.range', {
      from: at('00:00'),
      to: '2026-03-04T00:00:00Z',
      executiveIds: [s.ana]
    })
    expect(range.events.map((e) => [e.startAt, e.clashes.doubleBooked])).toEqual([
      ['2026-03-03T08:00:00.000Z', false],
      ['2026-03-03T09:00:00.000Z', false]
    ])
  })
})

function listAll() {
  return {
    from: null,
    to: null,
    customerId: null,
    executiveId: null,
    status: 'all' as const,
    sort: { field: 'startAt' as const, direction: 'asc' as const },
    offset: 0,
    limit: 100
  }
}

describe('clash flags at the edges of a calendar view', () => {
  it('an event sticking out of the window sees a clash with an event entirely outside it', async () => {
    // Sunday 1 March, more than a day before the view of Tuesday (from 00:00Z), under a 29-hour meeting.
    await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-01T21:00:00Z', '2026-03-01T22:00:00Z'),
      acceptClashes: true
    })
    await s.desk.call('meetings.create', {
      meeting: {
        title: 'Cierre de mes',
        attendeeIds: [s.ana],
        startAt: '2026-03-01T20:00:00Z',
        endAt: '2026-03-03T01:00:00Z',
        place: '',
        agenda: ''
      },
      acceptClashes: true
    })
    // Tuesday 23:00Z to Wednesday 02:00Z sticks out on the right; a visit at 01:00Z on Wednesday clashes with it.
    await s.desk.call('meetings.create', {
      meeting: {
        title: 'Guardia',
        attendeeIds: [s.boris],
        startAt: '2026-03-03T23:00:00Z',
        endAt: '2026-03-04T02:00:00Z',
        place: '',
        agenda: ''
      },
      acceptClashes: true
    })
    await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-04T01:00:00Z', '2026-03-04T01:30:00Z', { executiveIds: [s.boris] }),
      acceptClashes: true
    })
    const range = await s.desk.call('schedule.range', {
      from: '2026-03-03T00:00:00Z',
      to: '2026-03-04T00:00:00Z',
      executiveIds: null
    })
    expect(range.events.map((e) => [e.title, e.clashes.doubleBooked])).toEqual([
      ['Cierre de mes', true],
      ['Guardia', true]
    ])
  })
})
