/** The global search's API handler. */
import type { ApiHandlers } from '../../shared/api'
import type { SearchApiOutputs } from '../../shared/schemas/search-api'
import type { ServiceContext } from '../context'
import { searchEverywhere } from './service'

export type SearchHandlers = Pick<ApiHandlers, keyof SearchApiOutputs>

export function searchHandlers(ctx: ServiceContext): SearchHandlers {
  return {
    'search.everywhere': ({ text }) => searchEverywhere(ctx, text)
  }
}
