import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { FileResult } from '../../src/shared/schemas/common'
import type { JobStatus } from '../../src/shared/schemas/jobs'
import { customerQuery, openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk

/** Adds `count` plain customers in one statement, enough for an export to span many chunks. */
function addCustomers(count: number): void {
  desk.store.sqlite
    .prepare(
      `with recursive n(i) as (select 1 union all select i + 1 from n where i < ?)
       insert into customers (code, name, sort_name, status, preferred_payment_method, search_text, created_at, updated_at)
       select printf('B-%06d', i), 'Cliente ' || i, 'cliente ' || printf('%06d', i), 'active', 'card', 'cliente ' || i, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' from n`
    )
    .run(count)
}

async function waitUntilFinished(id: string): Promise<JobStatus> {
  for (;;) {
    const status = await desk.call('jobs.status', { id })
    if (status.state !== 'running') return status
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

const { offset: _o, limit: _l, ...exportFilters } = customerQuery()

beforeEach(async () => {
  desk = await openTestDesk()
})
afterEach(async () => desk.close())

describe('background jobs', () => {
  it('runs an export in the background, reports progress and hands over the file once', async () => {
    addCustomers(3500)
    const started = await desk.call('jobs.start', { method: 'customers.exportXlsx', input: exportFilters })
    expect(started.state).toBe('running')
    const finished = await waitUntilFinished(started.id)
    expect(finished).toMatchObject({ state: 'done', done: 3500, total: 3500, stage: 'Customers' })

    const file = (await desk.call('jobs.result', { id: started.id })) as FileResult
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
    expect(workbook.getWorksheet('Customers')?.rowCount).toBe(3501)

    // A result is collected once.
    expect((await desk.fail('jobs.result', { id: started.id })).code).toBe('not_found')
  })

  it('stops a cancelled export and reports it as cancelled', async () => {
    addCustomers(20_000)
    const started = await desk.call('jobs.start', { method: 'customers.exportXlsx', input: exportFilters })
    await desk.call('jobs.cancel', { id: started.id })
    const finished = await waitUntilFinished(started.id)
    expect(finished.state).toBe('cancelled')
    expect(finished.done).toBeLessThan(20_000)
    expect((await desk.fail('jobs.result', { id: started.id })).code).toBe('cancelled')
  })

  it('refuses bad input for the background method at once, with its field errors', async () => {
    const error = await desk.fail('jobs.start', {
      method: 'customers.exportXlsx',
      input: { ...exportFilters, status: 'gone' }
    })
    expect(error.code).toBe('invalid_input')
    expect(Object.keys(error.fields ?? {})).toContain('status')
  })

  it('refuses unknown methods and jobs about jobs', async () => {
    expect((await desk.fail('jobs.start', { method: 'customers.shred', input: {} })).code).toBe(
      'invalid_input'
    )
    expect((await desk.fail('jobs.start', { method: 'jobs.status', input: {} })).code).toBe('invalid_input')
    expect((await desk.fail('jobs.status', { id: '00000000-0000-4000-8000-000000000000' })).code).toBe(
      'not_found'
    )
  })

  it('passes a failing method’s error through to its result', async () => {
    const started = await desk.call('jobs.start', { method: 'customers.get', input: { id: 999 } })
    const finished = await waitUntilFinished(started.id)
    expect(finished.state).toBe('failed')
    expect(finished.error?.code).toBe('not_found')
  })
})
