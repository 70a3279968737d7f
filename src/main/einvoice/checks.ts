/**
 * What the EN 16931 rules would reject in a document, said in the user's words while it is still a
 * draft, so it is fixed before the number is given. Each problem names the rule it comes from; the
 * official schematron remains the judge in the tests.
 */
import type { EInvoiceProblem } from '../../shared/schemas/einvoice'
import type { EInvoice, VatCategory } from './model'

const CATEGORY_NAMES: Record<VatCategory, string> = {
  S: 'standard rate',
  Z: 'zero rated',
  E: 'exempt',
  AE: 'reverse charge',
  K: 'intra-community supply',
  G: 'export outside the EU',
  O: 'not subject to VAT'
}

const EXEMPTION_RULES: Record<VatCategory, string> = {
  S: 'BR-S-10',
  Z: 'BR-Z-10',
  E: 'BR-E-10',
  AE: 'BR-AE-10',
  K: 'BR-IC-10',
  G: 'BR-G-10',
  O: 'BR-O-10'
}

function problem(
  rule: string,
  key: string,
  message: string,
  params: Record<string, string> = {}
): EInvoiceProblem {
  return { rule, key, params, message }
}

export function einvoiceProblems(invoice: EInvoice): EInvoiceProblem[] {
  const problems: EInvoiceProblem[] = []
  const categories = new Set(invoice.vatBreakdown.map((row) => row.category))
  const { seller, buyer } = invoice

  if (invoice.lines.length === 0)
    problems.push(problem('BR-16', 'einvoice.problems.noLines', 'The document has no lines.'))
  if (!seller.name)
    problems.push(
      problem(
        'BR-06',
        'einvoice.problems.sellerName',
        "The company's legal name is missing (Settings → Company)."
      )
    )
  if (!seller.address.country)
    problems.push(
      problem(
        'BR-09',
        'einvoice.problems.sellerCountry',
        "The company's country is missing (Settings → Company)."
      )
    )
  if (!buyer.name)
    problems.push(problem('BR-07', 'einvoice.problems.buyerName', "The customer's name is missing."))
  if (!buyer.address.country)
    problems.push(
      problem('BR-11', 'einvoice.problems.buyerCountry', "The customer's billing country is missing.")
    )

  const needsSellerVatId: VatCategory[] = ['Z', 'E', 'AE', 'K', 'G']
  if (!seller.vatId && needsSellerVatId.some((c) => categories.has(c)))
    problems.push(
      problem(
        'BR-Z-02',
        'einvoice.problems.sellerVatId',
        "The company's VAT number is missing (Settings → Company)."
      )
    )
  if (!seller.vatId && !seller.taxRegistrationId && categories.has('S'))
    problems.push(
      problem(
        'BR-S-02',
        'einvoice.problems.sellerVatId',
        "The company's VAT number is missing (Settings → Company)."
      )
    )
  for (const category of ['AE', 'K'] as const) {
    if (categories.has(category) && !buyer.vatId)
      problems.push(
        problem(
          category === 'AE' ? 'BR-AE-02' : 'BR-IC-02',
          'einvoice.problems.buyerVatId',
          `Lines under ${CATEGORY_NAMES[category]} need the customer's VAT number.`,
          { category }
        )
      )
  }
  if (categories.has('K') && !invoice.supplyDate && !invoice.period)
    problems.push(
      problem(
        'BR-IC-11',
        'einvoice.problems.supplyDate',
        'An intra-community supply needs the date of supply.'
      )
    )
  if (categories.has('K') && !invoice.deliverToCountry)
    problems.push(
      problem(
        'BR-IC-12',
        'einvoice.problems.deliverTo',
        'An intra-community supply needs the country it was delivered to.'
      )
    )
  for (const row of invoice.vatBreakdown) {
    if (row.category !== 'S' && row.category !== 'Z' && !row.exemptionCode && !row.exemptionText)
      problems.push(
        problem(
          EXEMPTION_RULES[row.category],
          'einvoice.problems.exemptionReason',
          `Lines under ${CATEGORY_NAMES[row.category]} need the reason for the exemption.`,
          { category: row.category }
        )
      )
  }
  if (categories.has('O') && categories.size > 1)
    problems.push(
      problem(
        'BR-O-11',
        'einvoice.problems.notSubjectMixed',
        'Lines not subject to VAT cannot share a document with taxed lines.'
      )
    )
  if (invoice.paymentMeans?.kind === 'credit_transfer' && !invoice.paymentMeans.iban)
    problems.push(
      problem('BR-61', 'einvoice.problems.iban', "The company's IBAN is missing (Settings → Company).")
    )
  if (invoice.totals.payable > 0n && !invoice.dueDate && !invoice.paymentTerms)
    problems.push(
      problem('BR-CO-25', 'einvoice.problems.dueDate', 'An amount is due: give a due date or payment terms.')
    )
  if (invoice.kind !== 'invoice' && invoice.precedingInvoices.length === 0)
    problems.push(
      problem('BR-55', 'einvoice.problems.preceding', 'A credit or debit note names the invoice it corrects.')
    )
  return problems
}
