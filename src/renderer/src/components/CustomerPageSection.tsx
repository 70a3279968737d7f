/**
 * One of the parts that other areas add to the customer page (documents, visits, requests, calls,
 * marketing consent): a section named by its heading, in the look those parts share, whose heading id
 * is also its test id and its own class, with the banner of a failed read at its top. The five parts
 * each wrote this frame out by hand (issue 9).
 */
import type { ReactNode } from 'react'
import { LoadFailure } from './LoadFailure'
import { TitledSection } from './TitledSection'

/** The class of the look all the parts share (named after the first of them, the documents). */
const PART = 'customer-documents'

export function CustomerPageSection({
  id,
  title,
  error,
  children
}: {
  /** The heading's id, the section's test id and its own class, e.g. `customer-visits`. */
  id: string
  title: ReactNode
  /** The failure of the part's read, shown in a banner (nothing while there is none). */
  error?: unknown
  children: ReactNode
}) {
  return (
    <TitledSection id={id} title={title} className={id === PART ? PART : `${PART} ${id}`} testId={id}>
      <LoadFailure error={error} />
      {children}
    </TitledSection>
  )
}
