import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { issued, seedDocuments } from '../documents/helpers'
import { customer, executive, openTestDesk, product, type TestDesk } from '../support/fixtures'

let desk: TestDesk
beforeEach(async () => {
  desk = await openTestDesk({ actor: 'mercè.soler' })
})
afterEach(async () => {
  await desk.close()
})

const everything = { entity: null, entityId: null, offset: 0, limit: 100 }

describe('the activity log', () => {
  it('records every change with who, when, what and the changed fields', async () => {
    const exec = await desk.call('executives.create', { executive: executive({ name: 'Ana' }) })
    const p = await desk.call('products.create', { product: product({ sku: 'SKU-9', name: 'Desk' }) })
    desk.clock.advance(60_000)
    const c = await desk.call('customers.create', {
      customer: customer({ name: 'Cal Puig', executiveId: exec.id })
    })
    desk.clock.advance(60_000)
    const { id, createdAt: _c, updatedAt: _u, archivedAt: _a, ...input } = c
    await desk.call('customers.update', { id, customer: { ...input, taxId: 'B58378431', notes: 'VIP' } })
    await desk.call('customers.update', { id, customer: { ...input, taxId: 'B58378431', notes: 'VIP' } })
    await desk.call('customers.archive', { id })
    await desk.call('customers.restore', { id })
    await desk.call('customers.delete', { id })
    await desk.call('products.delete', { id: p.id })
    await desk.call('executives.delete', { id: exec.id })

    const log = await desk.call('activity.list', everything)
    expect(log.total).toBe(10)
    const entries = [...log.rows].reverse()
    expect(entries.map((e) => `${e.entity}:${e.action}`)).toEqual([
      'executive:create',
      'product:create',
      'customer:create',
      'customer:update',
      'customer:update',
      'customer:archive',
      'customer:restore',
      'customer:delete',
      'product:delete',
      'executive:delete'
    ])
    for (const e of entries) expect(e.actor).toBe('mercè.soler')
    expect(entries[0].at).toBe('2026-03-02T09:30:00.000Z')
    expect(entries[2].at).toBe('2026-03-02T09:31:00.000Z')
    expect(entries[2].entityId).toBe(id)
    expect(entries[2].summary).toContain('Cal Puig')
    expect(entries[3].summary).toMatch(/\(taxId, notes\)|\(notes, taxId\)/)
    expect(entries[4].summary).toContain('no changes')
    expect(entries[1].summary).toContain('SKU-9')
  })

  it('filters by entity and record, newest first, with paging', async () => {
    const a = await desk.call('customers.create', { customer: customer({ name: 'A' }) })
    const b = await desk.call('customers.create', { customer: customer({ name: 'B' }) })
    await desk.call('customers.archive', { id: a.id })
    await desk.call('products.create', { product: product() })
    const forA = await desk.call('activity.list', { ...everything, entity: 'customer', entityId: a.id })
    expect(forA.rows.map((e) => e.action)).toEqual(['archive', 'create'])
    const customers = await desk.call('activity.list', {
      ...everything,
      entity: 'customer',
      limit: 1,
      offset: 1
    })
    expect(customers.total).toBe(3)
    expect(customers.rows.map((e) => e.entityId)).toEqual([b.id])
  })

  it('a refused change leaves no entry', async () => {
    await desk.fail('customers.create', { customer: customer({ executiveId: 99 }) })
    await desk.fail('customers.archive', { id: 5 })
    expect((await desk.call('activity.list', everything)).total).toBe(0)
  })

  it('refuses UPDATE and DELETE in the store itself', async () => {
    await desk.call('customers.create', { customer: customer() })
    const sqlite = desk.store.sqlite
    expect(() => sqlite.prepare("update activity_log set actor = 'someone else'").run()).toThrow(
      /append-only/
    )
    expect(() => sqlite.prepare('delete from activity_log').run()).toThrow(/append-only/)
    expect(sqlite.prepare('select actor from activity_log').all()).toEqual([{ actor: 'mercè.soler' }])
    // Appending is still allowed.
    sqlite
      .prepare(
        "insert into activity_log (at, actor, entity, action, summary) values ('x', 'y', 'z', 'a', 's')"
      )
      .run()
    expect(sqlite.prepare('select count(*) as n from activity_log').get()).toEqual({ n: 2 })
  })

  it('lists newest first by the time of the change, also when entries were written out of order', async () => {
    // Written in this order, but the second and third happened earlier (as demo data writes them).
    await desk.call('executives.create', { executive: executive({ name: 'Written first, 10:00' }) })
    desk.clock.set(new Date('2026-03-01T08:00:00.000Z'))
    await desk.call('executives.create', { executive: executive({ name: 'Written second, the day before' }) })
    await desk.call('executives.create', { executive: executive({ name: 'Written third, same instant' }) })
    desk.clock.set(new Date('2026-03-03T12:00:00.000Z'))
    await desk.call('executives.create', { executive: executive({ name: 'Written last, the day after' }) })
    const log = await desk.call('activity.list', everything)
    const names = log.rows.map((e) => e.details?.params.name)
    expect(names).toEqual([
      'Written last, the day after',
      'Written first, 10:00',
      'Written third, same instant',
      'Written second, the day before'
    ])
    const times = log.rows.map((e) => Date.parse(e.at))
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  it('filters to documents, payments (with returns) and visits (with meetings and plans)', async () => {
    const seed = await seedDocuments(desk)
    const invoice = await issued(desk, seed)
    await desk.call('payments.record', {
      payment: {
        customerId: seed.customerId,
        paymentDate: '2026-03-02',
        amountCents: invoice.totalCents,
        method: 'bank_transfer',
        reference: '',
        note: '',
        allocations: null
      }
    })
    const c = { id: seed.customerId }
    const exec = { id: seed.executiveId }
    await desk.call('visits.create', {
      visit: {
        customerId: c.id,
        executiveIds: [exec.id],
        startAt: '2026-03-03T09:00:00.000Z',
        endAt: '2026-03-03T10:00:00.000Z',
        purpose: '',
        address: null
      },
      acceptClashes: true
    })
    await desk.call('meetings.create', {
      meeting: {
        title: 'Team',
        attendeeIds: [exec.id],
        startAt: '2026-03-04T09:00:00.000Z',
        endAt: '2026-03-04T10:00:00.000Z',
        place: '',
        agenda: ''
      },
      acceptClashes: true
    })
    const kinds = async (entity: string) =>
      (await desk.call('activity.list', { ...everything, entity })).rows.map((e) => e.entity).sort()
    expect(await kinds('visit')).toEqual(['meeting', 'site_visit'])
    expect(new Set(await kinds('customer'))).toEqual(new Set(['customer']))
    // The draft made and the invoice issued; the payment recorded against it.
    expect(await kinds('document')).toEqual(['document', 'document'])
    expect(await kinds('payment')).toEqual(['payment'])
    // One stored kind still works as a filter (the customer page asks for its own record's entries).
    expect(await kinds('site_visit')).toEqual(['site_visit'])
  })
})
