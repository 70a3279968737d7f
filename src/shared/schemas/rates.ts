/**
 * Exchange rates: how many units of a currency one unit of the company's accounting currency
 * buys on a date (the ECB's way of quoting), entered by hand or imported from a CSV in the ECB
 * reference-rates layout. Issued documents in a foreign currency keep the rate they were issued at.
 */
import { z } from 'zod'
import { keyed } from '../errors'
import { normaliseRate } from '../exchange'
import { currencyCode, optionalText, paging, isoDate } from './common'

export const rateText = optionalText(30)
  .refine((v) => normaliseRate(v) !== null, keyed('enterPositiveRate'))
  .transform((v) => normaliseRate(v) ?? v)

export const exchangeRateInput = z
  .object({ rateDate: isoDate, currency: currencyCode, rate: rateText })
  .strict()
export type ExchangeRateInput = z.input<typeof exchangeRateInput>

export interface ExchangeRate {
  rateDate: string
  currency: string
  accountingCurrency: string
  /** Units of `currency` for one unit of `accountingCurrency`, exact decimal text. */
  rate: string
  source: 'manual' | 'ecb_csv'
  updatedAt: string
}

export const exchangeRateListQuery = z.object({ currency: currencyCode.nullable(), ...paging }).strict()

export const ecbImportInput = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    /** The file's bytes, base64. At most 20 MB (the ECB's full history is about 3 MB). */
    base64: z.string().max(28_000_000, keyed('fileTooLarge'))
  })
  .strict()

export interface EcbImportResult {
  days: number
  rates: number
  currencies: string[]
  firstDate: string | null
  lastDate: string | null
}

/** The rate an issued foreign-currency document was issued at, with its VAT in the accounting currency. */
export interface DocumentExchangeRate {
  currency: string
  accountingCurrency: string
  rate: string
  rateDate: string
  vatInAccountingCents: number
  totalInAccountingCents: number
}
