/**
 * The customer desk's dates in the schedule (issue 18): calls' next steps and open requests' next
 * due dates come with schedule.range as markers beside the visits, following the executive filter.
 * The expected markers are worked out here from what the test logged, not from the query.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ScheduleMarker } from '../../src/shared/schemas/schedule'
import { openScheduleDesk, type ScheduleDesk } from './support'

let s: ScheduleDesk
beforeEach(async () => {
  s = await openScheduleDesk()
  s.desk.clock.set(new Date('2026-03-02T09:00:00Z'))
  await s.desk.call('requests.setTimes', {
    times: {
      urgent: { responseHours: 2, resolutionHours: 10 },
      high: { responseHours: 4, resolutionHours: 24 },
      normal: { responseHours: 24, resolutionHours: 96 },
      low: { responseHours: 48, resolutionHours: 240 }
    }
  })
})
afterEach(async () => {
  await s.desk.close()
})

async function call(
  executiveId: number | null,
  customerId: number,
  nextStep: string,
  nextStepDate: string | null
) {
  return (
    await s.desk.call('calls.log', {
      call: { customerId, executiveId, direction: 'outgoing', outcome: 'interested', nextStep, nextStepDate }
    })
  ).id
}

async function request(
  title: string,
  ownerExecutiveId: number | null,
  priority: 'normal' | 'low' = 'normal'
) {
  return (
    await s.desk.call('requests.create', {
      request: { customerId: s.moskva, title, description: '', kind: 'complaint', priority, ownerExecutiveId }
    })
  ).id
}

const deskMarkers = async (executiveIds: number[] | null) =>
  (
    await s.desk.call('schedule.range', {
      from: '2026-03-01T00:00:00Z',
      to: '2026-03-15T00:00:00Z',
      executiveIds
    })
  ).markers.filter((m) => m.type === 'call_next_step' || m.type === 'request_due')

describe('the desk in the schedule', () => {
  it('shows calls’ next steps and open requests’ next due dates, by executive', async () => {
    const ferreteria = { id: s.ferreteria, name: 'Ferretería Núñez S.L.' }
    const moskva = { id: s.moskva, name: 'ООО «Москва-Строй»' }
    const offer = await call(s.ana, s.ferreteria, 'Send the offer', '2026-03-04')
    const visitStep = await call(s.boris, s.moskva, 'Договориться о визите', '2026-03-06')
    const office = await call(null, s.ferreteria, 'Call back', '2026-03-02')
    await call(s.ana, s.ferreteria, 'No date', null)
    await call(s.ana, s.ferreteria, 'After the view', '2026-03-20')

    // Opened 2026-03-02 09:00: a normal one is to be answered in 24 h (03-03), resolved in 96 h (03-06).
    const unanswered = await request('Entrega incompleta', s.ana)
    const answered = await request('Factura duplicada', s.boris)
    await s.desk.call('requests.comment', { id: answered, text: 'Hemos llamado' })
    const closed = await request('Cerrada', s.ana)
    await s.desk.call('requests.setStatus', { id: closed, status: 'closed', resolution: 'ok' })
    // Low: answer by 03-04, for the office.
    const officeRequest = await request('Sin responsable', null, 'low')

    const expected: ScheduleMarker[] = [
      { type: 'call_next_step', date: '2026-03-02', id: office, title: 'Call back', customer: ferreteria },
      {
        type: 'request_due',
        date: '2026-03-03',
        id: unanswered,
        title: 'Entrega incompleta',
        customer: moskva
      },
      {
        type: 'call_next_step',
        date: '2026-03-04',
        id: offer,
        title: 'Send the offer',
        customer: ferreteria
      },
      {
        type: 'request_due',
        date: '2026-03-04',
        id: officeRequest,
        title: 'Sin responsable',
        customer: moskva
      },
      {
        type: 'call_next_step',
        date: '2026-03-06',
        id: visitStep,
        title: 'Договориться о визите',
        customer: moskva
      },
      { type: 'request_due', date: '2026-03-06', id: answered, title: 'Factura duplicada', customer: moskva }
    ]
    expect(await deskMarkers(null)).toEqual(expected)
    // One executive's view: their own calls and the requests they own, nobody else's.
    expect(await deskMarkers([s.ana])).toEqual(
      expected.filter((m) => m.id === offer || (m.type === 'request_due' && m.id === unanswered))
    )
    expect((await deskMarkers([s.boris])).map((m) => m.title)).toEqual([
      'Договориться о визите',
      'Factura duplicada'
    ])
  })

  it('puts a request due just after midnight in the company’s zone on that day, not the UTC day before', async () => {
    // Urgent: answer within 2 hours. Logged at 21:30 UTC, due at 23:30 UTC, which is 00:30 in Madrid.
    s.desk.clock.set(new Date('2026-03-05T21:30:00Z'))
    const late = (
      await s.desk.call('requests.create', {
        request: {
          customerId: s.moskva,
          title: 'Fuga en obra',
          description: '',
          kind: 'complaint',
          priority: 'urgent',
          ownerExecutiveId: null
        }
      })
    ).id
    const madridDay = new Date('2026-03-05T23:30:00Z').toLocaleDateString('sv-SE', {
      timeZone: 'Europe/Madrid'
    })
    expect(madridDay).toBe('2026-03-06')
    const marker = (await deskMarkers(null)).find((m) => m.id === late)
    expect(marker).toMatchObject({ type: 'request_due', date: madridDay, title: 'Fuga en obra' })
    // A view that ends on the UTC day before leaves it out.
    const before = await s.desk.call('schedule.range', {
      from: '2026-03-05T00:00:00Z',
      to: '2026-03-06T00:00:00Z',
      executiveIds: null
    })
    expect(before.markers.some((m) => m.id === late && m.type === 'request_due')).toBe(false)
  })
})
