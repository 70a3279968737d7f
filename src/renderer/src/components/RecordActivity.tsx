/** The latest activity-log entries of one record (a customer, a product…), newest first. */
import { useEffect, useState } from 'react'
import type { ActivityEntry } from '../../../shared/schemas/activity'
import { api } from '../api/client'
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
  refreshKey: unknown
}) {
  const { t, i18n } = useT()
  const format = useActivityFormat()
  const [entries, setEntries] = useState<ActivityEntry[] | null>(null)
  useEffect(() => {
    let live = true
    api
      .call('activity.list', { entity, entityId, offset: 0, limit: 50 })
      .then((page) => live && setEntries(page.rows))
      .catch(() => live && setEntries([]))
    return () => {
      live = false
    }
  }, [entity, entityId, refreshKey])
  if (entries === null) return <p className="muted">{t('common.loading')}</p>
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
