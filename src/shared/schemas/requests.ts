/** Customer requests and complaints: inputs (zod, shared with the forms), list query and outputs. */
import { z } from 'zod'
import { id, optionalText, paging, requiredText, sortDirection } from './common'

export const requestStatuses = ['draft', 'open', 'closed'] as const
export type RequestStatus = (typeof requestStatuses)[number]

/**
 * The moves a request's status may make: a draft (e.g. from a visit) is opened, an open
 * request is closed, a closed one may be reopened.
 */
export const requestMoves: Record<RequestStatus, readonly RequestStatus[]> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open']
}

export const requestFields = z
  .object({
    title: requiredText(200, 'titleRequired'),
    description: optionalText(5000)
  })
  .strict()
export type RequestFields = z.input<typeof requestFields>

export const requestInput = requestFields.extend({ customerId: id }).strict()
export type RequestInput = z.input<typeof requestInput>

export const requestUpdate = z
  .object({ id, request: requestFields, expectedUpdatedAt: z.string().max(40).optional() })
  .strict()

export const requestSetStatus = z.object({ id, status: z.enum(requestStatuses) }).strict()

export const requestListFilter = z.enum(['all', 'active', ...requestStatuses])

export const requestListQuery = z
  .object({
    search: z.string().max(200),
    /** 'active' = draft or open. */
    status: requestListFilter,
    customerId: id.nullable(),
    sort: z
      .object({
        field: z.enum(['createdAt', 'updatedAt', 'customerName', 'status']),
        direction: sortDirection
      })
      .strict(),
    ...paging
  })
  .strict()
export type RequestListQuery = z.input<typeof requestListQuery>

export const requestExportQuery = requestListQuery.omit({ offset: true, limit: true })

export interface RequestRow {
  id: number
  title: string
  status: RequestStatus
  customerId: number
  customerName: string
  customerCode: string
  visitId: number | null
  visitStartAt: string | null
  createdAt: string
  updatedAt: string
}

export interface RequestRecord extends RequestRow {
  description: string
}
