/**
 * Exchange rates against the accounting currency: the latest ones, a rate entered by hand
 * (date, currency, rate) and an import of the ECB's reference-rates CSV.
 */
import { useState } from 'react'
import type { ExchangeRate } from '../../../shared/schemas/rates'
import { api } from '../api/client'
import { messageOf } from '../components/api-errors'
import { Banner, type BannerMessage } from '../components/Banner'
import { companyToday, useFormat } from '../components/format'
import { useCurrencies } from '../components/use-currencies'
import { base64Of } from '../components/file-base64'
import { useT } from '../i18n'
import { useLoaded } from '../weekly/use-weekly'
import { keys, useInvalidate } from '../api/query'
import { DateInput } from '../components/DateInput'
import { Field, LabelledInput } from '../components/fields'

export function ExchangeRates() {
  const { t } = useT()
  const format = useFormat()
  const { accountingCurrency } = useCurrencies()
  const invalidate = useInvalidate()
  const { data } = useLoaded(keys.settings('rates'), () =>
    api.call('rates.list', { currency: null, offset: 0, limit: 30 })
  )
  const [rateDate, setRateDate] = useState(companyToday())
  const [currency, setCurrency] = useState('')
  const [rate, setRate] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<BannerMessage | null>(null)

  async function run(action: () => Promise<string>) {
    setBusy(true)
    setMessage(null)
    try {
      setMessage({ kind: 'success', text: await action() })
      invalidate(keys.settings('rates'))
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) })
    } finally {
      setBusy(false)
    }
  }

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

  const rows: ExchangeRate[] = data?.rows ?? []
  return (
    <section className="form-section" aria-labelledby="settings-rates" data-testid="exchange-rates">
      <h2 id="settings-rates">{t('rates.title')}</h2>
      <p className="muted">{t('rates.intro', { currency: accountingCurrency })}</p>
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
        <button type="submit" className="primary" disabled={busy} data-testid="rate-save">
          {t('rates.add')}
        </button>
      </form>
      <LabelledInput
        id="rate-import"
        label={t('rates.importLabel')}
        type="file"
        accept=".csv,text/csv"
        disabled={busy}
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file) void importFile(file)
        }}
        data-testid="rate-import"
      />
      <Banner message={message} onClose={() => setMessage(null)} />
      {rows.length === 0 ? (
        <p className="muted">{t('rates.none')}</p>
      ) : (
        <table className="settings-table" aria-label={t('rates.listLabel')} data-testid="rates-table">
          <thead>
            <tr>
              <th scope="col">{t('rates.date')}</th>
              <th scope="col">{t('rates.currency')}</th>
              <th scope="col" className="align-end">
                {t('rates.rate', { currency: accountingCurrency })}
              </th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.currency}-${r.rateDate}`} data-testid="rate-row">
                <td>{format.date(r.rateDate)}</td>
                <td className="mono">{r.currency}</td>
                <td className="align-end num">{r.rate}</td>
                <td className="muted">{t(`rates.source_${r.source}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
