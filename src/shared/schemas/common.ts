import { z } from 'zod'
import { isCurrencyCode } from '../currencies'

export const id = z.number().int().positive()
export const idInput = z.object({ id }).strict()

export const sortDirection = z.enum(['asc', 'desc'])

/** Paging for virtualised lists: the client asks for the window it shows. */
export const paging = {
  offset: z.number().int().min(0).max(10_000_000),
  limit: z.number().int().min(1).max(1000)
}

export interface Page<Row> {
  total: number
  rows: Row[]
}

const phonePattern = /^[0-9+()\-./\s]*$/

export const phone = z
  .string()
  .trim()
  .max(40, 'At most 40 characters')
  .regex(phonePattern, 'Use digits, spaces and + ( ) - . / only')

export const optionalEmail = z
  .string()
  .trim()
  .max(254, 'At most 254 characters')
  .refine(
    (v) => v === '' || z.email().safeParse(v).success,
    'Not a valid e-mail address, e.g. name@example.com'
  )

export const requiredText = (max: number, label = 'This field') =>
  z.string().trim().min(1, `${label} is required`).max(max, `At most ${max} characters`)

export const optionalText = (max: number) => z.string().trim().max(max, `At most ${max} characters`)

/** A file produced by the API (Excel exports, PDFs): both transports deliver it as a download. */
export interface FileResult {
  kind: 'file'
  fileName: string
  mimeType: string
  bytes: Uint8Array
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** An active ISO 4217 currency code ("eur" is read as EUR; "XYZ" is refused). */
export const currencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code, e.g. EUR')
  .refine(isCurrencyCode, 'Not an ISO 4217 currency code, e.g. EUR, HUF, GBP')
