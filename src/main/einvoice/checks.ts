/**
 * What the EN 16931 rules would reject in a document, said in the user's words while it is still a
 * draft, so it is fixed before the number is given. Each problem names the rule it comes from; the
 * official schematron remains the judge in the tests.
 */
import { englishMessage, word, type ErrorKey, type MessageParams } from '../../shared/errors'
import type { EInvoiceProblem } from '../../shared/schemas/einvoice'
import type { EInvoice, VatCategory } from './model'

const EXEMPTION_RULES: Record<VatCategory, string> = {
  S: 'BR-S-10',
  Z: 'BR-Z-10',
  E: 'BR-E-10',
  AE: 'BR-AE-10',
  K: 'BR-IC-10',
  G: 'BR-G-10',
  O: 'BR-O-10',
  // Split payment is taxed at its rate: no exemption reason (none of BR-B-*).
  B: ''
}

/** A problem by key: its English text is the key's (src/shared/error-messages/einvoice.ts). */
function problem(rule: string, key: ErrorKey, params: MessageParams = {}): EInvoiceProblem {
  return { rule, key, params, message: englishMessage({ key, params }) }
}

/** A VAT category as a word by key ("reverse charge"), in the reader's language. */
const categoryName = (category: VatCategory) => word(`einvoiceCategory${category}`)

export function einvoiceProblems(invoice: EInvoice): EInvoiceProblem[] {
  const problems: EInvoiceProblem[] = []
  const categories = new Set(invoice.vatBreakdown.map((row) => row.category))
  const { seller, buyer } = invoice

  if (invoice.lines.length === 0) problems.push(problem('BR-16', 'einvoiceNoLines'))
  if (!seller.name) problems.push(problem('BR-06', 'einvoiceSellerName'))
  if (!seller.address.country) problems.push(problem('BR-09', 'einvoiceSellerCountry'))
  if (!buyer.name) problems.push(problem('BR-07', 'einvoiceBuyerName'))
  if (!buyer.address.country) problems.push(problem('BR-11', 'einvoiceBuyerCountry'))

  const needsSellerVatId: VatCategory[] = ['Z', 'E', 'AE', 'K', 'G']
  if (!seller.vatId && needsSellerVatId.some((c) => categories.has(c)))
    problems.push(problem('BR-Z-02', 'einvoiceSellerVatId'))
  if (!seller.vatId && !seller.taxRegistrationId && categories.has('S'))
    problems.push(problem('BR-S-02', 'einvoiceSellerVatId'))
  for (const category of ['AE', 'K'] as const) {
    if (categories.has(category) && !buyer.vatId)
      problems.push(
        problem(category === 'AE' ? 'BR-AE-02' : 'BR-IC-02', 'einvoiceBuyerVatId', {
          category: categoryName(category)
        })
      )
  }
  if (categories.has('K') && !invoice.supplyDate && !invoice.period)
    problems.push(problem('BR-IC-11', 'einvoiceSupplyDate'))
  if (categories.has('K') && !invoice.deliverToCountry)
    problems.push(problem('BR-IC-12', 'einvoiceDeliverTo'))
  for (const row of invoice.vatBreakdown) {
    const exempt = row.category !== 'S' && row.category !== 'Z' && row.category !== 'B'
    if (exempt && !row.exemptionCode && !row.exemptionText)
      problems.push(
        problem(EXEMPTION_RULES[row.category], 'einvoiceExemptionReason', {
          category: categoryName(row.category)
        })
      )
  }
  if (categories.has('B') && (seller.address.country !== 'IT' || buyer.address.country !== 'IT'))
    problems.push(problem('BR-B-01', 'einvoiceSplitPaymentDomestic'))
  if (categories.has('B') && categories.has('S'))
    problems.push(problem('BR-B-02', 'einvoiceSplitPaymentMixed'))
  if (categories.has('O') && categories.size > 1) problems.push(problem('BR-O-11', 'einvoiceNotSubjectMixed'))
  if (invoice.paymentMeans?.kind === 'credit_transfer' && !invoice.paymentMeans.iban)
    problems.push(problem('BR-61', 'einvoiceIban'))
  if (invoice.totals.payable > 0n && !invoice.dueDate && !invoice.paymentTerms)
    problems.push(problem('BR-CO-25', 'einvoiceDueDate'))
  if (invoice.kind !== 'invoice' && invoice.precedingInvoices.length === 0)
    problems.push(problem('BR-55', 'einvoicePreceding'))
  return problems
}
