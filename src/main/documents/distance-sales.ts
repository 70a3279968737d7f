/**
 * Distance sales to consumers in other EU countries (OSS, issue 11): what the company has
 * invoiced them, in euros, in the calendar year of a date (up to that date) and the year before,
 * and whether the EU threshold is passed, so that a new sale to such a customer is charged the
 * VAT of the customer's country. Issued invoices and debit notes count, credit notes take off;
 * drafts do not count. A document in another currency counts at the rate frozen with it when the
 * accounting currency is the euro; otherwise it cannot be put in euros and is counted apart.
 */
import { toAccounting } from '../../shared/exchange'
import { conflict, notFound } from '../../shared/errors'
import type { DistanceSales } from '../../shared/schemas/documents-api'
import { rateValuesInForce } from '../../shared/schemas/vat-rates'
import { EU_COUNTRIES, isDistanceSale, OSS_THRESHOLD_EUR_CENTS } from '../../shared/vat'
import type { Executor } from '../context'
import { readSettings } from '../settings/service'
import { readVatRates } from '../settings/vat-rates'
import type { DocumentRecord, LineRecord } from './load'
import { label } from '../pdf/strings'

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

/** Why a document charges the VAT of the consumer's country, as frozen with it at issue. */
export interface DistanceSaleRecord {
  /** The consumer's member state, whose VAT the document charges. */
  vatCountry: string
  sellerCountry: string
  previousYearCents: number
  currentYearCents: number
  thresholdCents: number
}

/** "2100" basis points as "21", "550" as "5.5" (for a refusal's wording). */
const percentText = (bp: number) => String(bp / 100)

/**
 * Decides, inside the issuing transaction and before the document counts as issued, whether it is a
 * distance sale charged the VAT of the consumer's country (null: it is not). A credit or debit note
 * follows the invoice it corrects. An invoice does when such sales passed the threshold last year,
 * or pass it this year with this very sale (Art. 59c: the rule applies from the supply that
 * exceeds it; only a euro invoice can be added before its exchange rate is frozen). Its
 * standard-rated lines must then carry rates of that country (when the company's VAT rates table
 * has that country): an invoice charging Spanish VAT to a German consumer over the threshold is
 * refused rather than issued wrong.
 */
export async function distanceSaleAtIssue(
  trx: Executor,
  record: DocumentRecord,
  lines: readonly LineRecord[],
  issueDate: string
): Promise<DistanceSaleRecord | null> {
  if (record.type !== 'invoice' && record.type !== 'credit_note' && record.type !== 'debit_note') return null
  if (record.correctsId !== null) {
    const corrected = await frozenDistanceSale(trx, record.correctsId)
    if (corrected)
      checkRates(corrected.vatCountry, lines, await ratesOf(trx, corrected.vatCountry, issueDate))
    return corrected
  }
  if (!lines.some((l) => l.vatCategory === 'S' || l.vatCategory === 'Z')) return null
  const sales = await distanceSales(trx, { customerId: record.customerId, date: issueDate })
  if (!sales.distanceSale) return null
  const own = record.currency === EURO && record.type !== 'credit_note' ? record.netCents : 0
  const currentYearCents = sales.currentYearCents + own
  if (sales.previousYearCents <= sales.thresholdCents && currentYearCents <= sales.thresholdCents) return null
  checkRates(sales.country, lines, await ratesOf(trx, sales.country, issueDate))
  return {
    vatCountry: sales.country,
    sellerCountry: (await readSettings(trx)).company.country.toUpperCase(),
    previousYearCents: sales.previousYearCents,
    currentYearCents,
    thresholdCents: sales.thresholdCents
  }
}

async function ratesOf(trx: Executor, country: string, date: string): Promise<number[]> {
  return rateValuesInForce(await readVatRates(trx), country, date)
}

function checkRates(country: string, lines: readonly LineRecord[], rates: readonly number[]): void {
  // No rates on record for the country: nothing to compare with (the editor says so).
  if (rates.length === 0) return
  const wrong = lines.find((l) => l.vatCategory === 'S' && !rates.includes(l.vatRateBp))
  if (wrong)
    throw conflict('distanceSaleRate', {
      country,
      description: wrong.description,
      rate: percentText(wrong.vatRateBp)
    })
}

/** Keeps the decision with the issued document (append-only, like the document). */
export async function recordDistanceSale(
  trx: Executor,
  documentId: number,
  sale: DistanceSaleRecord | null
): Promise<void> {
  if (sale)
    await trx
      .insertInto('documentDistanceSales')
      .values({ documentId, ...sale })
      .execute()
}

/** The decision frozen with an issued document; null when it charged the seller's VAT. */
export async function frozenDistanceSale(
  db: Executor,
  documentId: number
): Promise<DistanceSaleRecord | null> {
  const row = await db
    .selectFrom('documentDistanceSales')
    .select(['vatCountry', 'sellerCountry', 'previousYearCents', 'currentYearCents', 'thresholdCents'])
    .where('documentId', '=', documentId)
    .executeTakeFirst()
  return row ?? null
}

/** A country's name in a language ("DE" in Spanish: "Alemania"), the code when none is known. */
function countryName(country: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(country) ?? country
  } catch {
    return country
  }
}

/** The wording a distance sale prints under the VAT breakdown and carries in its e-invoice note. */
export function distanceSaleWording(sale: Pick<DistanceSaleRecord, 'vatCountry'>, language: string): string {
  return label(language, 'distanceSale', { country: countryName(sale.vatCountry, language) })
}
