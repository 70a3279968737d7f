/** Pieces the document screens share: where each type lives, status badges, money and number text, totals. */
import { useMemo } from 'react'
import { Link } from 'react-router-dom'
import { formatMoney } from '../../../shared/money'
import type { DocumentRef, DocumentStatus, DocumentType } from '../../../shared/schemas/documents'
import { defaultSettings, type Settings } from '../../../shared/schemas/settings'
import { defaultVatRateTable, type VatRateTable } from '../../../shared/schemas/vat-rates'
import type { VatBreakdownRow } from '../../../shared/totals'
import { formatQuantityMilli } from '../../../shared/totals'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { badgeClass, type BadgeTone } from '../components/badge-tones'
import { useFormat } from '../components/format'
import { decimalMarkOf } from '../components/number-text'
import { useT } from '../i18n'
import './documents.css'

export type DocumentArea = 'estimates' | 'orders' | 'invoices'

export const areaTypes: Record<DocumentArea, DocumentType[]> = {
  estimates: ['estimate'],
  orders: ['order'],
  invoices: ['invoice', 'credit_note', 'debit_note']
}

export function areaOf(type: DocumentType): DocumentArea {
  return type === 'estimate' ? 'estimates' : type === 'order' ? 'orders' : 'invoices'
}

export const documentPath = (type: DocumentType, id: number) => `/${areaOf(type)}/${id}`

/** Money, quantities and percentages of documents in the user's locale. */
export function useDocumentFormat() {
  const format = useFormat()
  return useMemo(() => {
    const mark = decimalMarkOf(format.locale)
    return {
      ...format,
      mark,
      amount: (cents: number, currency: string) => {
        try {
          return formatMoney(cents, currency, format.locale)
        } catch {
          // A currency Intl does not know still shows its amount, with its code.
          return `${(cents / 100).toFixed(2)} ${currency}`
        }
      },
      quantity: (milli: number) => formatQuantityMilli(milli, mark),
      percent: (bp: number) => format.vat(bp)
    }
  }, [format])
}

/** Grey is a draft, blue is under way, green is done, red was turned down or cancelled. */
const documentStatusTones: Record<DocumentStatus, BadgeTone> = {
  draft: 'neutral',
  sent: 'info',
  confirmed: 'info',
  partially_delivered: 'info',
  accepted: 'good',
  delivered: 'good',
  issued: 'good',
  converted: 'good',
  declined: 'danger',
  cancelled: 'danger'
}

export function StatusBadge({
  status,
  expired,
  late
}: {
  status: DocumentStatus
  expired?: boolean
  late?: boolean
}) {
  const { t } = useT()
  return (
    <>
      <span
        className={`${badgeClass(documentStatusTones[status])} doc-status`}
        data-testid="document-status"
        data-status={status}
      >
        {t(`documents.status.${status}`)}
      </span>
      {expired && (
        <span className="badge doc-flag" data-testid="document-expired">
          {t('documents.expired')}
        </span>
      )}
      {late && (
        <span className="badge doc-flag" data-testid="document-late">
          {t('documents.late')}
        </span>
      )}
    </>
  )
}

/** "Estimate EST-2026-00004" or "Draft invoice". */
export function useDocumentLabel() {
  const { t } = useT()
  return (doc: { type: DocumentType; number: string | null }) =>
    doc.number ? `${t(`documents.type.${doc.type}`)} ${doc.number}` : t(`documents.draftOf.${doc.type}`)
}

export function DocumentLink({ doc }: { doc: DocumentRef }) {
  const label = useDocumentLabel()
  const format = useDocumentFormat()
  return (
    <span className="doc-ref">
      <Link to={documentPath(doc.type, doc.id)} data-testid="document-link" data-type={doc.type}>
        {label(doc)}
      </Link>{' '}
      <StatusBadge status={doc.status} /> <span className="muted">{format.date(doc.issueDate)}</span>
    </span>
  )
}

/** The columns every line table starts with, in order: label, the editor's box width, a figure. */
const lineColumns = [
  { key: 'description', box: 'col-description', figure: false },
  { key: 'quantity', box: 'col-qty', figure: true },
  { key: 'unit', box: 'col-unit', figure: false },
  { key: 'price', box: 'col-price', figure: true },
  { key: 'discount', box: 'col-discount', figure: true },
  { key: 'vat', box: 'col-vat', figure: true }
] as const

/**
 * The headers of those columns: in the editor each carries its box's width; read-only, the
 * figures are right-aligned like their cells.
 */
export function LineHeaderCells({ editing }: { editing: boolean }) {
  const { t } = useT()
  return lineColumns.map((column) => (
    <th key={column.key} scope="col" className={editing ? column.box : column.figure ? 'num' : undefined}>
      {t(`documents.line.${column.key}`)}
    </th>
  ))
}

export function TotalsBox({
  breakdown,
  netCents,
  vatCents,
  totalCents,
  currency
}: {
  breakdown: VatBreakdownRow[]
  netCents: number
  vatCents: number
  totalCents: number
  currency: string
}) {
  const { t } = useT()
  const format = useDocumentFormat()
  return (
    <div className="doc-totals" data-testid="document-totals">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('documents.vatRate')}</th>
            <th scope="col" className="num">
              {t('documents.vatBase')}
            </th>
            <th scope="col" className="num">
              {t('documents.vatAmount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {breakdown.map((row) => (
            <tr
              key={`${row.vatCategory}/${row.vatRateBp}`}
              data-testid="vat-row"
              data-category={row.vatCategory}
            >
              <td>
                {format.percent(row.vatRateBp)}
                {row.vatCategory !== 'S' && ` ${t(`vat.category.${row.vatCategory}`)}`}
              </td>
              <td className="num">{format.amount(row.netCents, currency)}</td>
              <td className="num">{format.amount(row.vatCents, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl>
        <dt>{t('documents.net')}</dt>
        <dd className="num" data-testid="total-net">
          {format.amount(netCents, currency)}
        </dd>
        <dt>{t('documents.vat')}</dt>
        <dd className="num" data-testid="total-vat">
          {format.amount(vatCents, currency)}
        </dd>
        <dt className="grand">{t('documents.total')}</dt>
        <dd className="num grand" data-testid="total-total">
          {format.amount(totalCents, currency)}
        </dd>
      </dl>
    </div>
  )
}

/**
 * The settings the editor needs (VAT rates, currency); the defaults until they arrive or if they cannot
 * be read (the editor's own read of the document shows a failing store; saving is checked by the core).
 */
export function useSettings(): Settings {
  const { data } = useApiQuery(keys.settings('all'), () => api.call('settings.get', {}))
  return useMemo(() => data ?? defaultSettings(), [data])
}

/** The company's VAT rates per country (Settings); the defaults until they arrive. */
export function useVatRateTable(): VatRateTable {
  const { data } = useApiQuery(keys.settings('vatRates'), () => api.call('vatRates.get', {}))
  return useMemo(() => data ?? defaultVatRateTable(), [data])
}
