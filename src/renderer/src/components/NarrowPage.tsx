/**
 * A page of one narrow column under its title: the first run (and its "done" page), the settings and
 * the NAV queue. Each drew the same page frame and header by hand.
 */
import type { ReactNode } from 'react'

export function NarrowPage({
  title,
  testId,
  children
}: {
  title: string
  testId?: string
  children: ReactNode
}) {
  return (
    <div className="page page-narrow" data-testid={testId}>
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      {children}
    </div>
  )
}
