/** The campaigns' part of the API contract (issue 18), spread into src/shared/api.ts. */
import { z } from 'zod'
import { languages } from '../languages'
import { id, idInput, type FileResult } from './common'
import {
  campaignInput,
  consentInput,
  labelsInput,
  responseInput,
  segmentInput,
  segmentPreviewQuery,
  unsubscribeInput,
  type Campaign,
  type CampaignRecipient,
  type CampaignRow,
  type CustomerConsent,
  type Segment,
  type SegmentPreview
} from './campaigns'

export const campaignsApiInputs = {
  'segments.list': z.object({}).strict(),
  'segments.save': z.object({ id: id.nullable().default(null), segment: segmentInput }).strict(),
  'segments.delete': idInput,
  'segments.preview': segmentPreviewQuery,
  'consent.get': z.object({ customerId: id }).strict(),
  'consent.record': z.object({ consent: consentInput }).strict(),
  'consent.unsubscribe': unsubscribeInput,
  'campaigns.list': z.object({}).strict(),
  'campaigns.get': idInput,
  'campaigns.create': z.object({ campaign: campaignInput }).strict(),
  'campaigns.update': z.object({ id, campaign: campaignInput }).strict(),
  'campaigns.launch': idInput,
  'campaigns.recipients': idInput,
  'campaigns.recordResponse': z.object({ response: responseInput }).strict(),
  'campaigns.letters': idInput,
  'campaigns.labels': labelsInput,
  /** The workbook's headings in this language (the user's), else the company's. */
  'campaigns.exportXlsx': z.object({ id, language: z.enum(languages).nullable().default(null) }).strict()
} as const

export interface CampaignsApiOutputs {
  'segments.list': Segment[]
  'segments.save': Segment
  'segments.delete': { deleted: true }
  /** The live count and the first rows of a segment (saved or being edited). */
  'segments.preview': SegmentPreview
  'consent.get': CustomerConsent
  'consent.record': CustomerConsent
  /** Records an opt-out (from a campaign's unsubscribe line, a call, a letter). */
  'consent.unsubscribe': CustomerConsent
  'campaigns.list': CampaignRow[]
  'campaigns.get': Campaign
  'campaigns.create': Campaign
  /** Drafts only: a sent campaign is a record. */
  'campaigns.update': Campaign
  /** Freezes the recipients (consenting members of the segment now) and, for e-mail, queues the messages. */
  'campaigns.launch': Campaign
  'campaigns.recipients': CampaignRecipient[]
  'campaigns.recordResponse': Campaign
  /** One letter per recipient, in the recipient's language, as one PDF. */
  'campaigns.letters': FileResult
  'campaigns.labels': FileResult
  /** Recipients and results as an Excel workbook. */
  'campaigns.exportXlsx': FileResult
}
