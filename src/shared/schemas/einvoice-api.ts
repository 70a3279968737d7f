/** The e-invoices' part of the API contract: inputs (zod) and outputs, spread into src/shared/api.ts. */
import { z } from 'zod'
import { id, idInput, type FileResult } from './common'
import {
  einvoiceBatchQuery,
  einvoiceFormats,
  einvoiceSettings,
  type EInvoiceProblem,
  type EInvoiceSettings
} from './einvoice'

export const einvoiceApiInputs = {
  'einvoice.settings': z.object({}).strict(),
  'einvoice.updateSettings': z.object({ settings: einvoiceSettings }).strict(),
  'einvoice.file': z.object({ id, format: z.enum(einvoiceFormats) }).strict(),
  'einvoice.check': idInput,
  'einvoice.batch': einvoiceBatchQuery
} as const

export interface EInvoiceApiOutputs {
  'einvoice.settings': EInvoiceSettings
  'einvoice.updateSettings': EInvoiceSettings
  'einvoice.file': FileResult
  'einvoice.check': { problems: EInvoiceProblem[] }
  /** A zip of every issued document of the period, one file each, with a count. */
  'einvoice.batch': FileResult & { count: number }
}
