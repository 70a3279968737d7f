import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { customer, executive, executiveQuery, openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk
beforeEach(async () => {
  desk = await openTestDesk()
})
afterEach(async () => {
  await desk.close()
})

describe('sales executives', () => {
  it('creates, reads and edits an executive', async () => {
    const created = await desk.call('executives.create', {
      executive: executive({ name: 'Алексей Смирнов', email: 'alexey@example.ru' })
    })
    expect(await desk.call('executives.get', { id: created.id })).toEqual(created)
    const updated = await desk.call('executives.update', {
      id: created.id,
      executive: executive({ name: 'Алексей Смирнов', email: 'a.smirnov@example.ru' })
    })
    expect(updated.email).toBe('a.smirnov@example.ru')
    const summary = desk.store.sqlite
      .prepare("select summary from activity_log where action = 'update'")
      .get() as { summary: string }
    expect(summary.summary).toContain('email')
    expect(summary.summary).not.toContain('name,')
  })

  it('refuses an invalid e-mail and phone with field errors', async () => {
    const error = await desk.fail('executives.create', {
      executive: executive({ email: 'not-an-email', phone: 'call me' })
    })
    expect(error.code).toBe('invalid_input')
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['executive.email', 'executive.phone'])
  })

  it('deletes an executive without customers, and only deactivates one with customers', async () => {
    const free = await desk.call('executives.create', { executive: executive({ name: 'Free' }) })
    const busy = await desk.call('executives.create', { executive: executive({ name: 'Busy' }) })
    const c = await desk.call('customers.create', { customer: customer({ executiveId: busy.id }) })
    expect(await desk.call('executives.delete', { id: free.id })).toEqual({ deleted: true })
    expect((await desk.fail('executives.get', { id: free.id })).code).toBe('not_found')
    expect(await desk.call('executives.delete', { id: busy.id })).toEqual({
      deleted: false,
      deactivated: true
    })
    expect((await desk.call('executives.get', { id: busy.id })).active).toBe(false)
    expect((await desk.call('customers.get', { id: c.id })).executiveId).toBe(busy.id)
  })

  it('deactivates instead of deleting an executive that other records (e.g. visits, documents) refer to', async () => {
    const rep = await desk.call('executives.create', { executive: executive({ name: 'Visiting rep' }) })
    desk.store.sqlite.exec(
      'create table test_visits (id integer primary key, executive_id integer not null references sales_executives(id))'
    )
    desk.store.sqlite.prepare('insert into test_visits (executive_id) values (?)').run(rep.id)
    expect(await desk.call('executives.delete', { id: rep.id })).toEqual({
      deleted: false,
      deactivated: true
    })
    expect((await desk.call('executives.get', { id: rep.id })).active).toBe(false)
  })

  it('an archived customer still keeps its executive from being deleted', async () => {
    const busy = await desk.call('executives.create', { executive: executive({ name: 'Busy' }) })
    const c = await desk.call('customers.create', { customer: customer({ executiveId: busy.id }) })
    await desk.call('customers.archive', { id: c.id })
    expect(await desk.call('executives.delete', { id: busy.id })).toEqual({
      deleted: false,
      deactivated: true
    })
  })

  it('sorts by name ignoring accents and case', async () => {
    for (const name of ['zoltán', 'Ádám Kiss', 'béla', 'Alba'])
      await desk.call('executives.create', { executive: executive({ name }) })
    const rows = (
      await desk.call('executives.list', executiveQuery({ sort: { field: 'name', direction: 'asc' } }))
    ).rows
    expect(rows.map((e) => e.name)).toEqual(['Ádám Kiss', 'Alba', 'béla', 'zoltán'])
  })

  it('lists with customer counts (not counting archived), search, filter and sort', async () => {
    const ana = await desk.call('executives.create', {
      executive: executive({ name: 'Ana Núñez', email: 'ana@example.es' })
    })
    const jorg = await desk.call('executives.create', {
      executive: executive({ name: 'Jörg Köhler', email: 'jorg@example.de', phone: '+49 89 1' })
    })
    await desk.call('executives.create', {
      executive: executive({ name: 'Old 50% Rep', email: '', phone: '', active: false })
    })
    await desk.call('customers.create', { customer: customer({ name: 'c1', executiveId: jorg.id }) })
    await desk.call('customers.create', { customer: customer({ name: 'c2', executiveId: jorg.id }) })
    const archived = await desk.call('customers.create', {
      customer: customer({ name: 'c3', executiveId: ana.id })
    })
    await desk.call('customers.archive', { id: archived.id })
    const list = async (q: Parameters<typeof executiveQuery>[0]) =>
      (await desk.call('executives.list', executiveQuery(q))).rows
    const all = await list({})
    expect(all.map((e) => [e.name, e.customerCount])).toEqual([
      ['Ana Núñez', 0],
      ['Jörg Köhler', 2],
      ['Old 50% Rep', 0]
    ])
    expect((await list({ search: 'nunez' })).map((e) => e.name)).toEqual(['Ana Núñez'])
    expect((await list({ search: 'JORG koh' })).map((e) => e.name)).toEqual(['Jörg Köhler'])
    expect((await list({ search: '+49' })).map((e) => e.name)).toEqual(['Jörg Köhler'])
    expect((await list({ search: '50%' })).map((e) => e.name)).toEqual(['Old 50% Rep'])
    expect((await list({ search: '_' })).map((e) => e.name)).toEqual([])
    expect((await list({ active: 'inactive' })).map((e) => e.name)).toEqual(['Old 50% Rep'])
    expect((await list({ sort: { field: 'customerCount', direction: 'desc' } }))[0].name).toBe('Jörg Köhler')
    const page = await desk.call('executives.list', executiveQuery({ offset: 2, limit: 5 }))
    expect(page.total).toBe(3)
    expect(page.rows.map((e) => e.name)).toEqual(['Old 50% Rep'])
  })
})
