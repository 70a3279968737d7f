/** Settings → Requests: the response and resolution time of each priority, in hours. */
import { useState } from 'react'
import {
  requestPriorities,
  requestTimes,
  type RequestPriority,
  type RequestTimes
} from '../../../shared/schemas/requests'
import { api } from '../api/client'
import { keys, useApiQuery, useInvalidate } from '../api/query'
import { SaveRow, SettingsSection } from '../components/SettingsSection'
import { SimpleTable, type TableColumn } from '../components/SimpleTable'
import { useBannerAction } from '../components/use-banner-action'
import { useT } from '../i18n'

type Draft = Record<RequestPriority, { responseHours: string; resolutionHours: string }>

/** The two times of a priority, each a column of hours. */
const hourFields = [
  { field: 'responseHours', label: 'requestTimes.response' },
  { field: 'resolutionHours', label: 'requestTimes.resolution' }
] as const

const toDraft = (times: RequestTimes): Draft =>
  Object.fromEntries(
    requestPriorities.map((p) => [
      p,
      { responseHours: String(times[p].responseHours), resolutionHours: String(times[p].resolutionHours) }
    ])
  ) as Draft

export function RequestTimesSettings() {
  const { t } = useT()
  const invalidate = useInvalidate()
  const stored = useApiQuery(keys.requests('times'), () => api.call('requests.times', {}), { fresh: true })
  const [draft, setDraft] = useState<Draft | null>(null)
  if (draft === null && stored.data) setDraft(toDraft(stored.data))
  const banner = useBannerAction(stored.error)

  const save = (current: Draft) =>
    banner.act(async () => {
      const times = Object.fromEntries(
        requestPriorities.map((p) => [
          p,
          {
            responseHours: Number(current[p].responseHours),
            resolutionHours: Number(current[p].resolutionHours)
          }
        ])
      )
      const parsed = requestTimes.safeParse(times)
      if (!parsed.success) return { kind: 'error', text: t('requestTimes.invalid') }
      setDraft(toDraft(await api.call('requests.setTimes', { times: parsed.data })))
      invalidate(keys.requests())
      return t('common.saved')
    })

  return (
    <SettingsSection
      id="request-times"
      testId={null}
      title={t('requestTimes.title')}
      intro={t('requestTimes.hint')}
      banner={banner}
    >
      {draft && (
        <SimpleTable
          className="settings-table"
          testId="request-times"
          columns={[
            {
              id: 'priority',
              label: t('request.priority'),
              rowHeader: true,
              render: (p) => t(`request.priorities.${p}`)
            },
            ...hourFields.map(({ field, label }): TableColumn<RequestPriority> => ({
              id: field,
              label: t(label),
              render: (p) => (
                <input
                  type="number"
                  min={1}
                  max={8760}
                  aria-label={`${t(`request.priorities.${p}`)}: ${t(label)}`}
                  value={draft[p][field]}
                  onChange={(e) => setDraft({ ...draft, [p]: { ...draft[p], [field]: e.target.value } })}
                  data-testid={`request-times-${p}-${field}`}
                />
              )
            }))
          ]}
          rows={requestPriorities}
          rowKey={(p) => p}
          rowTestId="request-times-row"
        />
      )}
      <SaveRow
        idPrefix="request-times"
        label={t('requestTimes.save')}
        busy={banner.busy}
        disabled={draft === null}
        onSave={() => draft && void save(draft)}
      />
    </SettingsSection>
  )
}
