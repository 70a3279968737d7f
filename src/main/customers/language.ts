/**
 * The language a customer's paperwork is in (issue 14): chosen on the customer, else from their
 * billing country, else the company's print language; and the locale its numbers and dates print in.
 * Issued documents freeze both at issue; drafts, statements, reminders and e-mails ask here.
 */
import {
  documentLanguageOf,
  languageOfLocale,
  localeForLanguage,
  type Language
} from '../../shared/languages'
import type { Settings } from '../../shared/schemas/settings'
import type { Executor } from '../context'
import { customerById } from './references'

export interface PrintLanguage {
  language: Language
  locale: string
}

/** The print language of a customer record (or of no customer: the company's own). */
export function printLanguageOf(
  customer: { documentLanguage: Language | null; billingCountry: string } | null,
  settings: Settings
): PrintLanguage {
  const companyLocale = settings.documents.printLocale
  const companyLanguage = languageOfLocale(companyLocale)
  const language = customer
    ? documentLanguageOf(customer.documentLanguage, customer.billingCountry, companyLanguage)
    : companyLanguage
  return { language, locale: localeForLanguage(language, companyLocale) }
}

export async function customerPrintLanguage(
  db: Executor,
  customerId: number,
  settings: Settings
): Promise<PrintLanguage> {
  const customer = await customerById(db, customerId, ['documentLanguage', 'billingCountry'])
  return printLanguageOf(customer, settings)
}
