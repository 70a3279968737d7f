/**
 * A modal question with two buttons, built on <dialog> (focus is trapped and Escape cancels).
 * `useConfirm()` returns an async confirm(): `if (await confirm({...})) …`.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { useT } from '../i18n'

export interface ConfirmOptions {
  title: string
  body: string
  confirmLabel: string
  cancelLabel?: string
  danger?: boolean
}

interface ConfirmDialogProps extends ConfirmOptions {
  open: boolean
  onAnswer: (confirmed: boolean) => void
}

export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  cancelLabel,
  danger,
  onAnswer
}: ConfirmDialogProps) {
  const { t } = useT()
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      data-testid="confirm-dialog"
      onCancel={(event) => {
        event.preventDefault()
        onAnswer(false)
      }}
    >
      <h2 id="confirm-title">{title}</h2>
      <p id="confirm-body">{body}</p>
      <div className="dialog-buttons">
        <button type="button" autoFocus onClick={() => onAnswer(false)} data-testid="confirm-cancel">
          {cancelLabel ?? t('common.cancel')}
        </button>
        <button
          type="button"
          className={danger ? 'danger' : 'primary'}
          onClick={() => onAnswer(true)}
          data-testid="confirm-ok"
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
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
      open
      onAnswer={(answer) => {
        state.resolve(answer)
        setState(null)
      }}
    />
  ) : null
  return { confirm, dialog }
}
