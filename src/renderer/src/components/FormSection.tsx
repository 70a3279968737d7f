/**
 * One titled part of a record's form (a customer's addresses, a contract's term, a request's
 * details): its heading names the section for screen readers, and its test id is `section-<id>`.
 * The customer, contract and request forms all draw their sections with it.
 */
import type { ReactNode } from 'react'

export function FormSection({
  id,
  title,
  children,
  aside
}: {
  id: string
  title: string
  children: ReactNode
  /** Beside the heading (the contacts section's "Add contact"). */
  aside?: ReactNode
}) {
  return (
    <section className="form-section" aria-labelledby={`section-${id}`} data-testid={`section-${id}`}>
      <div className="section-title-row">
        <h2 id={`section-${id}`}>{title}</h2>
        {aside}
      </div>
      {children}
    </section>
  )
}
