/** Global search's part of the API contract: inputs (zod) and outputs, spread into src/shared/api.ts. */
import { z } from 'zod'
import type { SearchResults } from './search'

export const searchApiInputs = {
  'search.everywhere': z.object({ text: z.string().trim().min(1).max(100) }).strict()
} as const

export interface SearchApiOutputs {
  /** Customers (name, code, tax id, city, e-mail, contacts), issued documents by number, products, contacts. */
  'search.everywhere': SearchResults
}
