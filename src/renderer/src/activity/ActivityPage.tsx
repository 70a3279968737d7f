/**
 * The append-only activity log, newest first by the time of the change, virtualised like every
 * long list; each entry in the reader's words (see components/activity-text.ts).
 */
import { useMemo } from 'react'
import { activityFilters } from '../../../shared/activity'
import type { ActivityEntry } from '../../../shared/schemas/activity'
import { api } from '../api/client'
import { activityKind, activityText } from '../components/activity-text'
import type { Column } from '../components/DataGrid'
import { useFormat } from '../components/format'
import { useActivityFormat } from '../components/use-activity-format'
import { ChoiceFilter, ListScreen } from '../components/ListScreen'
import { keys } from '../api/query'
import { useQueryRows } from '../components/use-paged-rows'
import { useListParams } from '../components/use-list-params'
import { useT } from '../i18n'

const entities = ['all', ...(Object.keys(activityFilters) as (keyof typeof activityFilters)[])] as const
/** Where an entry's record opens; the others (settings, the database) have no page of their own. */
const recordPaths: Record<string, string> = {
  customer: '/customers',
  product: '/products',
  executive: '/executives',
  payment: '/payments',
  investigation: '/payments/investigations',
  contract: '/contracts',
  customer_request: '/requests',
  campaign: '/campaigns'
}

const filterDefaults = { entity: 'all' }

export function ActivityPage() {
  const { t, i18n } = useT()
  const format = useFormat()
  const entryFormat = useActivityFormat()
  const list = useListParams(filterDefaults, { field: 'at', direction: 'desc' })
  const entity = list.value('entity')
  const query = useMemo(() => ({ entity: entity === 'all' ? null : entity, entityId: null }), [entity])
  const { rows, queryKey } = useQueryRows(keys.activity(), query, (window) =>
    api.call('activity.list', window)
  )

  const exists = (key: string) => i18n.exists(key)
  const columns: Column<ActivityEntry>[] = [
    {
      id: 'at',
      label: t('activity.col.at'),
      min: 12,
      render: (r) => <time dateTime={r.at}>{format.dateTime(r.at)}</time>
    },
    { id: 'actor', label: t('activity.col.actor'), min: 7, grow: 1, optional: true, render: (r) => r.actor },
    {
      id: 'entity',
      label: t('activity.col.entity'),
      min: 8,
      optional: true,
      render: (r) => activityKind(r.entity, t, exists)
    },
    {
      id: 'summary',
      label: t('activity.col.summary'),
      min: 16,
      grow: 5,
      render: (r) => activityText(r, t, exists, entryFormat)
    }
  ]

  return (
    <ListScreen
      title={t('activity.title')}
      countKey="activity.count"
      list={list}
      prefix="activity"
      filters={
        <>
          <p className="muted toolbar-text">{t('activity.intro')}</p>
          <ChoiceFilter
            param="entity"
            label={t('activity.filterEntity')}
            choices={entities}
            choiceLabel={(e) => t(`activity.entity.${e}`)}
          />
        </>
      }
      fixedOrder
      grid={{
        label: t('activity.listLabel'),
        columns,
        rows,
        queryKey,
        openPath: (r) => {
          const path = recordPaths[r.entity]
          return path && r.entityId !== null && r.action !== 'delete' ? `${path}/${r.entityId}` : null
        }
      }}
    />
  )
}
