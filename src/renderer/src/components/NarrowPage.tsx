/**
 * A page of one narrow column under its title: the first run (and its "done" page), the settings, the
 * NAV queue and an area that is not built yet. Each drew the same page frame and header by hand.
 */
import type { ReactNode } from 'react'

export function NarrowPage({
  title,
  testId,
  besideTitle,
  children
}: {
  title: string
  testId?: string
  /** What stands beside the title in the header (an area not built yet says so in a badge). */
  besideTitle?: ReactNode
  children: ReactNode
}) {
  return (
    <div className="page page-narrow" data-testid={testId}>
      <header className="page-header">
        <h1>{title}</h1>
        {besideTitle}
      </header>
      {children}
    </div>
  )
}
