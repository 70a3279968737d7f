/**
 * The company's VAT rates per country, kept as JSON in the settings table (key "vatRates").
 * Absent or unreadable: the defaults of every country the app knows. Issued documents never
 * read this table: their lines carry the rate they were issued with.
 */
import { activity } from '../../shared/activity'
import { defaultVatRateTable, vatRateTable, type VatRateTable } from '../../shared/schemas/vat-rates'
import { saveJsonSettings } from './saved-settings'
import type { Executor, ServiceContext } from '../context'
import { writeTransaction } from '../db/write-transaction'
import { readJsonSetting } from './json-setting'

const KEY = 'vatRates'

/** Absent or unreadable: the defaults (rather than blocking every document). */
export const readVatRates = (db: Executor): Promise<VatRateTable> =>
  readJsonSetting(db, KEY, vatRateTable, defaultVatRateTable(), { overDefaults: false })

/** Countries whose rates differ between two tables, for the activity log. */
function changedCountries(before: VatRateTable, after: VatRateTable): string[] {
  const byCountry = (table: VatRateTable) => {
    const map = new Map<string, string[]>()
    for (const r of table.rates)
      map.set(r.country, [
        ...(map.get(r.country) ?? []),
        JSON.stringify([r.kind, r.rateBp, r.validFrom, r.validTo])
      ])
    return map
  }
  const a = byCountry(before)
  const b = byCountry(after)
  return [...new Set([...a.keys(), ...b.keys()])]
    .filter((c) => JSON.stringify((a.get(c) ?? []).sort()) !== JSON.stringify((b.get(c) ?? []).sort()))
    .sort()
}

export async function updateVatRates(ctx: ServiceContext, input: VatRateTable): Promise<VatRateTable> {
  const table = vatRateTable.parse(input)
  return writeTransaction(ctx.db, async (trx) => {
    const before = await readVatRates(trx)
    const countries = changedCountries(before, table)
    await saveJsonSettings(trx, ctx, KEY, table, {
      summary: `Edited the VAT rates${countries.length ? ` (${countries.join(', ')})` : ' (no changes)'}`,
      details: activity('vatRatesEdited', { countries: countries.join(', ') })
    })
    return readVatRates(trx)
  })
}
