/**
 * The week's figures per sales executive against their targets, with the team total row. The
 * executive filter (kept in the address, ?executive=12) shows one executive's row; a row opens
 * that executive's page with their 12 weeks, pipeline, visits and customers.
 */
import type { TFunction } from 'i18next'
import { Link, useNavigate, useSearchParams } from 'react-router-dom'
import { wholeTarget, type FiguresRow, type WeeklyFigures } from '../../../shared/schemas/figures'
import { useT } from '../i18n'
import { bandClass, TargetBandLegend } from './TargetBands'
import { useFigureFormat } from './use-weekly'

/** A row's name in the reader's language; a change to a sent report carries no `active`. */
export function rowName(row: Pick<FiguresRow, 'kind' | 'name'> & { active?: boolean }, t: TFunction): string {
  if (row.kind === 'team') return t('weekly.teamTotal')
  if (row.kind === 'unassigned') return t('weekly.unassigned')
  return row.active === false ? t('weekly.left', { name: row.name }) : row.name
}

const columns = [
  'corrections',
  'revenue',
  'revenueTarget',
  'variance',
  'percentOfTarget',
  'ordersWon',
  'estimatesSent',
  'estimatesAccepted',
  'estimatesDeclined',
  'estimatesSuperseded',
  'conversionRate',
  'cohortConversion',
  'newCustomers',
  'visitsCompleted',
  'calls',
  'fees',
  'pipeline'
] as const

/** What the figures count, said under the table (the report says the same). */
export function FiguresDefinitions({ figures }: { figures: WeeklyFigures }) {
  const { t } = useT()
  const f = useFigureFormat(figures.currency)
  return (
    <section className="panel figures-definitions" data-testid="figures-definitions">
      <h2>{t('weekly.definitions.title')}</h2>
      {figures.unconverted.length > 0 && (
        <p className="notice" role="status" data-testid="figures-unconverted">
          {t('weekly.unconverted', {
            documents: figures.unconverted.map((u) => `${u.number} (${u.currency})`).join(', ')
          })}
        </p>
      )}
      <ul>
        <li>{t('weekly.definitions.currency', { currency: figures.currency })}</li>
        <li>{t('weekly.definitions.revenue')}</li>
        <li>{t('weekly.definitions.decided')}</li>
        <li>
          {t('weekly.definitions.cohort', { from: f.date(figures.cohortFrom), to: f.date(figures.end) })}
        </li>
        <li>{t('weekly.definitions.targets')}</li>
      </ul>
    </section>
  )
}

/** The executive filter of the weekly figures, in the address so Back and reload keep it. */
function useExecutiveFilter(): [number | null, (id: number | null) => void] {
  const [params, setParams] = useSearchParams()
  const value = Number(params.get('executive') ?? '')
  const set = (id: number | null) => {
    const next = new URLSearchParams(params)
    if (id === null) next.delete('executive')
    else next.set('executive', String(id))
    setParams(next, { replace: true })
  }
  return [Number.isInteger(value) && value > 0 ? value : null, set]
}

export function FiguresTable({ figures }: { figures: WeeklyFigures }) {
  const { t } = useT()
  const f = useFigureFormat(figures.currency)
  const navigate = useNavigate()
  const [executiveId, setExecutiveId] = useExecutiveFilter()
  const executives = figures.rows.filter((r) => r.kind === 'executive')
  const shown =
    executiveId === null ? figures.rows : figures.rows.filter((r) => r.executiveId === executiveId)
  const withTarget = (actual: number, target: number | null, testId: string) => (
    <td className="num" data-col={testId}>
      {f.number(actual)}
      {target !== null && (
        // Countable targets in whole units; the exact per-week value on hover.
        <span className="target-note" title={t('weekly.targetExact', { value: f.decimal(target) })}>
          {t('weekly.ofTargetShort', { value: f.number(wholeTarget(target)) })}
        </span>
      )}
    </td>
  )
  const cells = (r: FiguresRow) => {
    const target = r.targets.revenueCents
    const variance = target === null ? null : r.revenueCents - target
    const ratio = target ? r.revenueCents / target : null
    return (
      <>
        <td className={`num ${r.correctionsCents < 0 ? 'negative' : ''}`} data-col="corrections">
          {f.money(r.correctionsCents)}
        </td>
        <td className="num" data-col="revenue">
          {f.money(r.revenueCents)}
        </td>
        <td className="num" data-col="revenueTarget">
          {target === null ? '—' : f.money(target)}
        </td>
        <td className={`num ${variance !== null && variance < 0 ? 'negative' : ''}`} data-col="variance">
          {variance === null ? '—' : f.money(variance)}
        </td>
        <td className={`num ${bandClass(r.revenueCents, target)}`} data-col="percentOfTarget">
          {f.percent(ratio)}
        </td>
        <td className="num" data-col="ordersWon">
          {f.number(r.ordersWon)}
        </td>
        <td className="num" data-col="estimatesSent">
          {f.number(r.estimatesSent)}
        </td>
        <td className="num" data-col="estimatesAccepted">
          {f.number(r.estimatesAccepted)}
        </td>
        <td className="num" data-col="estimatesDeclined">
          {f.number(r.estimatesDeclined)}
        </td>
        <td className="num" data-col="estimatesSuperseded">
          {f.number(r.estimatesSuperseded)}
        </td>
        <td className="num" data-col="conversionRate">
          {f.percent(r.conversionRate)}
        </td>
        <td className="num" data-col="cohortConversion">
          {r.cohortSent === 0
            ? '—'
            : t('weekly.cohortCell', {
                percent: f.percent(r.cohortConversion),
                accepted: f.number(r.cohortAccepted),
                sent: f.number(r.cohortSent)
              })}
        </td>
        {withTarget(r.newCustomers, r.targets.newCustomers, 'newCustomers')}
        {withTarget(r.visitsCompleted, r.targets.visits, 'visitsCompleted')}
        {withTarget(r.activity.calls, r.targets.calls, 'calls')}
        <td className="num" data-col="fees">
          {f.money(r.feesCents)}
        </td>
        <td className="num" data-col="pipeline">
          {f.money(r.pipelineCents)}
        </td>
      </>
    )
  }
  return (
    <>
      <div className="figures-filter">
        <label htmlFor="figures-executive">{t('weekly.executiveFilter')}</label>{' '}
        <select
          id="figures-executive"
          value={executiveId === null ? '' : String(executiveId)}
          onChange={(e) => setExecutiveId(e.target.value === '' ? null : Number(e.target.value))}
          data-testid="figures-executive-filter"
        >
          <option value="">{t('weekly.allExecutives')}</option>
          {executives.map((r) => (
            <option key={r.executiveId} value={String(r.executiveId)}>
              {rowName(r, t)}
            </option>
          ))}
        </select>
      </div>
      <TargetBandLegend currency={figures.currency} />
      {/* Focusable, so the keyboard can scroll the table sideways at 1366x768 (axe: scrollable-region-focusable). */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('weekly.tableLabel')}>
        <table className="figures-table" aria-label={t('weekly.tableLabel')} data-testid="figures-table">
          <thead>
            <tr>
              <th scope="col">{t('weekly.col.name')}</th>
              {columns.map((c) => (
                <th key={c} scope="col" className="num">
                  {t(`weekly.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 && (
              <tr>
                <td colSpan={columns.length + 1} className="muted">
                  {t('weekly.noExecutives')}
                </td>
              </tr>
            )}
            {shown.map((r) => {
              const page =
                r.kind === 'executive' && r.executiveId !== null ? `/executives/${r.executiveId}` : null
              return (
                <tr
                  key={`${r.kind}-${r.executiveId ?? ''}`}
                  className={[
                    r.kind === 'executive' && !r.active ? 'inactive-row' : '',
                    page ? 'clickable-row' : ''
                  ].join(' ')}
                  // The name is the link (keyboard, screen readers); the whole row answers a click too.
                  onClick={page ? () => void navigate(page) : undefined}
                  data-testid="figures-row"
                  data-executive-id={r.executiveId ?? ''}
                >
                  <th scope="row">
                    {page ? (
                      <Link
                        to={page}
                        title={t('weekly.openExecutive', { name: r.name })}
                        onClick={(e) => e.stopPropagation()}
                      >
                        {rowName(r, t)}
                      </Link>
                    ) : (
                      rowName(r, t)
                    )}
                  </th>
                  {cells(r)}
                </tr>
              )
            })}
          </tbody>
          <tfoot>
            <tr data-testid="figures-team-row">
              <th scope="row">{t('weekly.teamTotal')}</th>
              {cells(figures.team)}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  )
}
