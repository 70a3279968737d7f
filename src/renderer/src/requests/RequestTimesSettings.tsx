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
import { messageOf } from '../components/api-errors'
import { Banner, type BannerMessage } from '../components/Banner'
import { useT } from '../i18n'

type Draft = Record<RequestPriority, { responseHours: string; resolutionHours: string }>

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
  const [ownMessage, setMessage] = useState<BannerMessage | null>(null)
  const message =
    ownMessage ?? (stored.error ? { kind: 'error' as const, text: messageOf(stored.error) } : null)
  const [busy, setBusy] = useState(false)

  async function save(current: Draft) {
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
    if (!parsed.success) {
      setMessage({ kind: 'error', text: t('requestTimes.invalid') })
      return
    }
    setBusy(true)
    try {
      setDraft(toDraft(await api.call('requests.setTimes', { times: parsed.data })))
      invalidate(keys.requests())
      setMessage({ kind: 'success', text: t('common.saved') })
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="form-section" aria-labelledby="settings-request-times">
      <h2 id="settings-request-times">{t('requestTimes.title')}</h2>
      <p className="muted">{t('requestTimes.hint')}</p>
      {draft && (
        <table className="settings-table" data-testid="request-times">
          <thead>
            <tr>
              <th scope="col">{t('request.priority')}</th>
              <th scope="col">{t('requestTimes.response')}</th>
              <th scope="col">{t('requestTimes.resolution')}</th>
            </tr>
          </thead>
          <tbody>
            {requestPriorities.map((p) => (
              <tr key={p}>
                <th scope="row">{t(`request.priorities.${p}`)}</th>
                {(['responseHours', 'resolutionHours'] as const).map((field) => (
                  <td key={field}>
                    <input
                      type="number"
                      min={1}
                      max={8760}
                      aria-label={`${t(`request.priorities.${p}`)}: ${t(
                        field === 'responseHours' ? 'requestTimes.response' : 'requestTimes.resolution'
                      )}`}
                      value={draft[p][field]}
                      onChange={(e) => setDraft({ ...draft, [p]: { ...draft[p], [field]: e.target.value } })}
                      data-testid={`request-times-${p}-${field}`}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={busy || draft === null}
          onClick={() => draft && void save(draft)}
          data-testid="request-times-save"
        >
          {t('requestTimes.save')}
        </button>
      </div>
      <Banner message={message} onClose={() => setMessage(null)} />
    </section>
  )
}
