/** A modal window for a record (visit, meeting, plan) on top of a page, built on <dialog>: focus stays inside, Escape closes. */
import { useCallback, useRef, type ReactNode } from 'react'
import { useConfirm } from '../components/ConfirmDialog'
import { useModalDialog } from '../components/use-modal-dialog'
import { useT } from '../i18n'

export function Modal({
  title,
  onClose,
  children,
  testId,
  wide
}: {
  title: ReactNode
  onClose: () => void
  children: ReactNode
  testId: string
  wide?: boolean
}) {
  const { t } = useT()
  const modal = useModalDialog(testId, onClose)
  return (
    <dialog {...modal} className={`record-dialog${wide ? ' wide' : ''}`}>
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
 * The form inside reports its state with `setDirty` (from an effect); `close` is what Close, Cancel and Escape call.
 */
export function useGuardedClose(onClose: () => void) {
  const { t } = useT()
  const { confirm, dialog } = useConfirm()
  const dirty = useRef(false)
  const close = async () => {
    if (dirty.current) {
      const leave = await confirm({
        title: t('guard.title'),
        body: t('guard.body'),
        confirmLabel: t('guard.leave'),
        cancelLabel: t('guard.stay'),
        danger: true
      })
      if (!leave) return
    }
    onClose()
  }
  const setDirty = useCallback((value: boolean) => {
    dirty.current = value
  }, [])
  return { setDirty, close: () => void close(), dialog }
}
