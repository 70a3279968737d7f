/**
 * On the customer page: the customer's visit plans (rhythm, sales executives, next visit) with
 * the way to plan one for this customer, the next scheduled visits and the last visits with
 * their outcome. Read through plans.list and visits.list.
 */
import { DateTime } from 'luxon'
import { Link } from 'react-router-dom'
import type { VisitPlan, VisitRow } from '../../../shared/schemas/schedule'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { useFormat } from '../components/format'
import { CustomerPageSection } from '../components/CustomerPageSection'
import { useT } from '../i18n'
import './schedule.css'
import { VisitStatusBadge } from './VisitStatusBadge'

const SHOWN = 3
/** Upcoming visits read to find each plan's next one. */
const UPCOMING = 50

interface CustomerVisitData {
  plans: VisitPlan[]
  upcoming: VisitRow[]
  upcomingTotal: number
  past: VisitRow[]
}

async function loadCustomerVisits(customerId: number): Promise<CustomerVisitData> {
  const now = new Date().toISOString()
  const list = { customerId, executiveId: null, offset: 0 }
  const [plans, upcoming, past] = await Promise.all([
    api.call('plans.list', { customerId, executiveId: null }),
    api.call('visits.list', {
      ...list,
      from: now,
      to: null,
      status: 'scheduled',
      sort: { field: 'startAt', direction: 'asc' },
      limit: UPCOMING
    }),
    api.call('visits.list', {
      ...list,
      from: null,
      to: now,
      status: 'all',
      sort: { field: 'startAt', direction: 'desc' },
      limit: SHOWN + 1
    })
  ])
  // A visit going on now is among the next ones, not the last ones.
  const over = past.rows.filter((v) => Date.parse(v.endAt) <= Date.parse(now) || v.status !== 'scheduled')
  return { plans, upcoming: upcoming.rows, upcomingTotal: upcoming.total, past: over.slice(0, SHOWN) }
}

/** The schedule's day view of a visit (in the user's zone). */
const dayOf = (startAt: string) => `/schedule?view=day&date=${DateTime.fromISO(startAt).toISODate()}`

export function CustomerVisits({ customerId }: { customerId: number }) {
  const { t } = useT()
  const format = useFormat()
  const visits = useApiQuery(keys.schedule('customer', customerId), () => loadCustomerVisits(customerId))
  const data = visits.data ?? null

  const nextOf = (plan: VisitPlan) => data?.upcoming.find((v) => v.planId === plan.id) ?? null
  const allUpcomingRead = data !== null && data.upcoming.length >= data.upcomingTotal

  return (
    <CustomerPageSection id="customer-visits" title={t('customerVisits.title')} error={visits.error}>
      {data === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <>
          <div className="customer-docs-kind" data-testid="customer-plans">
            <h3>
              {t('customerVisits.plans')} <span className="muted">({format.number(data.plans.length)})</span>
            </h3>
            {data.plans.length === 0 ? (
              <p className="muted">{t('customerVisits.noPlans')}</p>
            ) : (
              <ul className="customer-docs">
                {data.plans.map((plan) => {
                  const next = nextOf(plan)
                  return (
                    <li key={plan.id} data-testid="customer-plan" data-plan-id={plan.id}>
                      <Link to={`/schedule/plans?plan=${plan.id}`} data-testid="customer-plan-rhythm">
                        {t('customerVisits.rhythm', { count: plan.everyWeeks })}
                      </Link>
                      <span className="muted">{plan.executives.map((e) => e.name).join(', ')}</span>
                      <span className="visit-line" data-testid="customer-plan-next">
                        {next ? (
                          <>
                            {t('customerVisits.next')}{' '}
                            <Link to={dayOf(next.startAt)}>{format.dateTime(next.startAt)}</Link>
                          </>
                        ) : allUpcomingRead ? (
                          <span className="muted">{t('customerVisits.noNext')}</span>
                        ) : null}
                      </span>
                    </li>
                  )
                })}
              </ul>
            )}
            <p className="customer-docs-links">
              <Link to={`/schedule/plans?customer=${customerId}`} data-testid="customer-new-plan">
                {t('plans.new')}
              </Link>
            </p>
          </div>
          <div className="customer-docs-kind" data-testid="customer-next-visits">
            <h3>
              {t('customerVisits.upcoming')}{' '}
              <span className="muted">({format.number(data.upcomingTotal)})</span>
            </h3>
            {data.upcoming.length === 0 ? (
              <p className="muted">{t('customerVisits.noUpcoming')}</p>
            ) : (
              <ul className="customer-docs">
                {data.upcoming.slice(0, SHOWN).map((visit) => (
                  <li key={visit.id} data-testid="customer-next-visit">
                    <Link to={dayOf(visit.startAt)}>{format.dateTime(visit.startAt)}</Link>
                    <span className="muted">{visit.executiveNames}</span>
                    {visit.planId !== null && (
                      <span className="muted small visit-line">{t('customerVisits.fromPlan')}</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="customer-docs-kind" data-testid="customer-last-visits">
            <h3>{t('customerVisits.past')}</h3>
            {data.past.length === 0 ? (
              <p className="muted">{t('customerVisits.noPast')}</p>
            ) : (
              <ul className="customer-docs">
                {data.past.map((visit) => (
                  <li key={visit.id} data-testid="customer-last-visit">
                    <Link to={dayOf(visit.startAt)}>{format.date(visit.startAt)}</Link>
                    <span className="muted">{visit.executiveNames}</span>
                    <VisitStatusBadge visit={visit} />
                    {visit.outcome && (
                      <span className="visit-line visit-outcome" data-testid="customer-visit-outcome">
                        {visit.outcome}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
    </CustomerPageSection>
  )
}
