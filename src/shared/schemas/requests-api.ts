/** The customer requests' part of the API contract, spread into src/shared/api.ts. */
import { z } from 'zod'
import { idInput, type FileResult, type Page } from './common'
import {
  requestExportQuery,
  requestInput,
  requestListQuery,
  requestSetStatus,
  requestUpdate,
  type RequestRecord,
  type RequestRow
} from './requests'

export const requestApiInputs = {
  'requests.list': requestListQuery,
  'requests.get': idInput,
  'requests.create': z.object({ request: requestInput }).strict(),
  'requests.update': requestUpdate,
  'requests.setStatus': requestSetStatus,
  'requests.exportXlsx': requestExportQuery
} as const

export interface RequestApiOutputs {
  'requests.list': Page<RequestRow>
  'requests.get': RequestRecord
  /** A new request is open straight away (drafts come from visits). */
  'requests.create': RequestRecord
  'requests.update': RequestRecord
  'requests.setStatus': RequestRecord
  'requests.exportXlsx': FileResult
}
