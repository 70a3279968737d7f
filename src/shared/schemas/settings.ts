/**
 * Settings the documents print and number with: the company profile, numbering prefixes,
 * default currency and VAT rates, paper size. Stored as JSON in the settings table.
 */
import { z } from 'zod'
import { keyed, word, type ErrorKey, type Message } from '../errors'
import { compactIban, ibanMessages, ibanProblem, isValidBic } from '../iban'
import type { Language } from '../languages'
import { optionalCountryCode, optionalEmail, optionalText, phone, currencyCode, requiredText } from './common'

/** A logo is a PNG or JPEG data URL of at most 512 KiB of image bytes. */
export const LOGO_MAX_BYTES = 512 * 1024
const logoPattern = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/

/**
 * A text the user writes once per document language (issue 14): empty means "print the default".
 * Settings saved before these existed have none, so every language prints the default.
 */
const perLanguage = (max: number) =>
  z
    .object({
      en: optionalText(max).default(''),
      es: optionalText(max).default(''),
      ca: optionalText(max).default(''),
      hu: optionalText(max).default(''),
      ru: optionalText(max).default('')
    })
    .strict()
    .default({ en: '', es: '', ca: '', hu: '', ru: '' })

const logoDataUrl = z
  .string()
  .max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 40, keyed('logoTooLarge', { size: LOGO_MAX_BYTES / 1024 }))
  .refine((v) => v === '' || logoPattern.test(v), keyed('logoPngJpeg'))

export const documentTypes = ['estimate', 'order', 'invoice', 'credit_note', 'debit_note'] as const
export type DocumentType = (typeof documentTypes)[number]

const documentTypeWords: Record<DocumentType, ErrorKey> = {
  estimate: 'documentTypeEstimate',
  order: 'documentTypeOrder',
  invoice: 'documentTypeInvoice',
  credit_note: 'documentTypeCreditNote',
  debit_note: 'documentTypeDebitNote'
}

/** A document type as a word by key, to go inside a translated sentence. */
export const documentTypeWord = (type: DocumentType): Message => word(documentTypeWords[type])

const prefix = requiredText(10, 'prefixRequired').regex(/^[A-Za-z0-9]+$/, keyed('lettersDigitsOnly'))

export const companyProfile = z
  .object({
    legalName: optionalText(200),
    addressLine1: optionalText(200),
    addressLine2: optionalText(200),
    postalCode: optionalText(20),
    city: optionalText(100),
    region: optionalText(100),
    country: optionalCountryCode,
    taxId: optionalText(30),
    /** Registration text the law asks for on invoices (e.g. "Reg. Merc. Madrid, T 123, F 45, H M-6789"). */
    registration: optionalText(300).default(''),
    phone,
    email: optionalEmail,
    website: optionalText(200),
    iban: z
      .string()
      .max(50)
      .transform(compactIban)
      .superRefine((v, ctx) => {
        const problem = v === '' ? null : ibanProblem(v)
        if (problem) ctx.addIssue({ code: 'custom', message: ibanMessages[problem] })
      }),
    bic: z
      .string()
      .max(20)
      .transform((v) => v.replace(/\s/g, '').toUpperCase())
      .refine((v) => v === '' || isValidBic(v), keyed('bicForm')),
    logoDataUrl,
    /** The terms a new document starts with when its language has none of its own. */
    defaultTerms: optionalText(4000),
    /** The footer documents print when their language has none of its own. */
    documentFooter: optionalText(1000),
    termsByLanguage: perLanguage(4000),
    footerByLanguage: perLanguage(1000),
    /**
     * Opted in to charge the consumer's country's VAT on every EU distance sale, below the €10 000
     * threshold too (Art. 59c(3) Directive 2006/112/EC; the option binds for two calendar years).
     */
    ossVoluntary: z.boolean().default(false)
  })
  .strict()
export type CompanyProfile = z.output<typeof companyProfile>

/** The terms a new document in `language` starts with: that language's own, else the default. */
export const termsIn = (company: CompanyProfile, language: Language): string =>
  company.termsByLanguage[language] || company.defaultTerms

/** The footer a document in `language` prints (frozen with it at issue): its own, else the default. */
export const footerIn = (company: CompanyProfile, language: Language): string =>
  company.footerByLanguage[language] || company.documentFooter

const vatRate = z.number().int().min(0, keyed('vatNotNegative')).max(10000, keyed('vatAtMost100'))

export const documentSettings = z
  .object({
    prefixes: z
      .object({ estimate: prefix, order: prefix, invoice: prefix, credit_note: prefix, debit_note: prefix })
      .strict()
      .superRefine((prefixes, ctx) => {
        // One prefix per type, so a number alone says which document it is.
        const seen = new Map<string, string>()
        for (const [type, value] of Object.entries(prefixes)) {
          const key = value.toUpperCase()
          const owner = seen.get(key)
          if (owner !== undefined)
            ctx.addIssue({
              code: 'custom',
              path: [type],
              message: keyed('prefixUsedByOtherType', { type: documentTypeWord(owner as DocumentType) })
            })
          else seen.set(key, type)
        }
      }),
    defaultCurrency: currencyCode,
    /**
     * The currency the company keeps its books in: exchange rates are quoted against it, and
     * weekly figures, dashboards and reports convert to it at each document's frozen rate.
     */
    accountingCurrency: currencyCode,
    /** The VAT rates offered in the editor (basis points), the first is the default. */
    vatRatesBp: z.array(vatRate).min(1, keyed('atLeastOneVatRate')).max(10),
    paperSize: z.enum(['A4', 'Letter']),
    /** Days an estimate stays valid when no valid-until date is given. */
    estimateValidityDays: z.number().int().min(1).max(365),
    /** Locale for numbers and dates on printed documents, e.g. es-ES, hu-HU. */
    printLocale: z
      .string()
      .trim()
      .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, keyed('localeForm'))
  })
  .strict()
export type DocumentSettings = z.output<typeof documentSettings>

export const settingsInput = z.object({ company: companyProfile, documents: documentSettings }).strict()
export type SettingsInput = z.input<typeof settingsInput>
export type Settings = z.output<typeof settingsInput>

export const defaultSettings = (): Settings => ({
  company: {
    legalName: '',
    addressLine1: '',
    addressLine2: '',
    postalCode: '',
    city: '',
    region: '',
    country: '',
    taxId: '',
    registration: '',
    phone: '',
    email: '',
    website: '',
    iban: '',
    bic: '',
    logoDataUrl: '',
    defaultTerms: '',
    documentFooter: '',
    termsByLanguage: { en: '', es: '', ca: '', hu: '', ru: '' },
    footerByLanguage: { en: '', es: '', ca: '', hu: '', ru: '' },
    ossVoluntary: false
  },
  documents: {
    prefixes: { estimate: 'EST', order: 'ORD', invoice: 'INV', credit_note: 'CRN', debit_note: 'DBN' },
    defaultCurrency: 'EUR',
    accountingCurrency: 'EUR',
    vatRatesBp: [2100, 1000, 400, 0],
    paperSize: 'A4',
    estimateValidityDays: 30,
    printLocale: 'en-GB'
  }
})
