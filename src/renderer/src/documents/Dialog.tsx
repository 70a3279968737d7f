/** A modal form (decline reason, delivery quantities, credit note lines): Escape or Cancel closes it. */
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { useT } from '../i18n'

export function FormDialog({ title, children, okLabel, busy, danger, onSubmit, onClose, testId }: { title: string; children: ReactNode; okLabel: string; busy?: boolean; danger?: boolean; onSubmit(): void; onClose(): void; testId: string }) {
  const { t } = useT()
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  return createPortal(
    <dialog
      ref={ref}
      className="confirm-dialog doc-dialog"
      aria-labelledby={`${testId}-title`}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <form
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault()
          event.stopPropagation()
          if (!busy) onSubmit()
        }}
      >
        <h2 id={`${testId}-title`}>{title}</h2>
        {children}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose} data-testid="dialog-cancel">
            {t('common.cancel')}
          </button>
          <button type="submit" className={danger ? 'danger' : 'primary'} disabled={busy} data-testid="dialog-ok">
            {okLabel}
          </button>
        </div>
      </form>
    </dialog>,
    document.body
  )
}
