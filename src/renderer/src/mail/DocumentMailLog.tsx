/** A document's e-mails on its page: "Sent to … at …", or waiting / not sent with the reason. */
import type { OutboxRow } from '../../../shared/schemas/mail'
import { api } from '../api/client'
import { useApiQuery } from '../api/query'
import { useFormat } from '../components/format'
import { useT } from '../i18n'
import { translateKeyedText } from '../i18n/errors'

export const mailKeys = {
  all: ['mail'] as const,
  outbox: (status: string) => ['mail', 'outbox', status] as const,
  document: (id: number) => ['mail', 'document', id] as const
}

/**
 * Why an e-mail waits or was not sent, in the reader's language: the core stores the reason as keyed
 * text; a row written before that keeps its English sentence, shown as it is.
 */
export const mailReason = (text: string): string => translateKeyedText(text) ?? text

export function MailLine({ row }: { row: OutboxRow }) {
  const { t } = useT()
  const format = useFormat()
  const to = row.to.join(', ')
  switch (row.status) {
    case 'sent':
      return <>{t('mail.logSent', { to, at: format.dateTime(row.sentAt) })}</>
    case 'waiting':
      return <>{t('mail.logWaiting', { to, error: row.lastError ? mailReason(row.lastError) : '…' })}</>
    case 'failed':
      return <>{t('mail.logFailed', { to, error: mailReason(row.lastError) })}</>
    case 'cancelled':
      return <>{t('mail.logCancelled', { to })}</>
  }
}

export function DocumentMailLog({ documentId }: { documentId: number }) {
  const { t } = useT()
  const log = useApiQuery(mailKeys.document(documentId), () =>
    api.call('mail.documentLog', { id: documentId })
  )
  if (!log.data || log.data.length === 0) return null
  return (
    <section className="form-section" aria-labelledby="doc-mail-log" data-testid="document-mail-log">
      <h2 id="doc-mail-log">{t('mail.logTitle')}</h2>
      <ul>
        {log.data.map((row) => (
          <li key={row.id} data-status={row.status}>
            <MailLine row={row} />
          </li>
        ))}
      </ul>
    </section>
  )
}
