/** A modal form (decline reason, delivery quantities, credit note lines): Escape or Cancel closes it. */
import type { ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { useModalDialog } from './use-modal-dialog'
import { useT } from '../i18n'

export function FormDialog({
  title,
  children,
  okLabel,
  busy,
  danger,
  onSubmit,
  onClose,
  testId
}: {
  title: string
  children: ReactNode
  okLabel: string
  busy?: boolean
  danger?: boolean
  onSubmit: () => void
  onClose: () => void
  testId: string
}) {
  const { t } = useT()
  const modal = useModalDialog(testId, onClose)
  return createPortal(
    <dialog {...modal} className="confirm-dialog doc-dialog">
      <form
        noValidate
        onSubmit={(event) => {
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
          <button
            type="submit"
            className={danger ? 'danger' : 'primary'}
            disabled={busy}
            data-testid="dialog-ok"
          >
            {okLabel}
          </button>
        </div>
      </form>
    </dialog>,
    document.body
  )
}
