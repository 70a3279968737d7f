/** A <dialog> shown as a modal window for as long as it is on screen. */
import { useEffect, useRef, type SyntheticEvent } from 'react'

/**
 * Props to spread on the <dialog>: it opens as a modal (focus stays inside) when it appears and
 * closes when it goes; Escape asks `onClose` (which may first ask about unsaved changes)
 * instead of closing it behind React's back. The dialog's heading has id `${testId}-title`.
 */
export function useModalDialog(testId: string, onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  return {
    ref,
    'aria-labelledby': `${testId}-title`,
    'data-testid': testId,
    onCancel(event: SyntheticEvent<HTMLDialogElement>) {
      event.preventDefault()
      onClose()
    }
  }
}
