/** On a customer's account: e-mail the statement of account or a payment reminder as a PDF letter. */
import { useCallback, useState } from 'react'
import type { ReminderLevel } from '../../../shared/schemas/reminders'
import { api } from '../api/client'
import type { BannerMessage } from '../components/Banner'
import { useT } from '../i18n'
import { SendMailDialog, useMailOutcome } from './SendMailDialog'

type Letter = 'statement' | 'reminder'

/**
 * `reminderLevel` is the level the next reminder gets (null: nothing to remind); the reminder is
 * sent without a level, so the API works it out again when it sends.
 */
export function LetterMailButtons({
  customerId,
  reminderLevel,
  onMessage,
  onSent
}: {
  customerId: number
  reminderLevel: ReminderLevel | null
  onMessage: (message: BannerMessage) => void
  onSent: () => void
}) {
  const { t } = useT()
  const outcome = useMailOutcome()
  const [letter, setLetter] = useState<Letter | null>(null)
  const kind = letter ?? 'statement'
  const loadDraft = useCallback(
    () => api.call('mail.draftForLetter', { customerId, kind }),
    [customerId, kind]
  )
  return (
    <>
      <button type="button" onClick={() => setLetter('statement')} data-testid="email-statement">
        {t('mail.emailStatement')}
      </button>
      {reminderLevel !== null && (
        <button type="button" onClick={() => setLetter('reminder')} data-testid="email-reminder">
          {t('mail.emailReminder', { level: reminderLevel })}
        </button>
      )}
      {letter && (
        <SendMailDialog
          what={t(`mail.kinds.${kind}`)}
          customerId={customerId}
          loadDraft={loadDraft}
          onClose={() => setLetter(null)}
          onSend={async (message) => {
            onMessage(outcome(await api.call('mail.sendLetter', { letter: { customerId, kind }, message })))
            onSent()
            return true
          }}
        />
      )}
    </>
  )
}
