/**
 * An e-mail's subject and text: as the send dialog prepares them for one message, and as Settings →
 * E-mail keeps them for a kind of document in one language. Both fields are marked with the language
 * the text is written in, so a screen reader and the spelling check read it in that language.
 */
import type { MailTemplate } from '../../../shared/schemas/mail'
import { LabelledInput, LabelledTextArea } from '../components/fields'
import { useT } from '../i18n'

export type MailText = Pick<MailTemplate, 'subject' | 'body'>

/** The two fields; their ids (and test ids) are `${idPrefix}-subject` and `${idPrefix}-body`. */
export function MailTextFields({
  idPrefix,
  language,
  text,
  onText
}: {
  idPrefix: string
  /** Unknown while the draft loads. */
  language: string | undefined
  text: MailText
  onText: (next: MailText) => void
}) {
  const { t } = useT()
  return (
    <>
      <LabelledInput
        id={`${idPrefix}-subject`}
        label={t('mail.subject')}
        lang={language}
        value={text.subject}
        onValue={(subject) => onText({ ...text, subject })}
        data-testid={`${idPrefix}-subject`}
      />
      <LabelledTextArea
        id={`${idPrefix}-body`}
        label={t('mail.body')}
        lang={language}
        rows={8}
        value={text.body}
        onValue={(body) => onText({ ...text, body })}
        data-testid={`${idPrefix}-body`}
      />
    </>
  )
}
