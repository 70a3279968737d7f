/**
 * EN 16931 in UBL 2.1 (Invoice for invoices and debit notes, CreditNote for credit notes), with
 * the Peppol BIS Billing 3.0 customization and profile ids. Element order follows the UBL 2.1
 * schemas; the mapping of each business term follows the EN 16931-3-2 syntax binding.
 */
import {
  TYPE_CODES,
  formatAmount,
  type EAllowanceCharge,
  type EInvoice,
  type ELine,
  type EParty,
  type EPaymentMeans
} from './model'
import { el, text, xmlDocument, type XmlNode } from './xml'

export const PEPPOL_CUSTOMIZATION_ID =
  'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0'
export const PEPPOL_PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0'

const NAMESPACES = {
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2'
}

export function toUbl(invoice: EInvoice): string {
  const isCredit = invoice.kind === 'credit_note'
  const root = isCredit ? 'CreditNote' : 'Invoice'
  const money = (minor: bigint) => formatAmount(minor, invoice.currencyDigits)
  const amount = (name: string, minor: bigint) => text(name, money(minor), { currencyID: invoice.currency })
  const t = invoice.totals

  return xmlDocument(
    el(
      root,
      {
        xmlns: `urn:oasis:names:specification:ubl:schema:xsd:${root}-2`,
        'xmlns:cac': NAMESPACES.cac,
        'xmlns:cbc': NAMESPACES.cbc
      },
      text('cbc:CustomizationID', PEPPOL_CUSTOMIZATION_ID),
      text('cbc:ProfileID', PEPPOL_PROFILE_ID),
      text('cbc:ID', invoice.number),
      text('cbc:IssueDate', invoice.issueDate),
      !isCredit && text('cbc:DueDate', invoice.dueDate),
      text(isCredit ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode', TYPE_CODES[invoice.kind]),
      text('cbc:Note', invoice.note),
      text('cbc:DocumentCurrencyCode', invoice.currency),
      text('cbc:TaxCurrencyCode', invoice.accountingCurrency?.code),
      text('cbc:BuyerReference', invoice.buyerReference),
      invoicePeriod(invoice.period),
      invoice.orderReference && el('cac:OrderReference', null, text('cbc:ID', invoice.orderReference)),
      invoice.precedingInvoices.map((p) =>
        el(
          'cac:BillingReference',
          null,
          el(
            'cac:InvoiceDocumentReference',
            null,
            text('cbc:ID', p.number),
            text('cbc:IssueDate', p.issueDate)
          )
        )
      ),
      el('cac:AccountingSupplierParty', null, party(invoice.seller, sellerCreditorId(invoice))),
      el('cac:AccountingCustomerParty', null, party(invoice.buyer, null)),
      (invoice.supplyDate || invoice.deliverToCountry) &&
        el(
          'cac:Delivery',
          null,
          text('cbc:ActualDeliveryDate', invoice.supplyDate),
          invoice.deliverToCountry &&
            el(
              'cac:DeliveryLocation',
              null,
              el(
                'cac:Address',
                null,
                el('cac:Country', null, text('cbc:IdentificationCode', invoice.deliverToCountry))
              )
            )
        ),
      paymentMeans(invoice, isCredit),
      invoice.paymentTerms && el('cac:PaymentTerms', null, text('cbc:Note', invoice.paymentTerms)),
      invoice.allowancesCharges.map((ac) => allowanceCharge(ac, invoice, true)),
      el(
        'cac:TaxTotal',
        null,
        amount('cbc:TaxAmount', t.tax),
        invoice.vatBreakdown.map((row) =>
          el(
            'cac:TaxSubtotal',
            null,
            amount('cbc:TaxableAmount', row.taxableAmount),
            amount('cbc:TaxAmount', row.taxAmount),
            el(
              'cac:TaxCategory',
              null,
              text('cbc:ID', row.category),
              text('cbc:Percent', row.ratePercent),
              text('cbc:TaxExemptionReasonCode', row.exemptionCode),
              text('cbc:TaxExemptionReason', row.exemptionText),
              vatScheme()
            )
          )
        )
      ),
      invoice.accountingCurrency &&
        el(
          'cac:TaxTotal',
          null,
          text(
            'cbc:TaxAmount',
            formatAmount(invoice.accountingCurrency.taxAmount, invoice.accountingCurrency.digits),
            { currencyID: invoice.accountingCurrency.code }
          )
        ),
      el(
        'cac:LegalMonetaryTotal',
        null,
        amount('cbc:LineExtensionAmount', t.lineNet),
        amount('cbc:TaxExclusiveAmount', t.taxExclusive),
        amount('cbc:TaxInclusiveAmount', t.taxInclusive),
        (t.allowances !== 0n || invoice.allowancesCharges.some((ac) => !ac.isCharge)) &&
          amount('cbc:AllowanceTotalAmount', t.allowances),
        (t.charges !== 0n || invoice.allowancesCharges.some((ac) => ac.isCharge)) &&
          amount('cbc:ChargeTotalAmount', t.charges),
        t.prepaid !== 0n && amount('cbc:PrepaidAmount', t.prepaid),
        t.rounding !== 0n && amount('cbc:PayableRoundingAmount', t.rounding),
        amount('cbc:PayableAmount', t.payable)
      ),
      invoice.lines.map((line) => invoiceLine(line, invoice, isCredit))
    )
  )
}

/** BG-14 (the invoice's) or BG-26 (a line's) period, when there is one. */
function invoicePeriod(period: EInvoice['period']): XmlNode | null {
  return (
    period &&
    el('cac:InvoicePeriod', null, text('cbc:StartDate', period.start), text('cbc:EndDate', period.end))
  )
}

function vatScheme(): XmlNode | null {
  return el('cac:TaxScheme', null, text('cbc:ID', 'VAT'))
}

/** BT-90, the SEPA creditor identifier, travels as a seller identifier with scheme SEPA. */
function sellerCreditorId(invoice: EInvoice): string | null {
  return invoice.paymentMeans?.kind === 'direct_debit' ? invoice.paymentMeans.creditorId : null
}

function party(p: EParty, creditorId: string | null): XmlNode | null {
  return el(
    'cac:Party',
    null,
    p.electronicAddress && text('cbc:EndpointID', p.electronicAddress, { schemeID: 'EM' }),
    creditorId && el('cac:PartyIdentification', null, text('cbc:ID', creditorId, { schemeID: 'SEPA' })),
    el(
      'cac:PostalAddress',
      null,
      text('cbc:StreetName', p.address.line1),
      text('cbc:AdditionalStreetName', p.address.line2),
      text('cbc:CityName', p.address.city),
      text('cbc:PostalZone', p.address.postalCode),
      text('cbc:CountrySubentity', p.address.region),
      el('cac:Country', null, text('cbc:IdentificationCode', p.address.country))
    ),
    p.vatId && el('cac:PartyTaxScheme', null, text('cbc:CompanyID', p.vatId), vatScheme()),
    p.taxRegistrationId &&
      el(
        'cac:PartyTaxScheme',
        null,
        text('cbc:CompanyID', p.taxRegistrationId),
        el('cac:TaxScheme', null, text('cbc:ID', 'TAX'))
      ),
    el(
      'cac:PartyLegalEntity',
      null,
      text('cbc:RegistrationName', p.name),
      text('cbc:CompanyID', p.legalRegistrationId),
      text('cbc:CompanyLegalForm', p.legalInformation)
    ),
    p.contact &&
      el(
        'cac:Contact',
        null,
        text('cbc:Name', p.contact.name),
        text('cbc:Telephone', p.contact.phone),
        text('cbc:ElectronicMail', p.contact.email)
      )
  )
}

/** UNCL 4461: 30 credit transfer (58 when SEPA, i.e. an IBAN), 59 SEPA direct debit, 48 card. */
export function paymentMeansCode(means: EPaymentMeans): string {
  if (means.kind === 'card') return '48'
  if (means.kind === 'direct_debit') return '59'
  return /^[A-Z]{2}[0-9]{2}/.test(means.iban) ? '58' : '30'
}

function paymentMeans(invoice: EInvoice, isCredit: boolean): XmlNode | null {
  const means = invoice.paymentMeans
  if (!means) return null
  return el(
    'cac:PaymentMeans',
    null,
    text('cbc:PaymentMeansCode', paymentMeansCode(means)),
    isCredit && text('cbc:PaymentDueDate', invoice.dueDate),
    text('cbc:PaymentID', invoice.paymentReference),
    means.kind === 'card' &&
      el(
        'cac:CardAccount',
        null,
        // BT-87: only the last four digits are ever held (the CII rules allow at most 10 characters).
        text('cbc:PrimaryAccountNumberID', `****${means.last4}`),
        text('cbc:NetworkID', 'NA'),
        text('cbc:HolderName', means.holder)
      ),
    means.kind === 'credit_transfer' &&
      el(
        'cac:PayeeFinancialAccount',
        null,
        text('cbc:ID', means.iban),
        text('cbc:Name', means.accountName),
        means.bic && el('cac:FinancialInstitutionBranch', null, text('cbc:ID', means.bic))
      ),
    means.kind === 'direct_debit' &&
      el(
        'cac:PaymentMandate',
        null,
        text('cbc:ID', means.mandateReference),
        means.debitedIban && el('cac:PayerFinancialAccount', null, text('cbc:ID', means.debitedIban))
      )
  )
}

function allowanceCharge(ac: EAllowanceCharge, invoice: EInvoice, documentLevel: boolean): XmlNode | null {
  const money = (minor: bigint) => formatAmount(minor, invoice.currencyDigits)
  return el(
    'cac:AllowanceCharge',
    null,
    text('cbc:ChargeIndicator', ac.isCharge ? 'true' : 'false'),
    text('cbc:AllowanceChargeReasonCode', ac.reasonCode),
    text('cbc:AllowanceChargeReason', ac.reason),
    text('cbc:MultiplierFactorNumeric', ac.percent),
    text('cbc:Amount', money(ac.amount), { currencyID: invoice.currency }),
    ac.baseAmount !== null && text('cbc:BaseAmount', money(ac.baseAmount), { currencyID: invoice.currency }),
    documentLevel &&
      ac.vatCategory &&
      el(
        'cac:TaxCategory',
        null,
        text('cbc:ID', ac.vatCategory),
        text('cbc:Percent', ac.vatRatePercent),
        vatScheme()
      )
  )
}

function invoiceLine(line: ELine, invoice: EInvoice, isCredit: boolean): XmlNode | null {
  return el(
    isCredit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine',
    null,
    text('cbc:ID', line.id),
    text('cbc:Note', line.note),
    text(isCredit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity', line.quantity, {
      unitCode: line.unitCode
    }),
    text('cbc:LineExtensionAmount', formatAmount(line.netAmount, invoice.currencyDigits), {
      currencyID: invoice.currency
    }),
    invoicePeriod(line.period),
    line.allowancesCharges.map((ac) => allowanceCharge(ac, invoice, false)),
    el(
      'cac:Item',
      null,
      text('cbc:Name', line.itemName),
      line.sellerItemId && el('cac:SellersItemIdentification', null, text('cbc:ID', line.sellerItemId)),
      el(
        'cac:ClassifiedTaxCategory',
        null,
        text('cbc:ID', line.vatCategory),
        text('cbc:Percent', line.vatRatePercent),
        vatScheme()
      )
    ),
    el(
      'cac:Price',
      null,
      text('cbc:PriceAmount', line.netPrice, { currencyID: invoice.currency }),
      text('cbc:BaseQuantity', line.baseQuantity, { unitCode: line.unitCode }),
      line.grossPrice &&
        el(
          'cac:AllowanceCharge',
          null,
          text('cbc:ChargeIndicator', 'false'),
          text('cbc:Amount', line.priceDiscount ?? '0', { currencyID: invoice.currency }),
          text('cbc:BaseAmount', line.grossPrice, { currencyID: invoice.currency })
        )
    )
  )
}
