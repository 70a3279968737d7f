/**
 * Contracts the sales executives bring in: value, term, billing frequency, notice period,
 * attached files, status draft -> active -> ended | terminated, renewals and recurring billing.
 */
import { z } from 'zod'
import { keyed } from '../errors'
import { endNotBeforeStart, id, optionalText, paging, requiredText, listSort, currencyCode } from './common'
import { isoDate } from './schedule'

export const billingFrequencies = ['one_off', 'monthly', 'quarterly', 'yearly'] as const
export type BillingFrequency = (typeof billingFrequencies)[number]

export const contractStatuses = ['draft', 'active', 'ended', 'terminated'] as const
export type ContractStatus = (typeof contractStatuses)[number]

/** Days before the notice date from which an active contract shows as "expiring". */
export const EXPIRING_WINDOW_DAYS = 30

export const contractInput = z
  .object({
    customerId: id,
    /** The sales executive who obtained it. */
    executiveId: id.nullable(),
    title: requiredText(200, 'titleRequired'),
    description: optionalText(10000),
    /** Billed each period (monthly, quarterly, yearly); the whole amount when one-off. Cents. */
    valueCents: z
      .number(keyed('enterAmount'))
      .int(keyed('wholeCentsOnly'))
      .min(0, keyed('notNegative'))
      .max(1e13, keyed('tooLarge')),
    currency: currencyCode,
    startDate: isoDate,
    /** Null: open-ended (runs until terminated). */
    endDate: isoDate.nullable(),
    billingFrequency: z.enum(billingFrequencies),
    noticePeriodDays: z
      .number()
      .int(keyed('wholeDays'))
      .min(0, keyed('notNegative'))
      .max(3650, keyed('atMostDays', { max: 3650 })),
    signedDate: isoDate.nullable()
  })
  .strict()
  .check(endNotBeforeStart)
export type ContractInput = z.input<typeof contractInput>

export const contractUpdate = z
  .object({ id, contract: contractInput, expectedUpdatedAt: z.string().max(40).optional() })
  .strict()

export const contractListFilter = z.enum(['all', 'expiring', ...contractStatuses])

export const contractListQuery = z
  .object({
    search: z.string().max(200),
    status: contractListFilter,
    customerId: id.nullable(),
    executiveId: id.nullable(),
    sort: listSort(['number', 'title', 'customerName', 'startDate', 'endDate', 'valueCents', 'status']),
    ...paging
  })
  .strict()
export type ContractListQuery = z.input<typeof contractListQuery>

export const contractExportQuery = contractListQuery.omit({ offset: true, limit: true })

export const contractTerminate = z
  .object({ id, date: isoDate, reason: requiredText(1000, 'reasonRequired') })
  .strict()

export const contractEnd = z.object({ id, date: isoDate.nullable() }).strict()

export const contractRenew = z
  .object({
    id,
    /** Null: the day after the current end date. */
    startDate: isoDate.nullable(),
    /** Null: the same length as the current term (or open-ended if the current one is). */
    endDate: isoDate.nullable(),
    /** Null: the current value. */
    valueCents: z.number().int().min(0).max(1e13).nullable()
  })
  .strict()

export const renewalsQuery = z.object({ withinDays: z.number().int().min(0).max(3650) }).strict()

/** Attachment size limit (decoded bytes). The web host accepts 20 MB bodies; base64 adds a third. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024

export const contractAttach = z
  .object({
    contractId: id,
    fileName: requiredText(255, 'fileNameRequired'),
    contentBase64: z
      .string()
      .min(1, keyed('fileEmpty'))
      .max(
        Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4,
        keyed('fileLargerThan', { size: MAX_ATTACHMENT_BYTES / 1024 / 1024 })
      )
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, keyed('notBase64'))
  })
  .strict()

export const billingPeriodQuery = z
  .object({
    id,
    /** Periods starting on or before this date are due. */
    until: isoDate
  })
  .strict()

export interface ContractAttachment {
  id: number
  fileName: string
  sizeBytes: number
  mimeType: string
  createdAt: string
}

export interface Contract {
  id: number
  number: string
  customerId: number
  customerName: string
  executiveId: number | null
  executiveName: string
  title: string
  description: string
  valueCents: number
  currency: string
  startDate: string
  endDate: string | null
  billingFrequency: BillingFrequency
  noticePeriodDays: number
  /** The last day to give notice: end date minus notice period. */
  noticeDate: string | null
  signedDate: string | null
  status: ContractStatus
  /** Active and within EXPIRING_WINDOW_DAYS of its notice date (or past it), not yet ended. */
  expiring: boolean
  /** Ended or terminated on. */
  closedDate: string | null
  terminationReason: string
  renewedFromId: number | null
  renewedById: number | null
  attachments: ContractAttachment[]
  createdAt: string
  updatedAt: string
}

export interface ContractRow {
  id: number
  number: string
  title: string
  customerId: number
  customerName: string
  executiveName: string
  valueCents: number
  currency: string
  startDate: string
  endDate: string | null
  noticeDate: string | null
  billingFrequency: BillingFrequency
  status: ContractStatus
  expiring: boolean
  renewedById: number | null
}

export interface BillingPeriod {
  periodStart: string
  periodEnd: string
  amountCents: number
}

export interface BillingProposal {
  contractId: number
  currency: string
  due: BillingPeriod[]
  alreadyBilled: Array<BillingPeriod & { invoiceId: number | null }>
}

export interface DueInvoicesResult {
  created: Array<BillingPeriod & { invoiceId: number }>
}
