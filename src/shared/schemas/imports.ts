/**
 * What every import (payments, weekly figures, customers, products, opening balances) has in
 * common: the file as it travels, how it was decoded, and the capped list of problems.
 */
import { z } from 'zod'
import { keyed } from '../errors'

/** How a CSV's bytes were read: UTF-8, or Windows-1252 when they were not valid UTF-8. */
export type FileEncoding = 'utf-8' | 'windows-1252'

/** Problems listed one by one; the rest are only counted (a file of 200 000 bad rows stays readable). */
export const MAX_LISTED_PROBLEMS = 200

/** A .csv or .xlsx file, its bytes in base64 (at most about 20 MB). */
export const importFile = z
  .object({
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(255)
      .regex(/\.(csv|xlsx)$/i, keyed('importCsvOrXlsx')),
    /** The file's bytes, base64. */
    base64: z.string().min(1, keyed('importChooseFile')).max(30_000_000, keyed('importFileTooLarge'))
  })
  .strict()
