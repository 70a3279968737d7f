/**
 * Distance sales to consumers in other EU countries (OSS, issue 11): what the company has
 * invoiced them, in euros, in the calendar year of a date (up to that date) and the year before,
 * and whether the EU threshold is passed, so that a new sale to such a customer is charged the
 * VAT of the customer's country. Issued invoices and debit notes count, credit notes take off;
 * drafts do not count. A document in another currency counts at the rate frozen with it when the
 * accounting currency is the euro; otherwise it cannot be put in euros and is counted apart.
 */
import { toAccounting } from '../../shared/exchange'
import { notFound } from '../../shared/errors'
import type { DistanceSales } from '../../shared/schemas/documents-api'
import { EU_COUNTRIES, isDistanceSale, OSS_THRESHOLD_EUR_CENTS } from '../../shared/vat'
import type { Executor } from '../context'
import { readSettings } from '../settings/service'

const EURO = 'EUR'

export async function distanceSales(
  db: Executor,
  input: { customerId: number; date: string }
): Promise<DistanceSales> {
  const [settings, customer] = await Promise.all([
    readSettings(db),
    db
      .selectFrom('customers')
      .select(['billingCountry', 'taxId'])
      .where('id', '=', input.customerId)
      .executeTakeFirst()
  ])
  if (!customer) throw notFound('customer', input.customerId)
  const seller = settings.company.country.toUpperCase()
  const country = customer.billingCountry.toUpperCase()
  const year = Number(input.date.slice(0, 4))
  const empty = { previousYearCents: 0, currentYearCents: 0, uncounted: 0 }
  if (!isDistanceSale(seller, { country, taxId: customer.taxId }))
    return { distanceSale: false, applies: false, country, thresholdCents: OSS_THRESHOLD_EUR_CENTS, ...empty }

  const rows = await db
    .selectFrom('documents as d')
    .leftJoin('documentExchangeRates as x', 'x.documentId', 'd.id')
    .select(['d.type', 'd.issueDate', 'd.netCents', 'd.currency', 'x.rate', 'x.accountingCurrency'])
    .where('d.type', 'in', ['invoice', 'credit_note', 'debit_note'])
    .where('d.status', '=', 'issued')
    .where('d.issueDate', '>=', `${String(year - 1)}-01-01`)
    .where('d.issueDate', '<=', input.date)
    .where('d.customerTaxId', '=', '')
    .where('d.billingCountry', '!=', seller)
    .where('d.billingCountry', 'in', [...EU_COUNTRIES])
    .execute()
  const sums = { ...empty }
  for (const row of rows) {
    const euros =
      row.currency === EURO
        ? row.netCents
        : row.rate !== null && row.accountingCurrency === EURO
          ? toAccounting(row.netCents, row.currency, row.rate, EURO)
          : null
    if (euros === null) {
      sums.uncounted += 1
      continue
    }
    const signed = row.type === 'credit_note' ? -euros : euros
    if (row.issueDate?.startsWith(String(year))) sums.currentYearCents += signed
    else sums.previousYearCents += signed
  }
  return {
    distanceSale: true,
    applies:
      sums.previousYearCents > OSS_THRESHOLD_EUR_CENTS || sums.currentYearCents > OSS_THRESHOLD_EUR_CENTS,
    country,
    thresholdCents: OSS_THRESHOLD_EUR_CENTS,
    ...sums
  }
}
