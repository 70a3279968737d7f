/**
 * The visit log: every visit as a list, filtered by status (e.g. "to record": past visits
 * still waiting for their outcome), executive and period; a visit opens in its dialog.
 * The Excel export carries the same filters.
 */
import { DateTime } from 'luxon'
import { useMemo, useState } from 'react'
import { Link } from 'react-router-dom'
import type { VisitListQuery, VisitRow } from '../../../shared/schemas/schedule'
import { api } from '../api/client'
import type { Column } from '../components/DataGrid'
import { useFormat } from '../components/format'
import {
  ExecutiveFilter,
  FilterSelect,
  listCount,
  ListGrid,
  ListHeader,
  useExport
} from '../components/ListPage'
import { useListParams } from '../components/use-list-params'
import { keys, useInvalidate } from '../api/query'
import { useQueryRows } from '../components/use-paged-rows'
import { usePageTitle } from '../components/use-page-title'
import { useExecutiveOptions } from '../components/use-executive-options'
import { useLanguage, useT } from '../i18n'
import './schedule.css'
import { VisitDialog } from './VisitDialog'

const statuses = ['all', 'to_record', 'scheduled', 'completed', 'cancelled', 'no_show'] as const
const periods = ['all', 'past30', 'next30', 'thisYear'] as const
const filterDefaults = { status: 'all', executive: '', period: 'all' }
const defaultSort = { field: 'startAt', direction: 'desc' as const }
type SortField = VisitListQuery['sort']['field']

function periodRange(period: string): { from: string | null; to: string | null } {
  const now = DateTime.local()
  switch (period) {
    case 'past30':
      return { from: now.minus({ days: 30 }).startOf('day').toUTC().toISO(), to: now.toUTC().toISO() }
    case 'next30':
      return { from: now.toUTC().toISO(), to: now.plus({ days: 30 }).endOf('day').toUTC().toISO() }
    case 'thisYear':
      return { from: now.startOf('year').toUTC().toISO(), to: now.endOf('year').toUTC().toISO() }
    default:
      return { from: null, to: null }
  }
}

export function VisitLog() {
  const { t } = useT()
  const language = useLanguage()
  const format = useFormat()
  const executives = useExecutiveOptions()
  const list = useListParams(filterDefaults, defaultSort)
  const [open, setOpen] = useState<number | null>(null)
  const invalidate = useInvalidate()

  const status = list.value('status') as VisitListQuery['status']
  const executive = list.value('executive')
  const period = list.value('period')
  const { field, direction } = list.sort
  const query = useMemo(
    () => ({
      ...periodRange(period),
      customerId: null,
      executiveId: executive ? Number(executive) : null,
      status,
      sort: { field: field as SortField, direction }
    }),
    [period, executive, status, field, direction]
  )
  const { rows, queryKey } = useQueryRows(keys.schedule(), query, (window) => api.call('visits.list', window))
  const exporter = useExport(() => api.call('visits.exportXlsx', { ...query, language }))

  usePageTitle(t('visitLog.title'))

  const columns: Column<VisitRow>[] = [
    {
      id: 'startAt',
      label: t('visitLog.col.startAt'),
      min: 10,
      sortField: 'startAt',
      render: (r) => format.dateTime(r.startAt)
    },
    {
      id: 'customerName',
      label: t('visitLog.col.customerName'),
      min: 12,
      grow: 2,
      sortField: 'customerName',
      render: (r) => <span className="cell-main">{r.customerName}</span>
    },
    { id: 'city', label: t('visitLog.col.city'), min: 7, optional: true, render: (r) => r.city },
    {
      id: 'executiveNames',
      label: t('visitLog.col.executiveNames'),
      min: 9,
      grow: 1.2,
      render: (r) => r.executiveNames
    },
    {
      id: 'purpose',
      label: t('visitLog.col.purpose'),
      min: 9,
      grow: 1.2,
      optional: true,
      render: (r) => r.purpose
    },
    {
      id: 'status',
      label: t('visitLog.col.status'),
      min: 7.5,
      sortField: 'status',
      render: (r) => (
        <span className={`badge badge-visit-${r.toRecord ? 'to_record' : r.status}`}>
          {r.toRecord ? t('visit.status.to_record') : t(`visit.status.${r.status}`)}
        </span>
      )
    },
    {
      id: 'outcome',
      label: t('visitLog.col.outcome'),
      min: 10,
      grow: 2,
      optional: true,
      render: (r) => r.outcome
    }
  ]

  const total = rows.total
  return (
    <div className="page page-list" data-testid="visit-log">
      <ListHeader
        title={t('visitLog.title')}
        count={listCount(t, format, 'visitLog.count', total)}
        actions={
          <>
            <Link className="button" to="/schedule">
              {t('plans.backToSchedule')}
            </Link>
            {exporter.button}
          </>
        }
      />
      <div className="toolbar" role="search">
        <FilterSelect
          id="visit-log-status"
          label={t('visitLog.filterStatus')}
          value={status}
          onChange={(v) => list.update({ status: v })}
          testId="visit-log-status"
        >
          {statuses.map((s) => (
            <option key={s} value={s}>
              {s === 'all' ? t('common.all') : t(`visit.status.${s}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          id="visit-log-period"
          label={t('visitLog.filterPeriod')}
          value={period}
          onChange={(v) => list.update({ period: v })}
          testId="visit-log-period"
        >
          {periods.map((p) => (
            <option key={p} value={p}>
              {t(`visitLog.period.${p}`)}
            </option>
          ))}
        </FilterSelect>
        <ExecutiveFilter
          id="visit-log-executive"
          label={t('schedule.executive')}
          anyLabel={t('schedule.wholeTeam')}
          executives={executives}
          value={executive}
          onChange={(v) => list.update({ executive: v })}
          testId="visit-log-executive"
        />
      </div>
      {exporter.banner}
      <ListGrid
        list={list}
        label={t('visitLog.title')}
        testId="visit-log-grid"
        rowTestId="visit-log-row"
        columns={columns}
        rows={rows}
        queryKey={queryKey}
        onOpen={(r) => setOpen(r.id)}
      />
      {open !== null && (
        <VisitDialog
          visitId={open}
          executives={executives}
          onClose={(changed) => {
            setOpen(null)
            if (changed) invalidate(keys.schedule())
          }}
        />
      )}
    </div>
  )
}
