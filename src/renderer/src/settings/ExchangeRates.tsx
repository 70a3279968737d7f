/**
 * Exchange rates against the accounting currency: the latest ones, a rate entered by hand
 * (date, currency, rate) and an import of the ECB's reference-rates CSV.
 */
import { useState } from 'react'
import type { ExchangeRate } from '../../../shared/schemas/rates'
import { api } from '../api/client'
import { SettingsSection } from '../components/SettingsSection'
import { SimpleTable } from '../components/SimpleTable'
import { useBannerAction } from '../components/use-banner-action'
import { companyToday, useFormat } from '../components/format'
import { useCurrencies } from '../components/use-currencies'
import { base64Of } from '../components/file-base64'
import { useT } from '../i18n'
import { keys, useApiQuery, useInvalidate } from '../api/query'
import { DateInput } from '../components/DateInput'
import { Field, LabelledInput } from '../components/fields'
import { ImportFileInput } from '../imports/ImportFileInput'

export function ExchangeRates() {
  const { t } = useT()
  const format = useFormat()
  const { accountingCurrency } = useCurrencies()
  const invalidate = useInvalidate()
  const list = useApiQuery(keys.settings('rates'), () =>
    api.call('rates.list', { currency: null, offset: 0, limit: 30 })
  )
  const [rateDate, setRateDate] = useState(companyToday())
  const [currency, setCurrency] = useState('')
  const [rate, setRate] = useState('')
  // A list that cannot be read says so in the banner, not as "no rates yet" (nor does one still loading).
  const banner = useBannerAction(list.error)

  /** Every action ends with the list read again. */
  const run = (action: () => Promise<string>) =>
    banner.act(async () => {
      const done = await action()
      invalidate(keys.settings('rates'))
      return done
    })

  const save = () =>
    run(async () => {
      await api.call('rates.set', { rate: { rateDate, currency, rate } })
      setRate('')
      return t('rates.saved')
    })

  const importFile = (file: File) =>
    run(async () => {
      const result = await api.call('rates.importEcb', { fileName: file.name, base64: await base64Of(file) })
      return t('rates.imported', {
        rates: format.number(result.rates),
        days: format.number(result.days),
        first: format.date(result.firstDate),
        last: format.date(result.lastDate)
      })
    })

  const rows: ExchangeRate[] = list.data?.rows ?? []
  return (
    <SettingsSection
      id="rates"
      testId="exchange-rates"
      title={t('rates.title')}
      intro={t('rates.intro', { currency: accountingCurrency })}
      banner={banner}
      after={
        list.data === undefined ? null : rows.length === 0 ? (
          <p className="muted">{t('rates.none')}</p>
        ) : (
          <SimpleTable
            className="settings-table"
            label={t('rates.listLabel')}
            testId="rates-table"
            columns={[
              { id: 'date', label: t('rates.date'), render: (r) => format.date(r.rateDate) },
              {
                id: 'currency',
                label: t('rates.currency'),
                cell: () => ({ className: 'mono' }),
                render: (r) => r.currency
              },
              {
                id: 'rate',
                label: t('rates.rate', { currency: accountingCurrency }),
                className: 'align-end',
                cell: () => ({ className: 'num' }),
                render: (r) => r.rate
              },
              {
                id: 'source',
                label: '',
                cell: () => ({ className: 'muted' }),
                render: (r) => t(`rates.source_${r.source}`)
              }
            ]}
            rows={rows}
            rowKey={(r) => `${r.currency}-${r.rateDate}`}
            rowTestId="rate-row"
          />
        )
      }
    >
      <form
        className="button-row"
        onSubmit={(e) => {
          e.preventDefault()
          void save()
        }}
      >
        <Field id="rate-date" label={t('rates.date')}>
          <DateInput id="rate-date" value={rateDate} onChange={(v) => setRateDate(v)} required />
        </Field>
        <LabelledInput
          id="rate-currency"
          label={t('rates.currency')}
          className="uppercase"
          maxLength={3}
          size={5}
          value={currency}
          onValue={(value) => setCurrency(value.toUpperCase())}
          required
          data-testid="rate-currency"
        />
        <LabelledInput
          id="rate-value"
          label={t('rates.rate', { currency: accountingCurrency })}
          inputMode="decimal"
          size={12}
          value={rate}
          onValue={setRate}
          required
          data-testid="rate-value"
        />
        <button type="submit" className="primary" disabled={banner.busy} data-testid="rate-save">
          {t('rates.add')}
        </button>
      </form>
      <ImportFileInput
        id="rate-import"
        label={t('rates.importLabel')}
        formats={['csv']}
        disabled={banner.busy}
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file) void importFile(file)
        }}
      />
    </SettingsSection>
  )
}
