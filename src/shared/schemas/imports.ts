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

/** What the Import page brings in from another program's export. */
export const importKinds = ['customers', 'products', 'openingBalances'] as const
export type ImportKind = (typeof importKinds)[number]

/** The fields a column of the file can fill, per kind (name and code/sku are required). */
export const importFields = {
  customers: [
    'code',
    'name',
    'taxId',
    'line1',
    'postalCode',
    'city',
    'country',
    'contactName',
    'email',
    'phone',
    'paymentTermsDays',
    'notes'
  ],
  products: ['sku', 'name', 'description', 'unit', 'price', 'vatRate'],
  /** Invoices still open in the previous system: the customer by its code or tax id. */
  openingBalances: ['customer', 'number', 'issueDate', 'dueDate', 'currency', 'amount']
} as const
export type ImportField = (typeof importFields)[ImportKind][number]

export const requiredImportFields: Record<ImportKind, readonly ImportField[]> = {
  customers: ['name'],
  products: ['sku', 'name', 'price'],
  // No due date: the invoice date plus the customer's payment terms. No currency: the default one.
  openingBalances: ['customer', 'number', 'issueDate', 'amount']
}

/**
 * What an import does with a row whose record is already in Salesdesk (same customer code or tax
 * id, same SKU, same opening balance number for the customer): list it as a problem (nothing is
 * written), update that record from the row, or skip the row.
 */
export const existingChoices = ['refuse', 'update', 'skip'] as const
export type ExistingChoice = (typeof existingChoices)[number]

/** Column index (0-based) of the file chosen for each field; null or absent: not imported. */
const mapping = z.record(z.string().max(40), z.number().int().min(0).max(500).nullable())

export const importPreviewInput = importFile.extend({ kind: z.enum(importKinds) }).strict()
export const importApplyInput = importPreviewInput
  .extend({
    mapping,
    /** Reads and checks every row as the import would, then writes nothing (the Import page's Check step). */
    check: z.boolean().optional(),
    /** Rows already in Salesdesk (refuse when absent); opening balances are never updated. */
    onExisting: z.enum(existingChoices).optional()
  })
  .strict()

export interface ImportPreview {
  /** The header row as the file has it. */
  columns: string[]
  /** The first rows after the header, as text. */
  rows: string[][]
  /** Column index per field, guessed from the header names (in any of the five languages). */
  suggested: Partial<Record<ImportField, number>>
  /**
   * The mapping confirmed by the last import of a file of this kind with the same header names,
   * when there was one (fields absent: not imported); the page offers it instead of the guess.
   */
  saved: Partial<Record<ImportField, number>> | null
  encoding: FileEncoding
}

export interface ImportRowProblem {
  /** As the spreadsheet shows it (the header is row 1). */
  row: number
  /** The field the problem is in ('' for the whole row). */
  field: string
  /** English, or keyed text ("§key {params}") the renderer translates. */
  message: string
}

export interface ImportApplyResult {
  /** Written (false after a check, or when any row has a problem). */
  applied: boolean
  /** Data rows read (blank rows not counted). */
  rows: number
  /** Records created (after a check without problems: those the import would create). */
  created: number
  /** Records already in Salesdesk updated from their row (or that would be, after a check). */
  updated: number
  /** Rows skipped because their record is already in Salesdesk. */
  skipped: number
  problems: ImportRowProblem[]
  moreProblems: number
  encoding: FileEncoding
}
