/**
 * Campaigns (issue 18): segments over customers and prospects, marketing consent per channel,
 * postal and e-mail campaigns whose recipients are frozen at launch, and their results.
 */
import { z } from 'zod'
import { keyed } from '../errors'
import { languages, type Language } from '../languages'
import { countryCode, id, optionalEmail, optionalText, requiredText } from './common'
import { isoDate } from './schedule'

export const customerStatuses = ['prospect', 'active', 'inactive'] as const
export const consentStatuses = ['granted', 'opted_out', 'do_not_contact'] as const
export type ConsentStatus = (typeof consentStatuses)[number]
/** 'all' covers both channels; a later entry for one channel overrides it for that channel. */
export const consentChannels = ['all', 'post', 'email'] as const
export type ConsentChannel = (typeof consentChannels)[number]
export const campaignKinds = ['postal', 'email'] as const
export type CampaignKind = (typeof campaignKinds)[number]
export const responseKinds = ['call', 'email', 'visit'] as const
export const labelLayouts = ['L7160', 'L7163', '5160'] as const
export type LabelLayout = (typeof labelLayouts)[number]

const cents = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)

/** Every filter is optional: an empty list or null means "any". */
export const segmentFilters = z
  .object({
    statuses: z.array(z.enum(customerStatuses)).max(3).default([]),
    countries: z.array(countryCode).max(50).default([]),
    region: optionalText(100).default(''),
    city: optionalText(100).default(''),
    executiveIds: z.array(id).max(200).default([]),
    /** Customers with at least one of these products among their preferences. */
    productIds: z.array(id).max(200).default([]),
    /** The last issued invoice's date, inclusive bounds. */
    lastPurchaseFrom: isoDate.nullable().default(null),
    lastPurchaseTo: isoDate.nullable().default(null),
    /** Net invoiced (less credit notes, plus debit notes) over the 365 days before today, in minor units. */
    turnoverMinCents: cents.nullable().default(null),
    turnoverMaxCents: cents.nullable().default(null),
    /** The recipient's language (see campaigns/language.ts). */
    languages: z.array(z.enum(languages)).max(5).default([]),
    hasEmail: z.boolean().nullable().default(null),
    hasPostalAddress: z.boolean().nullable().default(null),
    /** The consent in force for the campaign's channel ('none': never asked). */
    consent: z.enum(['granted', 'opted_out', 'do_not_contact', 'none']).nullable().default(null),
    /** Free text over name, code, city (the customer list's search). */
    search: optionalText(100).default('')
  })
  .strict()
export type SegmentFilters = z.output<typeof segmentFilters>
export type SegmentFiltersInput = z.input<typeof segmentFilters>

export const segmentInput = z
  .object({ name: requiredText(120, 'nameRequired'), filters: segmentFilters })
  .strict()

export interface Segment {
  id: number
  name: string
  filters: SegmentFilters
  createdAt: string
  updatedAt: string
}

/** One customer as a segment shows it. */
export interface SegmentMember {
  customerId: number
  code: string
  name: string
  status: 'prospect' | 'active' | 'inactive'
  city: string
  country: string
  email: string
  language: Language
  /** The consent in force for the channel asked ('none': never asked). */
  consent: ConsentStatus | 'none'
}

export interface SegmentPreview {
  /** Everyone matching the filters. */
  total: number
  /** Of those, the ones a campaign on this channel would reach (consent granted, address or e-mail). */
  reachable: number
  rows: SegmentMember[]
}

export const segmentPreviewQuery = z
  .object({
    filters: segmentFilters,
    channel: z.enum(['post', 'email']).default('post'),
    limit: z.number().int().min(0).max(500).default(50)
  })
  .strict()

export const consentInput = z
  .object({
    customerId: id,
    /**
     * The e-mail address of one of the customer's people, for their own e-mail consent; '' for the
     * customer as a whole. A person's entry is about e-mails only: letters go to the company.
     */
    email: optionalEmail.transform((v) => v.toLowerCase()).default(''),
    status: z.enum(consentStatuses),
    channel: z.enum(consentChannels).default('all'),
    date: isoDate,
    /** Where it comes from: a signed form, the web shop, a phone call … */
    source: requiredText(200, 'fieldRequired')
  })
  .strict()
  .refine((c) => c.email === '' || c.channel === 'email', {
    error: keyed('consentPersonEmailOnly'),
    path: ['channel']
  })

export interface ConsentEntry {
  id: number
  customerId: number
  /** The person's e-mail address it was given or withdrawn for; '' for the customer as a whole. */
  email: string
  /** That person's name among the customer's contacts now ('' when none has the address). */
  contactName: string
  status: ConsentStatus
  channel: ConsentChannel
  date: string
  source: string
  createdAt: string
  createdBy: string
}

export interface CustomerConsent {
  customerId: number
  /** In force per channel ('none': never asked). */
  post: ConsentStatus | 'none'
  email: ConsentStatus | 'none'
  /** Each contact's e-mail consent in force: their own entries, else the customer's. */
  people: ContactConsent[]
  history: ConsentEntry[]
}

/** A contact with an e-mail address, and their e-mail consent in force. */
export interface ContactConsent {
  name: string
  email: string
  status: ConsentStatus | 'none'
  /** Whether it is their own entry or the customer's they inherit. */
  own: boolean
}

/** A campaign's text in one language; {customer}, {contact}, {city}, {company}, {executive}, {date} are merge fields. */
export const campaignText = z
  .object({ subject: optionalText(300).default(''), body: requiredText(20_000, 'textRequired') })
  .strict()
export type CampaignText = z.output<typeof campaignText>

export const campaignInput = z
  .object({
    name: requiredText(200, 'nameRequired'),
    kind: z.enum(campaignKinds),
    /** The saved segment it was built from (its filters are copied, and frozen at launch). */
    segmentId: id.nullable().default(null),
    filters: segmentFilters,
    /** At least one language; a recipient whose language has no text gets the company language's. */
    texts: z.partialRecord(z.enum(languages), campaignText),
    /** Responses, estimates and orders this many days after the launch count for the campaign. */
    windowDays: z.number().int().min(1).max(730).default(60)
  })
  .strict()

export interface CampaignResults {
  recipients: number
  /** Recipients who answered (a response logged, or a call linked to the campaign) within the window. */
  responded: number
  /** Recipients with an estimate or an order dated within the window. */
  converted: number
  estimates: number
  orders: number
  /** Net of those orders, per currency (minor units). */
  revenue: { currency: string; netCents: number }[]
  /** responded / recipients, 0 with no recipients. */
  responseRate: number
  conversionRate: number
  windowEnd: string | null
}

export interface Campaign {
  id: number
  name: string
  kind: CampaignKind
  segmentId: number | null
  segmentName: string | null
  filters: SegmentFilters
  texts: Partial<Record<Language, CampaignText>>
  status: 'draft' | 'sent'
  sentAt: string | null
  windowDays: number
  createdAt: string
  updatedAt: string
  results: CampaignResults | null
}

export interface CampaignRow {
  id: number
  name: string
  kind: CampaignKind
  status: 'draft' | 'sent'
  sentAt: string | null
  recipients: number
  /** Of a sent campaign, within its window (null for a draft). */
  responseRate: number | null
  conversionRate: number | null
}

export interface CampaignRecipient {
  customerId: number
  name: string
  language: string
  address: string
  email: string
  sentAt: string
  responded: boolean
  converted: boolean
}

export const responseInput = z
  .object({
    campaignId: id,
    customerId: id,
    kind: z.enum(responseKinds),
    date: isoDate,
    note: optionalText(1000).default('')
  })
  .strict()

export const unsubscribeInput = z
  .object({ customerId: id, campaignId: id.nullable().default(null), channel: z.enum(consentChannels) })
  .strict()

export const labelsInput = z
  .object({
    /** A sent campaign's recipients, or a segment's consenting postal addresses now. */
    campaignId: id.nullable().default(null),
    segmentId: id.nullable().default(null),
    layout: z.enum(labelLayouts)
  })
  .strict()
  .refine((v) => (v.campaignId === null) !== (v.segmentId === null), {
    error: keyed('fieldRequired'),
    path: ['campaignId']
  })
