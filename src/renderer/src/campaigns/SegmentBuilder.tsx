/**
 * Who a campaign goes to: the segment filters the core offers (segments.ts), a live count of the
 * members and of those the campaign's channel can reach, the first members, and saved segments
 * (pick one to start from, or save these filters under a name).
 */
import { useState } from 'react'
import { minorUnits } from '../../../shared/currencies'
import { languages } from '../../../shared/languages'
import { consentStatuses, customerStatuses, type SegmentFilters } from '../../../shared/schemas/campaigns'
import { api } from '../api/client'
import { keys, useApiMutation, useApiQuery } from '../api/query'
import { messageOf } from '../components/api-errors'
import { Banner, type BannerMessage } from '../components/Banner'
import { useFormat } from '../components/format'
import { LoadFailure } from '../components/LoadFailure'
import { ProductIdsPicker } from '../components/ProductIdsPicker'
import { useCurrencies } from '../components/use-currencies'
import { useDebounced } from '../components/use-debounced'
import { useExecutiveOptions } from '../components/use-executive-options'
import { useT } from '../i18n'
import { DateInput } from '../components/DateInput'

export interface SegmentChoice {
  segmentId: number | null
  filters: SegmentFilters
}

const PREVIEW_ROWS = 20
const PREVIEW_DELAY_MS = 250

/** Tri-state filters (has e-mail, has address): '' any, 'yes', 'no'. */
const triState = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no')
const fromTriState = (value: string) => (value === '' ? null : value === 'yes')

/** "es, hu" -> ['ES', 'HU']; what is not a two-letter code is left out until it is one. */
export function countryCodes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter((c) => /^[A-Z]{2}$/.test(c))
}

/** Whole units typed ("1500") -> minor units of the currency; '' -> no bound. */
function toMinor(text: string, currency: string): number | null {
  const value = Number(text.replace(',', '.'))
  if (text.trim() === '' || !Number.isFinite(value) || value < 0) return null
  return Math.round(value * 10 ** minorUnits(currency))
}

const fromMinor = (minor: number | null, currency: string) =>
  minor === null ? '' : String(minor / 10 ** minorUnits(currency))

export function SegmentBuilder({
  value,
  channel,
  onChange
}: {
  value: SegmentChoice
  channel: 'post' | 'email'
  onChange: (next: SegmentChoice) => void
}) {
  const { t } = useT()
  const format = useFormat()
  const { accountingCurrency } = useCurrencies()
  const executives = useExecutiveOptions()
  const f = value.filters
  const set = (patch: Partial<SegmentFilters>) => onChange({ ...value, filters: { ...f, ...patch } })
  // Typed text kept as typed (a half-written country list or amount), the filter set from it.
  const [countriesText, setCountriesText] = useState(f.countries.join(', '))
  const [turnover, setTurnover] = useState({
    min: fromMinor(f.turnoverMinCents, accountingCurrency),
    max: fromMinor(f.turnoverMaxCents, accountingCurrency)
  })

  const filters = useDebounced(f, PREVIEW_DELAY_MS)
  const preview = useApiQuery(
    keys.campaigns('preview', channel, filters),
    () => api.call('segments.preview', { filters, channel, limit: PREVIEW_ROWS }),
    { keepPrevious: true }
  )
  const saved = useApiQuery(keys.campaigns('segments'), () => api.call('segments.list', {}))
  const chosen = saved.data?.find((s) => s.id === value.segmentId)
  const [segmentName, setSegmentName] = useState(chosen?.name ?? '')
  const [message, setMessage] = useState<BannerMessage | null>(null)
  const save = useApiMutation(
    () =>
      api.call('segments.save', {
        id: value.segmentId,
        segment: { name: segmentName.trim() || (chosen?.name ?? ''), filters: f }
      }),
    {
      invalidates: [keys.campaigns('segments')],
      onSuccess: (segment) => {
        onChange({ segmentId: segment.id, filters: segment.filters })
        setSegmentName(segment.name)
        setMessage({ kind: 'success', text: t('campaigns.segment.savedAs', { name: segment.name }) })
      }
    }
  )

  function pickSaved(id: string) {
    const segment = saved.data?.find((s) => String(s.id) === id)
    if (!segment) {
      onChange({ segmentId: null, filters: f })
      return
    }
    setCountriesText(segment.filters.countries.join(', '))
    setTurnover({
      min: fromMinor(segment.filters.turnoverMinCents, accountingCurrency),
      max: fromMinor(segment.filters.turnoverMaxCents, accountingCurrency)
    })
    setSegmentName(segment.name)
    onChange({ segmentId: segment.id, filters: segment.filters })
  }

  const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
    on ? [...list, item] : list.filter((x) => x !== item)

  return (
    <section className="form-section segment-builder" aria-labelledby="segment-title" data-testid="segment">
      <h2 id="segment-title">{t('campaigns.segment.title')}</h2>
      <Banner message={message} onClose={() => setMessage(null)} />
      <div className="segment-saved">
        <div className="field">
          <label htmlFor="segment-saved">{t('campaigns.segment.saved')}</label>
          <select
            id="segment-saved"
            value={value.segmentId === null ? '' : String(value.segmentId)}
            onChange={(e) => pickSaved(e.target.value)}
            data-testid="segment-saved"
          >
            <option value="">{t('campaigns.segment.noSaved')}</option>
            {saved.data?.map((s) => (
              <option key={s.id} value={String(s.id)}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="segment-name">{t('campaigns.segment.segmentName')}</label>
          <input
            id="segment-name"
            value={segmentName}
            onChange={(e) => setSegmentName(e.target.value)}
            data-testid="segment-name"
          />
        </div>
        <button
          type="button"
          onClick={() => {
            setMessage(null)
            save.mutate(undefined, {
              onError: (error) => setMessage({ kind: 'error', text: messageOf(error) })
            })
          }}
          disabled={save.isPending}
          data-testid="segment-save"
        >
          {t('campaigns.segment.save')}
        </button>
      </div>

      <div className="segment-filters">
        <fieldset className="field">
          <legend>{t('campaigns.segment.statuses')}</legend>
          {customerStatuses.map((s) => (
            <label key={s} className="checklist-item">
              <input
                type="checkbox"
                checked={f.statuses.includes(s)}
                onChange={(e) => set({ statuses: toggle(f.statuses, s, e.target.checked) })}
                data-testid={`segment-status-${s}`}
              />
              {t(`customers.status.${s}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="field">
          <legend>{t('campaigns.segment.languages')}</legend>
          {languages.map((l) => (
            <label key={l} className="checklist-item">
              <input
                type="checkbox"
                checked={f.languages.includes(l)}
                onChange={(e) => set({ languages: toggle(f.languages, l, e.target.checked) })}
                data-testid={`segment-language-${l}`}
              />
              {t(`settings.languages.${l}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="segment-countries">{t('campaigns.segment.countries')}</label>
          <input
            id="segment-countries"
            value={countriesText}
            onChange={(e) => {
              setCountriesText(e.target.value)
              set({ countries: countryCodes(e.target.value) })
            }}
            data-testid="segment-countries"
          />
        </div>
        <div className="field">
          <label htmlFor="segment-region">{t('campaigns.segment.region')}</label>
          <input
            id="segment-region"
            value={f.region}
            onChange={(e) => set({ region: e.target.value })}
            data-testid="segment-region"
          />
        </div>
        <div className="field">
          <label htmlFor="segment-city">{t('campaigns.segment.city')}</label>
          <input
            id="segment-city"
            value={f.city}
            onChange={(e) => set({ city: e.target.value })}
            data-testid="segment-city"
          />
        </div>
        <div className="field">
          <label htmlFor="segment-search">{t('campaigns.segment.search')}</label>
          <input
            id="segment-search"
            value={f.search}
            onChange={(e) => set({ search: e.target.value })}
            data-testid="segment-search"
          />
        </div>
        {executives.length > 0 && (
          <fieldset className="field">
            <legend>{t('campaigns.segment.executives')}</legend>
            {executives.map((e) => (
              <label key={e.id} className="checklist-item">
                <input
                  type="checkbox"
                  checked={f.executiveIds.includes(e.id)}
                  onChange={(event) =>
                    set({ executiveIds: toggle(f.executiveIds, e.id, event.target.checked) })
                  }
                  data-testid={`segment-executive-${String(e.id)}`}
                />
                {e.name}
              </label>
            ))}
          </fieldset>
        )}
        <div className="segment-products">
          <ProductIdsPicker
            id="segment-products"
            label={t('campaigns.segment.products')}
            placeholder={t('campaigns.segment.productSearch')}
            noMatch={t('campaigns.segment.noProduct')}
            value={f.productIds}
            onChange={(productIds) => set({ productIds })}
            testId="segment-product"
            chipTestId="segment-product-chip"
          />
        </div>
        <div className="field">
          <label htmlFor="segment-last-from">{t('campaigns.segment.lastPurchaseFrom')}</label>
          <DateInput
            id="segment-last-from"
            value={f.lastPurchaseFrom ?? ''}
            onChange={(v, whole) => whole && set({ lastPurchaseFrom: v || null })}
            data-testid="segment-last-from"
          />
        </div>
        <div className="field">
          <label htmlFor="segment-last-to">{t('campaigns.segment.lastPurchaseTo')}</label>
          <DateInput
            id="segment-last-to"
            value={f.lastPurchaseTo ?? ''}
            onChange={(v, whole) => whole && set({ lastPurchaseTo: v || null })}
            data-testid="segment-last-to"
          />
        </div>
        <div className="field">
          <label htmlFor="segment-turnover-min">
            {t('campaigns.segment.turnoverMin', { currency: accountingCurrency })}
          </label>
          <input
            id="segment-turnover-min"
            inputMode="decimal"
            value={turnover.min}
            onChange={(e) => {
              setTurnover({ ...turnover, min: e.target.value })
              set({ turnoverMinCents: toMinor(e.target.value, accountingCurrency) })
            }}
            data-testid="segment-turnover-min"
          />
        </div>
        <div className="field">
          <label htmlFor="segment-turnover-max">
            {t('campaigns.segment.turnoverMax', { currency: accountingCurrency })}
          </label>
          <input
            id="segment-turnover-max"
            inputMode="decimal"
            value={turnover.max}
            onChange={(e) => {
              setTurnover({ ...turnover, max: e.target.value })
              set({ turnoverMaxCents: toMinor(e.target.value, accountingCurrency) })
            }}
            data-testid="segment-turnover-max"
          />
        </div>
        <div className="field">
          <label htmlFor="segment-has-email">{t('campaigns.segment.hasEmail')}</label>
          <select
            id="segment-has-email"
            value={triState(f.hasEmail)}
            onChange={(e) => set({ hasEmail: fromTriState(e.target.value) })}
            data-testid="segment-has-email"
          >
            <option value="">{t('campaigns.segment.any')}</option>
            <option value="yes">{t('campaigns.segment.yes')}</option>
            <option value="no">{t('campaigns.segment.no')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="segment-has-postal">{t('campaigns.segment.hasPostal')}</label>
          <select
            id="segment-has-postal"
            value={triState(f.hasPostalAddress)}
            onChange={(e) => set({ hasPostalAddress: fromTriState(e.target.value) })}
            data-testid="segment-has-postal"
          >
            <option value="">{t('campaigns.segment.any')}</option>
            <option value="yes">{t('campaigns.segment.yes')}</option>
            <option value="no">{t('campaigns.segment.no')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="segment-consent">{t('campaigns.segment.consentFilter')}</label>
          <select
            id="segment-consent"
            value={f.consent ?? ''}
            onChange={(e) =>
              set({ consent: e.target.value === '' ? null : (e.target.value as SegmentFilters['consent']) })
            }
            data-testid="segment-consent"
          >
            <option value="">{t('campaigns.segment.any')}</option>
            {[...consentStatuses, 'none' as const].map((s) => (
              <option key={s} value={s}>
                {t(`campaigns.consent.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <LoadFailure error={preview.error} />
      {preview.data && (
        <>
          <p className="segment-count" aria-live="polite" data-testid="segment-count">
            {t('campaigns.segment.count', {
              total: format.number(preview.data.total),
              reachable: format.number(preview.data.reachable)
            })}
          </p>
          <p className="field-hint">{t('campaigns.segment.countHint')}</p>
          {preview.data.rows.length === 0 ? (
            <p className="muted">{t('campaigns.segment.noMembers')}</p>
          ) : (
            <div className="table-scroll">
              <table className="campaigns-table" aria-label={t('campaigns.segment.previewLabel')}>
                <caption className="visually-hidden">{t('campaigns.segment.preview')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('campaigns.segment.customer')}</th>
                    <th scope="col">{t('campaigns.segment.city')}</th>
                    <th scope="col">{t('campaigns.segment.country')}</th>
                    <th scope="col">{t('campaigns.segment.language')}</th>
                    <th scope="col">{t('campaigns.segment.email')}</th>
                    <th scope="col">{t('consent.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.data.rows.map((m) => (
                    <tr key={m.customerId} data-testid="segment-member">
                      <td>{m.name}</td>
                      <td>{m.city}</td>
                      <td>{m.country}</td>
                      <td>{t(`settings.languages.${m.language}`)}</td>
                      <td>{m.email}</td>
                      <td>{t(`campaigns.consent.${m.consent}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  )
}
