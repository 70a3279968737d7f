import { useEffect, useLayoutEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react'

/** Ctrl+S (Cmd+S on a Mac) runs `save` instead of the browser's "save page". */
export function useSaveShortcut(save: () => void) {
  const ref = useRef(save)
  useLayoutEffect(() => {
    ref.current = save
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault()
        ref.current()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}

/**
 * Ctrl+S for one form only, as its onKeyDown: a dialog's form saves itself, not the page
 * underneath (whose own shortcut listens on the window).
 */
export function saveShortcutOf(save: () => void) {
  return (event: ReactKeyboardEvent<HTMLElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault()
      save()
    }
  }
}
