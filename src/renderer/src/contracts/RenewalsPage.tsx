/** Contracts to renew: active contracts whose notice date falls within the next N days (or has passed). */
import { useState } from 'react'
import { Link } from 'react-router-dom'
import { formatMoney } from '../../../shared/money'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { messageOf } from '../components/api-errors'
import { Banner } from '../components/Banner'
import { useDebounced } from '../components/use-debounced'
import { useFormat } from '../components/format'
import { usePageTitle } from '../components/use-page-title'
import { useT } from '../i18n'
import { ContractStatusBadge } from './ContractList'
import './contracts.css'

export function RenewalsPage() {
  const { t } = useT()
  const format = useFormat()
  const [days, setDays] = useState('90')
  const within = useDebounced(days, 250)
  const n = Number(within)
  const valid = Number.isInteger(n) && n >= 0 && n <= 3650
  // An invalid number keeps the last answer on screen.
  const renewals = useApiQuery(
    keys.contracts('renewals', n),
    () => api.call('contracts.renewals', { withinDays: n }),
    {
      enabled: valid,
      keepPrevious: true
    }
  )
  const rows = renewals.data ?? null
  const error = renewals.error ? messageOf(renewals.error) : null

  usePageTitle(t('renewals.title'))

  return (
    <div className="page" data-testid="renewals-page">
      <header className="page-header">
        <h1>{t('renewals.title')}</h1>
        <span className="count" data-testid="list-count">
          {rows
            ? t('contracts.count', { count: rows.length, formatted: format.number(rows.length) })
            : t('common.loading')}
        </span>
        <div className="page-actions">
          <Link className="button" to="/contracts">
            {t('renewals.backToList')}
          </Link>
        </div>
      </header>
      <p className="muted">{t('renewals.intro')}</p>
      <div className="toolbar">
        <div className="field filter-field">
          <label htmlFor="renewals-within">{t('renewals.within')}</label>
          <input
            id="renewals-within"
            type="number"
            min={0}
            max={3650}
            value={days}
            onChange={(e) => setDays(e.target.value)}
            data-testid="renewals-within"
          />
        </div>
      </div>
      <Banner message={error ? { kind: 'error', text: error } : null} />
      <table className="simple-table" data-testid="renewals-table">
        <thead>
          <tr>
            <th>{t('contracts.col.number')}</th>
            <th>{t('contracts.col.title')}</th>
            <th>{t('contracts.col.customerName')}</th>
            <th>{t('contracts.col.executiveName')}</th>
            <th className="align-end">{t('contracts.col.valueCents')}</th>
            <th>{t('contracts.col.endDate')}</th>
            <th>{t('contracts.col.noticeDate')}</th>
            <th>{t('contracts.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows?.length === 0 && (
            <tr>
              <td colSpan={8} className="muted">
                {t('renewals.none')}
              </td>
            </tr>
          )}
          {rows?.map((r) => (
            <tr key={r.id} data-testid="renewal-row" data-id={r.id}>
              <td className="mono">
                <Link to={`/contracts/${r.id}`}>{r.number}</Link>
              </td>
              <td>{r.title}</td>
              <td>{r.customerName}</td>
              <td>{r.executiveName}</td>
              <td className="align-end num">{formatMoney(r.valueCents, r.currency, format.locale)}</td>
              <td>{format.date(r.endDate)}</td>
              <td>{format.date(r.noticeDate)}</td>
              <td>
                <ContractStatusBadge status={r.status} expiring={r.expiring} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
