/**
 * Demo data of the customer desk (issue 18): open requests and complaints of every priority (some
 * already late), and a week of logged calls per sales executive with a few next steps.
 * Campaigns, segments and consent come from campaigns.ts.
 */
import type { Store } from '../db/open'
import { insertCampaignDemo } from './campaigns'
import { seededRandom } from './random'
import { demoToday } from './company'

const HOUR = 3_600_000

const requests: { title: string; kind: string; channel: string; priority: string; hoursAgo: number }[] = [
  {
    title: 'Entrega incompleta: faltan tres cajas',
    kind: 'complaint',
    channel: 'phone',
    priority: 'urgent',
    hoursAgo: 10
  },
  { title: 'Factura duplicada', kind: 'complaint', channel: 'email', priority: 'high', hoursAgo: 30 },
  {
    title: 'Producte danyat en el transport',
    kind: 'complaint',
    channel: 'visit',
    priority: 'normal',
    hoursAgo: 20
  },
  { title: 'Késik a szállítás', kind: 'complaint', channel: 'letter', priority: 'low', hoursAgo: 200 },
  {
    title: 'Запрос каталога на 2027 год',
    kind: 'inquiry',
    channel: 'email',
    priority: 'normal',
    hoursAgo: 2
  },
  {
    title: 'Solicitud de visita técnica',
    kind: 'request',
    channel: 'walk_in',
    priority: 'high',
    hoursAgo: 1
  },
  { title: 'Cambio de dirección de envío', kind: 'request', channel: 'phone', priority: 'low', hoursAgo: 5 }
]
/** Default response / resolution hours per priority (shared/schemas/requests.ts). */
const times: Record<string, [number, number]> = {
  urgent: [1, 8],
  high: [4, 24],
  normal: [8, 72],
  low: [24, 168]
}
const outcomes = ['no_answer', 'call_back', 'interested', 'not_interested', 'order_taken'] as const

export function insertDeskDemo(store: Store, seed: number, now: Date): void {
  const random = seededRandom(seed + 18)
  const db = store.sqlite
  const customers = (
    db.prepare('select id from customers order by id limit 500').all() as { id: number }[]
  ).map((r) => r.id)
  const executives = (
    db.prepare('select id from sales_executives order by id').all() as { id: number }[]
  ).map((r) => r.id)
  if (customers.length === 0) return
  const pick = <T>(list: readonly T[]): T => random.pick(list)
  const insertRequest =
    db.prepare(`insert into customer_requests (customer_id, title, description, status, visit_id,
    created_at, updated_at, kind, channel, category, priority, owner_executive_id, opened_at, respond_by, resolve_by)
    values (?, ?, '', 'open', null, ?, ?, ?, ?, '', ?, ?, ?, ?, ?)`)
  for (const r of requests) {
    const opened = now.getTime() - r.hoursAgo * HOUR
    const [respond, resolve] = times[r.priority]
    const at = new Date(opened).toISOString()
    insertRequest.run(
      pick(customers),
      r.title,
      at,
      at,
      r.kind,
      r.channel,
      r.priority,
      executives.length > 0 ? pick(executives) : null,
      at,
      new Date(opened + respond * HOUR).toISOString(),
      new Date(opened + resolve * HOUR).toISOString()
    )
  }
  const insertCall =
    db.prepare(`insert into calls (customer_id, executive_id, at, direction, contact_name, contact_phone,
    outcome, notes, next_step, next_step_date, campaign_id, created_at, created_by)
    values (?, ?, ?, ?, '', '', ?, '', ?, ?, null, ?, 'salesdesk demo')`)
  for (let day = 7; day >= 1; day--) {
    const date = new Date(now.getTime() - day * 24 * HOUR)
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue
    for (const exec of executives) {
      const count = 3 + Math.floor(random.next() * 8)
      for (let i = 0; i < count; i++) {
        const at = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 8 + i, 5))
        const outcome = pick(outcomes)
        const next = outcome === 'call_back' || outcome === 'interested'
        const nextDate = new Date(now.getTime() + (1 + Math.floor(random.next() * 10)) * 24 * HOUR)
        insertCall.run(
          pick(customers),
          exec,
          at.toISOString(),
          random.next() < 0.7 ? 'outgoing' : 'incoming',
          outcome,
          next ? 'Llamar de nuevo' : '',
          next ? demoToday(nextDate) : null,
          at.toISOString()
        )
      }
    }
  }
  insertCampaignDemo(db, random, now)
}
