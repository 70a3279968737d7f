/**
 * BT-120, the VAT exemption reason, when the user left a line's reason empty (issue 14). From now on
 * it is written at issue into the line's `vat_exemption_text`, in the document's language, with the
 * wording the PDF prints for the category (`pdf/strings.ts` vatCategory*), and frozen with the line:
 * an issued document's regenerated XML never changes. Documents issued before keep what they give
 * today: an empty reason, for which the e-invoice still writes its English default.
 * Where the printed wording is shown anyway (the PDF's VAT notes) or another default applies (NAV's
 * reason per case), a reason equal to the wording in any language counts as not given.
 */
import { languages, type Language } from '../../shared/languages'
import type { VatCategory } from '../../shared/vat'
import { label } from '../pdf/strings'

/** The categories whose lines need an exemption reason (split payment B is taxed like S). */
const exemptCategories = {
  AE: 'vatCategoryAE',
  K: 'vatCategoryK',
  G: 'vatCategoryG',
  O: 'vatCategoryO',
  E: 'vatCategoryE'
} as const satisfies Partial<Record<VatCategory, string>>

const isExempt = (category: string): category is keyof typeof exemptCategories =>
  Object.hasOwn(exemptCategories, category)

/** The reason a line of `category` gets at issue in `language` when it has none (null: none needed). */
export function defaultExemptionText(category: string, language: Language): string | null {
  return isExempt(category) ? label(language, exemptCategories[category]) : null
}

/** Whether `text` is the wording written at issue for `category` (in any language): no reason of the user's. */
export function isDefaultExemptionText(category: string, text: string | null): boolean {
  return (
    text !== null &&
    isExempt(category) &&
    languages.some((language) => label(language, exemptCategories[category]) === text)
  )
}
