/**
 * The weekly activity grid: calls, e-mails and demos per sales executive for the week (what the
 * store cannot know). Arrow keys move between cells like a spreadsheet; Ctrl+S saves.
 */
import { useMemo, useState, type KeyboardEvent } from 'react'
import {
  activityMetrics,
  type ActivityEntryInput,
  type ActivityGrid as Grid,
  type ActivityMetric
} from '../../../shared/schemas/figures'
import { api } from '../api/client'
import { keys } from '../api/query'
import { Banner } from '../components/Banner'
import { useBannerAction } from '../components/use-banner-action'
import { UnsavedChangesGuard } from '../components/UnsavedChangesGuard'
import { useSaveShortcut } from '../components/use-save-shortcut'
import { MainButton } from '../components/MainButton'
import { useT } from '../i18n'
import { useLoaded } from './use-weekly'

type Cells = Record<string, string>
const key = (executiveId: number, metric: ActivityMetric) => `${executiveId}:${metric}`

function cellsOf(grid: Grid): Cells {
  const cells: Cells = {}
  for (const v of grid.values) cells[key(v.executiveId, v.metric)] = String(v.value)
  return cells
}

const valid = (text: string) => text.trim() === '' || (/^\d+$/.test(text.trim()) && Number(text) <= 100_000)

export function ActivityGrid({ week }: { week: string }) {
  const { t } = useT()
  const { data, setData, error } = useLoaded(keys.weekly('activity', week), () =>
    api.call('weekly.activity', { week })
  )
  const saved = useMemo(() => (data ? cellsOf(data) : {}), [data])
  const [edits, setEdits] = useState<Cells>({})
  const { busy: saving, message, setMessage, act } = useBannerAction()
  const value = (k: string) => (Object.hasOwn(edits, k) ? edits[k] : (saved[k] ?? ''))
  const dirty = Object.entries(edits).some(([k, v]) => v !== (saved[k] ?? ''))
  const invalid = Object.values(edits).some((v) => !valid(v))

  async function save() {
    if (!data || saving) return
    if (invalid) {
      setMessage({ kind: 'error', text: t('messages.correctMarkedFields') })
      return
    }
    const entries: ActivityEntryInput[] = []
    for (const [k, text] of Object.entries(edits)) {
      if (text.trim() === '' || text === (saved[k] ?? '')) continue
      const [id, metric] = k.split(':')
      entries.push({ executiveId: Number(id), metric: metric as ActivityMetric, value: Number(text) })
    }
    await act(async () => {
      setData(await api.call('weekly.saveActivity', { week, entries }))
      setEdits({})
      return t('weekly.activity.saved', { week })
    })
  }
  useSaveShortcut(() => void save())

  function move(event: KeyboardEvent<HTMLInputElement>, row: number, col: number) {
    const target = { ArrowUp: [row - 1, col], ArrowDown: [row + 1, col], Enter: [row + 1, col] }[event.key]
    if (!target) return
    const next = document.getElementById(`activity-${target[0]}-${target[1]}`)
    if (next) {
      event.preventDefault()
      ;(next as HTMLInputElement).focus()
      ;(next as HTMLInputElement).select()
    }
  }

  if (error) return <Banner message={{ kind: 'error', text: error }} />
  if (!data) return <p className="muted">{t('common.loading')}</p>
  return (
    <section className="form-section" data-testid="activity-grid">
      <UnsavedChangesGuard dirty={dirty} />
      <p className="muted">{t('weekly.activity.intro')}</p>
      <Banner message={message} onClose={() => setMessage(null)} />
      {data.executives.length === 0 ? (
        <p className="muted">{t('weekly.noExecutives')}</p>
      ) : (
        <table className="figures-table activity-table" aria-label={t('weekly.activity.gridLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('weekly.col.name')}</th>
              {activityMetrics.map((m) => (
                <th key={m} scope="col" className="num">
                  {t(`weekly.activity.metric.${m}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.executives.map((e, row) => (
              <tr key={e.id} data-testid="activity-row" data-executive-id={e.id}>
                <th scope="row">{e.active ? e.name : t('weekly.left', { name: e.name })}</th>
                {activityMetrics.map((m, col) => {
                  const k = key(e.id, m)
                  const bad = !valid(value(k))
                  return (
                    <td key={m}>
                      <input
                        id={`activity-${row}-${col}`}
                        type="text"
                        className={`cell-input num${bad ? ' invalid' : ''}`}
                        inputMode="numeric"
                        aria-label={t('weekly.activity.cellLabel', {
                          metric: t(`weekly.activity.metric.${m}`),
                          name: e.name
                        })}
                        aria-invalid={bad}
                        title={bad ? t('weekly.activity.badValue') : undefined}
                        value={value(k)}
                        onChange={(ev) => setEdits((prev) => ({ ...prev, [k]: ev.target.value }))}
                        onKeyDown={(ev) => move(ev, row, col)}
                        data-testid={`activity-${m}`}
                      />
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="button-row">
        <MainButton busy={saving} disabled={!dirty} onPress={save} testId="activity-save">
          {saving ? t('common.saving') : t('weekly.activity.save')}
        </MainButton>
        {dirty && <span className="muted">{t('weekly.activity.unsaved')}</span>}
        {invalid && <span className="field-error">{t('weekly.activity.badValue')}</span>}
      </div>
    </section>
  )
}
