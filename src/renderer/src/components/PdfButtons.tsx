/**
 * A PDF's buttons: open it (named for what it is: the document, a delivery note, a campaign's
 * letters), save it as a file, and print it where the page offers that. A document's page, its
 * delivery notes and a launched campaign's letters and labels each wrote these buttons out (issue 9).
 */
import type { PdfUse } from '../documents/pdf'
import { useT } from '../i18n'

export function PdfButtons({
  label,
  onPdf,
  disabled,
  testIds,
  saveAsLink = false
}: {
  /** The button that opens the PDF, named for what it is. */
  label: string
  onPdf: (use: PdfUse) => void
  disabled?: boolean
  /** Each button's test id; Print is offered when it has one. */
  testIds: { preview: string; download: string; print?: string }
  /** Save drawn as a link beside Open, where opening is what is usually wanted (a campaign's paper). */
  saveAsLink?: boolean
}) {
  const { t } = useT()
  const button = (use: PdfUse, text: string, testId: string, className?: string) => (
    <button
      type="button"
      className={className}
      disabled={disabled}
      onClick={() => onPdf(use)}
      data-testid={testId}
    >
      {text}
    </button>
  )
  return (
    <>
      {button('preview', label, testIds.preview)}
      {button(
        'download',
        t('documents.pdf.download'),
        testIds.download,
        saveAsLink ? 'link-button' : undefined
      )}
      {testIds.print && button('print', t('documents.pdf.print'), testIds.print)}
    </>
  )
}
