/** A customer's latest estimates, orders and invoices on the customer page, with the way to all of them. */
import { Link } from 'react-router-dom'
import type { DocumentType } from '../../../shared/schemas/documents'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { messageOf } from '../components/api-errors'
import { Banner } from '../components/Banner'
import { CustomerPageSection } from '../components/CustomerPageSection'
import { useT } from '../i18n'
import { areaOf, documentPath, StatusBadge, useDocumentFormat } from './common'

const SHOWN = 5
const kinds: DocumentType[] = ['estimate', 'order', 'invoice']

function useCustomerDocuments(customerId: number, type: DocumentType) {
  return useApiQuery(keys.documents('customer', customerId, type), () =>
    api.call('documents.list', {
      type,
      search: '',
      status: 'all',
      customerId,
      executiveId: null,
      dateFrom: null,
      dateTo: null,
      sort: { field: 'updatedAt', direction: 'desc' },
      offset: 0,
      limit: SHOWN
    })
  )
}

function CustomerDocumentKind({ customerId, type }: { customerId: number; type: DocumentType }) {
  const { t } = useT()
  const format = useDocumentFormat()
  const read = useCustomerDocuments(customerId, type)
  const page = read.data ?? null
  const area = areaOf(type)
  return (
    <div className="customer-docs-kind" data-testid={`customer-${area}`}>
      <h3>
        {t(`nav.${area}`)} {page && <span className="muted">({format.number(page.total)})</span>}
      </h3>
      {read.error ? (
        <Banner message={{ kind: 'error', text: messageOf(read.error) }} />
      ) : page === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : page.total === 0 ? (
        <p className="muted">{t('documents.noneYet')}</p>
      ) : (
        <ul className="customer-docs">
          {page.rows.map((row) => (
            <li key={row.id} data-testid="customer-document">
              <Link to={documentPath(row.type, row.id)}>
                {row.number ?? t(`documents.draftOf.${row.type}`)}
              </Link>
              <span className="muted">{format.date(row.issueDate ?? row.updatedAt)}</span>
              <span className="num">{format.amount(row.totalCents, row.currency)}</span>
              <StatusBadge status={row.status} expired={row.expired} late={row.late} />
            </li>
          ))}
        </ul>
      )}
      <p className="customer-docs-links">
        {page !== null && page.total > SHOWN && (
          <Link to={`/${area}?customer=${customerId}`}>{t('documents.showAll', { count: page.total })}</Link>
        )}
        <Link to={`/${area}/new?customer=${customerId}`} data-testid={`customer-new-${type}`}>
          {t(`documents.new.${type}`)}
        </Link>
      </p>
    </div>
  )
}

export function CustomerDocuments({ customerId }: { customerId: number }) {
  const { t } = useT()
  return (
    <CustomerPageSection id="customer-documents" title={t('documents.customerDocuments')}>
      {kinds.map((type) => (
        <CustomerDocumentKind key={type} customerId={customerId} type={type} />
      ))}
    </CustomerPageSection>
  )
}
