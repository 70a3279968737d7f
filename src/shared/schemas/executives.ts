import { z } from 'zod'
import { id, masterDataListQuery, optionalEmail, phone, requiredText } from './common'
import { isoWeekText, type UnconvertedDocument } from './figures'

export const executiveInput = z
  .object({
    name: requiredText(120, 'nameRequired'),
    email: optionalEmail,
    phone,
    active: z.boolean()
  })
  .strict()
export type ExecutiveInput = z.input<typeof executiveInput>

export const executiveListQuery = masterDataListQuery(['name', 'email', 'customerCount'])
export type ExecutiveListQuery = z.input<typeof executiveListQuery>

export interface Executive extends ExecutiveInput {
  id: number
  createdAt: string
  updatedAt: string
}

export interface ExecutiveRow extends Executive {
  customerCount: number
}

export const emptyExecutive = (): ExecutiveInput => ({ name: '', email: '', phone: '', active: true })

/** The executive page's figures (issue 13 item 8): the 12 weeks up to `week` (null: this week). */
export const executiveFiguresQuery = z.object({ id, week: isoWeekText.nullable().default(null) }).strict()

/** One week of an executive's figures beside their targets for that week (null: no target). */
export interface ExecutiveWeek {
  week: string
  start: string
  revenueCents: number
  revenueTargetCents: number | null
  ordersWon: number
  estimatesSent: number
  newCustomers: number
  newCustomersTarget: number | null
  visitsCompleted: number
  visitsTarget: number | null
  calls: number
  callsTarget: number | null
}

export interface ExecutiveVisit {
  id: number
  startAt: string
  customerId: number
  customerName: string
}

export interface ExecutiveFigures {
  executiveId: number
  /** The accounting currency of every amount (documents converted at their frozen rates). */
  currency: string
  /** Oldest first. */
  weeks: ExecutiveWeek[]
  /** Open now: estimates sent, still valid and not decided; orders confirmed or partly delivered. */
  pipeline: {
    estimates: { count: number; cents: number }
    orders: { count: number; cents: number }
  }
  visits: {
    /** Completed in the 12 weeks. */
    completed: number
    /** The next scheduled visits from now, soonest first (at most five). */
    upcoming: ExecutiveVisit[]
    upcomingCount: number
  }
  /** The customers they look after (not archived), by status. */
  customers: { active: number; prospect: number; inactive: number }
  /** Documents left out of the amounts for want of an exchange rate. */
  unconverted: UnconvertedDocument[]
}
