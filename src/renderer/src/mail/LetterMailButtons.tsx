/** On a customer's account: e-mail the statement of account or a payment reminder as a PDF letter. */
import { useCallback, useState } from 'react'
import { api } from '../api/client'
import type { BannerMessage } from '../components/Banner'
import { useT } from '../i18n'
import { SendMailDialog, useMailOutcome } from './SendMailDialog'

type Letter = { kind: 'statement' } | { kind: 'reminder'; level: 1 | 2 | 3 }

export function LetterMailButtons({
  customerId,
  overdue,
  onMessage
}: {
  customerId: number
  overdue: boolean
  onMessage: (message: BannerMessage) => void
}) {
  const { t } = useT()
  const outcome = useMailOutcome()
  const [letter, setLetter] = useState<Letter | null>(null)
  const kind = letter?.kind ?? 'statement'
  const level = letter?.kind === 'reminder' ? letter.level : undefined
  const loadDraft = useCallback(
    () => api.call('mail.draftForLetter', { customerId, kind, level }),
    [customerId, kind, level]
  )
  return (
    <>
      <button type="button" onClick={() => setLetter({ kind: 'statement' })} data-testid="email-statement">
        {t('mail.emailStatement')}
      </button>
      {([1, 2, 3] as const).map((level) => (
        <button
          key={level}
          type="button"
          disabled={!overdue}
          onClick={() => setLetter({ kind: 'reminder', level })}
          data-testid={`email-reminder-${String(level)}`}
        >
          {t('mail.emailReminder', { level })}
        </button>
      ))}
      {letter && (
        <SendMailDialog
          what={t(`mail.kinds.${kind}`)}
          customerId={customerId}
          loadDraft={loadDraft}
          onClose={() => setLetter(null)}
          onSend={async (message) => {
            onMessage(
              outcome(await api.call('mail.sendLetter', { letter: { customerId, kind, level }, message }))
            )
            return true
          }}
        />
      )}
    </>
  )
}
