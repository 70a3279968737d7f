/**
 * The EN 16931 checks of an invoice, credit or debit note (src/main/einvoice/checks.ts): what the
 * rules would reject, said in the user's words, and the VAT categories they name (words by key).
 */
export const einvoiceErrorMessages = {
  einvoiceNoLines: 'The document has no lines.',
  einvoiceSellerName: "The company's legal name is missing (Settings → Company).",
  einvoiceSellerCountry: "The company's country is missing (Settings → Company).",
  einvoiceSellerVatId: "The company's VAT number is missing (Settings → Company).",
  einvoiceBuyerName: "The customer's name is missing.",
  einvoiceBuyerCountry: "The customer's billing country is missing.",
  einvoiceBuyerVatId: "Lines under {{category}} need the customer's VAT number.",
  einvoiceSupplyDate: 'An intra-community supply needs the date of supply.',
  einvoiceDeliverTo: 'An intra-community supply needs the country it was delivered to.',
  einvoiceExemptionReason: 'Lines under {{category}} need the reason for the exemption.',
  einvoiceNotSubjectMixed: 'Lines not subject to VAT cannot share a document with taxed lines.',
  einvoiceIban: "The company's IBAN is missing (Settings → Company).",
  einvoiceDueDate: 'An amount is due: give a due date or payment terms.',
  einvoicePreceding: 'A credit or debit note names the invoice it corrects.',
  einvoiceCategoryS: 'standard rate',
  einvoiceCategoryZ: 'zero rated',
  einvoiceCategoryE: 'exempt',
  einvoiceCategoryAE: 'reverse charge',
  einvoiceCategoryK: 'intra-community supply',
  einvoiceCategoryG: 'export outside the EU',
  einvoiceCategoryO: 'not subject to VAT',
  einvoiceCategoryB: 'split payment',
  einvoiceSplitPaymentDomestic:
    'Split payment (VAT category B) is only for a domestic Italian invoice: the seller and the buyer must both be in Italy.',
  einvoiceSplitPaymentMixed:
    'An invoice with split payment (VAT category B) cannot also have standard-rated (S) lines, allowances or charges.',
  sentenceThenSentence: '{{first}} {{second}}'
} as const
