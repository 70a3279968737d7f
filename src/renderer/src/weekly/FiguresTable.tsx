/**
 * The week's figures per sales executive against their targets, with the team total row. The
 * executive filter (kept in the address, ?executive=12) shows one executive's row; a row opens
 * that executive's page with their 12 weeks, pipeline, visits and customers.
 */
import type { TFunction } from 'i18next'
import { Link, useNavigate, useSearchParams } from 'react-router-dom'
import { wholeTarget, type FiguresRow, type WeeklyFigures } from '../../../shared/schemas/figures'
import { useT } from '../i18n'
import { FigureCell, FiguresGrid, UnconvertedNotice } from './FiguresGrid'
import { bandClass } from './TargetBands'
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
      <UnconvertedNotice unconverted={figures.unconverted} />
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
    <FigureCell col={testId}>
      {f.number(actual)}
      {target !== null && (
        // Countable targets in whole units; the exact per-week value on hover.
        <span className="target-note" title={t('weekly.targetExact', { value: f.decimal(target) })}>
          {t('weekly.ofTargetShort', { value: f.number(wholeTarget(target)) })}
        </span>
      )}
    </FigureCell>
  )
  const cells = (r: FiguresRow) => {
    const target = r.targets.revenueCents
    const variance = target === null ? null : r.revenueCents - target
    const ratio = target ? r.revenueCents / target : null
    return (
      <>
        <FigureCell col="corrections" className={r.correctionsCents < 0 ? 'negative' : ''}>
          {f.money(r.correctionsCents)}
        </FigureCell>
        <FigureCell col="revenue">{f.money(r.revenueCents)}</FigureCell>
        <FigureCell col="revenueTarget">{target === null ? '—' : f.money(target)}</FigureCell>
        <FigureCell col="variance" className={variance !== null && variance < 0 ? 'negative' : ''}>
          {variance === null ? '—' : f.money(variance)}
        </FigureCell>
        <FigureCell col="percentOfTarget" className={bandClass(r.revenueCents, target)}>
          {f.percent(ratio)}
        </FigureCell>
        <FigureCell col="ordersWon">{f.number(r.ordersWon)}</FigureCell>
        <FigureCell col="estimatesSent">{f.number(r.estimatesSent)}</FigureCell>
        <FigureCell col="estimatesAccepted">{f.number(r.estimatesAccepted)}</FigureCell>
        <FigureCell col="estimatesDeclined">{f.number(r.estimatesDeclined)}</FigureCell>
        <FigureCell col="estimatesSuperseded">{f.number(r.estimatesSuperseded)}</FigureCell>
        <FigureCell col="conversionRate">{f.percent(r.conversionRate)}</FigureCell>
        <FigureCell col="cohortConversion">
          {r.cohortSent === 0
            ? '—'
            : t('weekly.cohortCell', {
                percent: f.percent(r.cohortConversion),
                accepted: f.number(r.cohortAccepted),
                sent: f.number(r.cohortSent)
              })}
        </FigureCell>
        {withTarget(r.newCustomers, r.targets.newCustomers, 'newCustomers')}
        {withTarget(r.visitsCompleted, r.targets.visits, 'visitsCompleted')}
        {withTarget(r.activity.calls, r.targets.calls, 'calls')}
        <FigureCell col="fees">{f.money(r.feesCents)}</FigureCell>
        <FigureCell col="pipeline">{f.money(r.pipelineCents)}</FigureCell>
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
      <FiguresGrid
        label={t('weekly.tableLabel')}
        testId="figures-table"
        currency={figures.currency}
        firstColumn={t('weekly.col.name')}
        columns={columns}
        columnLabel={(c) => t(`weekly.col.${c}`)}
        empty={shown.length === 0 && t('weekly.noExecutives')}
        total={{ label: t('weekly.teamTotal'), testId: 'figures-team-row', cells: cells(figures.team) }}
      >
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
      </FiguresGrid>
    </>
  )
}
