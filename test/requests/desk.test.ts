/**
 * Requests and complaints on the customer desk (issue 18): priorities with their due times from
 * Settings, the queue's order, late flags, the thread, closing with resolution and satisfaction,
 * linked documents, the navigation's counts and the weekly report's complaint figures.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RequestListQuery } from '../../src/shared/schemas/requests'
import { complaintFigures } from '../../src/main/requests/weekly'
import { openScheduleDesk, type ScheduleDesk } from '../schedule/support'

let s: ScheduleDesk
beforeEach(async () => {
  s = await openScheduleDesk()
  s.desk.clock.set(new Date('2026-03-02T09:00:00Z')) // Monday of 2026-W10
})
afterEach(async () => {
  await s.desk.close()
})

const HOUR = 3_600_000
const at = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * HOUR).toISOString()

const queue = (overrides: Partial<RequestListQuery> = {}): RequestListQuery => ({
  search: '',
  status: 'all',
  customerId: null,
  sort: { field: 'queue', direction: 'asc' },
  offset: 0,
  limit: 100,
  ...overrides
})

async function complaint(title: string, priority: 'urgent' | 'high' | 'normal' | 'low') {
  return s.desk.call('requests.create', {
    request: {
      customerId: s.ferreteria,
      title,
      description: '',
      kind: 'complaint',
      channel: 'phone',
      priority
    }
  })
}

describe('requests with priorities', () => {
  it('takes its due times from the priority in Settings, counted from opening', async () => {
    await s.desk.call('requests.setTimes', {
      times: {
        urgent: { responseHours: 2, resolutionHours: 10 },
        high: { responseHours: 4, resolutionHours: 24 },
        normal: { responseHours: 8, resolutionHours: 72 },
        low: { responseHours: 24, resolutionHours: 168 }
      }
    })
    expect((await s.desk.call('requests.times', {})).urgent).toEqual({
      responseHours: 2,
      resolutionHours: 10
    })
    const r = await complaint('Entrega rota', 'urgent')
    const opened = '2026-03-02T09:00:00.000Z'
    expect(r).toMatchObject({
      kind: 'complaint',
      priority: 'urgent',
      openedAt: opened,
      respondBy: at(opened, 2),
      resolveBy: at(opened, 10),
      late: false
    })
    // A new priority counts again from the same opening.
    s.desk.clock.advance(HOUR)
    const lower = await s.desk.call('requests.update', {
      id: r.id,
      request: { title: r.title, description: '', kind: 'complaint', priority: 'low' }
    })
    expect(lower).toMatchObject({ respondBy: at(opened, 24), resolveBy: at(opened, 168) })
  })

  it('orders the queue by priority then due time, flags late ones and counts them for the navigation', async () => {
    const low = await complaint('Low', 'low')
    s.desk.clock.advance(HOUR)
    const normal = await complaint('Normal', 'normal')
    s.desk.clock.advance(HOUR)
    const urgentLater = await complaint('Urgent later', 'urgent')
    const high = await complaint('High', 'high')
    const order = async (q: Partial<RequestListQuery> = {}) =>
      (await s.desk.call('requests.list', queue(q))).rows.map((r) => r.title)
    expect(await order()).toEqual(['Urgent later', 'High', 'Normal', 'Low'])
    expect(await s.desk.call('requests.counts', {})).toEqual({ open: 4, late: 0 })

    // 1 h 30 later the urgent one is past its answer time (1 h by default), unanswered.
    s.desk.clock.advance(1.5 * HOUR)
    expect((await s.desk.call('requests.get', { id: urgentLater.id })).late).toBe(true)
    expect(await s.desk.call('requests.counts', {})).toEqual({ open: 4, late: 1 })
    expect(await order({ lateOnly: true })).toEqual(['Urgent later'])
    // A comment answers it; it stays late for its resolution only once that passes (8 h).
    const answered = await s.desk.call('requests.comment', {
      id: urgentLater.id,
      text: 'Llamamos al cliente'
    })
    expect(answered.late).toBe(false)
    expect(answered.respondedAt).toBe(s.desk.clock.now().toISOString())
    s.desk.clock.advance(7 * HOUR)
    expect(await s.desk.call('requests.counts', {})).toEqual({ open: 4, late: 3 }) // urgent (8 h), high (4 h answer), normal (8 h answer)
    expect(new Set(await order({ lateOnly: true }))).toEqual(new Set(['Urgent later', 'High', 'Normal']))
    expect([low.late, normal.late, high.late]).toEqual([false, false, false])
  })

  it('a status change carries its comment; closing needs the resolution and keeps the satisfaction', async () => {
    const r = await complaint('Factura duplicada', 'high')
    const before = s.desk.store.sqlite.prepare('select * from customer_requests').all()
    const refused = await s.desk.fail('requests.setStatus', { id: r.id, status: 'closed', comment: 'x' })
    expect(refused.code).toBe('invalid_input')
    expect(refused.fields).toHaveProperty('resolution')
    expect(s.desk.store.sqlite.prepare('select * from customer_requests').all()).toEqual(before)
    expect(
      (
        await s.desk.fail('requests.setStatus', {
          id: r.id,
          status: 'closed',
          resolution: 'ok',
          satisfaction: 6
        })
      ).code
    ).toBe('invalid_input')
    s.desk.clock.advance(30 * HOUR) // past the 24 h resolution time of "high"
    const closed = await s.desk.call('requests.setStatus', {
      id: r.id,
      status: 'closed',
      comment: 'Cliente conforme',
      resolution: 'Abono emitido',
      satisfaction: 4
    })
    expect(closed).toMatchObject({
      status: 'closed',
      resolution: 'Abono emitido',
      satisfaction: 4,
      late: true
    })
    expect(closed.closedAt).toBe(s.desk.clock.now().toISOString())
    expect(closed.comments).toHaveLength(1)
    expect(closed.comments[0]).toMatchObject({ fromStatus: 'open', toStatus: 'closed' })
    expect(closed.comments[0].text).toContain('Abono emitido')
    expect(closed.comments[0].text).toContain('Cliente conforme')
    const reopened = await s.desk.call('requests.setStatus', {
      id: r.id,
      status: 'open',
      comment: 'Vuelve a llamar'
    })
    expect(reopened.closedAt).toBeNull()
    expect(reopened.comments.map((c) => c.toStatus)).toEqual(['closed', 'open'])
    // The thread is never rewritten.
    expect(() => s.desk.store.sqlite.prepare('delete from request_comments').run()).toThrow(
      /cannot be rewritten/
    )
  })

  it('refuses to link a document number that is not the customer’s, writing nothing', async () => {
    const r = await complaint('Pedido incompleto', 'normal')
    const wrong = await s.desk.fail('requests.link', { id: r.id, number: 'INV-2026-99999' })
    expect(wrong.code).toBe('invalid_input')
    expect((await s.desk.call('requests.get', { id: r.id })).links).toEqual([])
  })

  it('weekly complaint figures: opened, closed, late and median resolution time', async () => {
    // Figures computed here by hand: three complaints in 2026-W10, one request (not counted).
    const a = await complaint('A', 'urgent') // opened Mon 09:00, resolve by 17:00
    const b = await complaint('B', 'normal') // resolve by Thu 09:00
    await s.desk.call('requests.create', {
      request: { customerId: s.ferreteria, title: 'R', description: '' }
    })
    s.desk.clock.advance(2 * HOUR)
    await s.desk.call('requests.setStatus', { id: a.id, status: 'closed', resolution: 'ok' }) // 2 h, on time
    s.desk.clock.advance(10 * HOUR)
    await s.desk.call('requests.setStatus', { id: b.id, status: 'closed', resolution: 'ok' }) // 12 h, on time
    const c = await complaint('C', 'urgent') // opened Mon 21:00, resolve by Tue 05:00, never closed: late
    expect(c.id).toBeGreaterThan(0)
    const figures = await complaintFigures(s.desk.store.db, '2026-03-02', '2026-03-08')
    expect(figures).toEqual({ opened: 3, closed: 2, late: 1, medianResolutionHours: 7 })
    const next = await complaintFigures(s.desk.store.db, '2026-03-09', '2026-03-15')
    expect(next).toEqual({ opened: 0, closed: 0, late: 1, medianResolutionHours: null })
  })
})
