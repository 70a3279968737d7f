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
import { useExport } from '../components/ListPage'
import { ChoiceFilter, ListScreen, TeamFilter } from '../components/ListScreen'
import { useListParams } from '../components/use-list-params'
import { keys, useInvalidate } from '../api/query'
import { useQueryRows } from '../components/use-paged-rows'
import { useExecutiveOptions } from '../components/use-executive-options'
import { useT } from '../i18n'
import './schedule.css'
import { VisitDialog } from './VisitDialog'
import { VisitStatusBadge, visitFits } from './VisitStatusBadge'

const statuses = ['to_record', 'scheduled', 'completed', 'cancelled', 'no_show'] as const
const periods = ['all', 'past30', 'next30', 'thisYear'] as const
const filterDefaults = { status: 'all', executive: '', period: 'all' }
const defaultSort = { field: 'startAt' as SortField, direction: 'desc' as const }
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
  const format = useFormat()
  const executives = useExecutiveOptions()
  const list = useListParams(filterDefaults, defaultSort)
  const [open, setOpen] = useState<number | null>(null)
  const invalidate = useInvalidate()

  const period = list.value('period')
  // The period's bounds are read from the clock once for each period chosen: bounds taken again at
  // every render would make a new query each time, and the list would load again.
  const range = useMemo(() => periodRange(period), [period])
  const query = {
    ...range,
    customerId: null,
    executiveId: list.chosenId('executive'),
    status: list.value('status') as VisitListQuery['status'],
    sort: list.sort
  }
  const { rows, queryKey } = useQueryRows(keys.schedule(), query, (window) => api.call('visits.list', window))
  const exporter = useExport((language) => api.call('visits.exportXlsx', { ...query, language }))

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
      fits: visitFits(t),
      render: (r) => <VisitStatusBadge visit={r} />
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

  return (
    <ListScreen
      title={t('visitLog.title')}
      countKey="visitLog.count"
      testId="visit-log"
      actions={
        <>
          <Link className="button" to="/schedule">
            {t('plans.backToSchedule')}
          </Link>
          {exporter.button}
        </>
      }
      list={list}
      prefix="visit-log"
      filters={
        <>
          <ChoiceFilter
            param="status"
            label={t('visitLog.filterStatus')}
            testId="visit-log-status"
            withAll
            choices={statuses}
            choiceLabel={(s) => t(`visit.status.${s}`)}
          />
          <ChoiceFilter
            param="period"
            label={t('visitLog.filterPeriod')}
            testId="visit-log-period"
            choices={periods}
            choiceLabel={(p) => t(`visitLog.period.${p}`)}
          />
          <TeamFilter
            label={t('schedule.executive')}
            anyLabel={t('schedule.wholeTeam')}
            testId="visit-log-executive"
          />
        </>
      }
      exporter={exporter}
      grid={{
        label: t('visitLog.title'),
        columns,
        rows,
        queryKey,
        onOpen: (r) => setOpen(r.id)
      }}
    >
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
    </ListScreen>
  )
}
