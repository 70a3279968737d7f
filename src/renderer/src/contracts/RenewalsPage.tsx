/** Contracts to renew: active contracts whose notice date falls within the next N days (or has passed). */
import { useState } from 'react'
import { Link } from 'react-router-dom'
import { formatMoney } from '../../../shared/money'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { messageOf } from '../components/api-errors'
import { Banner } from '../components/Banner'
import { LabelledInput } from '../components/fields'
import { useDebounced } from '../components/use-debounced'
import { useFormat } from '../components/format'
import { listCount, ListHeader } from '../components/ListPage'
import { usePageTitle } from '../components/use-page-title'
import { SimpleTable } from '../components/SimpleTable'
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
      <ListHeader
        title={t('renewals.title')}
        count={listCount(t, format, 'contracts.count', rows ? rows.length : null)}
        actions={
          <Link className="button" to="/contracts">
            {t('renewals.backToList')}
          </Link>
        }
      />
      <p className="muted">{t('renewals.intro')}</p>
      <div className="toolbar">
        <LabelledInput
          id="renewals-within"
          label={t('renewals.within')}
          fieldClassName="filter-field"
          type="number"
          min={0}
          max={3650}
          value={days}
          onValue={setDays}
          data-testid="renewals-within"
        />
      </div>
      <Banner message={error ? { kind: 'error', text: error } : null} />
      <SimpleTable
        className="simple-table"
        testId="renewals-table"
        rows={rows ?? []}
        emptyRow={rows ? t('renewals.none') : undefined}
        rowTestId="renewal-row"
        rowData={(r) => ({ 'data-id': r.id })}
        columns={[
          {
            id: 'number',
            label: t('contracts.col.number'),
            cell: () => ({ className: 'mono' }),
            render: (r) => <Link to={`/contracts/${r.id}`}>{r.number}</Link>
          },
          { id: 'title', label: t('contracts.col.title'), render: (r) => r.title },
          { id: 'customerName', label: t('contracts.col.customerName'), render: (r) => r.customerName },
          { id: 'executiveName', label: t('contracts.col.executiveName'), render: (r) => r.executiveName },
          {
            id: 'valueCents',
            label: t('contracts.col.valueCents'),
            className: 'align-end num',
            render: (r) => formatMoney(r.valueCents, r.currency, format.locale)
          },
          { id: 'endDate', label: t('contracts.col.endDate'), render: (r) => format.date(r.endDate) },
          {
            id: 'noticeDate',
            label: t('contracts.col.noticeDate'),
            render: (r) => format.date(r.noticeDate)
          },
          {
            id: 'status',
            label: t('contracts.col.status'),
            render: (r) => <ContractStatusBadge status={r.status} expiring={r.expiring} />
          }
        ]}
      />
    </div>
  )
}
