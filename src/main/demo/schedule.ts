/**
 * Demo contracts, site visits, visit plans and team meetings, on top of the demo customers
 * and executives (runs inside generateDemo's transaction, with prepared statements).
 * Small: a few hundred visits and contracts. Large: two years of visits for 30 executives
 * (about 40 000), weekly team meetings, and contracts for about 5 000 customers.
 * Times are Madrid local time (the demo's working hours), stored in UTC.
 */
import type { Store } from '../db/open'
import { planSlots } from '../schedule/plans'
import { addDaysIso } from '../../shared/iso-week'
import { addMonths, zoneOffsetMs } from '../schedule/time'
import { WORKING_HOURS_KEY } from '../schedule/working-hours'
import { seededRandom, type Random } from './random'
import { demoLeavingDays } from './documents'
import { DEMO_TIME_ZONE as ZONE, demoToday } from './company'
import { addressValues, type DemoAddress } from './address'
import { customersByExecutive } from './by-executive'

export type ScheduleDemoSize = 'small' | 'large'

export const scheduleDemoSizes = {
  small: { monthsBack: 3, monthsAhead: 1, visitsPerDay: 0.8, contracts: 150, plans: 20 },
  large: { monthsBack: 18, monthsAhead: 6, visitsPerDay: 2.6, contracts: 5000, plans: 300 }
} as const

export interface ScheduleDemoSummary {
  visits: number
  meetings: number
  contracts: number
  plans: number
}

const PURPOSES = [
  'Revisión de pedido',
  'Presentación de novedades',
  'Visita de seguimiento',
  'Termékbemutató',
  'Обсуждение поставок',
  'Quarterly review',
  'Reclamación: entrega incompleta',
  'Visita de cortesia',
  'Negociación de precios'
]
const OUTCOMES = [
  'Pedido confirmado para el mes que viene.',
  'Interesados en la nueva gama; enviar presupuesto.',
  'Sin cambios; volver en tres meses.',
  'Árajánlatot kérnek 50 darabra.',
  'Клиент доволен, планирует увеличить заказ.',
  'Complaint about late delivery resolved on site.',
  'Volen una demostració del producte nou.'
]
const FOLLOW_UPS = [
  'Enviar presupuesto',
  'Llamar al responsable de compras',
  'Árajánlat küldése',
  'Отправить каталог',
  'Book a demo',
  'Revisar condiciones de pago'
]
const CONTRACT_TITLES = [
  'Mantenimiento anual',
  'Suministro de consumibles',
  'Karbantartási szerződés',
  'Договор поставки',
  'Service agreement',
  'Contracte de subministrament'
]
const SLOTS = ['09:00', '10:30', '12:00', '15:00', '16:30']

interface DemoCustomerRef extends DemoAddress {
  id: number
  executiveId: number | null
}

/** UTC instant of a Madrid wall-clock time (offset taken at noon UTC that day: changes happen at night). */
function madrid(date: string, hhmm: string): number {
  const wall = Date.parse(`${date}T${hhmm}:00Z`)
  return wall - zoneOffsetMs(ZONE, Date.parse(`${date}T12:00:00Z`))
}

const iso = (ms: number) => new Date(ms).toISOString()
const isWeekday = (date: string) => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay()
  return day !== 0 && day !== 6
}

function insertVisits(
  store: Store,
  random: Random,
  customers: Map<number, DemoCustomerRef[]>,
  executives: Array<{ id: number; active: boolean }>,
  size: ScheduleDemoSize,
  now: Date
): number {
  const sizes = scheduleDemoSizes[size]
  const nowIso = now.toISOString()
  const today = demoToday(now)
  const visit = store.sqlite.prepare(
    `insert into site_visits (customer_id, plan_id, plan_slot, start_at, end_at, purpose, address_line1, address_line2, address_postal_code,
       address_city, address_region, address_country, status, outcome, notes, cancel_reason, closed_at, created_at, updated_at)
     values (?, null, null, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const person = store.sqlite.prepare(
    'insert into site_visit_executives (visit_id, executive_id, start_at) values (?, ?, ?)'
  )
  const followUp = store.sqlite.prepare(
    'insert into site_visit_follow_ups (visit_id, position, text, due_date) values (?, ?, ?, ?)'
  )
  let count = 0
  // An executive who left has no visits after their last day (issue 12: they showed visits in later weeks).
  const leftOn = demoLeavingDays(executives, today)
  const gone = (executiveId: number, date: string) => {
    const left = leftOn.get(executiveId)
    return left !== undefined && date > left
  }
  const first = addMonths(today, -sizes.monthsBack)
  const last = addMonths(today, sizes.monthsAhead)
  for (let date = first; date <= last; date = addDaysIso(date, 1)) {
    if (!isWeekday(date)) continue
    const future = date > today
    for (const executive of executives) {
      if (!executive.active && future) continue
      const own = customers.get(executive.id)
      if (!own || own.length === 0) continue
      // Around visitsPerDay visits, in distinct slots of the day.
      const wanted = Math.min(
        SLOTS.length,
        Math.floor(sizes.visitsPerDay + random.next() * 1.0 - 0.5 + random.next())
      )
      const slots = [...SLOTS]
        .sort(() => random.next() - 0.5)
        .slice(0, Math.max(0, wanted))
        .sort()
      for (const slot of slots) {
        const c = random.pick(own)
        const start = madrid(date, slot)
        const end = start + random.pick([45, 60, 60, 90]) * 60_000
        const past = iso(end) <= nowIso
        let status = 'scheduled'
        let outcome = ''
        let cancelReason = ''
        if (past && !(date >= addDaysIso(today, -5) && random.chance(0.5))) {
          const roll = random.next()
          status = roll < 0.86 ? 'completed' : roll < 0.94 ? 'cancelled' : 'no_show'
          if (status === 'completed') outcome = random.pick(OUTCOMES)
          if (status === 'cancelled')
            cancelReason = random.pick(['Cliente de vacaciones', 'Betegség', 'Перенос по просьбе клиента'])
        } else if (random.chance(0.03)) {
          status = 'cancelled'
          cancelReason = 'Aplazada por el cliente'
        }
        const created = iso(start - random.int(3, 30) * 86_400_000)
        const closedAt = status === 'scheduled' ? null : iso(Math.min(end, now.getTime()))
        // Every draw is made in the same order whether the visit is kept or not, so leaving out the
        // visits of an executive who had left changes nothing else in the demo.
        const purpose = random.pick(PURPOSES)
        const note =
          status === 'completed' && random.chance(0.3) ? 'Hablar con administración. Megbeszélve.' : ''
        const partner = random.chance(0.05) ? random.pick(executives) : null
        const followUpText = status === 'completed' && random.chance(0.35) ? random.pick(FOLLOW_UPS) : null
        const followUpDue = followUpText === null ? null : addDaysIso(date, random.int(2, 20))
        if (gone(executive.id, date)) continue
        const { lastInsertRowid } = visit.run(
          c.id,
          iso(start),
          iso(end),
          purpose,
          ...addressValues(c),
          status,
          outcome,
          note,
          cancelReason,
          closedAt,
          created,
          closedAt ?? created
        )
        const visitId = Number(lastInsertRowid)
        person.run(visitId, executive.id, iso(start))
        if (partner && partner.id !== executive.id && (partner.active || !future) && !gone(partner.id, date))
          person.run(visitId, partner.id, iso(start))
        if (followUpText !== null && followUpDue !== null) followUp.run(visitId, 0, followUpText, followUpDue)
        count++
      }
    }
  }
  return count
}

function insertMeetings(
  store: Store,
  random: Random,
  executives: Array<{ id: number; active: boolean }>,
  size: ScheduleDemoSize,
  now: Date
): number {
  const sizes = scheduleDemoSizes[size]
  const today = demoToday(now)
  const meeting = store.sqlite.prepare(
    `insert into meetings (title, start_at, end_at, place, agenda, status, created_at, updated_at) values (?, ?, ?, ?, ?, 'scheduled', ?, ?)`
  )
  const attendee = store.sqlite.prepare(
    'insert into meeting_attendees (meeting_id, executive_id, start_at) values (?, ?, ?)'
  )
  const active = executives.filter((e) => e.active)
  let count = 0
  for (
    let date = addMonths(today, -sizes.monthsBack);
    date <= addMonths(today, sizes.monthsAhead);
    date = addDaysIso(date, 1)
  ) {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
    const meetings: Array<{ title: string; start: string; minutes: number; people: typeof active }> = []
    // Weekly team meeting on Monday mornings; a one-to-one now and then on Thursdays.
    if (weekday === 1)
      meetings.push({
        title: 'Reunión semanal del equipo comercial',
        start: '08:00',
        minutes: 45,
        people: active
      })
    if (weekday === 4 && random.chance(0.6))
      meetings.push({
        title: 'Egyéni megbeszélés / One-to-one',
        start: '17:00',
        minutes: 30,
        people: [random.pick(active), random.pick(active)]
      })
    for (const m of meetings) {
      const start = madrid(date, m.start)
      const created = iso(start - 14 * 86_400_000)
      const { lastInsertRowid } = meeting.run(
        m.title,
        iso(start),
        iso(start + m.minutes * 60_000),
        'Sala Győr, 2ª planta',
        '1. Cifras de la semana\n2. Прогноз продаж\n3. Visitas pendientes',
        created,
        created
      )
      for (const id of new Set(m.people.map((p) => p.id)))
        attendee.run(Number(lastInsertRowid), id, iso(start))
      count++
    }
  }
  return count
}

function insertContracts(
  store: Store,
  random: Random,
  customerIds: DemoCustomerRef[],
  size: ScheduleDemoSize,
  now: Date
): number {
  const today = demoToday(now)
  const contract = store.sqlite.prepare(
    `insert into contracts (number, customer_id, executive_id, title, description, value_cents, currency, start_date, end_date, billing_frequency,
       notice_period_days, notice_date, signed_date, status, closed_date, termination_reason, renewed_from_id, search_text, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const sequences = new Map<string, number>()
  const numberFor = (date: string) => {
    const year = date.slice(0, 4)
    const n = (sequences.get(year) ?? 0) + 1
    sequences.set(year, n)
    return `CON-${year}-${String(n).padStart(4, '0')}`
  }
  let count = 0
  const chosen = [...customerIds].sort(() => random.next() - 0.5).slice(0, scheduleDemoSizes[size].contracts)
  chosen.sort((a, b) => a.id - b.id)
  for (const c of chosen) {
    let start = addDaysIso(today, -random.int(30, 3 * 365))
    let renewedFrom: number | null = null
    const months = random.pick([12, 12, 24, 36])
    const frequency = random.pick(['monthly', 'monthly', 'quarterly', 'yearly', 'one_off'] as const)
    const notice = random.pick([0, 30, 60, 90])
    const title = `${random.pick(CONTRACT_TITLES)} ${c.city}`
    const value = frequency === 'one_off' ? random.int(100_000, 5_000_000) : random.int(5_000, 400_000)
    // A contract, and its renewals while the previous one ended in the past.
    for (let round = 0; round < 4; round++) {
      const end = addDaysIso(addMonths(start, months), -1)
      const ended = end < today
      const terminated = !ended && random.chance(0.04)
      const draft = !ended && !terminated && round === 0 && random.chance(0.05)
      const status = draft ? 'draft' : terminated ? 'terminated' : ended ? 'ended' : 'active'
      const number = numberFor(start < today ? start : today)
      const created = `${addDaysIso(start, -random.int(5, 40))}T10:00:00.000Z`
      const { lastInsertRowid } = contract.run(
        number,
        c.id,
        c.executiveId,
        title,
        'Condiciones según la oferta aceptada.',
        value,
        start,
        end,
        frequency,
        notice,
        addDaysIso(end, -notice),
        draft ? null : addDaysIso(start, -random.int(1, 20)),
        status,
        ended ? end : terminated ? today : null,
        terminated ? 'Cierre del establecimiento' : '',
        renewedFrom,
        `${number} ${title}`.toLowerCase(),
        created,
        created
      )
      count++
      if (!ended || !random.chance(0.7)) break
      renewedFrom = Number(lastInsertRowid)
      start = addDaysIso(end, 1)
    }
  }
  return count
}

function insertPlans(
  store: Store,
  random: Random,
  customerIds: DemoCustomerRef[],
  size: ScheduleDemoSize,
  now: Date,
  activeIds: Set<number>
): number {
  const today = demoToday(now)
  const nowIso = now.toISOString()
  const plan = store.sqlite.prepare(
    `insert into visit_plans (customer_id, every_weeks, local_time, duration_minutes, time_zone, start_date, end_date, purpose, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, null, ?, ?, ?)`
  )
  const planPerson = store.sqlite.prepare(
    'insert into visit_plan_executives (plan_id, executive_id) values (?, ?)'
  )
  const visit = store.sqlite.prepare(
    `insert into site_visits (customer_id, plan_id, plan_slot, start_at, end_at, purpose, address_line1, address_line2, address_postal_code,
       address_city, address_region, address_country, status, outcome, notes, cancel_reason, closed_at, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, 'scheduled', '', '', '', null, ?, ?)`
  )
  const person = store.sqlite.prepare(
    'insert into site_visit_executives (visit_id, executive_id, start_at) values (?, ?, ?)'
  )
  const withExecutive = customerIds.filter((c) => c.executiveId !== null && activeIds.has(c.executiveId))
  let count = 0
  for (const c of [...withExecutive]
    .sort(() => random.next() - 0.5)
    .slice(0, scheduleDemoSizes[size].plans)) {
    const p = {
      everyWeeks: random.pick([2, 4, 4, 6, 8]),
      localTime: random.pick(['08:30', '11:00', '13:30', '17:30']),
      timeZone: ZONE,
      startDate: addDaysIso(today, random.int(1, 28)),
      endDate: null
    }
    const purpose = 'Visita periódica'
    const { lastInsertRowid } = plan.run(
      c.id,
      p.everyWeeks,
      p.localTime,
      60,
      ZONE,
      p.startDate,
      purpose,
      nowIso,
      nowIso
    )
    const planId = Number(lastInsertRowid)
    planPerson.run(planId, c.executiveId)
    for (const slot of planSlots(p, nowIso, addDaysIso(today, 90))) {
      const end = iso(Date.parse(slot) + 3_600_000)
      const v = visit.run(c.id, planId, slot, slot, end, purpose, ...addressValues(c), nowIso, nowIso)
      person.run(Number(v.lastInsertRowid), c.executiveId, slot)
    }
    count++
  }
  return count
}

/** Adds the schedule and contracts to a demo database being generated (inside its transaction). */
export function insertScheduleDemo(
  store: Store,
  size: ScheduleDemoSize,
  seed: number,
  now: Date
): ScheduleDemoSummary {
  const random = seededRandom(seed * 104_729 + 3)
  const rows = store.sqlite
    .prepare(
      `select id, executive_id as executiveId, delivery_line1 as line1, delivery_postal_code as postalCode, delivery_city as city,
         delivery_region as region, delivery_country as country from customers where status = 'active' order by id`
    )
    .all() as DemoCustomerRef[]
  const executives = (
    store.sqlite.prepare('select id, active from sales_executives order by id').all() as Array<{
      id: number
      active: number
    }>
  ).map((e) => ({
    id: e.id,
    active: e.active === 1
  }))
  const byExecutive = customersByExecutive(rows)
  store.sqlite
    .prepare(
      'insert into settings (key, value) values (?, ?) on conflict (key) do update set value = excluded.value'
    )
    .run(
      WORKING_HOURS_KEY,
      JSON.stringify({ timeZone: ZONE, start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] })
    )
  const visits = insertVisits(store, random, byExecutive, executives, size, now)
  const meetings = insertMeetings(store, random, executives, size, now)
  const contracts = insertContracts(store, random, rows, size, now)
  const plans = insertPlans(
    store,
    random,
    rows,
    size,
    now,
    new Set(executives.filter((e) => e.active).map((e) => e.id))
  )
  return { visits, meetings, contracts, plans }
}
