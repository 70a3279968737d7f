/**
 * What organising, editing and moving a meeting or a visit leaves behind: the activity entry
 * (English summary, key and parameters) and the people's agenda rows, which carry the start the
 * agenda is read by. Pinned because meetings and visits share the steps (schedule/move.ts,
 * saveMeeting): each must still say its own words.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { errorMessages } from '../../src/shared/error-messages'
import { required } from '../../src/shared/required'
import { openScheduleDesk, plan, visit, type ScheduleDesk } from './support'

let s: ScheduleDesk
beforeEach(async () => {
  s = await openScheduleDesk()
})
afterEach(async () => {
  await s.desk.close()
})

async function entries(entity: string, entityId: number) {
  const log = await s.desk.call('activity.list', { entity: null, entityId, offset: 0, limit: 50 })
  return log.rows
    .filter((r) => r.entity === entity)
    .reverse()
    .map((r) => ({ action: r.action, summary: r.summary, details: r.details }))
}

/** Each person's agenda row of a meeting or visit: [executive, the start it is listed at]. */
function agendaStarts(table: string, key: string, id: number) {
  return s.desk.store.sqlite
    .prepare<[number], { executive_id: number; start_at: string }>(
      `select executive_id, start_at from ${table} where ${key} = ? order by executive_id`
    )
    .all(id)
    .map((r) => [r.executive_id, r.start_at])
}

/** One activity entry as the test expects it: what was done, in English, and as its key and parameters. */
const entry = (action: string, summary: string, key: string, params: Record<string, unknown>) => ({
  action,
  summary,
  details: { key, params }
})

const at = (dateTime: string) => ({ dateTime })

const meeting = (startAt: string, endAt: string, attendeeIds: number[]) => ({
  title: 'Revisión trimestral',
  attendeeIds,
  startAt,
  endAt,
  place: 'Sala 2',
  agenda: ''
})

describe('meetings and visits in the activity log and the agenda', () => {
  it('a meeting organised, edited and moved: one entry each, the attendees follow its start', async () => {
    const made = await s.desk.call('meetings.create', {
      meeting: meeting('2026-03-05T09:00:00.000Z', '2026-03-05T10:00:00.000Z', [s.ana])
    })
    const id = made.saved.id
    const edited = await s.desk.call('meetings.update', {
      id,
      meeting: {
        ...meeting('2026-03-05T09:30:00.000Z', '2026-03-05T10:30:00.000Z', [s.ana, s.boris]),
        place: 'Sala 3'
      }
    })
    expect(edited.saved).toMatchObject({ place: 'Sala 3', attendeeIds: [s.ana, s.boris] })
    const moved = await s.desk.call('meetings.move', {
      id,
      startAt: '2026-03-06T11:00:00.000Z',
      endAt: '2026-03-06T12:00:00.000Z'
    })
    expect(moved.saved).toMatchObject({
      startAt: '2026-03-06T11:00:00.000Z',
      endAt: '2026-03-06T12:00:00.000Z'
    })
    expect(moved.clashes).toEqual([])
    expect(await entries('meeting', id)).toEqual([
      entry(
        'create',
        'Organised the meeting "Revisión trimestral" at 2026-03-05 09:00 UTC',
        'meetingOrganised',
        { title: 'Revisión trimestral', at: at('2026-03-05T09:00:00.000Z') }
      ),
      entry('update', 'Edited the meeting "Revisión trimestral" at 2026-03-05 09:30 UTC', 'meetingEdited', {
        title: 'Revisión trimestral',
        at: at('2026-03-05T09:30:00.000Z')
      }),
      entry(
        'move',
        'Moved the meeting "Revisión trimestral" from 2026-03-05 09:30 to 2026-03-06 11:00 UTC',
        'meetingMoved',
        {
          title: 'Revisión trimestral',
          from: at('2026-03-05T09:30:00.000Z'),
          to: at('2026-03-06T11:00:00.000Z')
        }
      )
    ])
    expect(agendaStarts('meeting_attendees', 'meeting_id', id)).toEqual([
      [s.ana, '2026-03-06T11:00:00.000Z'],
      [s.boris, '2026-03-06T11:00:00.000Z']
    ])
  })

  it('an edit of a cancelled meeting is refused and writes nothing', async () => {
    const made = await s.desk.call('meetings.create', {
      meeting: meeting('2026-03-05T09:00:00.000Z', '2026-03-05T10:00:00.000Z', [s.ana])
    })
    await s.desk.call('meetings.cancel', { id: made.saved.id })
    const refused = await s.desk.fail('meetings.update', {
      id: made.saved.id,
      meeting: meeting('2026-03-05T11:00:00.000Z', '2026-03-05T12:00:00.000Z', [s.boris])
    })
    expect(refused).toMatchObject({ code: 'conflict', key: 'meetingCancelledUnchangeable' })
    expect((await entries('meeting', made.saved.id)).map((e) => e.action)).toEqual(['create', 'cancel'])
  })

  it('a visit moved: its entry names the customer and both times, its executives follow its start', async () => {
    const made = await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-03T08:00:00.000Z', '2026-03-03T09:00:00.000Z', {
        executiveIds: [s.ana, s.boris]
      })
    })
    const id = made.saved.id
    await s.desk.call('visits.move', {
      id,
      startAt: '2026-03-04T10:00:00.000Z',
      endAt: '2026-03-04T11:30:00.000Z'
    })
    const [, move] = await entries('site_visit', id)
    expect(move).toEqual(
      entry(
        'move',
        'Moved the visit to Ferretería Núñez S.L. from 2026-03-03 08:00 to 2026-03-04 10:00 UTC',
        'visitMoved',
        {
          name: 'Ferretería Núñez S.L.',
          from: { dateTime: '2026-03-03T08:00:00.000Z' },
          to: { dateTime: '2026-03-04T10:00:00.000Z' }
        }
      )
    )
    expect(agendaStarts('site_visit_executives', 'visit_id', id)).toEqual([
      [s.ana, '2026-03-04T10:00:00.000Z'],
      [s.boris, '2026-03-04T10:00:00.000Z']
    ])
  })

  it('a visit scheduled over a clash the user accepted, then edited: each entry in its words', async () => {
    await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-03T08:00:00.000Z', '2026-03-03T09:00:00.000Z')
    })
    const made = await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-03T08:30:00.000Z', '2026-03-03T09:30:00.000Z'),
      acceptClashes: true
    })
    const id = made.saved.id
    await s.desk.call('visits.update', {
      id,
      visit: visit(s, '2026-03-05T10:00:00.000Z', '2026-03-05T11:00:00.000Z', { customerId: s.moskva })
    })
    const [scheduled, edited] = await entries('site_visit', id)
    // The clash the user accepted is told in the English summary only.
    expect(scheduled).toEqual(
      entry(
        'create',
        'Scheduled a visit to Ferretería Núñez S.L. at 2026-03-03 08:30 UTC (clashes accepted: 1)',
        'visitScheduled',
        { name: 'Ferretería Núñez S.L.', at: at('2026-03-03T08:30:00.000Z') }
      )
    )
    expect(edited).toEqual(
      entry('update', 'Edited the visit to ООО «Москва-Строй» at 2026-03-05 10:00 UTC', 'visitEdited', {
        name: 'ООО «Москва-Строй»',
        at: at('2026-03-05T10:00:00.000Z')
      })
    )
    // The edit took the new customer's address (its billing one: it has no delivery address).
    expect((await s.desk.call('visits.get', { id })).address).toMatchObject({ city: 'Москва', country: 'RU' })
  })

  it('no new visit for an archived customer; a planned visit keeps its customer', async () => {
    await s.desk.call('customers.archive', { id: s.moskva })
    const archived = await s.desk.fail('visits.create', {
      visit: visit(s, '2026-03-03T08:00:00.000Z', '2026-03-03T09:00:00.000Z', { customerId: s.moskva })
    })
    expect(archived.fields).toEqual({ customerId: errorMessages.customerArchivedVisit })
    expect(s.desk.store.sqlite.prepare('select count(*) as n from site_visits').get()).toEqual({ n: 0 })

    const created = await s.desk.call('plans.create', {
      plan: plan(s, { endDate: '2026-03-16', purpose: 'Visita semanal' })
    })
    const planned = required(
      s.desk.store.sqlite
        .prepare<[number], { id: number }>('select id from site_visits where plan_id = ?')
        .get(created.id),
      'the planned visit'
    )
    const occurrence = await s.desk.call('visits.get', { id: planned.id })
    // Generated from the plan: scheduled, nothing recorded, at the customer's delivery address.
    expect(occurrence).toMatchObject({
      status: 'scheduled',
      startAt: '2026-03-16T08:00:00.000Z',
      endAt: '2026-03-16T09:00:00.000Z',
      purpose: 'Visita semanal',
      address: { line1: 'Calle Ñandú 7', city: 'Alcalá de Henares' },
      outcome: '',
      notes: '',
      cancelReason: '',
      closedAt: null,
      planSlot: '2026-03-16T08:00:00.000Z'
    })
    const moved = await s.desk.fail('visits.update', {
      id: planned.id,
      visit: visit(s, '2026-03-16T08:00:00.000Z', '2026-03-16T09:00:00.000Z', { customerId: s.moskva })
    })
    expect(moved.fields).toEqual({ customerId: errorMessages.plannedVisitSameCustomer })
  })
})
