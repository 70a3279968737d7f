/**
 * The Calls page (issue 18): calls per sales executive per day of a week against their daily
 * target, the callers' agenda (next steps of the coming two weeks) and the latest calls.
 * "Log a call" (or Ctrl+L anywhere) opens the call dialog.
 */
import { useState } from 'react'
import { addDaysIso, isoWeekOf } from '../../../shared/iso-week'
import type { CallRow, CallsPerDay } from '../../../shared/schemas/calls'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { useFormat, companyToday } from '../components/format'
import { SimpleTable, type TableColumn } from '../components/SimpleTable'
import { useT } from '../i18n'
import { CallCustomerLink, openCallDialog } from './CallDialog'
import './calls.css'
import { TitledSection } from '../components/TitledSection'
import { TitledPage } from '../components/TitledPage'
import { WeekStepper } from '../components/PeriodInput'

export function CallsPage() {
  const { t } = useT()
  const format = useFormat()
  const today = companyToday()
  const [week, setWeek] = useState(() => isoWeekOf(today))
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
    <TitledPage
      title={t('calls.title')}
      className="calls-page"
      actions={
        <button type="button" className="primary" onClick={() => openCallDialog()} data-testid="call-open">
          {t('calls.logButton')}
        </button>
      }
    >
      <TitledSection
        id="calls-per-day"
        title={
          <>
            {t('calls.perDay')} · {week}
          </>
        }
      >
        <WeekStepper id="calls-week" value={week} onChange={setWeek} testId="calls-week" />
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
        {agenda.data && <CallTable rows={agenda.data} agenda />}
      </TitledSection>
      <TitledSection id="calls-recent" title={t('calls.recent')}>
        {recent.data && <CallTable rows={recent.data.rows} />}
      </TitledSection>
    </TitledPage>
  )
}

/**
 * Calls as a table, each with its customer (a link to the customer page) and its executive: the
 * agenda shows the next step agreed and its date, the log when the call was, how it went and its notes.
 */
function CallTable({ rows, agenda = false }: { rows: CallRow[]; agenda?: boolean }) {
  const { t } = useT()
  const format = useFormat()
  if (rows.length === 0) return <p className="muted">{t(agenda ? 'calls.noNextSteps' : 'calls.none')}</p>
  const customer: TableColumn<CallRow> = {
    id: 'customer',
    label: t('calls.customer'),
    render: (c) => <CallCustomerLink id={c.customerId} name={c.customerName} />
  }
  const executive: TableColumn<CallRow> = {
    id: 'executive',
    label: t('calls.executive'),
    render: (c) => c.executiveName ?? t('calls.office')
  }
  const agendaColumns: TableColumn<CallRow>[] = [
    {
      id: 'date',
      label: t('calls.nextStepDate'),
      render: (c) => (c.nextStepDate ? format.date(c.nextStepDate) : '')
    },
    customer,
    { id: 'nextStep', label: t('calls.nextStep'), render: (c) => c.nextStep },
    executive
  ]
  const logColumns: TableColumn<CallRow>[] = [
    { id: 'at', label: t('calls.when'), render: (c) => format.dateTime(c.at) },
    customer,
    { id: 'direction', label: t('calls.direction'), render: (c) => t(`calls.directions.${c.direction}`) },
    { id: 'outcome', label: t('calls.outcome'), render: (c) => t(`calls.outcomes.${c.outcome}`) },
    executive,
    { id: 'notes', label: t('calls.notes'), render: (c) => c.notes }
  ]
  return (
    <SimpleTable
      className="calls-table"
      testId={agenda ? 'calls-agenda' : 'calls-recent'}
      rows={rows}
      rowTestId={agenda ? 'calls-agenda-row' : 'call-row'}
      columns={agenda ? agendaColumns : logColumns}
    />
  )
}
