/** The campaigns' API handlers (issue 18): segments, consent, campaigns and their files. */
import type { ApiHandlers } from '../../shared/api'
import type { CampaignsApiOutputs } from '../../shared/schemas/campaigns-api'
import type { ServiceContext } from '../context'
import { loadConsent, recordConsent, unsubscribe } from './consent'
import { campaignLabels, campaignLetters, exportCampaign } from './files'
import { deleteSegment, listSegments, previewSegment, saveSegment } from './segments'
import {
  campaignRecipients,
  createCampaign,
  launchCampaign,
  listCampaigns,
  loadCampaign,
  recordResponse,
  updateCampaign
} from './service'

export type CampaignsHandlers = Pick<ApiHandlers, keyof CampaignsApiOutputs>

export function campaignsHandlers(ctx: ServiceContext): CampaignsHandlers {
  return {
    'segments.list': () => listSegments(ctx.db),
    'segments.save': ({ id, segment }) => saveSegment(ctx, id, segment),
    'segments.delete': ({ id }) => deleteSegment(ctx, id),
    'segments.preview': (query) => previewSegment(ctx, query),
    'consent.get': ({ customerId }) => loadConsent(ctx.db, customerId),
    'consent.record': ({ consent }) => recordConsent(ctx, consent),
    'consent.unsubscribe': (input) => unsubscribe(ctx, input),
    'campaigns.list': () => listCampaigns(ctx.db),
    'campaigns.get': ({ id }) => loadCampaign(ctx.db, id),
    'campaigns.create': ({ campaign }) => createCampaign(ctx, campaign),
    'campaigns.update': ({ id, campaign }) => updateCampaign(ctx, id, campaign),
    'campaigns.launch': ({ id }) => launchCampaign(ctx, id),
    'campaigns.recipients': ({ id }) => campaignRecipients(ctx.db, id),
    'campaigns.recordResponse': ({ response }) => recordResponse(ctx, response),
    'campaigns.letters': ({ id }) => campaignLetters(ctx, id),
    'campaigns.labels': (input) => campaignLabels(ctx, input),
    'campaigns.exportXlsx': ({ id, language }) => exportCampaign(ctx, id, language)
  }
}
