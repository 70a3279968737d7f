/** Aged receivables per customer in buckets (current, 1–30, 31–60, 61–90, over 90 days) with totals; Excel export. */
import { agedBuckets, type AgedRow } from '../../../shared/schemas/receivables'
import { api } from '../api/client'
import type { Column } from '../components/DataGrid'
import { useFormat } from '../components/format'
import { DateFilter, useExport } from '../components/ListPage'
import { useListParams } from '../components/use-list-params'
import { keys } from '../api/query'
import { useQueryRows } from '../components/use-paged-rows'
import { useT } from '../i18n'
import { PaymentsListScreen } from './PaymentsFrame'

const defaultSort = { field: 'totalCents', direction: 'desc' as const }

/** A number per customer and currency (a customer owing in two currencies has two rows). */
const agedRowId = (r: AgedRow) =>
  r.customerId * 17_576 +
  (r.currency.charCodeAt(0) - 65) * 676 +
  (r.currency.charCodeAt(1) - 65) * 26 +
  (r.currency.charCodeAt(2) - 65)
const filterDefaults = { asOf: '' }

export function AgedList() {
  const { t } = useT()
  const format = useFormat()
  const list = useListParams(filterDefaults, defaultSort)
  const asOf = list.value('asOf')
  const query = { search: list.search, asOf: asOf || null }
  // The first window also brings the report's totals, shown above the list.
  const {
    rows,
    queryKey,
    first: report
  } = useQueryRows(keys.payments(), query, (window) => api.call('receivables.aged', window))
  const exporter = useExport((language) => api.call('receivables.agedXlsx', { ...query, language }))
  const money = (r: AgedRow, cents: number) => (cents === 0 ? '' : format.money(cents, r.currency))
  const columns: Column<AgedRow>[] = [
    {
      id: 'customer',
      label: t('payments.aged.col.customer'),
      min: 12,
      grow: 2,
      render: (r) => <span className="cell-main">{r.customerName}</span>
    },
    ...agedBuckets.map((b) => ({
      id: b,
      label: t(`payments.aged.col.${b}`),
      min: 7,
      align: 'end' as const,
      optional: b === 'current',
      render: (r: AgedRow) => <span className="num">{money(r, r[b])}</span>
    })),
    {
      id: 'total',
      label: t('payments.aged.col.total'),
      min: 7.5,
      align: 'end',
      render: (r) => <strong className="num">{money(r, r.totalCents)}</strong>
    },
    {
      id: 'credit',
      label: t('payments.aged.col.credit'),
      min: 6.5,
      align: 'end',
      optional: true,
      render: (r) => <span className="num">{money(r, r.creditCents)}</span>
    }
  ]
  return (
    <PaymentsListScreen
      countKey="payments.aged.count"
      list={list}
      prefix="aged"
      searchPlaceholder={t('payments.aged.searchPlaceholder')}
      filters={
        <DateFilter
          id="aged-as-of"
          label={t('payments.aged.asOf')}
          value={asOf}
          onChange={(v) => list.update({ asOf: v })}
        />
      }
      notices={report?.totals.map((totals) => (
        <p
          className="pay-aged-totals"
          data-testid="aged-totals"
          data-currency={totals.currency}
          key={totals.currency}
        >
          <strong>
            {t('payments.aged.totals')} ({totals.currency}):
          </strong>
          {agedBuckets.map((b) => (
            <span key={b}>
              {t(`payments.aged.col.${b}`)} {format.money(totals[b], totals.currency)}
            </span>
          ))}
          <strong data-testid="aged-total">
            {t('payments.aged.col.total')} {format.money(totals.totalCents, totals.currency)}
          </strong>
        </p>
      ))}
      exporter={exporter}
      fixedOrder
      grid={{
        label: t('payments.aged.listLabel'),
        columns,
        rows,
        queryKey,
        getRowId: agedRowId,
        openPath: (r) => `/customers/${r.customerId}#payments`
      }}
    />
  )
}
