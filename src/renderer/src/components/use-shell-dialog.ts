import { useEffect, useState } from 'react'

interface Opened<T> {
  detail?: T
}

/**
 * A dialog the shell keeps ready (search, log a call): Ctrl+`letter` (Cmd on a Mac) opens it from
 * anywhere, and so does the window event `eventName` (a button elsewhere), whose detail comes
 * with it. The shortcut leaves an open dialog as it is; the event opens it with its detail.
 */
export function useShellDialog<T>(
  letter: string,
  eventName: string
): { opened: Opened<T> | null; close: () => void } {
  const [opened, setOpened] = useState<Opened<T> | null>(null)
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        (event.ctrlKey || event.metaKey) &&
        !event.altKey &&
        !event.shiftKey &&
        event.key.toLowerCase() === letter
      ) {
        event.preventDefault()
        setOpened((current) => current ?? {})
      }
    }
    const onOpen = (event: Event) =>
      setOpened({ detail: event instanceof CustomEvent ? (event.detail as T | undefined) : undefined })
    window.addEventListener('keydown', onKey)
    window.addEventListener(eventName, onOpen)
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener(eventName, onOpen)
    }
  }, [letter, eventName])
  return { opened, close: () => setOpened(null) }
}
