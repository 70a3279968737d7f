/**
 * The send dialog: addresses (the customer's, editable, optionally kept for next time), subject and
 * text prepared in the document's language, and what is attached. Used by documents and letters.
 */
import { useId, useState } from 'react'
import type { MailDraft, OutboxRow } from '../../../shared/schemas/mail'
import { api } from '../api/client'
import { keys, useApiQuery } from '../api/query'
import { messageOf } from '../components/api-errors'
import type { BannerMessage } from '../components/Banner'
import { FormDialog } from '../components/Dialog'
import { LabelledCheckbox } from '../components/fields'
import { useAction } from '../components/use-action'
import { useT } from '../i18n'
import { mailReason } from './DocumentMailLog'
import { MailTextFields, type MailText } from '../components/MailTextFields'

export interface MailMessage extends MailText {
  to: string[]
}

const addressPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function splitAddresses(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((a) => a.trim())
    .filter((a) => a !== '')
}

/** The banner after sending: sent, waiting in the outbox, or refused. */
export function useMailOutcome() {
  const { t } = useT()
  return (row: OutboxRow): BannerMessage =>
    row.status === 'sent'
      ? { kind: 'success', text: t('mail.sentTo', { to: row.to.join(', ') }) }
      : row.status === 'waiting'
        ? { kind: 'info', text: t('mail.queued') }
        : { kind: 'error', text: t('mail.refused', { error: mailReason(row.lastError) }) }
}

export function SendMailDialog({
  what,
  customerId,
  loadDraft,
  onSend,
  onClose,
  extra
}: {
  what: string
  customerId: number
  loadDraft: () => Promise<MailDraft>
  /** Sends; resolves true when the dialog may close. */
  onSend: (message: MailMessage) => Promise<boolean>
  onClose: () => void
  extra?: { label: string; onClick: () => void }
}) {
  const { t } = useT()
  // The draft is this dialog's own (its key names the dialog), read each time it opens.
  const loaded = useApiQuery(keys.mail('draft', useId()), loadDraft, { fresh: true })
  const [draft, setDraft] = useState<MailDraft | null>(null)
  const [to, setTo] = useState('')
  const [text, setText] = useState<MailText>({ subject: '', body: '' })
  const [remember, setRemember] = useState(false)
  const { busy, error: ownError, setError, run } = useAction()
  const error = ownError ?? (loaded.error ? messageOf(loaded.error) : null)
  if (draft === null && loaded.data) {
    setDraft(loaded.data)
    setTo(loaded.data.to.join(', '))
    setText({ subject: loaded.data.subject, body: loaded.data.body })
  }

  async function submit() {
    const addresses = splitAddresses(to)
    const bad = addresses.filter((a) => !addressPattern.test(a))
    if (addresses.length === 0 || bad.length > 0) {
      setError(t('mail.badAddresses', { list: bad.join(', ') || '—' }))
      return
    }
    await run(async () => {
      if (remember) await api.call('mail.setRecipients', { customerId, addresses })
      if (await onSend({ to: addresses, ...text })) onClose()
    })
  }

  return (
    <FormDialog
      title={t('mail.sendTitle', { what })}
      okLabel={t('mail.send')}
      busy={busy || draft === null}
      testId="send-mail-dialog"
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <div className="field">
        <label htmlFor="send-mail-to">{t('mail.to')}</label>
        <input
          id="send-mail-to"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          aria-invalid={error !== null}
          data-testid="send-mail-to"
        />
      </div>
      <LabelledCheckbox label={t('mail.remember')} checked={remember} onChecked={setRemember} />
      <MailTextFields idPrefix="send-mail" language={draft?.language} text={text} onText={setText} />
      <p className="muted" data-testid="send-mail-attachment">
        {draft?.attachment ? t('mail.attachment', { file: draft.attachment }) : t('mail.attachmentLater')}
      </p>
      {extra && (
        <div className="button-row">
          <button type="button" disabled={busy} onClick={extra.onClick} data-testid="send-mail-extra">
            {extra.label}
          </button>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert" data-testid="send-mail-error">
          {error}
        </p>
      )}
    </FormDialog>
  )
}
