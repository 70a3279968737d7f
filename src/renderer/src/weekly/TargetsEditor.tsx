/**
 * Targets per sales executive, figure and period, kept with their history: a new target starts
 * on its "valid from" date; earlier weeks keep the targets they had. Saving the same executive,
 * figure and date again corrects that target.
 */
import { useState, type SubmitEvent } from 'react'
import { addDaysIso, isoWeekRange } from '../../../shared/iso-week'
import { parseMoneyToCents } from '../../../shared/money'
import {
  targetMetrics,
  targetPeriods,
  type TargetMetric,
  type TargetPeriod,
  type TargetRecord
} from '../../../shared/schemas/figures'
import { api } from '../api/client'
import { keys } from '../api/query'
import { Banner } from '../components/Banner'
import { SaveButton } from '../components/SettingsSection'
import { useBannerAction } from '../components/use-banner-action'
import { badgeClass } from '../components/badge-tones'
import { useCurrencies } from '../components/use-currencies'
import { useExecutiveOptions } from '../components/use-executive-options'
import { useT } from '../i18n'
import { useFigureFormat, useLoaded } from './use-weekly'
import { DateInput } from '../components/DateInput'
import { Field, LabelledInput, LabelledSelect } from '../components/fields'

interface Draft {
  executiveId: string
  metric: TargetMetric
  period: TargetPeriod
  value: string
  validFrom: string
}

type Errors = Partial<Record<keyof Draft, string>>

const defaultPeriod: Record<TargetMetric, TargetPeriod> = {
  revenue: 'quarter',
  new_customers: 'month',
  calls_per_day: 'week',
  visits_per_week: 'week'
}

/** The target rows in force on a day: the latest valid-from per executive and figure. */
function currentIds(rows: TargetRecord[], day: string): Set<number> {
  const best = new Map<string, TargetRecord>()
  for (const r of rows) {
    if (r.validFrom > day) continue
    const k = `${r.executiveId}:${r.metric}`
    const seen = best.get(k)
    if (!seen || r.validFrom > seen.validFrom) best.set(k, r)
  }
  return new Set([...best.values()].map((r) => r.id))
}

export function TargetsEditor({ week }: { week: string }) {
  const { t } = useT()
  const f = useFigureFormat(useCurrencies().accountingCurrency)
  const executives = useExecutiveOptions()
  const [filter, setFilter] = useState('')
  const {
    data: rows,
    setData: setRows,
    error
  } = useLoaded(keys.weekly('targets', filter), () =>
    api.call('targets.list', { executiveId: filter === '' ? null : Number(filter) })
  )
  const [draft, setDraft] = useState<Draft>({
    executiveId: '',
    metric: 'revenue',
    period: 'quarter',
    value: '',
    validFrom: isoWeekRange(week).start
  })
  const [errors, setErrors] = useState<Errors>({})
  const { busy: saving, message, setMessage, act } = useBannerAction()
  const thursday = addDaysIso(isoWeekRange(week).start, 3)
  const current = rows ? currentIds(rows, thursday) : new Set<number>()

  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }))

  function valueOf(d: Draft): number | null {
    if (d.metric === 'revenue') {
      const cents = parseMoneyToCents(d.value)
      return cents === null || cents < 0 ? null : cents
    }
    return /^\s*\d+\s*$/.test(d.value) ? Number(d.value) : null
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    const problems: Errors = {}
    if (draft.executiveId === '') problems.executiveId = t('weekly.targets.chooseExecutiveError')
    const value = valueOf(draft)
    if (value === null)
      problems.value =
        draft.metric === 'revenue' ? t('weekly.targets.badMoney') : t('weekly.targets.badCount')
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.validFrom)) problems.validFrom = t('weekly.targets.badDate')
    setErrors(problems)
    if (Object.keys(problems).length > 0) {
      document.getElementById(`target-${Object.keys(problems)[0]}`)?.focus()
      return
    }
    if (value === null) return
    await act(async () => {
      const target = {
        executiveId: Number(draft.executiveId),
        metric: draft.metric,
        period: draft.period,
        value,
        validFrom: draft.validFrom
      }
      const saved = await api.call('targets.set', { target })
      if (filter === '' || filter === draft.executiveId) {
        setRows(
          filter === ''
            ? [...(rows ?? []).filter((r) => r.executiveId !== target.executiveId), ...saved]
            : saved
        )
      }
      setDraft((d) => ({ ...d, value: '' }))
      return t('weekly.targets.saved')
    })
  }

  const show = (r: TargetRecord) => (r.metric === 'revenue' ? f.money(r.value) : f.number(r.value))
  const sorted = [...(rows ?? [])].sort(
    (a, b) =>
      a.executiveName.localeCompare(b.executiveName) ||
      a.metric.localeCompare(b.metric) ||
      b.validFrom.localeCompare(a.validFrom)
  )
  // The executive choices: none ('', "choose" / "everyone"), then each by id.
  const executiveIds = ['', ...executives.map((e) => String(e.id))]
  const executiveById = new Map(executives.map((e) => [String(e.id), e]))

  return (
    <div className="targets-view" data-testid="targets-editor">
      <p className="muted">{t('weekly.targets.intro')}</p>
      <form
        className="form-section"
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-labelledby="target-form-title"
      >
        <h2 id="target-form-title">{t('weekly.targets.newTarget')}</h2>
        <div className="form-grid">
          <LabelledSelect
            id="target-executiveId"
            label={t('weekly.targets.executive')}
            value={draft.executiveId}
            options={executiveIds}
            optionLabel={(id) => {
              const e = executiveById.get(id)
              if (!e) return t('weekly.targets.chooseExecutive')
              return e.active ? e.name : t('weekly.left', { name: e.name })
            }}
            onValue={(id) => set('executiveId', id)}
            error={errors.executiveId}
            data-testid="target-executive"
          />
          <LabelledSelect
            id="target-metric"
            label={t('weekly.targets.metric')}
            value={draft.metric}
            options={targetMetrics}
            optionLabel={(m) => t(`weekly.targets.metrics.${m}`)}
            onValue={(metric) => setDraft((d) => ({ ...d, metric, period: defaultPeriod[metric] }))}
            data-testid="target-metric"
          />
          <LabelledSelect
            id="target-period"
            label={t('weekly.targets.period')}
            value={draft.period}
            options={targetPeriods}
            optionLabel={(p) => t(`weekly.targets.periods.${p}`)}
            onValue={(period) => set('period', period)}
            data-testid="target-period"
          />
          <LabelledInput
            id="target-value"
            label={t('weekly.targets.value')}
            type="text"
            className="num"
            inputMode="decimal"
            value={draft.value}
            onValue={(value) => set('value', value)}
            hint={
              draft.metric === 'revenue'
                ? t('weekly.targets.valueHintMoney')
                : t('weekly.targets.valueHintCount')
            }
            error={errors.value}
            data-testid="target-value"
          />
          <Field id="target-validFrom" label={t('weekly.targets.validFrom')} error={errors.validFrom}>
            {(aria) => (
              <DateInput
                {...aria}
                value={draft.validFrom}
                onChange={(v) => set('validFrom', v)}
                data-testid="target-valid-from"
              />
            )}
          </Field>
        </div>
        <div className="button-row">
          <SaveButton saving={saving} label={t('weekly.targets.save')} testId="target-save" />
        </div>
        <Banner message={message} onClose={() => setMessage(null)} />
      </form>

      <section className="form-section" aria-labelledby="target-history-title">
        <div className="section-title-row">
          <h2 id="target-history-title">{t('weekly.targets.history')}</h2>
          <LabelledSelect
            id="target-filter"
            label={t('weekly.targets.filter')}
            fieldClassName="filter-field"
            value={filter}
            options={executiveIds}
            optionLabel={(id) => executiveById.get(id)?.name ?? t('weekly.targets.everyone')}
            onValue={setFilter}
          />
        </div>
        {error && <Banner message={{ kind: 'error', text: error }} />}
        {rows && sorted.length === 0 && <p className="muted">{t('weekly.targets.none')}</p>}
        {sorted.length > 0 && (
          <table className="figures-table" data-testid="target-history">
            <thead>
              <tr>
                <th scope="col">{t('weekly.targets.executive')}</th>
                <th scope="col">{t('weekly.targets.metric')}</th>
                <th scope="col" className="num">
                  {t('weekly.targets.value')}
                </th>
                <th scope="col">{t('weekly.targets.period')}</th>
                <th scope="col">{t('weekly.targets.validFrom')}</th>
                <th scope="col">{t('weekly.targets.setBy')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((r) => (
                <tr
                  key={r.id}
                  className={current.has(r.id) ? 'current-row' : 'history-row'}
                  data-testid="target-row"
                >
                  <th scope="row">{r.executiveName}</th>
                  <td>
                    {t(`weekly.targets.metrics.${r.metric}`)}
                    {current.has(r.id) && (
                      <span className={badgeClass('good')}>{t('weekly.targets.current')}</span>
                    )}
                  </td>
                  <td className="num">{show(r)}</td>
                  <td>{t(`weekly.targets.periods.${r.period}`)}</td>
                  <td>{f.date(r.validFrom)}</td>
                  <td className="muted">
                    {r.createdBy} · {f.dateTime(r.createdAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  )
}
