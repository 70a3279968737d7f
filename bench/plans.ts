/**
 * The visit plans list at its limit: 1 000 plans (each with one to three of 12 executives) in a
 * store of their own, listed through the service (what `plans.list` answers), beside a bare
 * better-sqlite3 read of the same rows grouped in JavaScript, for the ratio.
 */
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { startSalesdesk } from '../src/main/runtime'
import { listPlans } from '../src/main/schedule/plans'
import { emptyCustomer } from '../src/shared/schemas/customers'
import { heading, loadNote, median, ms, report, timeRuns } from './stats'

const PLANS = 1000

export async function benchPlanList(folder: string): Promise<void> {
  heading('Visit plans list')
  const path = join(folder, 'plans.db')
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
  const app = await startSalesdesk({ databasePath: path, actor: 'bench' })
  try {
    const call = async (method: string, input: unknown) => {
      const result = await app.api.dispatch(method, input)
      if (!result.ok) throw new Error(result.error.message)
      return result.data as { id: number }
    }
    const executives: number[] = []
    for (let i = 0; i < 12; i++) {
      const executive = {
        name: `Núñez ${String(i)}`,
        email: `e${String(i)}@example.es`,
        phone: '',
        active: true
      }
      executives.push((await call('executives.create', { executive })).id)
    }
    const customers: number[] = []
    for (let i = 0; i < 100; i++)
      customers.push(
        (await call('customers.create', { customer: { ...emptyCustomer(), name: `Cliente ${String(i)}` } }))
          .id
      )
    // Straight rows (no generated visits): the list reads only plans, customers and executives.
    const sqlite = app.store.sqlite
    const plan = sqlite.prepare(
      `insert into visit_plans (customer_id, every_weeks, local_time, duration_minutes, time_zone, start_date, end_date, purpose, created_at, updated_at)
       values (?, 2, '09:00', 60, 'Europe/Madrid', '2026-03-16', null, 'Visita periódica', '2026-03-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z')`
    )
    const person = sqlite.prepare('insert into visit_plan_executives (plan_id, executive_id) values (?, ?)')
    sqlite.transaction(() => {
      for (let i = 0; i < PLANS; i++) {
        const id = plan.run(customers[i % customers.length]).lastInsertRowid
        for (let k = 0; k <= i % 3; k++) person.run(id, executives[(i * 7 + k * 5) % executives.length])
      }
    })()

    const ctx = app.api.context
    const all = { customerId: null, executiveId: null }
    const listed = await listPlans(ctx, all)
    const service = median(await timeRuns(31, () => listPlans(ctx, all)))
    const one = { customerId: null, executiveId: executives[0] }
    const booked = await listPlans(ctx, one)
    const filtered = median(await timeRuns(31, () => listPlans(ctx, one)))

    const plans = sqlite.prepare(
      'select p.*, c.name as customer_name from visit_plans p join customers c on c.id = p.customer_id order by p.id limit 1000'
    )
    const people = sqlite.prepare(
      `select pe.plan_id, pe.executive_id, e.name from visit_plan_executives pe
       join sales_executives e on e.id = pe.executive_id order by pe.plan_id, pe.executive_id`
    )
    const bare = () => {
      const byPlan = new Map<number, Array<{ id: number; name: string }>>()
      for (const r of people.all() as Array<{ plan_id: number; executive_id: number; name: string }>) {
        const list = byPlan.get(r.plan_id) ?? []
        list.push({ id: r.executive_id, name: r.name })
        byPlan.set(r.plan_id, list)
      }
      return (plans.all() as Array<{ id: number }>).map((p) => ({ ...p, executives: byPlan.get(p.id) ?? [] }))
    }
    const raw = median(await timeRuns(31, bare))
    report(
      `${listed.length.toLocaleString('en')} plans (service)`,
      ms(service),
      `×${(service / raw).toFixed(2)} of a bare better-sqlite3 read (${ms(raw)}, 2 queries); ${loadNote()}`
    )
    report(`  one executive's ${booked.length.toLocaleString('en')} plans (service)`, ms(filtered))
  } finally {
    await app.close()
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
  }
}
