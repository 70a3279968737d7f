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
import type { DistanceSaleRecord, DistanceSales } from '../../shared/schemas/documents-api'
import type { Settings } from '../../shared/schemas/settings'
import { rateValuesInForce } from '../../shared/schemas/vat-rates'
import {
  distanceSaleApplies,
  EU_COUNTRIES,
  isDistanceSale,
  OSS_THRESHOLD_EUR_CENTS,
  ownEuroCents
} from '../../shared/vat'
import type { Executor } from '../context'
import { rateOn } from '../rates/service'
import { readSettings } from '../settings/service'
import { readVatRates } from '../settings/vat-rates'
import { documentRecord, lineRecords, type DocumentRecord, type LineRecord } from './load'
import { label } from '../pdf/strings'

const EURO = 'EUR'

export async function distanceSales(
  db: Executor,
  input: { customerId: number; date: string; currency?: string }
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
  const voluntary = settings.company.ossVoluntary
  const euroRate =
    input.currency === undefined ? null : await euroRateOn(db, input.currency, settings, input.date)
  if (!isDistanceSale(seller, { country, taxId: customer.taxId }))
    return {
      distanceSale: false,
      applies: false,
      country,
      thresholdCents: OSS_THRESHOLD_EUR_CENTS,
      ...empty,
      voluntary,
      euroRate
    }

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
  const figures = { ...sums, thresholdCents: OSS_THRESHOLD_EUR_CENTS, voluntary }
  return { distanceSale: true, applies: distanceSaleApplies(figures, 0), country, ...figures, euroRate }
}

/**
 * Units of `currency` per euro on `date`: the rate an issue that day freezes (null for the euro, when
 * the books are not kept in euros, or when no rate is on record).
 */
async function euroRateOn(
  db: Executor,
  currency: string,
  settings: Settings,
  date: string
): Promise<string | null> {
  if (currency === EURO || settings.documents.accountingCurrency !== EURO) return null
  return (await rateOn(db, currency, EURO, date))?.rate ?? null
}

/**
 * Whether the company had opted in below the threshold (Art. 59c(3)) when the document was issued:
 * its record exists though neither year's figure passed the threshold.
 */
const isVoluntary = (sale: DistanceSaleRecord): boolean =>
  sale.previousYearCents <= sale.thresholdCents && sale.currentYearCents <= sale.thresholdCents

/** An issued document's decision for its page, with whether it was the company's option. */
export async function documentDistanceSale(
  db: Executor,
  documentId: number
): Promise<(DistanceSaleRecord & { voluntary: boolean }) | null> {
  const sale = await frozenDistanceSale(db, documentId)
  return sale && { ...sale, voluntary: isVoluntary(sale) }
}

/** "2100" basis points as "21", "550" as "5.5" (for a refusal's wording). */
const percentText = (bp: number) => String(bp / 100)

/**
 * Decides whether a document is a distance sale charged the VAT of the consumer's country (null:
 * it is not), as of `date` and counting its own net. A credit or debit note follows the invoice it
 * corrects. An invoice does when the company opted in (Settings → Company), when such sales passed
 * the threshold last year, or pass it this year with this very sale (Art. 59c: the rule applies
 * from the supply that exceeds it); a document in another currency counts at the rate its issue
 * freezes (`rateOn` the date, as `freezeExchangeRate`). Used at issue and for a draft's PDF.
 */
async function distanceSaleDecision(
  db: Executor,
  record: DocumentRecord,
  lines: readonly LineRecord[],
  date: string
): Promise<DistanceSaleRecord | null> {
  if (record.type !== 'invoice' && record.type !== 'credit_note' && record.type !== 'debit_note') return null
  if (record.correctsId !== null) return frozenDistanceSale(db, record.correctsId)
  if (!lines.some((l) => l.vatCategory === 'S' || l.vatCategory === 'Z')) return null
  const sales = await distanceSales(db, { customerId: record.customerId, date, currency: record.currency })
  if (!sales.distanceSale) return null
  const own =
    record.type === 'credit_note' ? 0 : ownEuroCents(record.netCents, record.currency, sales.euroRate)
  if (!distanceSaleApplies(sales, own)) return null
  return {
    vatCountry: sales.country,
    sellerCountry: (await readSettings(db)).company.country.toUpperCase(),
    previousYearCents: sales.previousYearCents,
    currentYearCents: sales.currentYearCents + own,
    thresholdCents: sales.thresholdCents
  }
}

/**
 * The decision inside the issuing transaction, before the document counts as issued. Its
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
  const sale = await distanceSaleDecision(trx, record, lines, issueDate)
  if (sale) checkRates(sale.vatCountry, lines, await ratesOf(trx, sale.vatCountry, issueDate))
  return sale
}

/**
 * What a draft would be issued with on `date`, for its PDF: the decision when its lines already carry
 * that country's rates (null otherwise: issuing it would be refused, so it prints no OSS wording).
 */
export async function draftDistanceSale(
  db: Executor,
  documentId: number,
  date: string
): Promise<DistanceSaleRecord | null> {
  const [record, lines] = await Promise.all([documentRecord(db, documentId), lineRecords(db, documentId)])
  const sale = await distanceSaleDecision(db, record, lines, date)
  if (!sale) return null
  const rates = await ratesOf(db, sale.vatCountry, date)
  return rates.length === 0 || lines.every((l) => l.vatCategory !== 'S' || rates.includes(l.vatRateBp))
    ? sale
    : null
}

async function ratesOf(db: Executor, country: string, date: string): Promise<number[]> {
  return rateValuesInForce(await readVatRates(db), country, date)
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
