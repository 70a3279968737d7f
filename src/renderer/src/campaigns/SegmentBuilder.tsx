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
import { Banner, type BannerMessage } from '../components/Banner'
import { useFormat } from '../components/format'
import { LoadFailure } from '../components/LoadFailure'
import { WriteButton } from '../components/WriteButton'
import { ProductIdsPicker } from '../components/ProductIdsPicker'
import { SimpleTable } from '../components/SimpleTable'
import { useCurrencies } from '../components/use-currencies'
import { useDebounced } from '../components/use-debounced'
import { useExecutiveOptions } from '../components/use-executive-options'
import { useT } from '../i18n'
import { DateInput } from '../components/DateInput'
import { Field, LabelledInput, LabelledSelect } from '../components/fields'
import { TitledSection } from '../components/TitledSection'

export interface SegmentChoice {
  segmentId: number | null
  filters: SegmentFilters
}

const PREVIEW_ROWS = 20
const PREVIEW_DELAY_MS = 250

/** Tri-state filters (has e-mail, has address): '' any, 'yes', 'no'. */
const triStates = ['', 'yes', 'no'] as const
const triState = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no')
const fromTriState = (value: (typeof triStates)[number]) => (value === '' ? null : value === 'yes')
const triStateFilters = [
  { key: 'hasEmail', id: 'segment-has-email', label: 'campaigns.segment.hasEmail' },
  { key: 'hasPostalAddress', id: 'segment-has-postal', label: 'campaigns.segment.hasPostal' }
] as const

/** The consent filter: any, one of the statuses, or no consent recorded. */
const consentChoices = ['', ...consentStatuses, 'none'] as const

const lastPurchase = [
  { key: 'lastPurchaseFrom', id: 'segment-last-from', label: 'campaigns.segment.lastPurchaseFrom' },
  { key: 'lastPurchaseTo', id: 'segment-last-to', label: 'campaigns.segment.lastPurchaseTo' }
] as const

const turnoverBounds = [
  { bound: 'min', key: 'turnoverMinCents', label: 'campaigns.segment.turnoverMin' },
  { bound: 'max', key: 'turnoverMaxCents', label: 'campaigns.segment.turnoverMax' }
] as const

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

  return (
    <TitledSection
      id="segment-title"
      title={t('campaigns.segment.title')}
      className="form-section segment-builder"
      testId="segment"
    >
      <Banner message={message} onClose={() => setMessage(null)} />
      <div className="segment-saved">
        <LabelledSelect
          id="segment-saved"
          label={t('campaigns.segment.saved')}
          value={value.segmentId === null ? '' : String(value.segmentId)}
          options={['', ...(saved.data ?? []).map((s) => String(s.id))]}
          optionLabel={(id) =>
            id === ''
              ? t('campaigns.segment.noSaved')
              : (saved.data?.find((s) => String(s.id) === id)?.name ?? '')
          }
          onValue={pickSaved}
          data-testid="segment-saved"
        />
        <LabelledInput
          id="segment-name"
          label={t('campaigns.segment.segmentName')}
          value={segmentName}
          onValue={setSegmentName}
          data-testid="segment-name"
        />
        <WriteButton write={save} onMessage={setMessage} testId="segment-save">
          {t('campaigns.segment.save')}
        </WriteButton>
      </div>

      <div className="segment-filters">
        <Checklist
          legend={t('campaigns.segment.statuses')}
          options={customerStatuses}
          optionLabel={(s) => t(`customers.status.${s}`)}
          chosen={f.statuses}
          onChange={(statuses) => set({ statuses })}
          testId="segment-status"
        />
        <Checklist
          legend={t('campaigns.segment.languages')}
          options={languages}
          optionLabel={(l) => t(`settings.languages.${l}`)}
          chosen={f.languages}
          onChange={(chosen) => set({ languages: chosen })}
          testId="segment-language"
        />
        <LabelledInput
          id="segment-countries"
          label={t('campaigns.segment.countries')}
          value={countriesText}
          onValue={(text) => {
            setCountriesText(text)
            set({ countries: countryCodes(text) })
          }}
          data-testid="segment-countries"
        />
        {(['region', 'city', 'search'] as const).map((key) => (
          <LabelledInput
            key={key}
            id={`segment-${key}`}
            label={t(`campaigns.segment.${key}`)}
            value={f[key]}
            onValue={(text) => set({ [key]: text })}
            data-testid={`segment-${key}`}
          />
        ))}
        {executives.length > 0 && (
          <Checklist
            legend={t('campaigns.segment.executives')}
            options={executives.map((e) => e.id)}
            optionLabel={(id) => executives.find((e) => e.id === id)?.name ?? ''}
            chosen={f.executiveIds}
            onChange={(executiveIds) => set({ executiveIds })}
            testId="segment-executive"
          />
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
        {lastPurchase.map(({ key, id, label }) => (
          <Field key={key} id={id} label={t(label)}>
            <DateInput
              id={id}
              value={f[key] ?? ''}
              onChange={(v, whole) => whole && set({ [key]: v || null })}
              data-testid={id}
            />
          </Field>
        ))}
        {turnoverBounds.map(({ bound, key, label }) => (
          <LabelledInput
            key={bound}
            id={`segment-turnover-${bound}`}
            label={t(label, { currency: accountingCurrency })}
            inputMode="decimal"
            value={turnover[bound]}
            onValue={(text) => {
              setTurnover({ ...turnover, [bound]: text })
              set({ [key]: toMinor(text, accountingCurrency) })
            }}
            data-testid={`segment-turnover-${bound}`}
          />
        ))}
        {triStateFilters.map(({ key, id, label }) => (
          <LabelledSelect
            key={key}
            id={id}
            label={t(label)}
            value={triState(f[key])}
            options={triStates}
            optionLabel={(choice) => t(`campaigns.segment.${choice === '' ? 'any' : choice}`)}
            onValue={(choice) => set({ [key]: fromTriState(choice) })}
            data-testid={id}
          />
        ))}
        <LabelledSelect
          id="segment-consent"
          label={t('campaigns.segment.consentFilter')}
          value={f.consent ?? ''}
          options={consentChoices}
          optionLabel={(choice) =>
            choice === '' ? t('campaigns.segment.any') : t(`campaigns.consent.${choice}`)
          }
          onValue={(choice) => set({ consent: choice === '' ? null : choice })}
          data-testid="segment-consent"
        />
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
              <SimpleTable
                className="campaigns-table"
                label={t('campaigns.segment.previewLabel')}
                caption={t('campaigns.segment.preview')}
                hiddenCaption
                testId="segment-members"
                rows={preview.data.rows}
                rowKey={(m) => m.customerId}
                rowTestId="segment-member"
                columns={[
                  { id: 'customer', label: t('campaigns.segment.customer'), render: (m) => m.name },
                  { id: 'city', label: t('campaigns.segment.city'), render: (m) => m.city },
                  { id: 'country', label: t('campaigns.segment.country'), render: (m) => m.country },
                  {
                    id: 'language',
                    label: t('campaigns.segment.language'),
                    render: (m) => t(`settings.languages.${m.language}`)
                  },
                  { id: 'email', label: t('campaigns.segment.email'), render: (m) => m.email },
                  {
                    id: 'consent',
                    label: t('consent.status'),
                    render: (m) => t(`campaigns.consent.${m.consent}`)
                  }
                ]}
              />
            </div>
          )}
        </>
      )}
    </TitledSection>
  )
}

/** Tick any of the options; none ticked filters nothing. */
function Checklist<T extends string | number>({
  legend,
  options,
  optionLabel,
  chosen,
  onChange,
  testId
}: {
  legend: string
  options: readonly T[]
  optionLabel: (option: T) => string
  chosen: readonly T[]
  onChange: (chosen: T[]) => void
  testId: string
}) {
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="checklist-item">
          <input
            type="checkbox"
            checked={chosen.includes(option)}
            onChange={(e) =>
              onChange(e.target.checked ? [...chosen, option] : chosen.filter((x) => x !== option))
            }
            data-testid={`${testId}-${String(option)}`}
          />
          {optionLabel(option)}
        </label>
      ))}
    </fieldset>
  )
}
