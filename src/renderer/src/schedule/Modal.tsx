/** A modal window for a record (visit, meeting, plan) on top of a page, built on <dialog>: focus stays inside, Escape closes. */
import { useEffect, useRef, type ReactNode } from 'react'
import { useConfirm } from '../components/ConfirmDialog'
import { useT } from '../i18n'

export function Modal({ title, onClose, children, testId, wide }: { title: ReactNode; onClose(): void; children: ReactNode; testId: string; wide?: boolean }) {
  const { t } = useT()
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  return (
    <dialog
      ref={ref}
      className={`record-dialog${wide ? ' wide' : ''}`}
      aria-labelledby={`${testId}-title`}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <header className="record-dialog-header">
        <h2 id={`${testId}-title`}>{title}</h2>
        <button type="button" className="link-button" onClick={onClose} data-testid={`${testId}-close`}>
          {t('common.close')}
        </button>
      </header>
      {children}
    </dialog>
  )
}

/**
 * Closing a dialog with changes not saved yet asks first (the same question as leaving a page).
 * The form inside keeps `dirty.current` up to date; `close` is what Close, Cancel and Escape call.
 */
export function useGuardedClose(onClose: () => void) {
  const { t } = useT()
  const { confirm, dialog } = useConfirm()
  const dirty = useRef(false)
  const close = async () => {
    if (dirty.current) {
      const leave = await confirm({ title: t('guard.title'), body: t('guard.body'), confirmLabel: t('guard.leave'), cancelLabel: t('guard.stay'), danger: true })
      if (!leave) return
    }
    onClose()
  }
  return { dirty, close: () => void close(), dialog }
}
