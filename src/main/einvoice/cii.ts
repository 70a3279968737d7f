/**
 * EN 16931 in UN/CEFACT Cross Industry Invoice D16B (the syntax Factur-X / ZUGFeRD embed), with the
 * EN 16931 guideline id. Element order follows the D16B schema; the mapping of each business term
 * follows the EN 16931-3-3 syntax binding.
 */
import {
  TYPE_CODES,
  formatAmount,
  type EAllowanceCharge,
  type EInvoice,
  type ELine,
  type EParty
} from './model'
import { paymentMeansCode } from './ubl'
import { el, text, xmlDocument, type XmlNode } from './xml'

export const EN16931_GUIDELINE_ID = 'urn:cen.eu:en16931:2017'

/** CII dates are YYYYMMDD with format code 102. */
function date(name: string, iso: string | null, wrapper = 'udt:DateTimeString'): XmlNode | null {
  return iso ? el(name, null, text(wrapper, iso.replaceAll('-', ''), { format: '102' })) : null
}

/** BG-14 (the invoice's) or BG-26 (a line's) period, when there is one. */
function billingPeriod(period: EInvoice['period']): XmlNode | null {
  return (
    period &&
    el(
      'ram:BillingSpecifiedPeriod',
      null,
      date('ram:StartDateTime', period.start),
      date('ram:EndDateTime', period.end)
    )
  )
}

/** A VAT category and rate: a line's (BG-30) or a document-level allowance's or charge's. */
function vatCategoryTax(name: string, category: string, ratePercent: string | null): XmlNode | null {
  return el(
    name,
    null,
    text('ram:TypeCode', 'VAT'),
    text('ram:CategoryCode', category),
    text('ram:RateApplicablePercent', ratePercent)
  )
}

export function toCii(invoice: EInvoice): string {
  const money = (minor: bigint) => formatAmount(minor, invoice.currencyDigits)
  const amount = (name: string, minor: bigint, withCurrency = false) =>
    text(name, money(minor), withCurrency ? { currencyID: invoice.currency } : undefined)
  const t = invoice.totals
  const means = invoice.paymentMeans

  return xmlDocument(
    el(
      'rsm:CrossIndustryInvoice',
      {
        'xmlns:rsm': 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
        'xmlns:ram': 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
        'xmlns:qdt': 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
        'xmlns:udt': 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100'
      },
      el(
        'rsm:ExchangedDocumentContext',
        null,
        el('ram:GuidelineSpecifiedDocumentContextParameter', null, text('ram:ID', EN16931_GUIDELINE_ID))
      ),
      el(
        'rsm:ExchangedDocument',
        null,
        text('ram:ID', invoice.number),
        text('ram:TypeCode', TYPE_CODES[invoice.kind]),
        date('ram:IssueDateTime', invoice.issueDate),
        invoice.note && el('ram:IncludedNote', null, text('ram:Content', invoice.note))
      ),
      el(
        'rsm:SupplyChainTradeTransaction',
        null,
        invoice.lines.map((line) => lineItem(line, invoice)),
        el(
          'ram:ApplicableHeaderTradeAgreement',
          null,
          text('ram:BuyerReference', invoice.buyerReference),
          tradeParty('ram:SellerTradeParty', invoice.seller),
          tradeParty('ram:BuyerTradeParty', invoice.buyer),
          invoice.orderReference &&
            el('ram:BuyerOrderReferencedDocument', null, text('ram:IssuerAssignedID', invoice.orderReference))
        ),
        el(
          'ram:ApplicableHeaderTradeDelivery',
          null,
          invoice.deliverToCountry &&
            el(
              'ram:ShipToTradeParty',
              null,
              el('ram:PostalTradeAddress', null, text('ram:CountryID', invoice.deliverToCountry))
            ),
          invoice.supplyDate &&
            el('ram:ActualDeliverySupplyChainEvent', null, date('ram:OccurrenceDateTime', invoice.supplyDate))
        ) ?? { 'ram:ApplicableHeaderTradeDelivery': [] },
        el(
          'ram:ApplicableHeaderTradeSettlement',
          null,
          means?.kind === 'direct_debit' && text('ram:CreditorReferenceID', means.creditorId),
          text('ram:PaymentReference', invoice.paymentReference),
          text('ram:TaxCurrencyCode', invoice.accountingCurrency?.code),
          text('ram:InvoiceCurrencyCode', invoice.currency),
          means &&
            el(
              'ram:SpecifiedTradeSettlementPaymentMeans',
              null,
              text('ram:TypeCode', paymentMeansCode(means)),
              means.kind === 'card' &&
                el(
                  'ram:ApplicableTradeSettlementFinancialCard',
                  null,
                  text('ram:ID', `****${means.last4}`),
                  text('ram:CardholderName', means.holder)
                ),
              means.kind === 'direct_debit' &&
                means.debitedIban &&
                el('ram:PayerPartyDebtorFinancialAccount', null, text('ram:IBANID', means.debitedIban)),
              means.kind === 'credit_transfer' &&
                el(
                  'ram:PayeePartyCreditorFinancialAccount',
                  null,
                  text(/^[A-Z]{2}[0-9]{2}/.test(means.iban) ? 'ram:IBANID' : 'ram:ProprietaryID', means.iban),
                  text('ram:AccountName', means.accountName)
                ),
              means.kind === 'credit_transfer' &&
                means.bic &&
                el('ram:PayeeSpecifiedCreditorFinancialInstitution', null, text('ram:BICID', means.bic))
            ),
          invoice.vatBreakdown.map((row) =>
            el(
              'ram:ApplicableTradeTax',
              null,
              amount('ram:CalculatedAmount', row.taxAmount),
              text('ram:TypeCode', 'VAT'),
              text('ram:ExemptionReason', row.exemptionText),
              amount('ram:BasisAmount', row.taxableAmount),
              text('ram:CategoryCode', row.category),
              text('ram:ExemptionReasonCode', row.exemptionCode),
              text('ram:RateApplicablePercent', row.ratePercent)
            )
          ),
          billingPeriod(invoice.period),
          invoice.allowancesCharges.map((ac) => allowanceCharge(ac, invoice, true)),
          (invoice.paymentTerms || invoice.dueDate || means?.kind === 'direct_debit') &&
            el(
              'ram:SpecifiedTradePaymentTerms',
              null,
              text('ram:Description', invoice.paymentTerms),
              date('ram:DueDateDateTime', invoice.dueDate),
              means?.kind === 'direct_debit' && text('ram:DirectDebitMandateID', means.mandateReference)
            ),
          el(
            'ram:SpecifiedTradeSettlementHeaderMonetarySummation',
            null,
            amount('ram:LineTotalAmount', t.lineNet),
            (t.charges !== 0n || invoice.allowancesCharges.some((ac) => ac.isCharge)) &&
              amount('ram:ChargeTotalAmount', t.charges),
            (t.allowances !== 0n || invoice.allowancesCharges.some((ac) => !ac.isCharge)) &&
              amount('ram:AllowanceTotalAmount', t.allowances),
            amount('ram:TaxBasisTotalAmount', t.taxExclusive),
            amount('ram:TaxTotalAmount', t.tax, true),
            invoice.accountingCurrency &&
              text(
                'ram:TaxTotalAmount',
                formatAmount(invoice.accountingCurrency.taxAmount, invoice.accountingCurrency.digits),
                { currencyID: invoice.accountingCurrency.code }
              ),
            t.rounding !== 0n && amount('ram:RoundingAmount', t.rounding),
            amount('ram:GrandTotalAmount', t.taxInclusive),
            t.prepaid !== 0n && amount('ram:TotalPrepaidAmount', t.prepaid),
            amount('ram:DuePayableAmount', t.payable)
          ),
          invoice.precedingInvoices.map((p) =>
            el(
              'ram:InvoiceReferencedDocument',
              null,
              text('ram:IssuerAssignedID', p.number),
              date('ram:FormattedIssueDateTime', p.issueDate, 'qdt:DateTimeString')
            )
          )
        )
      )
    )
  )
}

function tradeParty(name: string, p: EParty): XmlNode | null {
  return el(
    name,
    null,
    text('ram:Name', p.name),
    text('ram:Description', p.legalInformation),
    p.legalRegistrationId &&
      el('ram:SpecifiedLegalOrganization', null, text('ram:ID', p.legalRegistrationId)),
    p.contact &&
      el(
        'ram:DefinedTradeContact',
        null,
        text('ram:PersonName', p.contact.name),
        p.contact.phone &&
          el('ram:TelephoneUniversalCommunication', null, text('ram:CompleteNumber', p.contact.phone)),
        p.contact.email && el('ram:EmailURIUniversalCommunication', null, text('ram:URIID', p.contact.email))
      ),
    el(
      'ram:PostalTradeAddress',
      null,
      text('ram:PostcodeCode', p.address.postalCode),
      text('ram:LineOne', p.address.line1),
      text('ram:LineTwo', p.address.line2),
      text('ram:CityName', p.address.city),
      text('ram:CountryID', p.address.country),
      text('ram:CountrySubDivisionName', p.address.region)
    ),
    p.electronicAddress &&
      el('ram:URIUniversalCommunication', null, text('ram:URIID', p.electronicAddress, { schemeID: 'EM' })),
    p.vatId && el('ram:SpecifiedTaxRegistration', null, text('ram:ID', p.vatId, { schemeID: 'VA' })),
    p.taxRegistrationId &&
      el('ram:SpecifiedTaxRegistration', null, text('ram:ID', p.taxRegistrationId, { schemeID: 'FC' }))
  )
}

function allowanceCharge(ac: EAllowanceCharge, invoice: EInvoice, documentLevel: boolean): XmlNode | null {
  const money = (minor: bigint) => formatAmount(minor, invoice.currencyDigits)
  return el(
    'ram:SpecifiedTradeAllowanceCharge',
    null,
    el('ram:ChargeIndicator', null, text('udt:Indicator', ac.isCharge ? 'true' : 'false')),
    text('ram:CalculationPercent', ac.percent),
    ac.baseAmount !== null && text('ram:BasisAmount', money(ac.baseAmount)),
    text('ram:ActualAmount', money(ac.amount)),
    text('ram:ReasonCode', ac.reasonCode),
    text('ram:Reason', ac.reason),
    documentLevel &&
      ac.vatCategory &&
      vatCategoryTax('ram:CategoryTradeTax', ac.vatCategory, ac.vatRatePercent)
  )
}

function lineItem(line: ELine, invoice: EInvoice): XmlNode | null {
  return el(
    'ram:IncludedSupplyChainTradeLineItem',
    null,
    el(
      'ram:AssociatedDocumentLineDocument',
      null,
      text('ram:LineID', line.id),
      line.note && el('ram:IncludedNote', null, text('ram:Content', line.note))
    ),
    el(
      'ram:SpecifiedTradeProduct',
      null,
      text('ram:SellerAssignedID', line.sellerItemId),
      text('ram:Name', line.itemName)
    ),
    el(
      'ram:SpecifiedLineTradeAgreement',
      null,
      line.grossPrice &&
        el(
          'ram:GrossPriceProductTradePrice',
          null,
          text('ram:ChargeAmount', line.grossPrice),
          text('ram:BasisQuantity', line.baseQuantity, { unitCode: line.unitCode }),
          line.priceDiscount &&
            el(
              'ram:AppliedTradeAllowanceCharge',
              null,
              el('ram:ChargeIndicator', null, text('udt:Indicator', 'false')),
              text('ram:ActualAmount', line.priceDiscount)
            )
        ),
      el(
        'ram:NetPriceProductTradePrice',
        null,
        text('ram:ChargeAmount', line.netPrice),
        text('ram:BasisQuantity', line.baseQuantity, { unitCode: line.unitCode })
      )
    ),
    el(
      'ram:SpecifiedLineTradeDelivery',
      null,
      text('ram:BilledQuantity', line.quantity, { unitCode: line.unitCode })
    ),
    el(
      'ram:SpecifiedLineTradeSettlement',
      null,
      vatCategoryTax('ram:ApplicableTradeTax', line.vatCategory, line.vatRatePercent),
      billingPeriod(line.period),
      line.allowancesCharges.map((ac) => allowanceCharge(ac, invoice, false)),
      el(
        'ram:SpecifiedTradeSettlementLineMonetarySummation',
        null,
        text('ram:LineTotalAmount', formatAmount(line.netAmount, invoice.currencyDigits))
      )
    )
  )
}
