/**
 * The demo's own company: a complete profile (legal name, address, tax id, registration, bank
 * details), Spanish VAT rates, and the seller snapshot every demo document is issued with, so
 * demo invoices print as legally complete documents.
 */
import { defaultSettings, type Settings } from '../../shared/schemas/settings'
import { printLanguageOf, type PrintLanguage } from '../customers/language'
import { VAT_RATES_BY_COUNTRY } from '../../shared/vat'
import type BetterSqlite3 from 'better-sqlite3'
import { today } from '../clock'
import { sellerSnapshot } from '../documents/seller-snapshot'

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

/**
 * The seller snapshot of a demo document, as issuing freezes it (no logo); `print`: the customer's
 * language and locale, the company's own when left out.
 */
function demoSellerSnapshot(print?: PrintLanguage) {
  const settings = demoSettings()
  return sellerSnapshot(settings, print ?? printLanguageOf(null, settings), '')
}

/** Its values, in the order of `demoSellerAssignments`, for the demo's bulk UPDATEs. */
export const demoSellerValues = (print?: PrintLanguage): string[] => Object.values(demoSellerSnapshot(print))

/** "seller_legal_name = ?, ..." for an UPDATE that numbers a demo document (SQLite's snake_case names). */
export const demoSellerAssignments = Object.keys(demoSellerSnapshot())
  .map((field) => `${field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)} = ?`)
  .join(', ')

export function insertDemoSettings(db: BetterSqlite3.Database): void {
  const settings = demoSettings()
  const upsert = db.prepare(
    'insert into settings (key, value) values (?, ?) on conflict (key) do update set value = excluded.value'
  )
  upsert.run('company', JSON.stringify(settings.company))
  upsert.run('documents', JSON.stringify(settings.documents))
}
