/**
 * Settings → VAT rates by country: every rate with its kind and the days it applies, editable;
 * the seller's country is shown first. The editor offers the rates in force on a document's
 * date; issued documents keep the rates they were issued with.
 */
import { useEffect, useState } from 'react'
import { parseVatRateToBasisPoints } from '../../../shared/money'
import {
  ratesInForce,
  vatRateKinds,
  vatRateTable,
  type VatRateKind,
  type VatRateTable
} from '../../../shared/schemas/vat-rates'
import { api } from '../api/client'
import { keys, useInvalidate } from '../api/query'
import { Banner } from '../components/Banner'
import { ChoiceOptions } from '../components/ChoiceOptions'
import { SaveButton, SettingsSection } from '../components/SettingsSection'
import { useBannerAction } from '../components/use-banner-action'
import { companyToday } from '../components/format'
import { LabelledSelect } from '../components/fields'
import { UnsavedChangesGuard } from '../components/UnsavedChangesGuard'
import { useT } from '../i18n'
import { bpToText } from '../components/number-text'
import { useDocumentFormat } from './common'
import { DateInput } from '../components/DateInput'

interface Row {
  country: string
  kind: VatRateKind
  rate: string
  validFrom: string
  validTo: string
}

const ALL = ''

/** The table's columns, in order, each headed by its name's words (the row's actions follow). */
const columns = ['row', 'country', 'kind', 'rate', 'validFrom', 'validTo'] as const

function toRows(table: VatRateTable, mark: string): Row[] {
  return table.rates.map((r) => ({
    country: r.country,
    kind: r.kind,
    rate: bpToText(r.rateBp, mark),
    validFrom: r.validFrom ?? '',
    validTo: r.validTo ?? ''
  }))
}

/** The rows as the API takes them; a rate that is not a percentage goes as -1 and is refused. */
function toTable(rows: Row[]): VatRateTable {
  return {
    rates: rows.map((r) => ({
      country: r.country.trim().toUpperCase(),
      kind: r.kind,
      rateBp: parseVatRateToBasisPoints(r.rate) ?? -1,
      validFrom: r.validFrom === '' ? null : r.validFrom,
      validTo: r.validTo === '' ? null : r.validTo
    }))
  }
}

export function VatRatesSettings() {
  const { t, tm } = useT()
  const format = useDocumentFormat()
  const [mark] = useState(format.mark)
  const [rows, setRows] = useState<Row[] | null>(null)
  // The rows as last loaded or saved: anything else is an unsaved edit the guard asks about.
  const [stored, setStored] = useState<Row[] | null>(null)
  const [country, setCountry] = useState<string | null>(null)
  const [errors, setErrors] = useState<Map<number, string>>(new Map())
  const [loadError, setLoadError] = useState<unknown>(null)
  const banner = useBannerAction(loadError)
  const invalidate = useInvalidate()

  useEffect(() => {
    Promise.all([api.call('vatRates.get', {}), api.call('settings.get', {})]).then(
      ([table, settings]) => {
        const loaded = toRows(table, mark)
        setRows(loaded)
        setStored(loaded)
        // The seller's country first: its rates are the ones the editor offers.
        const own = settings.company.country
        setCountry(table.rates.some((r) => r.country === own) ? own : ALL)
      },
      (error: unknown) => setLoadError(error)
    )
  }, [mark])

  if (rows === null || country === null)
    return banner.message ? (
      <Banner message={banner.message} />
    ) : (
      <p className="muted">{t('common.loading')}</p>
    )

  const countries = [
    ...new Set(rows.map((r) => r.country.trim().toUpperCase()).filter((c) => c !== ''))
  ].sort()
  const shown = rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => country === ALL || row.country === country)
  const today = companyToday()
  const inForce =
    country === ALL
      ? []
      : ratesInForce(toTable(rows.filter((r) => parseVatRateToBasisPoints(r.rate) !== null)), country, today)

  const change = (index: number, patch: Partial<Row>) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)))

  async function save() {
    if (rows === null) return
    const table = toTable(rows)
    const found = new Map<number, string>()
    const parsed = vatRateTable.safeParse(table)
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const index = issue.path[1]
        if (typeof index === 'number' && !found.has(index)) found.set(index, issue.message)
      }
    rows.forEach((r, i) => {
      if (parseVatRateToBasisPoints(r.rate) === null) found.set(i, t('vatRates.ratePercent'))
    })
    setErrors(found)
    if (found.size > 0) {
      banner.setMessage({ kind: 'error', text: t('messages.correctMarkedFields') })
      return
    }
    await banner.act(async () => {
      const saved = toRows(await api.call('vatRates.update', { table }), mark)
      setRows(saved)
      setStored(saved)
      // The editor and the seller-country button read the table through this key.
      invalidate(keys.settings('vatRates'))
      return t('common.saved')
    })
  }

  return (
    <SettingsSection
      id="vat-rates"
      testId="vat-rates"
      title={t('vatRates.title')}
      intro={t('vatRates.intro')}
      banner={banner}
      after={<UnsavedChangesGuard dirty={!banner.busy && JSON.stringify(rows) !== JSON.stringify(stored)} />}
    >
      <div className="button-row">
        <LabelledSelect
          id="vat-rates-country"
          label={t('vatRates.show')}
          value={country}
          options={[ALL, ...countries]}
          optionLabel={(c) => (c === ALL ? t('vatRates.allCountries') : c)}
          onValue={setCountry}
          data-testid="vat-rates-country"
        />
        {country !== ALL && (
          <p data-testid="vat-rates-in-force">
            {inForce.length === 0
              ? t('vatRates.noneInForce', { country })
              : t('vatRates.inForce', {
                  country,
                  rates: inForce.map((r) => `${bpToText(r.rateBp, mark)} %`).join(' / ')
                })}
          </p>
        )}
      </div>
      <div className="table-scroll">
        <table className="figures-table" aria-label={t('vatRates.title')} data-testid="vat-rates-table">
          <thead>
            <tr>
              {columns.map((column) => (
                <th scope="col" key={column}>
                  {t(`vatRates.${column}`)}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('vatRates.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ row, index }) => {
              const n = index + 1
              const error = errors.get(index)
              const cell = (field: string) => t('vatRates.cell', { row: n, field })
              // The first and the last day the rate applies: the same date cell.
              const validity = (field: 'validFrom' | 'validTo', testId: string) => (
                <td>
                  <DateInput
                    value={row[field]}
                    aria-label={cell(t(`vatRates.${field}`))}
                    onChange={(v) => change(index, { [field]: v })}
                    data-testid={testId}
                  />
                </td>
              )
              return (
                <tr key={index} data-testid="vat-rate-row" data-country={row.country} data-kind={row.kind}>
                  <th scope="row" className="num" data-testid="vat-rate-number">
                    {n}
                  </th>
                  <td>
                    <input
                      className="uppercase"
                      size={3}
                      maxLength={2}
                      value={row.country}
                      aria-label={cell(t('vatRates.country'))}
                      onChange={(e) => change(index, { country: e.target.value.toUpperCase() })}
                      data-testid="vat-rate-country"
                    />
                  </td>
                  <td>
                    <select
                      value={row.kind}
                      aria-label={cell(t('vatRates.kind'))}
                      onChange={(e) => change(index, { kind: e.target.value as VatRateKind })}
                      data-testid="vat-rate-kind"
                    >
                      <ChoiceOptions choices={vatRateKinds} label={(k) => t(`vatRates.kinds.${k}`)} />
                    </select>
                  </td>
                  <td>
                    <input
                      inputMode="decimal"
                      size={6}
                      value={row.rate}
                      aria-label={cell(t('vatRates.rate'))}
                      aria-invalid={error !== undefined}
                      aria-describedby={error === undefined ? undefined : `vat-rate-error-${String(index)}`}
                      onChange={(e) => change(index, { rate: e.target.value })}
                      data-testid="vat-rate-rate"
                    />
                  </td>
                  {validity('validFrom', 'vat-rate-from')}
                  {validity('validTo', 'vat-rate-to')}
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        setRows(rows.filter((_, i) => i !== index))
                        setErrors(new Map())
                      }}
                      data-testid="vat-rate-remove"
                    >
                      {t('vatRates.remove', { row: n })}
                    </button>
                    {error !== undefined && (
                      <p
                        className="field-error"
                        id={`vat-rate-error-${String(index)}`}
                        data-testid="vat-rate-error"
                      >
                        {tm(error)}
                      </p>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            setRows([
              ...rows,
              {
                country: country === ALL ? '' : country,
                kind: 'standard',
                rate: '',
                validFrom: today,
                validTo: ''
              }
            ])
          }
          data-testid="vat-rate-add"
        >
          {t('vatRates.add')}
        </button>
        <SaveButton
          saving={banner.busy}
          label={t('vatRates.save')}
          onSave={() => void save()}
          testId="vat-rates-save"
        />
      </div>
    </SettingsSection>
  )
}
