/**
 * A modal question with two buttons, on the one dialog base (components/Dialog): Escape or
 * Cancel answers no, and Cancel has the focus first so Enter never confirms by accident.
 * `useConfirm()` returns an async confirm(): `if (await confirm({...})) …`.
 */
import { useCallback, useId, useState, type ReactNode } from 'react'
import { useT } from '../i18n'
import { Dialog, DialogButtons } from './Dialog'

export interface ConfirmOptions {
  title: string
  body: string
  confirmLabel: string
  cancelLabel?: string
  danger?: boolean
}

export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  cancelLabel,
  danger,
  onAnswer
}: ConfirmOptions & { onAnswer: (confirmed: boolean) => void }) {
  const { t } = useT()
  const bodyId = useId()
  return (
    <Dialog
      title={title}
      onClose={() => onAnswer(false)}
      testId="confirm-dialog"
      size="small"
      describedBy={bodyId}
    >
      <p id={bodyId}>{body}</p>
      <DialogButtons
        cancel={{
          label: cancelLabel ?? t('common.cancel'),
          onClick: () => onAnswer(false),
          autoFocus: true,
          testId: 'confirm-cancel'
        }}
        ok={{ label: confirmLabel, danger, onClick: () => onAnswer(true), testId: 'confirm-ok' }}
      />
    </Dialog>
  )
}

export function useConfirm(): { confirm: (options: ConfirmOptions) => Promise<boolean>; dialog: ReactNode } {
  const [state, setState] = useState<(ConfirmOptions & { resolve: (answer: boolean) => void }) | null>(null)
  const confirm = useCallback(
    (options: ConfirmOptions) => new Promise<boolean>((resolve) => setState({ ...options, resolve })),
    []
  )
  const dialog = state ? (
    <ConfirmDialog
      {...state}
      onAnswer={(answer) => {
        state.resolve(answer)
        setState(null)
      }}
    />
  ) : null
  return { confirm, dialog }
}
