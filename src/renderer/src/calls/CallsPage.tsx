/**
 * The Calls page (issue 18): calls per sales executive per day of a week against their daily
 * target, the callers' agenda (next steps of the coming two weeks) and the latest calls.
 * "Log a call" (or Ctrl+L anywhere) opens the call dialog.
 */
import { useState } from 'react'
import { addDaysIso, addIsoWeeks, isoWeekOf } from '../../../shared/iso-week'
import type { CallRow, CallsPerDay } from '../../../shared/schemas/calls'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { useFormat, companyToday } from '../components/format'
import { usePageTitle } from '../components/use-page-title'
import { SimpleTable, type TableColumn } from '../components/SimpleTable'
import { useT } from '../i18n'
import { CallCustomerLink, openCallDialog } from './CallDialog'
import './calls.css'
import { TitledSection } from '../components/TitledSection'

export function CallsPage() {
  const { t } = useT()
  const format = useFormat()
  const today = companyToday()
  const [week, setWeek] = useState(() => isoWeekOf(today))
  const { customerColumn, executiveColumn } = useCallColumns()
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
      <TitledSection
        id="calls-per-day"
        title={
          <>
            {t('calls.perDay')} · {week}
          </>
        }
      >
        <div className="button-row">
          <button type="button" onClick={() => setWeek(addIsoWeeks(week, -1))} data-testid="calls-prev-week">
            {t('calls.previousWeek')}
          </button>
          <button type="button" onClick={() => setWeek(addIsoWeeks(week, 1))} data-testid="calls-next-week">
            {t('calls.nextWeek')}
          </button>
        </div>
        {perDay.data && (
          <SimpleTable
            className="calls-table"
            testId="calls-per-day"
            rows={perDay.data.rows}
            rowKey={(r) => r.executiveId ?? 'office'}
            rowTestId="calls-per-day-row"
            columns={[
              {
                id: 'executive',
                label: t('calls.executive'),
                rowHeader: true,
                render: (r) => (r.executiveId === null ? t('calls.office') : r.name)
              },
              ...perDay.data.days.map((d, i): TableColumn<CallsPerDay['rows'][number]> => ({
                id: d,
                label: format.date(d),
                className: 'num',
                // Below target on a working day (Monday to Friday).
                cell: (r) => ({
                  className:
                    r.targetPerDay !== null && i < 5 && (r.perDay[i] ?? 0) < r.targetPerDay
                      ? 'calls-below-target'
                      : undefined
                }),
                render: (r) => format.number(r.perDay[i] ?? 0)
              })),
              {
                id: 'total',
                label: t('calls.total'),
                className: 'num',
                render: (r) => format.number(r.total)
              },
              {
                id: 'target',
                label: t('calls.targetPerDay'),
                className: 'num',
                render: (r) => (r.targetPerDay === null ? '–' : format.number(r.targetPerDay))
              }
            ]}
          />
        )}
      </TitledSection>
      <TitledSection id="calls-agenda" title={t('calls.agenda')}>
        {agenda.data?.length === 0 && <p className="muted">{t('calls.noNextSteps')}</p>}
        {agenda.data && agenda.data.length > 0 && (
          <SimpleTable
            className="calls-table"
            testId="calls-agenda"
            rows={agenda.data}
            rowKey={(c) => c.id}
            rowTestId="calls-agenda-row"
            columns={[
              {
                id: 'date',
                label: t('calls.nextStepDate'),
                render: (c) => (c.nextStepDate ? format.date(c.nextStepDate) : '')
              },
              customerColumn,
              { id: 'nextStep', label: t('calls.nextStep'), render: (c) => c.nextStep },
              executiveColumn
            ]}
          />
        )}
      </TitledSection>
      <TitledSection id="calls-recent" title={t('calls.recent')}>
        {recent.data && <CallTable rows={recent.data.rows} />}
      </TitledSection>
    </div>
  )
}

/** The call's customer, a link to the customer page. */
function useCallColumns() {
  const { t } = useT()
  const customerColumn: TableColumn<CallRow> = {
    id: 'customer',
    label: t('calls.customer'),
    render: (c) => <CallCustomerLink id={c.customerId} name={c.customerName} />
  }
  const executiveColumn: TableColumn<CallRow> = {
    id: 'executive',
    label: t('calls.executive'),
    render: (c) => c.executiveName ?? t('calls.office')
  }
  return { customerColumn, executiveColumn }
}

export function CallTable({ rows, withCustomer = true }: { rows: CallRow[]; withCustomer?: boolean }) {
  const { t } = useT()
  const format = useFormat()
  const { customerColumn, executiveColumn } = useCallColumns()
  if (rows.length === 0) return <p className="muted">{t('calls.none')}</p>
  return (
    <SimpleTable
      className="calls-table"
      testId="calls-recent"
      rows={rows}
      rowKey={(c) => c.id}
      rowTestId="call-row"
      columns={[
        { id: 'at', label: t('calls.when'), render: (c) => format.dateTime(c.at) },
        ...(withCustomer ? [customerColumn] : []),
        { id: 'direction', label: t('calls.direction'), render: (c) => t(`calls.directions.${c.direction}`) },
        { id: 'outcome', label: t('calls.outcome'), render: (c) => t(`calls.outcomes.${c.outcome}`) },
        executiveColumn,
        { id: 'notes', label: t('calls.notes'), render: (c) => c.notes }
      ]}
    />
  )
}
