/**
 * The demo's own company: a complete profile (legal name, address, tax id, registration, bank
 * details), Spanish VAT rates, and the seller snapshot every demo document is issued with, so
 * demo invoices print as legally complete documents.
 */
import { defaultSettings, footerIn, type Settings } from '../../shared/schemas/settings'
import { printLanguageOf, type PrintLanguage } from '../customers/language'
import { VAT_RATES_BY_COUNTRY } from '../../shared/vat'
import type BetterSqlite3 from 'better-sqlite3'
import { today } from '../clock'

/** The demo company works on Madrid time (its working hours, written by the schedule demo). */
export const DEMO_TIME_ZONE = 'Europe/Madrid'

/** The demo company's date at `now`, by the app's one clock (not the UTC date: they differ near midnight). */
export const demoToday = (now: Date): string => today({ now: () => now, timeZone: () => DEMO_TIME_ZONE })

export const demoSettings = (): Settings => {
  const defaults = defaultSettings()
  return {
    company: {
      ...defaults.company,
      legalName: 'Suministros Salesdesk Demo S.L.',
      addressLine1: 'Calle de Alcalá 123, 4.º',
      addressLine2: '',
      postalCode: '28009',
      city: 'Madrid',
      region: 'Madrid',
      country: 'ES',
      taxId: 'ESB12345674',
      registration: 'Registro Mercantil de Madrid, tomo 12345, folio 67, hoja M-123456',
      phone: '+34 910 000 000',
      email: 'facturas@salesdesk-demo.example',
      website: 'https://salesdesk-demo.example',
      iban: 'ES9121000418450200051332',
      bic: 'CAIXESBBXXX',
      defaultTerms: 'Payment within the agreed term by bank transfer, quoting the invoice number.',
      documentFooter: 'Suministros Salesdesk Demo S.L. · NIF B12345674 · Calle de Alcalá 123, 28009 Madrid',
      // Each document language's own terms and footer, in the glossary's words (docs/glossary.md).
      termsByLanguage: {
        en: '',
        es: 'Pago en el plazo acordado por transferencia bancaria, indicando el número de factura.',
        ca: 'Pagament en el termini acordat per transferència bancària, indicant el número de factura.',
        hu: 'Fizetés a megállapodott határidőn belül banki átutalással, a számla sorszámának feltüntetésével.',
        ru: 'Оплата в согласованный срок банковским переводом с указанием номера счёта.'
      },
      footerByLanguage: {
        en: '',
        es: '',
        ca: 'Suministros Salesdesk Demo S.L. · NIF B12345674 · Calle de Alcalá 123, 28009 Madrid (Espanya)',
        hu: 'Suministros Salesdesk Demo S.L. · Adószám (NIF): B12345674 · Calle de Alcalá 123, 28009 Madrid, Spanyolország',
        ru: 'Suministros Salesdesk Demo S.L. · Налоговый номер (NIF): B12345674 · Calle de Alcalá 123, 28009 Madrid, Испания'
      }
    },
    documents: { ...defaults.documents, vatRatesBp: [...VAT_RATES_BY_COUNTRY.ES], printLocale: 'es-ES' }
  }
}

/** The snapshot columns issuing sets (see src/main/documents/issue.ts), for the demo's bulk inserts. */
export const demoSellerColumns = [
  'seller_legal_name',
  'seller_tax_id',
  'seller_address_line1',
  'seller_address_line2',
  'seller_postal_code',
  'seller_city',
  'seller_region',
  'seller_country',
  'seller_iban',
  'seller_bic',
  'seller_phone',
  'seller_email',
  'seller_website',
  'seller_registration',
  'seller_footer',
  'seller_logo_sha256',
  'document_language',
  'print_locale',
  'paper_size'
] as const

/**
 * The seller snapshot of a demo document; `print`: the customer's language and locale (as issuing
 * freezes them), the company's own when left out.
 */
export function demoSellerValues(print?: PrintLanguage): string[] {
  const settings = demoSettings()
  const { company: c, documents: d } = settings
  const { language, locale } = print ?? printLanguageOf(null, settings)
  return [
    c.legalName,
    c.taxId,
    c.addressLine1,
    c.addressLine2,
    c.postalCode,
    c.city,
    c.region,
    c.country,
    c.iban,
    c.bic,
    c.phone,
    c.email,
    c.website,
    c.registration,
    footerIn(c, language),
    '',
    language,
    locale,
    d.paperSize
  ]
}

/** "seller_legal_name = ?, ..." for an UPDATE that numbers a demo document. */
export const demoSellerAssignments = demoSellerColumns.map((c) => `${c} = ?`).join(', ')

export function insertDemoSettings(db: BetterSqlite3.Database): void {
  const settings = demoSettings()
  const upsert = db.prepare(
    'insert into settings (key, value) values (?, ?) on conflict (key) do update set value = excluded.value'
  )
  upsert.run('company', JSON.stringify(settings.company))
  upsert.run('documents', JSON.stringify(settings.documents))
}
