/**
 * The NAV queue as the user sees it: "3 invoices waiting for NAV" with Send now on the invoice
 * list, and a page with what needs attention (rejected reports with NAV's reasons and what to
 * do, reports that failed to go) and the latest reports with their state.
 */
import { useState } from 'react'
import { Link } from 'react-router-dom'
import type { NavReportRow, NavRun, NavStatus } from '../../../shared/schemas/nav'
import { api } from '../api/client'
import { useApiMutation, useApiQuery } from '../api/query'
import { messageOf } from '../components/api-errors'
import { Banner, type BannerMessage } from '../components/Banner'
import { useFormat } from '../components/format'
import { LoadFailure } from '../components/LoadFailure'
import { NarrowPage } from '../components/NarrowPage'
import { SimpleTable, type TableColumn } from '../components/SimpleTable'
import { usePageTitle } from '../components/use-page-title'
import { TitledSection } from '../components/TitledSection'
import { WriteButton } from '../components/WriteButton'
import { useT } from '../i18n'
import { navKeys, NavReportProblem, NavStatusBadge, useNavText } from './common'

const waitingCount = (status: NavStatus) => status.counts.waiting + status.counts.sent

/** Send now: what is waiting goes at once, also reports waiting out a back-off after a failure. */
function useSendNow(onMessage: (message: BannerMessage | null) => void) {
  const { t } = useT()
  const text = useNavText()
  return useApiMutation(() => api.call('nav.send', { retryNow: true }), {
    invalidates: [navKeys.all],
    onSuccess: (run: NavRun) =>
      onMessage(
        run.error
          ? { kind: 'error', text: text.failure(run.error) }
          : {
              kind: 'success',
              text: t('navReporting.runResult', {
                sent: run.sent,
                done: run.done,
                aborted: run.aborted,
                waiting: run.waiting
              })
            }
      )
  })
}

function SendNowButton({ onMessage }: { onMessage: (message: BannerMessage | null) => void }) {
  const { t } = useT()
  const send = useSendNow(onMessage)
  return (
    <WriteButton write={send} onMessage={onMessage} testId="nav-send-now" className="primary">
      {send.isPending ? t('navReporting.sending') : t('navReporting.sendNow')}
    </WriteButton>
  )
}

/** On the invoice list: shown while NAV reporting is on and something waits or was rejected. */
export function NavWaitingBanner() {
  const { t } = useT()
  const status = useApiQuery(navKeys.status, () => api.call('nav.status', {}))
  const [message, setMessage] = useState<BannerMessage | null>(null)
  const data = status.data
  if (!data?.enabled) return null
  const waiting = waitingCount(data)
  if (waiting === 0 && data.counts.aborted === 0 && !message) return null
  return (
    <div className="notice" role="status" data-testid="nav-waiting-banner">
      {waiting > 0 && (
        <strong data-testid="nav-waiting">{t('navReporting.waiting', { count: waiting })}</strong>
      )}{' '}
      {data.counts.aborted > 0 && (
        <strong data-testid="nav-aborted">{t('navReporting.aborted', { count: data.counts.aborted })}</strong>
      )}{' '}
      <Link to="/nav">{t('navReporting.openQueue')}</Link>{' '}
      {waiting > 0 && <SendNowButton onMessage={setMessage} />}
      <Banner message={message} onClose={() => setMessage(null)} />
    </div>
  )
}

function ReportTable({
  rows,
  testId,
  onMessage
}: {
  rows: NavReportRow[]
  testId: string
  onMessage: (message: BannerMessage | null) => void
}) {
  const { t } = useT()
  const format = useFormat()
  const resend = useApiMutation((id: number) => api.call('nav.resend', { id }), {
    invalidates: [navKeys.all],
    onSuccess: () => onMessage({ kind: 'success', text: t('navReporting.queuedAgain') })
  })
  const columns: TableColumn<NavReportRow>[] = [
    {
      id: 'number',
      label: t('navReporting.column.number'),
      render: (report) => (
        <>
          <Link to={`/invoices/${report.documentId}`}>{report.number}</Link>
          <div className="muted">{t(`navReporting.kind.${report.kind}`)}</div>
        </>
      )
    },
    {
      id: 'status',
      label: t('navReporting.column.status'),
      render: (report) => (
        <>
          <NavStatusBadge report={report} />
          {report.status === 'waiting' && report.lastError !== '' && (
            <div className="muted">
              {t('navReporting.nextAttempt', { when: format.dateTime(report.nextAttemptAt) })}
            </div>
          )}
        </>
      )
    },
    {
      id: 'attempts',
      label: t('navReporting.column.attempts'),
      className: 'num',
      render: (report) => format.number(report.attempts)
    },
    {
      id: 'what',
      label: t('navReporting.column.what'),
      render: (report) => (
        <>
          <NavReportProblem report={report} />
          {report.status === 'aborted' && (
            <button
              type="button"
              disabled={resend.isPending}
              onClick={() =>
                resend.mutate(report.id, {
                  onError: (error) => onMessage({ kind: 'error', text: messageOf(error) })
                })
              }
              data-testid="nav-send-again"
            >
              {t('navReporting.sendAgain')}
            </button>
          )}
        </>
      )
    }
  ]
  return (
    <SimpleTable
      className="nav-table"
      testId={testId}
      rows={rows}
      rowTestId="nav-report"
      rowData={(report) => ({ 'data-number': report.number })}
      columns={columns}
    />
  )
}

export function NavQueuePage() {
  const { t } = useT()
  const format = useFormat()
  const text = useNavText()
  const status = useApiQuery(navKeys.status, () => api.call('nav.status', {}))
  const [message, setMessage] = useState<BannerMessage | null>(null)
  usePageTitle(t('navReporting.queueTitle'))
  const data = status.data
  const last = data?.lastRun ?? null
  return (
    <NarrowPage title={t('navReporting.queueTitle')} testId="nav-queue">
      <LoadFailure error={status.error} />
      <Banner message={message} onClose={() => setMessage(null)} />
      {data && (
        <>
          {!data.enabled && <p className="notice">{t('navReporting.off')}</p>}
          <section className="form-section" aria-labelledby="nav-summary">
            <h2 id="nav-summary" data-testid="nav-summary">
              {waitingCount(data) > 0
                ? t('navReporting.waiting', { count: waitingCount(data) })
                : t('navReporting.allReported')}
            </h2>
            <p className="muted" data-testid="nav-last-run">
              {last === null
                ? t('navReporting.neverRun')
                : last.error
                  ? t('navReporting.lastRunFailed', {
                      when: format.dateTime(last.finishedAt),
                      error: text.failure(last.error)
                    })
                  : t('navReporting.lastRun', {
                      when: format.dateTime(last.finishedAt),
                      sent: last.sent,
                      done: last.done,
                      aborted: last.aborted
                    })}
            </p>
            {data.enabled && (
              <div className="button-row">
                <SendNowButton onMessage={setMessage} />
              </div>
            )}
          </section>
          {data.problems.length > 0 && (
            <TitledSection id="nav-problems" title={t('navReporting.problems')} className="form-section">
              <ReportTable rows={data.problems} testId="nav-problems" onMessage={setMessage} />
            </TitledSection>
          )}
          <TitledSection id="nav-recent" title={t('navReporting.recent')} className="form-section">
            <ReportTable rows={data.recent} testId="nav-recent" onMessage={setMessage} />
          </TitledSection>
        </>
      )}
    </NarrowPage>
  )
}
