/**
 * Whose VAT a document charges (issue 11, OSS): the seller's country's, except for a distance
 * sale to a consumer in another EU country once such sales passed the EU threshold — then the
 * customer's country's, at the rate of the same kind (standard for standard, reduced for reduced).
 */
import type { Customer } from '../../../shared/schemas/customers'
import { ratesInForce, type VatRateTable } from '../../../shared/schemas/vat-rates'
import { customerVatTreatment, distanceSaleApplies, isDistanceSale, ownEuroCents } from '../../../shared/vat'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { useCurrencies } from '../components/use-currencies'

export function useChargedVat(
  table: VatRateTable,
  sellerCountry: string,
  customer: Customer | null,
  date: string,
  /** The draft's own net in its currency (0 for a correction: it follows its invoice). */
  own: { netCents: number; currency: string }
) {
  const distanceSale =
    customer !== null &&
    customerVatTreatment(sellerCountry, customer) === 'S' &&
    isDistanceSale(sellerCountry, { country: customer.billingAddress.country, taxId: customer.taxId })
  const customerId = customer?.id ?? 0
  // A document whose currency is still being typed counts as one in the company's default currency.
  const { defaultCurrency } = useCurrencies()
  const currency = /^[A-Z]{3}$/.test(own.currency) ? own.currency : defaultCurrency
  const { data } = useApiQuery(
    keys.documents('distanceSales', customerId, date, currency),
    () => api.call('documents.distanceSales', { customerId, date, currency }),
    { enabled: distanceSale }
  )
  const found =
    distanceSale && data && data.country === customer.billingAddress.country.toUpperCase() ? data : null
  // The sale that passes the threshold already charges the consumer's country's VAT: its own net counts.
  const ownEuros = found ? ownEuroCents(own.netCents, currency, found.euroRate) : 0
  const sales = found && {
    ...found,
    applies: distanceSaleApplies(found, ownEuros),
    currentYearCents: found.currentYearCents + ownEuros
  }
  const country = sales?.applies ? sales.country : sellerCountry
  const theirs = ratesInForce(table, country, date)
  const rateFor = (sellerRateBp: number) => {
    if (theirs.some((r) => r.rateBp === sellerRateBp)) return sellerRateBp
    const kind = ratesInForce(table, sellerCountry, date).find((r) => r.rateBp === sellerRateBp)?.kind
    return (
      (theirs.find((r) => r.kind === kind) ?? theirs.find((r) => r.kind === 'standard'))?.rateBp ??
      sellerRateBp
    )
  }
  return { country, oss: sales && { sales, rateFor } }
}
