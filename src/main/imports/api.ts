/** The imports' API handlers (customers and products from another program's file). */
import type { ApiHandlers } from '../../shared/api'
import type { ImportsApiOutputs } from '../../shared/schemas/imports-api'
import type { ServiceContext } from '../context'
import { applyImport, previewImport } from './master-data'

export type ImportsHandlers = Pick<ApiHandlers, keyof ImportsApiOutputs>

export function importsHandlers(ctx: ServiceContext): ImportsHandlers {
  return {
    'imports.preview': (input) => previewImport(ctx, input),
    'imports.apply': (input) => applyImport(ctx, input)
  }
}
