/** On the customer page: the customer's requests, those still to do first (most pressing first). */
import { Link } from 'react-router-dom'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { useFormat } from '../components/format'
import { useT } from '../i18n'
import { LateBadge, PriorityBadge, RequestStatusBadge } from './RequestList'
import './requests.css'
import { CustomerPageSection } from '../components/CustomerPageSection'

const SHOWN = 5

export function CustomerRequests({ customerId }: { customerId: number }) {
  const { t } = useT()
  const format = useFormat()
  const { data, error } = useApiQuery(keys.requests('customer', customerId), () =>
    api.call('requests.list', {
      search: '',
      status: 'all',
      customerId,
      sort: { field: 'queue', direction: 'asc' },
      offset: 0,
      limit: SHOWN
    })
  )
  return (
    <CustomerPageSection
      id="customer-requests"
      title={
        <>
          {t('requests.title')} {data && <span className="muted">({format.number(data.total)})</span>}
        </>
      }
      error={error}
    >
      {data && data.rows.length === 0 && <p className="muted">{t('requests.noneForCustomer')}</p>}
      {data && data.rows.length > 0 && (
        <ul className="customer-docs">
          {data.rows.map((r) => (
            <li key={r.id}>
              <Link to={`/requests/${String(r.id)}`}>{r.title}</Link> <PriorityBadge priority={r.priority} />{' '}
              <RequestStatusBadge status={r.status} /> {r.late && <LateBadge />}
              <div className="muted">{format.date(r.createdAt)}</div>
            </li>
          ))}
        </ul>
      )}
    </CustomerPageSection>
  )
}
