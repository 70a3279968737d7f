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
  level = 2,
  testId,
  children
}: {
  /** The heading's id, which names the section. */
  id: string
  title: ReactNode
  className?: string
  /** `visually-hidden`: the heading is for screen readers only (the fields name the part). */
  headingClassName?: string
  /** 3 for a part inside a section of its own (a document's e-invoice checks). */
  level?: 2 | 3
  testId?: string
  children: ReactNode
}) {
  const Heading = level === 3 ? 'h3' : 'h2'
  return (
    <section className={className} aria-labelledby={id} data-testid={testId}>
      <Heading id={id} className={headingClassName}>
        {title}
      </Heading>
      {children}
    </section>
  )
}
