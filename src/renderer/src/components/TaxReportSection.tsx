/**
 * An invoice's report to a tax authority, as a section of the invoice's page: NAV's Online
 * Számla in Hungary (nav/NavDocumentStatus), VERI*FACTU in Spain (verifactu/VerifactuDocumentStatus).
 * Both show what was reported and its state, the actions the authority allows under it, what the
 * last action answered, and the action's dialog when one is open. The two panels drew this frame
 * each for itself (issue 9).
 */
import type { ReactNode } from 'react'
import { Banner, type BannerMessage } from './Banner'

export function TaxReportSection({
  id,
  title,
  actions,
  message,
  onMessageClose,
  dialog,
  children
}: {
  /** The section's heading id and its test id ("nav-document"). */
  id: string
  title: string
  /** The buttons under the report (send again, correct, cancel…). */
  actions: ReactNode
  message: BannerMessage | null
  onMessageClose: () => void
  /** The open action's dialog, if any. */
  dialog: ReactNode
  children: ReactNode
}) {
  return (
    <section className="form-section" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>{title}</h2>
      {children}
      <div className="button-row">{actions}</div>
      <Banner message={message} onClose={onMessageClose} />
      {dialog}
    </section>
  )
}
