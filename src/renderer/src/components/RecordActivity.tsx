/** The latest activity-log entries of one record (a customer, a product…), newest first. */
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { messageOf } from './api-errors'
import { Banner } from './Banner'
import { useT } from '../i18n'
import { activityText } from './activity-text'
import { useActivityFormat } from './use-activity-format'

export function RecordActivity({
  entity,
  entityId,
  refreshKey
}: {
  entity: string
  entityId: number
  /** A value that changes with the record (its updatedAt); writes elsewhere invalidate `activity`. */
  refreshKey?: unknown
}) {
  const { t, i18n } = useT()
  const format = useActivityFormat()
  const { data, error } = useApiQuery(keys.activity(entity, entityId, refreshKey), () =>
    api.call('activity.list', { entity, entityId, offset: 0, limit: 50 })
  )
  if (error) return <Banner message={{ kind: 'error', text: messageOf(error) }} />
  const entries = data?.rows
  if (!entries) return <p className="muted">{t('common.loading')}</p>
  if (entries.length === 0) return <p className="muted">{t('customer.noActivity')}</p>
  return (
    <ol className="activity-list" data-testid="record-activity">
      {entries.map((entry) => (
        <li key={entry.id}>
          <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
          <span className="activity-actor">{entry.actor}</span>
          <span className="activity-summary">
            {activityText(entry, t, (key) => i18n.exists(key), format)}
          </span>
        </li>
      ))}
    </ol>
  )
}
