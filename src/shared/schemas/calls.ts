/**
 * The call log and prospects (issue 18): a call logged in a few keystrokes (who, contact,
 * direction, outcome, notes, next step with its date), an unknown caller entered as a new
 * prospect in the same step, a prospect's qualification and hand-over to a sales executive.
 */
import { z } from 'zod'
import { keyed } from '../errors'
import { id, optionalEmail, optionalText, paging, phone, requiredText } from './common'
import { isoDate, isoDateTime } from './schedule'

export const callDirections = ['incoming', 'outgoing'] as const
export type CallDirection = (typeof callDirections)[number]
export const callOutcomes = ['no_answer', 'call_back', 'interested', 'not_interested', 'order_taken'] as const
export type CallOutcome = (typeof callOutcomes)[number]

/** An unknown caller: becomes a customer with status "prospect" and a prospect record. */
export const newProspect = z
  .object({
    name: requiredText(200, 'nameRequired'),
    phone,
    email: optionalEmail,
    city: optionalText(100).default(''),
    source: optionalText(100).default('')
  })
  .strict()

export const callInput = z
  .object({
    /** The caller or the one called; null when `newProspect` is given. */
    customerId: id.nullable(),
    newProspect: newProspect.nullable().default(null),
    /** Who made or took the call; null: the office. */
    executiveId: id.nullable(),
    /** When; default: now. */
    at: isoDateTime.nullable().default(null),
    direction: z.enum(callDirections),
    contactName: optionalText(120).default(''),
    contactPhone: phone.default(''),
    outcome: z.enum(callOutcomes),
    notes: optionalText(4000).default(''),
    nextStep: optionalText(300).default(''),
    nextStepDate: isoDate.nullable().default(null),
    campaignId: id.nullable().default(null)
  })
  .strict()
  .superRefine((v, ctx) => {
    if ((v.customerId === null) === (v.newProspect === null))
      ctx.addIssue({
        code: 'custom',
        path: ['customerId'],
        message: keyed('chooseCustomerOrProspect')
      })
    if (v.nextStepDate !== null && v.nextStep === '')
      ctx.addIssue({ code: 'custom', path: ['nextStep'], message: keyed('sayNextStep') })
  })
export type CallInput = z.input<typeof callInput>

export const callListQuery = z
  .object({
    customerId: id.nullable(),
    executiveId: id.nullable(),
    /** Calendar days, inclusive (company dates of the call). */
    from: isoDate.nullable(),
    to: isoDate.nullable(),
    ...paging
  })
  .strict()

/** What the caller writes down about a call: the call dialog's fields, and what the call log shows. */
export interface CallReport {
  direction: CallDirection
  contactName: string
  contactPhone: string
  outcome: CallOutcome
  notes: string
  nextStep: string
}

export interface CallRow extends CallReport {
  id: number
  at: string
  customerId: number
  customerName: string
  customerStatus: 'prospect' | 'active' | 'inactive'
  executiveId: number | null
  executiveName: string | null
  nextStepDate: string | null
  campaignId: number | null
}

/** Next steps with a date in a range: the callers' agenda. */
export const nextStepsQuery = z.object({ executiveId: id.nullable(), from: isoDate, to: isoDate }).strict()

/** Calls per sales executive (null: the office) per day of an ISO week. */
export const callsPerDayQuery = z
  .object({ week: z.string().regex(/^\d{4}-W\d{2}$/, keyed('useIsoWeek')) })
  .strict()
export interface CallsPerDay {
  week: string
  days: string[]
  rows: {
    executiveId: number | null
    name: string
    perDay: number[]
    total: number
    targetPerDay: number | null
  }[]
}

export const prospectQualification = z
  .object({
    source: optionalText(100),
    need: optionalText(500),
    budget: optionalText(200),
    timing: optionalText(200),
    decisionMaker: optionalText(200)
  })
  .strict()
export type ProspectQualification = z.input<typeof prospectQualification>

export interface Prospect {
  customerId: number
  source: string
  need: string
  budget: string
  timing: string
  decisionMaker: string
  handedOverTo: number | null
  handedOverToName: string | null
  handedOverAt: string | null
  convertedAt: string | null
  convertedDocumentId: number | null
  createdAt: string
}
