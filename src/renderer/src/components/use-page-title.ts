import { useEffect } from 'react'

/** The window's title (taskbar, Alt+Tab): what the page shows, then the application's name. */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} — Salesdesk`
  }, [title])
}
