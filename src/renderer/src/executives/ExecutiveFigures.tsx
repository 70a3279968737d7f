/**
 * On the executive page (issue 13 item 8): their figures against their targets week by week for
 * 12 weeks, coloured by the bands the legend states; what is open now (estimates, orders); their
 * visits; their customers. Each week links to the weekly figures of that week, filtered to them.
 */
import { Link } from 'react-router-dom'
import type { ExecutiveFigures as Figures, ExecutiveWeek } from '../../../shared/schemas/executives'
import { api } from '../api/client'
import { useApiQuery } from '../api/query'
import { messageOf } from '../components/api-errors'
import { useT } from '../i18n'
import { FigureCell, FiguresGrid, UnconvertedNotice } from '../weekly/FiguresGrid'
import { bandClass } from '../weekly/TargetBands'
import { useFigureFormat } from '../weekly/use-weekly'

type Totals = Omit<ExecutiveWeek, 'week' | 'start'>

/** The 12 weeks added up; a target only where every week had one (else it would compare unlike things). */
function totalsOf(weeks: ExecutiveWeek[]): Totals {
  const sum = (read: (w: ExecutiveWeek) => number) => weeks.reduce((s, w) => s + read(w), 0)
  const sumTarget = (read: (w: ExecutiveWeek) => number | null) =>
    weeks.every((w) => read(w) !== null) ? sum((w) => read(w) ?? 0) : null
  return {
    revenueCents: sum((w) => w.revenueCents),
    revenueTargetCents: sumTarget((w) => w.revenueTargetCents),
    ordersWon: sum((w) => w.ordersWon),
    estimatesSent: sum((w) => w.estimatesSent),
    newCustomers: sum((w) => w.newCustomers),
    newCustomersTarget: sumTarget((w) => w.newCustomersTarget),
    visitsCompleted: sum((w) => w.visitsCompleted),
    visitsTarget: sumTarget((w) => w.visitsTarget),
    calls: sum((w) => w.calls),
    callsTarget: sumTarget((w) => w.callsTarget)
  }
}

export function ExecutiveFigures({ executiveId }: { executiveId: number }) {
  const { t } = useT()
  const query = useApiQuery(['executives', 'figures', executiveId], () =>
    api.call('executives.figures', { id: executiveId, week: null })
  )
  if (query.error) return <p className="notice">{messageOf(query.error)}</p>
  if (!query.data) return <p className="muted">{t('common.loading')}</p>
  return <FiguresPanel figures={query.data} />
}

function FiguresPanel({ figures }: { figures: Figures }) {
  const { t } = useT()
  const f = useFigureFormat(figures.currency)
  const totals = totalsOf(figures.weeks)
  const withTarget = (actual: number, target: number | null, col: string, money = false) => {
    const shown = money ? f.money(actual) : f.number(actual)
    return (
      <FigureCell col={col} className={bandClass(actual, target)}>
        {target === null
          ? shown
          : t('executive.figures.ofTarget', {
              actual: shown,
              target: money ? f.money(target) : f.decimal(target)
            })}
      </FigureCell>
    )
  }
  const cells = (w: Totals) => (
    <>
      {withTarget(w.revenueCents, w.revenueTargetCents, 'revenue', true)}
      <FigureCell col="percentOfTarget" className={bandClass(w.revenueCents, w.revenueTargetCents)}>
        {f.percent(w.revenueTargetCents ? w.revenueCents / w.revenueTargetCents : null)}
      </FigureCell>
      <FigureCell col="ordersWon">{f.number(w.ordersWon)}</FigureCell>
      <FigureCell col="estimatesSent">{f.number(w.estimatesSent)}</FigureCell>
      {withTarget(w.newCustomers, w.newCustomersTarget, 'newCustomers')}
      {withTarget(w.visitsCompleted, w.visitsTarget, 'visits')}
      {withTarget(w.calls, w.callsTarget, 'calls')}
    </>
  )
  const columns = [
    'revenue',
    'percentOfTarget',
    'ordersWon',
    'estimatesSent',
    'newCustomers',
    'visits',
    'calls'
  ] as const
  const { pipeline, visits, customers } = figures
  return (
    <section className="executive-figures" data-testid="executive-figures">
      <h2>{t('executive.figures.title')}</h2>
      <div className="executive-summary">
        <div data-testid="executive-pipeline">
          <h3>{t('executive.figures.pipelineTitle')}</h3>
          <ul>
            <li data-testid="executive-open-estimates">
              {t('executive.figures.openEstimates', {
                n: pipeline.estimates.count,
                amount: f.money(pipeline.estimates.cents)
              })}
            </li>
            <li data-testid="executive-open-orders">
              {t('executive.figures.openOrders', {
                n: pipeline.orders.count,
                amount: f.money(pipeline.orders.cents)
              })}
            </li>
          </ul>
        </div>
        <div data-testid="executive-visits">
          <h3>{t('executive.figures.visitsTitle')}</h3>
          <p>{t('executive.figures.visitsCompleted', { n: visits.completed })}</p>
          {visits.upcoming.length === 0 ? (
            <p className="muted">{t('executive.figures.noUpcoming')}</p>
          ) : (
            <ul>
              {visits.upcoming.map((v) => (
                <li key={v.id} data-testid="executive-upcoming-visit">
                  {f.dateTime(v.startAt)} · <Link to={`/customers/${v.customerId}`}>{v.customerName}</Link>
                </li>
              ))}
              {visits.upcomingCount > visits.upcoming.length && (
                <li className="muted">
                  {t('executive.figures.moreUpcoming', { n: visits.upcomingCount - visits.upcoming.length })}
                </li>
              )}
            </ul>
          )}
        </div>
        <div data-testid="executive-customers">
          <h3>{t('executive.figures.customersTitle')}</h3>
          <ul>
            <li>{t('executive.figures.customersActive', { n: customers.active })}</li>
            <li>{t('executive.figures.customersProspect', { n: customers.prospect })}</li>
            <li>{t('executive.figures.customersInactive', { n: customers.inactive })}</li>
          </ul>
          <Link to={`/customers?executive=${figures.executiveId}`} data-testid="executive-customer-list">
            {t('executive.figures.seeCustomers')}
          </Link>
        </div>
      </div>
      <p className="muted">{t('executive.figures.currencyNote', { currency: figures.currency })}</p>
      <UnconvertedNotice unconverted={figures.unconverted} />
      <FiguresGrid
        label={t('executive.figures.tableLabel')}
        testId="executive-weeks"
        currency={figures.currency}
        firstColumn={t('executive.figures.col.week')}
        columns={columns}
        columnLabel={(c) => t(`executive.figures.col.${c}`)}
        total={{ label: t('executive.figures.total'), testId: 'executive-total', cells: cells(totals) }}
      >
        {figures.weeks.map((w) => (
          <tr key={w.week} data-testid="executive-week" data-week={w.week}>
            <th scope="row">
              <Link to={`/weekly?week=${w.week}&executive=${figures.executiveId}`}>{w.week}</Link>
            </th>
            {cells(w)}
          </tr>
        ))}
      </FiguresGrid>
    </section>
  )
}
