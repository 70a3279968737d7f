/**
 * A part of a page named by its heading: the section points at its heading (aria-labelledby), so a
 * screen reader announces the part by its title when it is reached. The campaign, calls and
 * customer panels each wired the heading's id to their section by hand (issue 9).
 */
import type { ReactNode } from 'react'

export function TitledSection({
  id,
  title,
  className,
  headingClassName,
  testId,
  children
}: {
  /** The heading's id, which names the section. */
  id: string
  title: ReactNode
  className?: string
  /** `visually-hidden`: the heading is for screen readers only (the fields name the part). */
  headingClassName?: string
  testId?: string
  children: ReactNode
}) {
  return (
    <section className={className} aria-labelledby={id} data-testid={testId}>
      <h2 id={id} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  )
}
