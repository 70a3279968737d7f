/** A <dialog> shown as a modal window for as long as it is on screen (the hook under components/Dialog). */
import { useLayoutEffect, useRef, type SyntheticEvent } from 'react'

/** Fields that may take the focus when a dialog opens (the first one does, unless one is marked). */
const FIELDS = 'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled])'

/**
 * Props to spread on the <dialog>: it opens as a modal (focus stays inside) when it appears and
 * closes when it goes; Escape asks `onClose` (which may first ask about unsaved changes)
 * instead of closing it behind React's back. Focus starts on the element marked `data-autofocus`,
 * else on the first field, else where the browser puts it (the first button); when the dialog
 * goes, focus returns to what had it before (the button that opened it).
 */
export function useModalDialog(onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null)
  // A layout effect: its cleanup runs while the <dialog> is still in the document, so closing it
  // is a real close (not a removal from the top layer).
  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!dialog.open) dialog.showModal()
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>(FIELDS)
    first?.focus()
    return () => {
      dialog.close()
      // After the commit: a question and the dialog it was asked from may go together (Leave →
      // both close), and only then is the opener of the outer one focusable again. Nothing is
      // taken from an element the screen focused on purpose meanwhile.
      queueMicrotask(() => {
        const lost = document.activeElement === null || document.activeElement === document.body
        if (lost && opener?.isConnected) opener.focus()
      })
    }
  }, [])
  return {
    ref,
    onCancel(event: SyntheticEvent<HTMLDialogElement>) {
      event.preventDefault()
      // React passes 'cancel' on to the dialogs this one was opened from (a question asked from a
      // record dialog is its child in React's tree): Escape answers this dialog only.
      event.stopPropagation()
      onClose()
    }
  }
}
