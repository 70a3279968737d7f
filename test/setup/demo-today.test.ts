/**
 * The demo's "today" is the demo company's date (Madrid, its working hours), by the app's one clock,
 * not the UTC date: at 23:30 UTC on Sunday 1 March 2026 it is already Monday 2 March, 00:30 in
 * Madrid, so the demo's last working day is that Monday, and nothing is dated after it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { today } from '../../src/main/clock'
import { openTestDesk, type TestDesk } from '../support/fixtures'

const instant = new Date('2026-03-01T23:30:00Z')

let desk: TestDesk
beforeEach(async () => {
  desk = await openTestDesk()
})
afterEach(async () => {
  vi.useRealTimers()
  await desk.close()
})

const latest = (sql: string): string | null =>
  (desk.store.sqlite.prepare(sql).get() as { d: string | null }).d

describe('the demo near midnight', () => {
  it('dates its records by the company’s today (Madrid), not the UTC date', async () => {
    const madrid = today({ now: () => instant, timeZone: () => 'Europe/Madrid' })
    expect(madrid).toBe('2026-03-02')
    expect(instant.toISOString().slice(0, 10)).toBe('2026-03-01')
    vi.useFakeTimers({ toFake: ['Date'], now: instant })
    desk.clock.set(instant)
    await desk.call('setup.demo', {})
    // Documents are issued on working days up to today: Monday in Madrid, none on Sunday.
    expect(latest("select max(issue_date) as d from documents where status <> 'draft'")).toBe(madrid)
    expect(latest('select max(payment_date) as d from payments')).not.toBeNull()
    expect((latest('select max(payment_date) as d from payments') ?? '') <= madrid).toBe(true)
    // The company the demo wrote works on Madrid time: the app's today is the demo's.
    expect(desk.api.context.timeZone()).toBe('Europe/Madrid')
    expect(today(desk.api.context)).toBe(madrid)
  }, 300_000)
})
