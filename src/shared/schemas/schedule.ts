/**
 * Site visits, visit plans, team meetings and the schedule that shows them together.
 * Instants cross the API as ISO strings with a zone ("2026-03-02T09:00:00Z" or "+01:00")
 * and are stored in UTC; the UI shows local time. Dates are "2026-03-02".
 */
import { z } from 'zod'
import { keyed } from '../errors'
import { languages } from '../languages'
import { endNotBeforeStart, id, optionalText, paging, requiredText, listSort } from './common'
import { address, type Address } from './customers'
import type { RequestRecord } from './requests'

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/

function isRealDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (year < 1900 || year > 2199) return false
  const d = new Date(Date.UTC(year, month - 1, day))
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day
}

/** A calendar date, "2026-03-02". */
export const isoDate = z.string().max(10).refine(isRealDate, keyed('enterIsoDate'))

/** An instant with its zone; normalised to UTC ("2026-03-02T08:00:00.000Z"). */
export const isoDateTime = z
  .string()
  .max(40)
  .refine(
    (v) => DATE_TIME_PATTERN.test(v) && isRealDate(v.slice(0, 10)) && !Number.isNaN(Date.parse(v)),
    keyed('enterDateTime')
  )
  .transform((v) => new Date(v).toISOString())

export const localTimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, keyed('enterTime'))

/** An IANA time zone the runtime knows, e.g. Europe/Madrid. */
export const timeZone = z
  .string()
  .min(1, keyed('chooseTimeZone'))
  .max(64)
  .refine((v) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: v })
      return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(v)
    } catch {
      return false
    }
  }, keyed('unknownTimeZone'))

const executiveIds = z
  .array(id)
  .min(1, keyed('chooseOneExecutive'))
  .max(50, keyed('atMostPeople', { max: 50 }))
  .refine((ids) => new Set(ids).size === ids.length, keyed('eachPersonOnce'))

const HOUR = 3_600_000

/** Checks end after start and a maximum length; issues go on the endAt field. */
function interval<S extends z.ZodType<{ startAt: string; endAt: string }>>(schema: S, maxHours: number): S {
  return schema.superRefine((v, ctx) => {
    const length = Date.parse(v.endAt) - Date.parse(v.startAt)
    if (!(length > 0)) ctx.addIssue({ code: 'custom', path: ['endAt'], message: keyed('endAfterStart') })
    else if (length > maxHours * HOUR)
      ctx.addIssue({ code: 'custom', path: ['endAt'], message: keyed('atMostHoursLong', { max: maxHours }) })
  })
}

export const MAX_VISIT_HOURS = 24
export const MAX_MEETING_HOURS = 24 * 7

// ---------------------------------------------------------------- site visits

export const visitStatuses = ['scheduled', 'completed', 'cancelled', 'no_show'] as const
export type VisitStatus = (typeof visitStatuses)[number]

export const visitInput = interval(
  z
    .object({
      customerId: id,
      executiveIds,
      startAt: isoDateTime,
      endAt: isoDateTime,
      purpose: optionalText(500),
      /** Null: copied from the customer (delivery address, else billing). */
      address: address.nullable()
    })
    .strict(),
  MAX_VISIT_HOURS
)
export type VisitInput = z.input<typeof visitInput>

const acceptClashes = z.boolean().optional()

export const visitCreate = z.object({ visit: visitInput, acceptClashes }).strict()
export const visitUpdate = z.object({ id, visit: visitInput, acceptClashes }).strict()
export const eventMove = interval(
  z.object({ id, startAt: isoDateTime, endAt: isoDateTime, acceptClashes }).strict(),
  MAX_MEETING_HOURS
)

export const followUpInput = z
  .object({ text: requiredText(500, 'followUpRequired'), dueDate: isoDate.nullable() })
  .strict()

export const visitCompletion = z
  .object({
    id,
    outcome: requiredText(2000, 'outcomeRequired'),
    notes: optionalText(10000),
    productIds: z
      .array(id)
      .max(200)
      .refine((ids) => new Set(ids).size === ids.length, keyed('eachProductOnce')),
    followUps: z.array(followUpInput).max(50)
  })
  .strict()

export const visitCancel = z.object({ id, reason: optionalText(500) }).strict()
export const visitNoShow = z.object({ id, notes: optionalText(2000) }).strict()
export const requestFromVisit = z
  .object({ id, title: optionalText(200), description: optionalText(5000) })
  .strict()

export const visitListFilter = z.enum(['all', 'scheduled', 'to_record', 'completed', 'cancelled', 'no_show'])

export const visitListQuery = z
  .object({
    from: isoDateTime.nullable(),
    to: isoDateTime.nullable(),
    customerId: id.nullable(),
    executiveId: id.nullable(),
    status: visitListFilter,
    sort: listSort(['startAt', 'customerName', 'status']),
    ...paging
  })
  .strict()
export type VisitListQuery = z.input<typeof visitListQuery>

export interface PersonRef {
  id: number
  name: string
}

export interface FollowUp {
  text: string
  dueDate: string | null
}

export interface SiteVisit {
  id: number
  customerId: number
  customerName: string
  executives: PersonRef[]
  executiveIds: number[]
  startAt: string
  endAt: string
  purpose: string
  address: Address
  status: VisitStatus
  /** Its time has passed and no outcome was recorded yet. */
  toRecord: boolean
  outcome: string
  notes: string
  productIds: number[]
  followUps: FollowUp[]
  cancelReason: string
  planId: number | null
  planSlot: string | null
  closedAt: string | null
  requestIds: number[]
  createdAt: string
  updatedAt: string
}

export interface VisitRow {
  id: number
  customerId: number
  customerName: string
  executiveNames: string
  startAt: string
  endAt: string
  purpose: string
  city: string
  status: VisitStatus
  toRecord: boolean
  outcome: string
  planId: number | null
}

/** A request as a visit makes it (follow-ups): the customer's request in the requests area. */
export type CustomerRequest = Pick<
  RequestRecord,
  'id' | 'customerId' | 'title' | 'description' | 'status' | 'visitId' | 'createdAt'
>

// ---------------------------------------------------------------- visit plans

export const planInput = z
  .object({
    customerId: id,
    executiveIds,
    everyWeeks: z
      .number()
      .int(keyed('wholeWeeks'))
      .min(1, keyed('atLeastEveryWeek'))
      .max(52, keyed('atMostEveryWeeks', { max: 52 })),
    localTime: localTimeOfDay,
    durationMinutes: z
      .number()
      .int()
      .min(5, keyed('atLeastMinutes', { min: 5 }))
      .max(MAX_VISIT_HOURS * 60, keyed('atMostHours', { max: MAX_VISIT_HOURS })),
    timeZone,
    startDate: isoDate,
    endDate: isoDate.nullable(),
    purpose: optionalText(500)
  })
  .strict()
  .check(endNotBeforeStart)
export type PlanInput = z.input<typeof planInput>

export const planGenerate = z
  .object({
    /** Null: every plan. */
    planId: id.nullable(),
    /** Occurrences are created up to (and including) this date. */
    until: isoDate
  })
  .strict()

export const planListQuery = z.object({ customerId: id.nullable(), executiveId: id.nullable() }).strict()

export interface VisitPlan extends Omit<PlanInput, 'executiveIds'> {
  id: number
  executiveIds: number[]
  executives: PersonRef[]
  customerName: string
  createdAt: string
  updatedAt: string
}

export interface PlanGeneration {
  created: number
  /** Slots already there (generated before, moved or cancelled): left as they are. */
  existing: number
}

// ---------------------------------------------------------------- meetings

export const meetingInput = interval(
  z
    .object({
      title: requiredText(200, 'titleRequired'),
      attendeeIds: executiveIds,
      startAt: isoDateTime,
      endAt: isoDateTime,
      place: optionalText(300),
      agenda: optionalText(10000)
    })
    .strict(),
  MAX_MEETING_HOURS
)

export interface Meeting {
  id: number
  title: string
  attendeeIds: number[]
  attendees: PersonRef[]
  startAt: string
  endAt: string
  place: string
  agenda: string
  status: 'scheduled' | 'cancelled'
  createdAt: string
  updatedAt: string
}

// ---------------------------------------------------------------- the schedule

export type EventType = 'visit' | 'meeting'

export const workingHoursInput = z
  .object({
    timeZone,
    start: localTimeOfDay,
    end: localTimeOfDay,
    /** ISO weekdays: 1 = Monday ... 7 = Sunday. */
    days: z
      .array(z.number().int().min(1).max(7))
      .max(7)
      .refine((d) => new Set(d).size === d.length, keyed('eachDayOnce'))
  })
  .strict()
  .refine((w) => w.end > w.start, { path: ['end'], error: keyed('dayEndAfterStart') })
export type WorkingHours = z.output<typeof workingHoursInput>

export const clashCheck = z
  .object({
    executiveIds,
    startAt: isoDateTime,
    endAt: isoDateTime,
    /** The event being edited, so it does not clash with itself. */
    ignore: z
      .object({ type: z.enum(['visit', 'meeting']), id })
      .strict()
      .nullable()
  })
  .strict()
  .refine((c) => Date.parse(c.endAt) > Date.parse(c.startAt), {
    path: ['endAt'],
    error: keyed('endAfterStart')
  })

export type Clash =
  | {
      kind: 'double_booking'
      executiveId: number
      executiveName: string
      other: { type: EventType; id: number; title: string; startAt: string; endAt: string }
      /** Keyed text ("§key {params}", src/shared/errors.ts): messageText gives the English. */
      message: string
    }
  | { kind: 'outside_working_hours'; message: string }

export interface Saved<T> {
  saved: T
  /** Clashes the caller accepted (acceptClashes: true); empty when there were none. */
  clashes: Clash[]
}

export const MAX_RANGE_DAYS = 400

/**
 * A stretch of the calendar read at once (the schedule's window, a calendar export): it ends after it
 * starts and spans at most MAX_RANGE_DAYS. Issues go on `to`.
 */
function calendarSpan<S extends z.ZodType<{ from: string; to: string }>>(schema: S): S {
  return schema.superRefine((span, ctx) => {
    const days = (Date.parse(span.to) - Date.parse(span.from)) / (24 * HOUR)
    if (!(days > 0)) ctx.addIssue({ code: 'custom', path: ['to'], message: keyed('endAfterStart') })
    else if (days > MAX_RANGE_DAYS)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: keyed('atMostDaysAtATime', { max: MAX_RANGE_DAYS })
      })
  })
}

export const scheduleRange = calendarSpan(
  z
    .object({
      from: isoDateTime,
      to: isoDateTime,
      /** Null or empty: the whole team. */
      executiveIds: z.array(id).max(500).nullable()
    })
    .strict()
)

export interface ScheduleEvent {
  type: EventType
  id: number
  title: string
  startAt: string
  endAt: string
  status: VisitStatus | 'scheduled' | 'cancelled'
  toRecord: boolean
  executives: PersonRef[]
  customer: PersonRef | null
  place: string
  planId: number | null
  clashes: { doubleBooked: boolean; outsideWorkingHours: boolean }
}

export interface ScheduleMarker {
  /** call_next_step: a call's next step (id of the call); request_due: an open request's next due time. */
  type: 'contract_end' | 'order_delivery' | 'call_next_step' | 'request_due'
  date: string
  id: number
  /** What is marked in its own words (a number, a contract's title, a next step): the screen puts the kind before it in the reader's language. */
  title: string
  customer: PersonRef | null
}

export interface ScheduleRange {
  events: ScheduleEvent[]
  markers: ScheduleMarker[]
}

export const daySheetQuery = z
  .object({
    executiveId: id,
    date: isoDate,
    /** The user's language (the sheet is for the office, not a customer); the print language when left out. */
    language: z.enum(languages).optional()
  })
  .strict()

export const icsQuery = calendarSpan(
  z
    .object({
      /** Null: the whole team. */
      executiveId: id.nullable(),
      from: isoDateTime,
      to: isoDateTime
    })
    .strict()
)

export const visitExportQuery = visitListQuery.omit({ offset: true, limit: true })
