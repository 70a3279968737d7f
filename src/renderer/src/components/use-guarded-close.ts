import { useCallback, useRef } from 'react'
import { useConfirm } from './ConfirmDialog'
import { useT } from '../i18n'

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
