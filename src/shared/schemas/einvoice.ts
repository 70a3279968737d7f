/** E-invoices (EN 16931 in UBL, CII and Factur-X): settings, the batch query, a draft's problems. */
import { z } from 'zod'
import { keyed, type ErrorKey, type MessageParams } from '../errors'
import { isoDate } from './schedule'

/** The documents that are e-invoices once issued (EN 16931: invoice, credit note, debit note). */
export function isEInvoiceType(type: string): boolean {
  return type === 'invoice' || type === 'credit_note' || type === 'debit_note'
}

export const einvoiceFormats = ['ubl', 'cii', 'facturx'] as const
export type EInvoiceFormat = (typeof einvoiceFormats)[number]

/** SEPA creditor identifier: country, check digits, business code, national id (ES12ZZZB12345674). */
const creditorIdPattern = /^[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$/

export const einvoiceSettings = z
  .object({
    /** Print invoices as Factur-X (PDF/A-3 with the XML inside) by default. */
    embedInPdf: z.boolean(),
    /** BT-90, needed on invoices paid by SEPA direct debit. */
    creditorId: z
      .string()
      .trim()
      .toUpperCase()
      .max(35, keyed('atMostCharacters', { max: 35 }))
      .refine((v) => v === '' || creditorIdPattern.test(v), keyed('sepaCreditorIdForm'))
  })
  .strict()
export type EInvoiceSettings = z.output<typeof einvoiceSettings>
export const defaultEInvoiceSettings = (): EInvoiceSettings => ({ embedInPdf: false, creditorId: '' })

export const einvoiceBatchQuery = z
  .object({
    type: z.enum(['invoice', 'credit_note', 'debit_note', 'all']),
    from: isoDate,
    to: isoDate,
    format: z.enum(einvoiceFormats)
  })
  .strict()
  .refine((q) => q.from <= q.to, { error: keyed('periodEndsBeforeStart'), path: ['to'] })

/** What EN 16931 would reject, found while the document is still a draft. */
export interface EInvoiceProblem {
  /** The EN 16931 rule (BR-AE-02, ...). */
  rule: string
  /** What is wrong, by key (src/shared/error-messages/einvoice.ts), and its English text. */
  key: ErrorKey
  params: MessageParams
  message: string
}
