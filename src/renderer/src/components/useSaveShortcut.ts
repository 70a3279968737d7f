import { useEffect, useRef } from 'react'

/** Ctrl+S (Cmd+S on a Mac) runs `save` instead of the browser's "save page". */
export function useSaveShortcut(save: () => void) {
  const ref = useRef(save)
  ref.current = save
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
