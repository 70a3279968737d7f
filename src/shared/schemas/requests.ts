/** Customer requests and complaints: inputs (zod, shared with the forms), list query and outputs. */
import { z } from 'zod'
import { keyed } from '../errors'
import { id, optionalText, paging, requiredText, listSort } from './common'

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

export const requestKinds = ['request', 'complaint', 'inquiry'] as const
export type RequestKind = (typeof requestKinds)[number]
export const requestChannels = ['phone', 'email', 'visit', 'letter', 'walk_in'] as const
export type RequestChannel = (typeof requestChannels)[number]
/** Most pressing first: the queue sorts in this order. */
export const requestPriorities = ['urgent', 'high', 'normal', 'low'] as const
export type RequestPriority = (typeof requestPriorities)[number]

export const requestFields = z
  .object({
    title: requiredText(200, 'titleRequired'),
    description: optionalText(5000),
    kind: z.enum(requestKinds).default('request'),
    channel: z.enum(requestChannels).default('phone'),
    category: optionalText(100).default(''),
    priority: z.enum(requestPriorities).default('normal'),
    /** null: the office handles it. */
    ownerExecutiveId: id.nullable().default(null)
  })
  .strict()

export const requestInput = requestFields.extend({ customerId: id }).strict()

export const requestUpdate = z
  .object({ id, request: requestFields, expectedUpdatedAt: z.string().max(40).optional() })
  .strict()

/** A status change carries a comment; closing also carries the resolution and, if given, the customer's satisfaction. */
export const requestSetStatus = z
  .object({
    id,
    status: z.enum(requestStatuses),
    comment: optionalText(5000).default(''),
    resolution: optionalText(5000).default(''),
    satisfaction: z
      .number()
      .int()
      .min(1, keyed('numberFromTo', { min: 1, max: 5 }))
      .max(5, keyed('numberFromTo', { min: 1, max: 5 }))
      .nullable()
      .default(null)
  })
  .strict()

export const requestComment = z.object({ id, text: requiredText(5000, 'commentRequired') }).strict()

/** Links a document by its number (INV-2026-00042, an order, an estimate) or a visit by id. */
export const requestLink = z
  .object({ id, number: optionalText(40).default(''), visitId: id.nullable().default(null) })
  .strict()
export const requestUnlink = z.object({ id, linkId: id }).strict()

/** Response and resolution times per priority, in hours (Settings). */
const hours = z
  .number()
  .int(keyed('wholeHours'))
  .min(1, keyed('atLeastOneHour'))
  .max(8760, keyed('atMostHours', { max: 8760 }))
export const requestTime = z.object({ responseHours: hours, resolutionHours: hours }).strict()
export const requestTimes = z
  .object({ urgent: requestTime, high: requestTime, normal: requestTime, low: requestTime })
  .strict()
export type RequestTimes = z.output<typeof requestTimes>
export const defaultRequestTimes: RequestTimes = {
  urgent: { responseHours: 1, resolutionHours: 8 },
  high: { responseHours: 4, resolutionHours: 24 },
  normal: { responseHours: 8, resolutionHours: 72 },
  low: { responseHours: 24, resolutionHours: 168 }
}

export const requestListFilter = z.enum(['all', 'active', ...requestStatuses])

export const requestListQuery = z
  .object({
    search: z.string().max(200),
    /** 'active' = draft or open. */
    status: requestListFilter,
    customerId: id.nullable(),
    kind: z.enum(['all', ...requestKinds]).default('all'),
    /** Only those past their response or resolution time. */
    lateOnly: z.boolean().default(false),
    /** 'queue': most pressing priority first, then the earliest due time. */
    sort: listSort(['queue', 'createdAt', 'updatedAt', 'customerName', 'status', 'resolveBy']),
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
  kind: RequestKind
  channel: RequestChannel
  category: string
  priority: RequestPriority
  ownerExecutiveId: number | null
  ownerName: string | null
  openedAt: string | null
  respondBy: string | null
  resolveBy: string | null
  respondedAt: string | null
  closedAt: string | null
  /** Past its response time unanswered, or past its resolution time unclosed (now, or when it was closed). */
  late: boolean
  satisfaction: number | null
}

export interface RequestComment {
  id: number
  at: string
  actor: string
  fromStatus: RequestStatus | null
  toStatus: RequestStatus | null
  text: string
}

export interface RequestLinkRow {
  id: number
  documentId: number | null
  documentType: string | null
  number: string | null
  visitId: number | null
  visitStartAt: string | null
}

export interface RequestRecord extends RequestRow {
  description: string
  resolution: string
  comments: RequestComment[]
  links: RequestLinkRow[]
}

/** What the navigation shows beside Requests. */
export interface RequestCounts {
  open: number
  late: number
}
