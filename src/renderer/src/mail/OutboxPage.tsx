/** The outbox: every e-mail with its state, the next attempt and the problem; send now, try again, cancel. */
import { useState } from 'react'
import { Link } from 'react-router-dom'
import { mailStatuses, type MailStatus, type OutboxRow } from '../../../shared/schemas/mail'
import { api } from '../api/client'
import { useApiMutation, useApiQuery } from '../api/query'
import { messageOf } from '../components/api-errors'
import { Banner, type BannerMessage } from '../components/Banner'
import { useFormat } from '../components/format'
import { usePageTitle } from '../components/use-page-title'
import { useT } from '../i18n'
import { mailKeys, mailReason } from './DocumentMailLog'

const documentAreas: Record<string, string> = {
  estimate: 'estimates',
  order: 'orders',
  invoice: 'invoices',
  credit_note: 'invoices',
  debit_note: 'invoices'
}

function About({ row }: { row: OutboxRow }) {
  const area = documentAreas[row.kind] as string | undefined
  if (row.documentId !== null && area)
    return (
      <Link to={`/${area}/${String(row.documentId)}`}>
        {row.documentNumber ?? `#${String(row.documentId)}`}
      </Link>
    )
  if (row.customerId !== null)
    return (
      <Link to={`/customers/${String(row.customerId)}`}>
        {row.customerName ?? `#${String(row.customerId)}`}
      </Link>
    )
  return null
}

export function OutboxPage() {
  const { t } = useT()
  const format = useFormat()
  const [status, setStatus] = useState<MailStatus | 'all'>('all')
  const [message, setMessage] = useState<BannerMessage | null>(null)
  usePageTitle(t('mail.outboxTitle'))
  const list = useApiQuery(mailKeys.outbox(status), () => api.call('mail.outbox', { status }))
  const onError = (error: unknown) => setMessage({ kind: 'error', text: messageOf(error) })
  const deliver = useApiMutation(() => api.call('mail.deliver', {}), {
    invalidates: [mailKeys.all],
    onSuccess: (run) =>
      setMessage(
        run.error
          ? { kind: 'error', text: mailReason(run.error) }
          : { kind: 'success', text: t('mail.delivered', { sent: run.sent, waiting: run.waiting }) }
      )
  })
  const retry = useApiMutation((id: number) => api.call('mail.retry', { id }), {
    invalidates: [mailKeys.all],
    onSuccess: (row) =>
      setMessage(
        row.status === 'sent'
          ? { kind: 'success', text: t('mail.sentTo', { to: row.to.join(', ') }) }
          : { kind: 'error', text: mailReason(row.lastError) }
      )
  })
  const cancel = useApiMutation((id: number) => api.call('mail.cancel', { id }), {
    invalidates: [mailKeys.all],
    onSuccess: () => setMessage({ kind: 'success', text: t('mail.cancelled') })
  })
  const busy = deliver.isPending || retry.isPending || cancel.isPending

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('mail.outboxTitle')}</h1>
        <Link to="/settings">{t('mail.back')}</Link>
      </header>
      <p className="muted">{t('mail.outboxIntro')}</p>
      <div className="button-row">
        <div className="field filter-field">
          <label htmlFor="outbox-status">{t('mail.statusFilter')}</label>
          <select
            id="outbox-status"
            value={status}
            onChange={(e) => setStatus(e.target.value as MailStatus | 'all')}
            data-testid="outbox-status"
          >
            <option value="all">{t('mail.all')}</option>
            {mailStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`mail.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => deliver.mutate(undefined, { onError })}
          data-testid="outbox-deliver"
        >
          {t('mail.deliverNow')}
        </button>
      </div>
      <Banner message={message} onClose={() => setMessage(null)} />
      {list.error && <p className="field-error">{messageOf(list.error)}</p>}
      {list.data?.length === 0 && <p className="muted">{t('mail.empty')}</p>}
      {list.data && list.data.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('mail.outboxTitle')}>
          <table className="figures-table" data-testid="outbox-table">
            <thead>
              <tr>
                <th scope="col">{t('mail.created')}</th>
                <th scope="col">{t('mail.recipients')}</th>
                <th scope="col">{t('mail.subject')}</th>
                <th scope="col">{t('mail.about')}</th>
                <th scope="col">{t('mail.status')}</th>
                <th scope="col">{t('mail.attempts')}</th>
                <th scope="col">{t('mail.nextAttempt')}</th>
                <th scope="col">{t('mail.problem')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('mail.retry')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((row) => (
                <tr key={row.id} data-testid="outbox-row" data-status={row.status}>
                  <td>{format.dateTime(row.createdAt)}</td>
                  <td>{row.to.join(', ')}</td>
                  <td lang={row.language}>{row.subject}</td>
                  <td>
                    <About row={row} />
                  </td>
                  <td>{t(`mail.statuses.${row.status}`)}</td>
                  <td>{format.number(row.attempts)}</td>
                  <td>
                    {row.status === 'waiting'
                      ? format.dateTime(row.nextAttemptAt)
                      : format.dateTime(row.sentAt)}
                  </td>
                  <td>{mailReason(row.lastError)}</td>
                  <td>
                    {(row.status === 'waiting' || row.status === 'failed') && (
                      <span className="button-row">
                        <button
                          type="button"
                          disabled={busy}
                          onClick={() => retry.mutate(row.id, { onError })}
                          data-testid="outbox-retry"
                        >
                          {t('mail.retry')}
                        </button>
                        <button
                          type="button"
                          disabled={busy}
                          onClick={() => cancel.mutate(row.id, { onError })}
                          data-testid="outbox-cancel"
                        >
                          {t('mail.cancel')}
                        </button>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
