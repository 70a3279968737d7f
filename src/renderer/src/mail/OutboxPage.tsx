/** The outbox: every e-mail with its state, the next attempt and the problem; send now, try again, cancel. */
import { useState } from 'react'
import { Link } from 'react-router-dom'
import { mailStatuses, type MailStatus, type OutboxRow } from '../../../shared/schemas/mail'
import { api } from '../api/client'
import { useApiMutation, useApiQuery } from '../api/query'
import { messageOf } from '../components/api-errors'
import { Banner, type BannerMessage } from '../components/Banner'
import { useFormat } from '../components/format'
import { ChoiceOptions } from '../components/ChoiceOptions'
import { FilterSelect } from '../components/ListPage'
import { LoadFailure } from '../components/LoadFailure'
import { MainButton } from '../components/MainButton'
import { SimpleTable } from '../components/SimpleTable'
import { TitledPage } from '../components/TitledPage'
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
  // A waiting or failed e-mail's button (try again, cancel): it waits while any outbox action runs, and
  // a refusal goes to the banner.
  const rowButton = (
    action: { mutate: (id: number, options: { onError: typeof onError }) => void },
    id: number,
    testId: string,
    label: string
  ) => (
    <button type="button" disabled={busy} onClick={() => action.mutate(id, { onError })} data-testid={testId}>
      {label}
    </button>
  )

  return (
    <TitledPage
      title={t('mail.outboxTitle')}
      actions={<Link to="/settings">{t('mail.back')}</Link>}
      intro={t('mail.outboxIntro')}
    >
      <div className="button-row">
        <FilterSelect
          id="outbox-status"
          label={t('mail.statusFilter')}
          value={status}
          onChange={(v) => setStatus(v as MailStatus | 'all')}
          testId="outbox-status"
        >
          <option value="all">{t('mail.all')}</option>
          <ChoiceOptions choices={mailStatuses} label={(s) => t(`mail.statuses.${s}`)} />
        </FilterSelect>
        <MainButton
          busy={busy}
          onPress={() => deliver.mutate(undefined, { onError })}
          testId="outbox-deliver"
        >
          {t('mail.deliverNow')}
        </MainButton>
      </div>
      <Banner message={message} onClose={() => setMessage(null)} />
      <LoadFailure error={list.error} />
      {list.data?.length === 0 && <p className="muted">{t('mail.empty')}</p>}
      {list.data && list.data.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('mail.outboxTitle')}>
          <SimpleTable
            className="figures-table"
            testId="outbox-table"
            rows={list.data}
            rowTestId="outbox-row"
            rowData={(row) => ({ 'data-status': row.status })}
            columns={[
              { id: 'created', label: t('mail.created'), render: (row) => format.dateTime(row.createdAt) },
              { id: 'recipients', label: t('mail.recipients'), render: (row) => row.to.join(', ') },
              {
                id: 'subject',
                label: t('mail.subject'),
                cell: (row) => ({ lang: row.language }),
                render: (row) => row.subject
              },
              { id: 'about', label: t('mail.about'), render: (row) => <About row={row} /> },
              { id: 'status', label: t('mail.status'), render: (row) => t(`mail.statuses.${row.status}`) },
              { id: 'attempts', label: t('mail.attempts'), render: (row) => format.number(row.attempts) },
              {
                id: 'next',
                label: t('mail.nextAttempt'),
                render: (row) =>
                  row.status === 'waiting' ? format.dateTime(row.nextAttemptAt) : format.dateTime(row.sentAt)
              },
              { id: 'problem', label: t('mail.problem'), render: (row) => mailReason(row.lastError) },
              {
                id: 'actions',
                label: t('mail.retry'),
                hiddenLabel: true,
                render: (row) =>
                  (row.status === 'waiting' || row.status === 'failed') && (
                    <span className="button-row">
                      {rowButton(retry, row.id, 'outbox-retry', t('mail.retry'))}
                      {rowButton(cancel, row.id, 'outbox-cancel', t('mail.cancel'))}
                    </span>
                  )
              }
            ]}
          />
        </div>
      )}
    </TitledPage>
  )
}
