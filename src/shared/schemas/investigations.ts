/**
 * Investigations of returned payments: open → customer contacted → resolved | written off, with
 * dated notes. Money is integer cents.
 */
import { z } from 'zod'
import { id, optionalText, paging, requiredText, isoDate } from './common'
import type { ReturnReason } from './payments'
import type { CurrencyTotal } from './receivables'

export const investigationStatuses = ['open', 'contacted', 'resolved', 'written_off'] as const
export type InvestigationStatus = (typeof investigationStatuses)[number]

/** open → customer contacted → resolved | written off. */
export const investigationSteps: Record<InvestigationStatus, readonly InvestigationStatus[]> = {
  open: ['contacted', 'resolved', 'written_off'],
  contacted: ['resolved', 'written_off'],
  resolved: [],
  written_off: []
}

export interface InvestigationNote {
  id: number
  noteDate: string
  text: string
  actor: string
  createdAt: string
}

export interface InvestigationRow {
  id: number
  status: InvestigationStatus
  openedOn: string
  closedOn: string | null
  customerId: number
  customerCode: string
  customerName: string
  paymentId: number
  paymentDate: string
  amountCents: number
  currency: string
  reason: ReturnReason
  returnDate: string
  bankFeeCents: number
  notes: number
  updatedAt: string
}

export interface Investigation extends InvestigationRow {
  outcome: string
  paymentReference: string
  debitNoteNumber: string | null
  notesList: InvestigationNote[]
}

export const investigationListQuery = z
  .object({
    status: z.enum(['all', 'active', ...investigationStatuses]),
    customerId: id.nullable(),
    /** The customer's sales executive. */
    executiveId: id.nullable().default(null),
    ...paging
  })
  .strict()
export type InvestigationListQuery = z.input<typeof investigationListQuery>

export const investigationUpdate = z
  .object({ id, status: z.enum(investigationStatuses), outcome: optionalText(2000), date: isoDate })
  .strict()

export const investigationNoteInput = z
  .object({ id, noteDate: isoDate, text: requiredText(4000, 'noteRequired') })
  .strict()

/** The returned payments' window, with the returned amounts of the whole filtered list per currency. */
export interface InvestigationPage {
  total: number
  rows: InvestigationRow[]
  totals: CurrencyTotal[]
}
