/**
 * A message's subject and text in one language: as the send dialog prepares them for one e-mail, as
 * Settings → E-mail keeps them for a kind of document, and as a campaign writes them per language.
 * Both fields are marked with the language the text is written in, so a screen reader and the
 * spelling check read it in that language.
 */
import type { MailTemplate } from '../../../shared/schemas/mail'
import { LabelledInput, LabelledTextArea } from './fields'
import { useT } from '../i18n'

export type MailText = Pick<MailTemplate, 'subject' | 'body'>

/** The two fields; their ids (and test ids) are `${idPrefix}-subject` and `${idPrefix}-body`. */
export function MailTextFields({
  idPrefix,
  language,
  text,
  onText,
  rows = 8
}: {
  idPrefix: string
  /** Unknown while the draft loads. */
  language: string | undefined
  text: MailText
  onText: (next: MailText) => void
  /** A campaign's text is a whole letter, so it gets a taller box. */
  rows?: number
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
        rows={rows}
        value={text.body}
        onValue={(body) => onText({ ...text, body })}
        data-testid={`${idPrefix}-body`}
      />
    </>
  )
}
