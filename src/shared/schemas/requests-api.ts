/** The customer requests' part of the API contract, spread into src/shared/api.ts. */
import { z } from 'zod'
import { exportLanguage, idInput, type FileResult, type Page } from './common'
import {
  requestExportQuery,
  requestInput,
  requestListQuery,
  requestSetStatus,
  requestUpdate,
  requestComment,
  requestLink,
  requestUnlink,
  requestTimes,
  type RequestCounts,
  type RequestTimes,
  type RequestRecord,
  type RequestRow
} from './requests'

export const requestsApiInputs = {
  'requests.list': requestListQuery,
  'requests.get': idInput,
  'requests.create': z.object({ request: requestInput }).strict(),
  'requests.update': requestUpdate,
  'requests.setStatus': requestSetStatus,
  'requests.exportXlsx': requestExportQuery.extend(exportLanguage),
  'requests.comment': requestComment,
  'requests.link': requestLink,
  'requests.unlink': requestUnlink,
  'requests.counts': z.object({}).strict(),
  'requests.times': z.object({}).strict(),
  'requests.setTimes': z.object({ times: requestTimes }).strict()
} as const

export interface RequestsApiOutputs {
  'requests.list': Page<RequestRow>
  'requests.get': RequestRecord
  /** A new request is open straight away (drafts come from visits). */
  'requests.create': RequestRecord
  'requests.update': RequestRecord
  'requests.setStatus': RequestRecord
  'requests.exportXlsx': FileResult
  /** Adds a note to the thread (the first one answers the request). */
  'requests.comment': RequestRecord
  'requests.link': RequestRecord
  'requests.unlink': RequestRecord
  'requests.counts': RequestCounts
  'requests.times': RequestTimes
  'requests.setTimes': RequestTimes
}
