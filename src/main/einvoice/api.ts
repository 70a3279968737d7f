/** The e-invoice API handlers. */
import type { ApiHandlers } from '../../shared/api'
import type { EInvoiceApiOutputs } from '../../shared/schemas/einvoice-api'
import type { ServiceContext } from '../context'
import { einvoiceBatch, einvoiceCheck, einvoiceFileResult } from './service'
import { readEInvoiceSettings, updateEInvoiceSettings } from './settings'

export type EInvoiceHandlers = Pick<ApiHandlers, keyof EInvoiceApiOutputs>

export function einvoiceHandlers(ctx: ServiceContext): EInvoiceHandlers {
  return {
    'einvoice.settings': () => readEInvoiceSettings(ctx.db),
    'einvoice.updateSettings': ({ settings }) => updateEInvoiceSettings(ctx, settings),
    'einvoice.file': ({ id, format }) => einvoiceFileResult(ctx, id, format),
    'einvoice.check': ({ id }) => einvoiceCheck(ctx, id),
    'einvoice.batch': (query) => einvoiceBatch(ctx, query)
  }
}
