import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { product, START } from '../support/fixtures'
import { openScheduleDesk, visit, type ScheduleDesk } from './support'

let s: ScheduleDesk
beforeEach(async () => {
  s = await openScheduleDesk()
})
afterEach(async () => {
  await s.desk.close()
})

const listQuery = (status: 'all' | 'to_record' | 'scheduled' | 'completed' = 'all') => ({
  from: null,
  to: null,
  customerId: null,
  executiveId: null,
  status,
  sort: { field: 'startAt' as const, direction: 'asc' as const },
  offset: 0,
  limit: 100
})

describe('site visits', () => {
  it('copies the delivery address of the customer, or keeps an edited one', async () => {
    const copied = await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-03T08:00:00Z', '2026-03-03T09:00:00Z')
    })
    expect(copied.saved.address).toMatchObject({
      line1: 'Calle Ñandú 7',
      city: 'Alcalá de Henares',
      postalCode: '28801'
    })
    expect(copied.saved.customerName).toBe('Ferretería Núñez S.L.')
    const edited = await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-04T08:00:00Z', '2026-03-04T09:00:00Z', {
        address: {
          line1: 'Obra: Av. de América 3',
          line2: '',
          postalCode: '28002',
          city: 'Madrid',
          region: '',
          country: 'es'
        }
      })
    })
    expect(edited.saved.address).toMatchObject({ line1: 'Obra: Av. de América 3', country: 'ES' })
    // Billing address when the customer has no separate delivery address.
    const moscow = await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-05T08:00:00Z', '2026-03-05T09:00:00Z', { customerId: s.moskva })
    })
    expect(moscow.saved.address.city).toBe('Москва')
  })

  it('stores instants in UTC whatever offset they came with', async () => {
    const v = await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-03T09:00:00+01:00', '2026-03-03T10:30:00+01:00')
    })
    expect([v.saved.startAt, v.saved.endAt]).toEqual(['2026-03-03T08:00:00.000Z', '2026-03-03T09:30:00.000Z'])
    const bad = await s.desk.fail('visits.create', {
      visit: visit(s, '2026-03-03T10:00:00Z', '2026-03-03T09:00:00Z')
    })
    expect(bad.fields).toHaveProperty(['visit.endAt'])
    const noZone = await s.desk.fail('visits.create', {
      visit: visit(s, '2026-03-03T10:00:00', '2026-03-03T11:00:00Z')
    })
    expect(noZone.fields).toHaveProperty(['visit.startAt'])
  })

  it('a scheduled visit whose end has passed shows as "to record" until its outcome is recorded', async () => {
    const v = await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-03T08:00:00Z', '2026-03-03T09:00:00Z')
    })
    expect(v.saved.toRecord).toBe(false)
    s.desk.clock.set(new Date('2026-03-03T09:00:00Z'))
    expect((await s.desk.call('visits.get', { id: v.saved.id })).toRecord).toBe(true)
    expect((await s.desk.call('visits.list', listQuery('to_record'))).rows.map((r) => r.id)).toEqual([
      v.saved.id
    ])
    const p1 = await s.desk.call('products.create', { product: product({ sku: 'P-1', name: 'Taladro' }) })
    const done = await s.desk.call('visits.complete', {
      id: v.saved.id,
      outcome: 'Interesados en 20 taladros; pedir presupuesto',
      notes: 'Hablar con Ángela',
      productIds: [p1.id],
      followUps: [
        { text: 'Enviar presupuesto', dueDate: '2026-03-06' },
        { text: 'Llamar en abril', dueDate: null }
      ]
    })
    expect(done).toMatchObject({
      status: 'completed',
      toRecord: false,
      productIds: [p1.id],
      closedAt: '2026-03-03T09:00:00.000Z'
    })
    expect(done.followUps).toEqual([
      { text: 'Enviar presupuesto', dueDate: '2026-03-06' },
      { text: 'Llamar en abril', dueDate: null }
    ])
    expect((await s.desk.call('visits.list', listQuery('to_record'))).total).toBe(0)
  })

  it('status rules: only a scheduled visit can be completed, cancelled, marked no-show, edited or moved', async () => {
    const make = async (day: number) =>
      (
        await s.desk.call('visits.create', {
          visit: visit(s, `2026-03-0${day}T08:00:00Z`, `2026-03-0${day}T09:00:00Z`)
        })
      ).saved.id
    const completed = await make(3)
    // A visit is recorded once it has begun (issue 13): the clock goes past its start for that.
    s.desk.clock.set(new Date('2026-03-05T10:00:00Z'))
    await s.desk.call('visits.complete', {
      id: completed,
      outcome: 'OK',
      notes: '',
      productIds: [],
      followUps: []
    })
    const cancelled = await make(4)
    await s.desk.call('visits.cancel', { id: cancelled, reason: 'Cliente cerrado' })
    const noShow = await make(5)
    const marked = await s.desk.call('visits.noShow', { id: noShow, notes: 'Nadie en la tienda' })
    s.desk.clock.set(START)
    expect(marked.status).toBe('no_show')
    for (const id of [completed, cancelled, noShow]) {
      expect(
        (
          await s.desk.fail('visits.complete', {
            id,
            outcome: 'again',
            notes: '',
            productIds: [],
            followUps: []
          })
        ).code
      ).toBe('conflict')
      expect((await s.desk.fail('visits.cancel', { id, reason: '' })).code).toBe('conflict')
      expect((await s.desk.fail('visits.noShow', { id, notes: '' })).code).toBe('conflict')
      expect(
        (
          await s.desk.fail('visits.move', {
            id,
            startAt: '2026-03-06T08:00:00Z',
            endAt: '2026-03-06T09:00:00Z'
          })
        ).code
      ).toBe('conflict')
      expect(
        (
          await s.desk.fail('visits.update', {
            id,
            visit: visit(s, '2026-03-06T08:00:00Z', '2026-03-06T09:00:00Z')
          })
        ).code
      ).toBe('conflict')
    }
    const statuses = (await s.desk.call('visits.list', listQuery())).rows.map((r) => r.status)
    expect(statuses).toEqual(['completed', 'cancelled', 'no_show'])
  })

  it('refuses unknown executives, customers and products with field errors', async () => {
    const e = await s.desk.fail('visits.create', {
      visit: visit(s, '2026-03-03T08:00:00Z', '2026-03-03T09:00:00Z', { executiveIds: [s.ana, 999] })
    })
    expect(e.fields).toEqual({ executiveIds: 'Some of the chosen sales executives do not exist' })
    const c = await s.desk.fail('visits.create', {
      visit: visit(s, '2026-03-03T08:00:00Z', '2026-03-03T09:00:00Z', { customerId: 999 })
    })
    expect(c.fields).toEqual({ customerId: 'This customer does not exist' })
    const v = await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-03T08:00:00Z', '2026-03-03T09:00:00Z')
    })
    // A visit is recorded once it has begun (issue 13): the clock goes past its start for that.
    s.desk.clock.set(new Date('2026-03-03T09:30:00Z'))
    const p = await s.desk.fail('visits.complete', {
      id: v.saved.id,
      outcome: 'x',
      notes: '',
      productIds: [12345],
      followUps: []
    })
    expect(p.fields).toEqual({ productIds: 'Some of the chosen products do not exist' })
    expect((await s.desk.call('visits.get', { id: v.saved.id })).status).toBe('scheduled')
  })

  it('creates a customer request draft from a completed visit, and every change is in the activity log', async () => {
    const v = await s.desk.call('visits.create', {
      visit: visit(s, '2026-03-03T08:00:00Z', '2026-03-03T09:00:00Z')
    })
    // A visit is recorded once it has begun (issue 13): the clock goes past its start for that.
    s.desk.clock.set(new Date('2026-03-03T09:30:00Z'))
    await s.desk.call('visits.complete', {
      id: v.saved.id,
      outcome: 'Quieren una demo',
      notes: '',
      productIds: [],
      followUps: [{ text: 'Organizar demo', dueDate: '2026-03-10' }]
    })
    s.desk.clock.set(START)
    const request = await s.desk.call('visits.createRequestFromVisit', {
      id: v.saved.id,
      title: '',
      description: ''
    })
    expect(request).toMatchObject({
      customerId: s.ferreteria,
      status: 'draft',
      visitId: v.saved.id,
      title: 'Follow-up of the visit on 2026-03-03'
    })
    expect(request.description).toBe('Quieren una demo\n\n- Organizar demo (2026-03-10)')
    expect((await s.desk.call('visits.get', { id: v.saved.id })).requestIds).toEqual([request.id])
    const log = await s.desk.call('activity.list', { entity: null, entityId: null, offset: 0, limit: 50 })
    const actions = log.rows.map((r) => `${r.entity}:${r.action}`)
    expect(actions).toEqual(
      expect.arrayContaining(['site_visit:create', 'site_visit:complete', 'customer_request:create'])
    )
  })

  it('meetings: attendees, move, cancel, and a cancelled meeting cannot change', async () => {
    const m = await s.desk.call('meetings.create', {
      meeting: {
        title: 'Revisión trimestral, Q1; objetivos',
        attendeeIds: [s.ana, s.boris],
        startAt: '2026-03-05T09:00:00Z',
        endAt: '2026-03-05T10:00:00Z',
        place: 'Sala Őrség',
        agenda: '1. Cifras\n2. Objetivos'
      }
    })
    expect(m.saved.attendees.map((a) => a.name)).toEqual(['Ana Núñez', 'Борис Иванов'])
    const moved = await s.desk.call('meetings.move', {
      id: m.saved.id,
      startAt: '2026-03-05T11:00:00Z',
      endAt: '2026-03-05T12:30:00Z'
    })
    expect(moved.saved.startAt).toBe('2026-03-05T11:00:00.000Z')
    await s.desk.call('meetings.cancel', { id: m.saved.id })
    expect((await s.desk.fail('meetings.cancel', { id: m.saved.id })).code).toBe('conflict')
    expect(
      (
        await s.desk.fail('meetings.move', {
          id: m.saved.id,
          startAt: '2026-03-05T11:00:00Z',
          endAt: '2026-03-05T12:00:00Z'
        })
      ).code
    ).toBe('conflict')
  })
})
