import { z } from 'zod'
import { isCurrencyCode } from '../currencies'
import { languages } from '../languages'
import { keyed, type ErrorKey } from '../errors'
import { installKeyedZodMessages } from './zod-messages'

// zod's own messages by key for every schema of the process (every area's schemas import this file).
installKeyedZodMessages()

export const id = z.number().int().positive()
export const idInput = z.object({ id }).strict()

/** An ISO calendar date, "2026-03-02". */
export const isoDate = z.iso.date(keyed('useDateLike'))

export const sortDirection = z.enum(['asc', 'desc'])

/** How a list is sorted: by one of the columns it can sort on (`fields`), ascending or descending. */
export const listSort = <const Field extends string>(fields: readonly [Field, ...Field[]]) =>
  z.object({ field: z.enum(fields), direction: sortDirection }).strict()

/** An open-ended period's end date, when it has one, is not before its start (contracts, visit plans). */
export const endNotBeforeStart = z.refine<{ startDate: string; endDate: string | null }>(
  (period) => period.endDate === null || period.endDate >= period.startDate,
  { path: ['endDate'], error: keyed('endDateBeforeStart') }
)

/** Paging for virtualised lists: the client asks for the window it shows. */
export const paging = {
  offset: z.number().int().min(0).max(10_000_000),
  limit: z.number().int().min(1).max(1000)
}

/** Which records of master data a list shows: all of them, or only the active or the inactive ones. */
export const activeFilters = ['all', 'active', 'inactive'] as const

/** A master data list (executives, products): searched, active or not, sorted on `fields`, paged. */
export const masterDataListQuery = <const Field extends string>(fields: readonly [Field, ...Field[]]) =>
  z
    .object({ search: z.string().max(200), active: z.enum(activeFilters), sort: listSort(fields), ...paging })
    .strict()

/**
 * A list export's words in `language` (the user's, sent by the screen); without one, in the
 * company's document language (issue 14).
 */
export const exportLanguage = { language: z.enum(languages).nullable().default(null) }

export interface Page<Row> {
  total: number
  rows: Row[]
}

const phonePattern = /^[0-9+()\-./\s]*$/

export const phone = z
  .string()
  .trim()
  .max(40, keyed('atMostCharacters', { max: 40 }))
  .regex(phonePattern, keyed('phoneCharacters'))

export const optionalEmail = z
  .string()
  .trim()
  .max(254, keyed('atMostCharacters', { max: 254 }))
  .refine((v) => v === '' || z.email().safeParse(v).success, keyed('invalidEmail'))

/** `required` names the sentence for an empty field ("Name is required"). */
export const requiredText = (max: number, required: ErrorKey = 'fieldRequired') =>
  z.string().trim().min(1, keyed(required)).max(max, keyed('atMostCharacters', { max }))

export const optionalText = (max: number) => z.string().trim().max(max, keyed('atMostCharacters', { max }))

/** A file produced by the API (Excel exports, PDFs): both transports deliver it as a download. */
export interface FileResult {
  kind: 'file'
  fileName: string
  mimeType: string
  bytes: Uint8Array
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** A country as its ISO 3166 two-letter code ("es" is read as ES). */
export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, keyed('countryCode'))

/** The same where the country may be left empty (an address still being filled in). */
export const optionalCountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([A-Z]{2})?$/, keyed('countryCode'))

/** An active ISO 4217 currency code ("eur" is read as EUR; "XYZ" is refused). */
export const currencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, keyed('currencyThreeLetters'))
  .refine(isCurrencyCode, keyed('currencyNotIsoExample'))
