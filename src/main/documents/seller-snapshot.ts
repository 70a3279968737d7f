/**
 * What an issued document freezes of its seller: everything the print shows that is not the
 * customer's, as it is at issue (the company's details, footer, logo, language, locale, paper).
 * Issuing writes it (`issue.ts`); the demo writes the same columns into its bulk-issued documents.
 */
import { footerIn, type Settings } from '../../shared/schemas/settings'
import type { PrintLanguage } from '../customers/language'

/** `logoSha256`: the stored logo's hash ('' for none); `print`: the customer's language and locale. */
export function sellerSnapshot(settings: Settings, print: PrintLanguage, logoSha256: string) {
  const c = settings.company
  return {
    sellerLegalName: c.legalName,
    sellerTaxId: c.taxId,
    sellerAddressLine1: c.addressLine1,
    sellerAddressLine2: c.addressLine2,
    sellerPostalCode: c.postalCode,
    sellerCity: c.city,
    sellerRegion: c.region,
    sellerCountry: c.country,
    sellerIban: c.iban,
    sellerBic: c.bic,
    sellerPhone: c.phone,
    sellerEmail: c.email,
    sellerWebsite: c.website,
    sellerRegistration: c.registration,
    sellerFooter: footerIn(c, print.language),
    sellerLogoSha256: logoSha256,
    // The customer's language; numbers and dates in the company's locale when it is of that language.
    documentLanguage: print.language,
    printLocale: print.locale,
    paperSize: settings.documents.paperSize
  }
}
