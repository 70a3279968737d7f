/**
 * A page under its title: the window is named after it, the heading with the page's buttons beside
 * it, then what the page says first (`intro`) and the page itself. The calls, the campaigns, the
 * outbox and the import each drew this frame and set the window's title by hand.
 */
import type { ReactNode } from 'react'
import { usePageTitle } from './use-page-title'

export function TitledPage({
  title,
  className,
  testId,
  actions,
  intro,
  children
}: {
  title: string
  /** Besides `page`. */
  className?: string
  testId?: string
  /** Beside the heading (a "New …" button, a way back); a page without any has none. */
  actions?: ReactNode
  /** A line under the heading saying what the page is for. */
  intro?: string
  children: ReactNode
}) {
  usePageTitle(title)
  return (
    <div className={className ? `page ${className}` : 'page'} data-testid={testId}>
      <header className="page-header">
        <h1>{title}</h1>
        {actions !== undefined && <div className="button-row">{actions}</div>}
      </header>
      {intro !== undefined && <p className="muted">{intro}</p>}
      {children}
    </div>
  )
}
