/**
 * Estimates, orders and invoices (with credit and debit notes): search by number or customer,
 * filters (status, executive, date range, type), sortable, virtualised, Excel export.
 */
import { useMemo, useState } from 'react'
import { Link } from 'react-router-dom'
import {
  paymentStatuses,
  type DocumentListQuery,
  type DocumentRow,
  type PaymentStatus
} from '../../../shared/schemas/document-list'
import { statusesByType, type DocumentType } from '../../../shared/schemas/documents'
import { api } from '../api/client'
import { companyToday } from '../components/format'
import type { BadgeTone } from '../components/badge-tones'
import { statusBadge } from '../components/ToneBadge'
import type { Column } from '../components/DataGrid'
import { DateFilter, useExport } from '../components/ListPage'
import { ChoiceFilter, ListScreen, TeamFilter } from '../components/ListScreen'
import { NavWaitingBanner } from '../nav/NavQueue'
import { NavFilter, navListFilter, useNavColumn, useNavInList } from '../nav/NavListColumn'
import { VerifactuWaitingBanner } from '../verifactu/VerifactuWaitingBanner'
import { EInvoiceBatch } from '../einvoice/EInvoiceBatch'
import { keys, useApiQuery } from '../api/query'
import { useQueryRows } from '../components/use-paged-rows'
import { useListParams } from '../components/use-list-params'
import { useT } from '../i18n'
import { areaTypes, documentPath, StatusBadge, useDocumentFormat, type DocumentArea } from './common'

const defaultSort = { field: 'issueDate' as SortField, direction: 'desc' as const }
type SortField = DocumentListQuery['sort']['field']
type ListStatus = DocumentListQuery['status']
type ListPayment = PaymentStatus | 'all'

/** Invoices and debit notes are what customers pay: their lists show the payment and what is open. */
const isReceivable = (type: DocumentType) => type === 'invoice' || type === 'debit_note'

/** Payment of an issued invoice: grey waits, amber is partly there, green is done, red is late, blue was credited. */
const paymentTones: Record<PaymentStatus, BadgeTone> = {
  unpaid: 'neutral',
  part_paid: 'warning',
  paid: 'good',
  overdue: 'danger',
  credited: 'info'
}

export const PaymentStatusBadge = statusBadge({
  tones: paymentTones,
  words: 'documents.paymentStatus',
  testId: 'document-payment'
})

/** The name of the customer a list is narrowed to (from the customer page's "show all"). */
function useCustomerName(id: number | null): string {
  // A customer that cannot be read is named by its number, on purpose: the list itself still loads
  // (and shows its own failure), and the filter can be cleared.
  const { data, error } = useApiQuery(
    keys.customers('get', id),
    () => api.call('customers.get', { id: id ?? 0 }),
    {
      enabled: id !== null
    }
  )
  if (id === null) return ''
  return data?.name ?? (error ? `#${id}` : '')
}

export function DocumentList({ area }: { area: DocumentArea }) {
  const types = areaTypes[area]
  const filterDefaults = useMemo(
    () => ({
      type: types[0],
      status: 'all',
      payment: 'all',
      executive: '',
      from: '',
      to: '',
      customer: '',
      nav: 'all'
    }),
    [types]
  )
  const { t } = useT()
  const format = useDocumentFormat()
  const list = useListParams(filterDefaults, defaultSort)

  const type = (
    types.includes(list.value('type') as DocumentType) ? list.value('type') : types[0]
  ) as DocumentType
  const status = list.value('status') as ListStatus
  const receivable = isReceivable(type)
  const payment = (receivable ? list.value('payment') : 'all') as ListPayment
  const from = list.value('from')
  const to = list.value('to')
  const customer = list.value('customer')
  const navFilter = navListFilter(list.value('nav'))
  const navShown = useNavInList(type, navFilter)
  const nav = navShown ? navFilter : 'all'
  const customerId = /^\d+$/.test(customer) ? Number(customer) : null
  const customerName = useCustomerName(customerId)
  const query = {
    type,
    search: list.search,
    status,
    payment,
    customerId,
    executiveId: list.chosenId('executive'),
    dateFrom: /^\d{4}-\d{2}-\d{2}$/.test(from) ? from : null,
    dateTo: /^\d{4}-\d{2}-\d{2}$/.test(to) ? to : null,
    sort: list.sort,
    nav
  }
  const { rows, queryKey, first } = useQueryRows(keys.documents(), query, (window) =>
    api.call('documents.list', window)
  )
  const shownTotals = first?.openTotals ?? []
  const [batchOpen, setBatchOpen] = useState(false)
  const exporter = useExport((language) => api.call('documents.exportXlsx', { ...query, language }))

  const statuses = [
    ...statusesByType[type],
    ...(type === 'estimate' ? ['expired' as const] : type === 'order' ? ['late' as const] : [])
  ]
  const keyDateLabel = t(`documents.keyDate.${type}`)
  const navColumn = useNavColumn(navShown)
  const columns: Column<DocumentRow>[] = [
    {
      id: 'number',
      label: t('documents.col.number'),
      min: 9,
      sortField: 'number',
      render: (r) =>
        r.number ? (
          <span className="mono">{r.number}</span>
        ) : (
          <span className="muted">{t('documents.noNumber')}</span>
        )
    },
    {
      id: 'issueDate',
      label: t('documents.col.issueDate'),
      min: 7,
      sortField: 'issueDate',
      render: (r) => format.date(r.issueDate)
    },
    {
      id: 'customerName',
      label: t('documents.col.customer'),
      min: 12,
      grow: 3,
      sortField: 'customerName',
      render: (r) => <span className="cell-main">{r.customerName}</span>
    },
    {
      id: 'status',
      label: t('documents.col.status'),
      min: 9,
      grow: 1,
      sortField: 'status',
      // A sent estimate past its date shows "Expired" beside its status, an order "Late".
      fits: statusesByType[type].map((s) => ({
        badges: [
          t(`documents.status.${s}`),
          ...(type === 'estimate' ? [t('documents.expired')] : type === 'order' ? [t('documents.late')] : [])
        ]
      })),
      render: (r) => <StatusBadge status={r.status} expired={r.expired} late={r.late} />
    },
    ...(receivable
      ? ([
          {
            id: 'payment',
            label: t('documents.colPayment'),
            min: 8,
            fits: PaymentStatusBadge.fits(t),
            render: (r) =>
              r.paymentStatus ? (
                <PaymentStatusBadge status={r.paymentStatus} data-payment={r.paymentStatus} />
              ) : null
          },
          {
            id: 'openCents',
            label: t('documents.colOpen'),
            min: 8,
            align: 'end',
            render: (r) =>
              r.openCents === null ? null : (
                <span className="num" data-testid="document-open">
                  {format.amount(r.openCents, r.currency)}
                </span>
              )
          }
        ] satisfies Column<DocumentRow>[])
      : []),
    {
      id: 'keyDate',
      label: keyDateLabel,
      min: 7,
      optional: true,
      sortField: 'keyDate',
      render: (r) => format.date(r.keyDate)
    },
    {
      id: 'executiveName',
      label: t('documents.col.executive'),
      min: 8,
      grow: 1,
      optional: true,
      render: (r) => r.executiveName
    },
    ...navColumn,
    {
      id: 'totalCents',
      label: t('documents.col.total'),
      min: 8,
      align: 'end',
      sortField: 'totalCents',
      render: (r) => <span className="num">{format.amount(r.totalCents, r.currency)}</span>
    }
  ]

  const newType: DocumentType | null =
    type === 'estimate' || type === 'order' || type === 'invoice' ? type : null
  return (
    <ListScreen
      title={t(`nav.${area}`)}
      countKey="documents.count"
      newRecord={newType ? { to: `/${area}/new`, label: t(`documents.new.${newType}`) } : undefined}
      actions={
        <>
          {exporter.button}
          {area === 'invoices' && (
            <button type="button" onClick={() => setBatchOpen(true)} data-testid="einvoice-batch-open">
              {t('einvoice.batch')}
            </button>
          )}
        </>
      }
      top={
        <>
          {area === 'invoices' && <NavWaitingBanner />}
          {area === 'invoices' && <VerifactuWaitingBanner />}
          {batchOpen && <EInvoiceBatch today={companyToday()} onClose={() => setBatchOpen(false)} />}
        </>
      }
      list={list}
      prefix="document"
      search={{
        label: t('documents.searchLabel'),
        placeholder: t('documents.searchPlaceholder')
      }}
      filters={
        <>
          {types.length > 1 && (
            <ChoiceFilter
              param="type"
              label={t('documents.filterType')}
              value={type}
              onChange={(v) => list.update({ type: v, status: 'all' })}
              choices={types}
              choiceLabel={(ty) => t(`documents.typePlural.${ty}`)}
            />
          )}
          <ChoiceFilter
            param="status"
            label={t('documents.filterStatus')}
            withAll
            choices={statuses}
            choiceLabel={(s) =>
              s === 'expired' || s === 'late' ? t(`documents.${s}`) : t(`documents.status.${s}`)
            }
          />
          {receivable && (
            <ChoiceFilter
              param="payment"
              label={t('documents.filterPayment')}
              withAll
              choices={paymentStatuses}
              choiceLabel={(p) => t(`documents.paymentStatus.${p}`)}
            />
          )}
          <TeamFilter label={t('documents.filterExecutive')} anyLabel={t('customers.anyExecutive')} />
          {navShown && <NavFilter value={navFilter} onChange={(v) => list.update({ nav: v })} />}
          <DateFilter
            id="document-from"
            label={t('documents.dateFrom')}
            value={from}
            onChange={(v) => list.update({ from: v })}
          />
          <DateFilter
            id="document-to"
            label={t('documents.dateTo')}
            value={to}
            onChange={(v) => list.update({ to: v })}
          />
        </>
      }
      notices={
        <>
          {customerId !== null && (
            <p className="notice doc-customer-filter" data-testid="document-filter-customer">
              {t('documents.onlyCustomer', { name: customerName })}{' '}
              <Link to={`/customers/${customerId}`}>{t('documents.openCustomer')}</Link>{' '}
              <button type="button" className="link-button" onClick={() => list.update({ customer: '' })}>
                {t('documents.allCustomers')}
              </button>
            </p>
          )}
          {receivable && shownTotals.length > 0 && (
            <p className="doc-open-totals" data-testid="document-open-totals">
              {t('documents.openTotals', {
                amounts: shownTotals.map((o) => format.amount(o.openCents, o.currency)).join(' · ')
              })}
            </p>
          )}
        </>
      }
      exporter={exporter}
      grid={{
        label: t(`nav.${area}`),
        columns,
        rows,
        queryKey,
        openPath: (r) => documentPath(r.type, r.id),
        rowClassName: (r) =>
          r.expired || r.late
            ? 'doc-attention'
            : r.status === 'cancelled' || r.status === 'declined'
              ? 'archived'
              : ''
      }}
    />
  )
}
