import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contract, openContractDesk, type ContractDesk } from './support'

let d: ContractDesk
beforeEach(async () => {
  d = await openContractDesk()
})
afterEach(async () => {
  await d.desk.close()
})

const query = (
  status: 'all' | 'expiring' | 'draft' | 'active' | 'ended' | 'terminated' = 'all',
  search = ''
) => ({
  search,
  status,
  customerId: null,
  executiveId: null,
  sort: { field: 'number' as const, direction: 'asc' as const },
  offset: 0,
  limit: 100
})

describe('contracts', () => {
  it('numbers contracts per year from their own series and derives the notice date', async () => {
    const a = await d.desk.call('contracts.create', { contract: contract(d) })
    const b = await d.desk.call('contracts.create', { contract: contract(d, { endDate: null }) })
    expect([a.number, b.number]).toEqual(['CON-2026-0001', 'CON-2026-0002'])
    expect(a).toMatchObject({
      status: 'draft',
      noticeDate: '2026-11-01',
      customerName: 'Kovács és Társa Kft.',
      executiveName: 'Zsófia Kovács',
      expiring: false
    })
    expect(b.noticeDate).toBeNull()
    d.desk.clock.set(new Date('2027-01-10T10:00:00Z'))
    expect((await d.desk.call('contracts.create', { contract: contract(d) })).number).toBe('CON-2027-0001')
    expect((await d.desk.call('contracts.list', query('all', 'kovacs mantenimiento'))).total).toBe(3)
  })

  it('status: draft -> active -> ended | terminated, and nothing else', async () => {
    const k = await d.desk.call('contracts.create', { contract: contract(d) })
    expect(
      (await d.desk.fail('contracts.terminate', { id: k.id, date: '2026-06-30', reason: 'Impago' })).code
    ).toBe('conflict')
    expect((await d.desk.fail('contracts.end', { id: k.id, date: null })).code).toBe('conflict')
    expect((await d.desk.call('contracts.activate', { id: k.id })).status).toBe('active')
    expect((await d.desk.fail('contracts.activate', { id: k.id })).code).toBe('conflict')
    const refused = await d.desk.fail('contracts.terminate', {
      id: k.id,
      date: '2025-06-30',
      reason: 'Impago'
    })
    expect(refused.fields).toEqual({ date: 'The termination date is before the contract starts' })
    const terminated = await d.desk.call('contracts.terminate', {
      id: k.id,
      date: '2026-06-30',
      reason: 'Impago reiterado'
    })
    expect(terminated).toMatchObject({
      status: 'terminated',
      closedDate: '2026-06-30',
      terminationReason: 'Impago reiterado'
    })
    for (const attempt of [
      d.desk.fail('contracts.end', { id: k.id, date: null }),
      d.desk.fail('contracts.activate', { id: k.id }),
      d.desk.fail('contracts.update', { id: k.id, contract: contract(d) }),
      d.desk.fail('contracts.renew', { id: k.id, startDate: null, endDate: null, valueCents: null })
    ]) {
      expect((await attempt).code).toBe('conflict')
    }
    const other = await d.desk.call('contracts.create', { contract: contract(d) })
    await d.desk.call('contracts.activate', { id: other.id })
    expect(await d.desk.call('contracts.end', { id: other.id, date: null })).toMatchObject({
      status: 'ended',
      closedDate: '2026-12-31'
    })
    const log = await d.desk.call('activity.list', {
      entity: 'contract',
      entityId: k.id,
      offset: 0,
      limit: 10
    })
    expect(log.rows.map((r) => r.action)).toEqual(['terminate', 'activate', 'create'])
  })

  it('"expiring" starts 30 days before the notice date and lasts until the end date; renewals lists what to act on', async () => {
    const k = await d.desk.call('contracts.create', { contract: contract(d) })
    await d.desk.call('contracts.activate', { id: k.id })
    const open = await d.desk.call('contracts.create', { contract: contract(d, { endDate: null }) })
    await d.desk.call('contracts.activate', { id: open.id })
    d.desk.clock.set(new Date('2026-10-01T10:00:00Z'))
    expect((await d.desk.call('contracts.get', { id: k.id })).expiring).toBe(false)
    expect(await d.desk.call('contracts.renewals', { withinDays: 30 })).toEqual([])
    expect((await d.desk.call('contracts.renewals', { withinDays: 31 })).map((r) => r.number)).toEqual([
      k.number
    ])
    d.desk.clock.set(new Date('2026-10-02T10:00:00Z'))
    expect((await d.desk.call('contracts.get', { id: k.id })).expiring).toBe(true)
    expect((await d.desk.call('contracts.list', query('expiring'))).rows.map((r) => r.id)).toEqual([k.id])
    d.desk.clock.set(new Date('2027-01-01T10:00:00Z'))
    expect((await d.desk.call('contracts.get', { id: k.id })).expiring).toBe(false)
    expect(await d.desk.call('contracts.renewals', { withinDays: 365 })).toEqual([])
  })

  it('renewal creates a linked follow-on draft with the same term, once', async () => {
    const k = await d.desk.call('contracts.create', {
      contract: contract(d, { startDate: '2026-02-01', endDate: '2027-01-31' })
    })
    expect(
      (await d.desk.fail('contracts.renew', { id: k.id, startDate: null, endDate: null, valueCents: null }))
        .code
    ).toBe('conflict')
    await d.desk.call('contracts.activate', { id: k.id })
    const renewal = await d.desk.call('contracts.renew', {
      id: k.id,
      startDate: null,
      endDate: null,
      valueCents: 130_000
    })
    expect(renewal).toMatchObject({
      status: 'draft',
      renewedFromId: k.id,
      startDate: '2027-02-01',
      endDate: '2028-01-31',
      valueCents: 130_000,
      signedDate: null,
      number: 'CON-2026-0002'
    })
    expect((await d.desk.call('contracts.get', { id: k.id })).renewedById).toBe(renewal.id)
    expect(
      (await d.desk.fail('contracts.renew', { id: k.id, startDate: null, endDate: null, valueCents: null }))
        .code
    ).toBe('conflict')
    d.desk.clock.set(new Date('2026-12-01T10:00:00Z'))
    expect(await d.desk.call('contracts.renewals', { withinDays: 90 })).toEqual([])
  })

  it('refuses invalid dates and references with field errors', async () => {
    const bad = await d.desk.fail('contracts.create', {
      contract: contract(d, { startDate: '2026-02-30', endDate: '2025-01-01', currency: 'euro' })
    })
    expect(Object.keys(bad.fields ?? {}).sort()).toEqual([
      'contract.currency',
      'contract.endDate',
      'contract.startDate'
    ])
    const before = await d.desk.fail('contracts.create', { contract: contract(d, { endDate: '2025-01-01' }) })
    expect(before.fields).toEqual({ 'contract.endDate': 'The end date is before the start date' })
    const refs = await d.desk.fail('contracts.create', {
      contract: contract(d, { customerId: 999, executiveId: 998 })
    })
    expect(refs.fields).toEqual({
      customerId: 'This customer does not exist',
      executiveId: 'This sales executive does not exist'
    })
  })

  it('a customer with contracts cannot be deleted', async () => {
    await d.desk.call('contracts.create', { contract: contract(d) })
    expect((await d.desk.fail('customers.delete', { id: d.customerId })).code).toBe('conflict')
  })
})
