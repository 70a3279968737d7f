/**
 * The Calls page (issue 18): calls per sales executive per day of a week against their daily
 * target, the callers' agenda (next steps of the coming two weeks) and the latest calls.
 * "Log a call" (or Ctrl+L anywhere) opens the call dialog.
 */
import { useState } from 'react'
import { addDaysIso, addIsoWeeks, isoWeekOf } from '../../../shared/iso-week'
import type { CallRow } from '../../../shared/schemas/calls'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { useFormat, companyToday } from '../components/format'
import { usePageTitle } from '../components/use-page-title'
import { useT } from '../i18n'
import { CallCustomerLink, openCallDialog } from './CallDialog'
import './calls.css'

export function CallsPage() {
  const { t } = useT()
  const format = useFormat()
  const today = companyToday()
  const [week, setWeek] = useState(() => isoWeekOf(today))
  usePageTitle(t('calls.title'))
  const perDay = useApiQuery(keys.calls('perDay', week), () => api.call('calls.perDay', { week }))
  const agenda = useApiQuery(keys.calls('agenda', today), () =>
    api.call('calls.nextSteps', { executiveId: null, from: today, to: addDaysIso(today, 14) })
  )
  const recent = useApiQuery(keys.calls('recent'), () =>
    api.call('calls.list', {
      customerId: null,
      executiveId: null,
      from: null,
      to: null,
      offset: 0,
      limit: 50
    })
  )

  return (
    <div className="page calls-page">
      <header className="page-header">
        <h1>{t('calls.title')}</h1>
        <div className="button-row">
          <button type="button" className="primary" onClick={() => openCallDialog()} data-testid="call-open">
            {t('calls.logButton')}
          </button>
        </div>
      </header>
      <section aria-labelledby="calls-per-day">
        <h2 id="calls-per-day">
          {t('calls.perDay')} · {week}
        </h2>
        <div className="button-row">
          <button type="button" onClick={() => setWeek(addIsoWeeks(week, -1))} data-testid="calls-prev-week">
            {t('calls.previousWeek')}
          </button>
          <button type="button" onClick={() => setWeek(addIsoWeeks(week, 1))} data-testid="calls-next-week">
            {t('calls.nextWeek')}
          </button>
        </div>
        {perDay.data && (
          <table className="calls-table" data-testid="calls-per-day">
            <thead>
              <tr>
                <th scope="col">{t('calls.executive')}</th>
                {perDay.data.days.map((d) => (
                  <th scope="col" className="num" key={d}>
                    {format.date(d)}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('calls.total')}
                </th>
                <th scope="col" className="num">
                  {t('calls.targetPerDay')}
                </th>
              </tr>
            </thead>
            <tbody>
              {perDay.data.rows.map((r) => (
                <tr key={r.executiveId ?? 'office'} data-testid="calls-per-day-row">
                  <th scope="row">{r.executiveId === null ? t('calls.office') : r.name}</th>
                  {r.perDay.map((n, i) => (
                    <td
                      key={perDay.data.days[i]}
                      className={
                        r.targetPerDay !== null && i < 5 && n < r.targetPerDay
                          ? 'num calls-below-target'
                          : 'num'
                      }
                    >
                      {format.number(n)}
                    </td>
                  ))}
                  <td className="num">{format.number(r.total)}</td>
                  <td className="num">{r.targetPerDay === null ? '–' : format.number(r.targetPerDay)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="calls-agenda">
        <h2 id="calls-agenda">{t('calls.agenda')}</h2>
        {agenda.data?.length === 0 && <p className="muted">{t('calls.noNextSteps')}</p>}
        {agenda.data && agenda.data.length > 0 && (
          <table className="calls-table" data-testid="calls-agenda">
            <thead>
              <tr>
                <th scope="col">{t('calls.nextStepDate')}</th>
                <th scope="col">{t('calls.customer')}</th>
                <th scope="col">{t('calls.nextStep')}</th>
                <th scope="col">{t('calls.executive')}</th>
              </tr>
            </thead>
            <tbody>
              {agenda.data.map((c) => (
                <tr key={c.id} data-testid="calls-agenda-row">
                  <td>{c.nextStepDate ? format.date(c.nextStepDate) : ''}</td>
                  <td>
                    <CallCustomerLink id={c.customerId} name={c.customerName} />
                  </td>
                  <td>{c.nextStep}</td>
                  <td>{c.executiveName ?? t('calls.office')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="calls-recent">
        <h2 id="calls-recent">{t('calls.recent')}</h2>
        {recent.data && <CallTable rows={recent.data.rows} />}
      </section>
    </div>
  )
}

export function CallTable({ rows, withCustomer = true }: { rows: CallRow[]; withCustomer?: boolean }) {
  const { t } = useT()
  const format = useFormat()
  if (rows.length === 0) return <p className="muted">{t('calls.none')}</p>
  return (
    <table className="calls-table" data-testid="calls-recent">
      <thead>
        <tr>
          <th scope="col">{t('calls.when')}</th>
          {withCustomer && <th scope="col">{t('calls.customer')}</th>}
          <th scope="col">{t('calls.direction')}</th>
          <th scope="col">{t('calls.outcome')}</th>
          <th scope="col">{t('calls.executive')}</th>
          <th scope="col">{t('calls.notes')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id} data-testid="call-row">
            <td>{format.dateTime(c.at)}</td>
            {withCustomer && (
              <td>
                <CallCustomerLink id={c.customerId} name={c.customerName} />
              </td>
            )}
            <td>{t(`calls.directions.${c.direction}`)}</td>
            <td>{t(`calls.outcomes.${c.outcome}`)}</td>
            <td>{c.executiveName ?? t('calls.office')}</td>
            <td>{c.notes}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
