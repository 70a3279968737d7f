/**
 * What organising, editing and moving a meeting or a visit leaves behind: the activity entry
 * (English summary, key and parameters) and the people's agenda rows, which carry the start the
 * agenda is read by. Pinned because meetings and visits share the steps (schedule/move.ts,
 * saveMeeting): each must still say its own words.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openScheduleDesk, visit, type ScheduleDesk } from './support'

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
    const at = (dateTime: string) => ({ dateTime })
    expect(await entries('meeting', id)).toEqual([
      {
        action: 'create',
        summary: 'Organised the meeting "Revisión trimestral" at 2026-03-05 09:00 UTC',
        details: {
          key: 'meetingOrganised',
          params: { title: 'Revisión trimestral', at: at('2026-03-05T09:00:00.000Z') }
        }
      },
      {
        action: 'update',
        summary: 'Edited the meeting "Revisión trimestral" at 2026-03-05 09:30 UTC',
        details: {
          key: 'meetingEdited',
          params: { title: 'Revisión trimestral', at: at('2026-03-05T09:30:00.000Z') }
        }
      },
      {
        action: 'move',
        summary: 'Moved the meeting "Revisión trimestral" from 2026-03-05 09:30 to 2026-03-06 11:00 UTC',
        details: {
          key: 'meetingMoved',
          params: {
            title: 'Revisión trimestral',
            from: at('2026-03-05T09:30:00.000Z'),
            to: at('2026-03-06T11:00:00.000Z')
          }
        }
      }
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
    expect(move).toEqual({
      action: 'move',
      summary: 'Moved the visit to Ferretería Núñez S.L. from 2026-03-03 08:00 to 2026-03-04 10:00 UTC',
      details: {
        key: 'visitMoved',
        params: {
          name: 'Ferretería Núñez S.L.',
          from: { dateTime: '2026-03-03T08:00:00.000Z' },
          to: { dateTime: '2026-03-04T10:00:00.000Z' }
        }
      }
    })
    expect(agendaStarts('site_visit_executives', 'visit_id', id)).toEqual([
      [s.ana, '2026-03-04T10:00:00.000Z'],
      [s.boris, '2026-03-04T10:00:00.000Z']
    ])
  })
})
