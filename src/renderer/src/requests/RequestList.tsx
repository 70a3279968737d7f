/** Customer requests and complaints: search, status filter, sortable columns, Excel export. */
import {
  requestKinds,
  requestStatuses,
  type RequestListQuery,
  type RequestRow,
  type RequestStatus
} from '../../../shared/schemas/requests'
import { api } from '../api/client'
import type { Column } from '../components/DataGrid'
import { useFormat } from '../components/format'
import { useExport } from '../components/ListPage'
import { AreaListScreen, StatusFilter } from '../components/AreaListScreen'
import type { BadgeTone } from '../components/badge-tones'
import { statusBadge, ToneBadge, toneFits } from '../components/ToneBadge'
import { ChoiceFilter } from '../components/ListScreen'
import { useListParams } from '../components/use-list-params'
import { keys } from '../api/query'
import { useQueryRows } from '../components/use-paged-rows'
import { useT } from '../i18n'
import './requests.css'

const filterDefaults = { status: 'all', kind: 'all', late: '' }
/** The queue: most pressing first (priority, then due time), closed ones last. */
const defaultSort = { field: 'queue', direction: 'asc' as const }
type SortField = RequestListQuery['sort']['field']

/** A draft waits on whoever writes it, an open request is being worked on, a closed one is done with. */
const requestTones: Record<RequestStatus, BadgeTone> = { draft: 'warning', open: 'good', closed: 'muted' }

export const RequestStatusBadge = statusBadge({
  tones: requestTones,
  words: 'requests.status',
  testId: 'request-status'
})

/** Past its resolve-by time: as alarming as a refused or returned document. */
const lateTone = { late: 'danger' } as const

export function LateBadge() {
  return <ToneBadge status="late" tones={lateTone} words="requests" testId="request-late" />
}

/** The more pressing a request, the hotter its colour; a low one stays in the background. */
const priorityTones: Record<RequestRow['priority'], BadgeTone> = {
  urgent: 'danger',
  high: 'warning',
  normal: 'info',
  low: 'muted'
}

export function PriorityBadge({ priority }: { priority: RequestRow['priority'] }) {
  return (
    <ToneBadge
      status={priority}
      tones={priorityTones}
      words="request.priorities"
      testId="request-priority-badge"
    />
  )
}

/** A date and time as wide as they come (two-digit day, month and hour). */
const LATEST_SAMPLE = '2026-12-28T22:58:00.000Z'

function requestColumns(
  t: ReturnType<typeof useT>['t'],
  format: ReturnType<typeof useFormat>
): Column<RequestRow>[] {
  return [
    {
      id: 'priority',
      label: t('requests.colPriority'),
      min: 6,
      sortField: 'queue',
      fits: toneFits(t, priorityTones, 'request.priorities'),
      render: (r) => <PriorityBadge priority={r.priority} />
    },
    {
      id: 'createdAt',
      label: t('requests.col.createdAt'),
      min: 7,
      sortField: 'createdAt',
      render: (r) => format.date(r.createdAt)
    },
    {
      id: 'customerName',
      label: t('requests.col.customerName'),
      min: 10,
      grow: 2,
      sortField: 'customerName',
      render: (r) => r.customerName
    },
    {
      id: 'title',
      label: t('requests.col.title'),
      min: 10,
      grow: 3,
      render: (r) => <span className="cell-main">{r.title}</span>
    },
    {
      id: 'kind',
      label: t('requests.colKind'),
      min: 7,
      optional: true,
      render: (r) => t(`request.kinds.${r.kind}`)
    },
    {
      id: 'owner',
      label: t('requests.colOwner'),
      min: 8,
      optional: true,
      render: (r) => r.ownerName ?? t('request.office')
    },
    {
      id: 'resolveBy',
      label: t('requests.colResolveBy'),
      min: 9,
      sortField: 'resolveBy',
      // A date and time with "Late" beside it.
      fits: [{ text: format.dateTime(LATEST_SAMPLE), badges: [t('requests.late')] }],
      render: (r) => (
        <span className={r.late ? 'request-due late' : 'request-due'}>
          {r.resolveBy ? format.dateTime(r.resolveBy) : ''} {r.late && <LateBadge />}
        </span>
      )
    },
    {
      id: 'visit',
      label: t('requests.col.visit'),
      min: 7,
      optional: true,
      render: (r) => (r.visitStartAt ? format.date(r.visitStartAt) : '')
    },
    {
      id: 'updatedAt',
      label: t('requests.col.updatedAt'),
      min: 7,
      optional: true,
      sortField: 'updatedAt',
      render: (r) => format.date(r.updatedAt)
    },
    {
      id: 'status',
      label: t('requests.col.status'),
      min: 6,
      sortField: 'status',
      fits: RequestStatusBadge.fits(t),
      render: (r) => <RequestStatusBadge status={r.status} />
    }
  ]
}

export function RequestList() {
  const { t } = useT()
  const format = useFormat()
  const list = useListParams(filterDefaults, defaultSort)

  const lateOnly = list.value('late') === '1'
  // The rows are keyed by the query's contents: a new object each render reads nothing again.
  const query = {
    search: list.search,
    status: list.value('status') as RequestListQuery['status'],
    kind: list.value('kind') as NonNullable<RequestListQuery['kind']>,
    lateOnly,
    customerId: null,
    sort: { field: list.sort.field as SortField, direction: list.sort.direction }
  }
  const { rows, queryKey } = useQueryRows(keys.requests(), query, (window) =>
    api.call('requests.list', window)
  )
  const exporter = useExport((language) => api.call('requests.exportXlsx', { ...query, language }))

  return (
    <AreaListScreen
      area="requests"
      actions={<>{exporter.button}</>}
      list={list}
      prefix="request"
      filters={
        <>
          <StatusFilter
            area="requests"
            statuses={requestStatuses}
            first={[{ value: 'active', label: t('requests.notClosed') }]}
          />
          <ChoiceFilter
            param="kind"
            label={t('request.kind')}
            withAll
            choices={requestKinds}
            choiceLabel={(k) => t(`request.kinds.${k}`)}
          />
          <label className="checkbox-filter">
            <input
              type="checkbox"
              checked={lateOnly}
              onChange={(e) => list.update({ late: e.target.checked ? '1' : '' })}
              data-testid="request-filter-late"
            />{' '}
            {t('requests.lateOnly')}
          </label>
        </>
      }
      exporter={exporter}
      grid={{
        columns: requestColumns(t, format),
        rows,
        queryKey,
        openPath: (r) => `/requests/${r.id}`
      }}
    />
  )
}
