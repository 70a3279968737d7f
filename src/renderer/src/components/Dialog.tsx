/**
 * The app's one modal window and its two common shapes. `Dialog` is the base every dialog is
 * built on: a native <dialog> shown as a modal (focus stays inside, Escape asks `onClose`,
 * focus starts on the first field and goes back where it was; see use-modal-dialog), labelled by
 * its heading (and described by `describedBy` when given), drawn above everything from
 * document.body (so a dialog opened from inside a form is not a form inside a form).
 * `FormDialog` is a dialog holding one form with Cancel and OK (decline reason, delivery
 * quantities, a payment, a call); `ConfirmDialog` (ConfirmDialog.tsx) asks a yes/no question.
 */
import { useId, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { Banner } from './Banner'
import { useModalDialog } from './use-modal-dialog'
import { useT } from '../i18n'
import './dialog.css'

/**
 * What a page hands the dialog it opens: `onClose` for Cancel and Escape, and `onDone` for what the
 * dialog did (the record it saved, or the words for the page's banner); the page closes it then.
 */
export interface DialogProps<Done> {
  onClose: () => void
  onDone: (done: Done) => void
}

/** How wide: a question, a form, a record with many fields. */
type DialogSize = 'small' | 'medium' | 'wide'

export function Dialog({
  title,
  onClose,
  testId,
  size = 'medium',
  closeButton,
  hiddenTitle,
  describedBy,
  className,
  children
}: {
  title: ReactNode
  /** Escape, and the Close button when there is one. */
  onClose: () => void
  testId: string
  size?: DialogSize
  /** A "Close" button beside the title (test id `${testId}-close`), for dialogs with no Cancel of their own. */
  closeButton?: boolean
  /** The title is for screen readers only (the search box). */
  hiddenTitle?: boolean
  describedBy?: string
  className?: string
  children: ReactNode
}) {
  const { t } = useT()
  const modal = useModalDialog(onClose)
  const titleId = useId()
  const heading = (
    <h2 id={titleId} className={hiddenTitle ? 'visually-hidden' : undefined}>
      {title}
    </h2>
  )
  return createPortal(
    <dialog
      {...modal}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      className={['dialog', `dialog-${size}`, className].filter(Boolean).join(' ')}
      data-testid={testId}
    >
      {closeButton ? (
        <header className="dialog-header">
          {heading}
          <button type="button" className="link-button" onClick={onClose} data-testid={`${testId}-close`}>
            {t('common.close')}
          </button>
        </header>
      ) : (
        heading
      )}
      {children}
    </dialog>,
    document.body
  )
}

/** A dialog holding one form: Enter or OK submits (not while `busy`), Cancel or Escape closes. */
export function FormDialog({
  title,
  children,
  okLabel,
  busy,
  danger,
  onSubmit,
  onClose,
  testId,
  refusal
}: {
  title: string
  children: ReactNode
  okLabel: string
  busy?: boolean
  danger?: boolean
  onSubmit: () => void
  onClose: () => void
  testId: string
  /** Why what OK sent was refused, in the reader's words: shown under the fields, the dialog stays open. */
  refusal?: string | null
}) {
  const { t } = useT()
  return (
    <Dialog title={title} onClose={onClose} testId={testId}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          // The dialog is drawn from document.body, but React still bubbles its submit to the page's form.
          event.stopPropagation()
          if (!busy) onSubmit()
        }}
      >
        {children}
        {refusal && <Banner message={{ kind: 'error', text: refusal }} />}
        <DialogButtons
          cancel={{ label: t('common.cancel'), onClick: onClose, testId: 'dialog-cancel' }}
          ok={{ label: okLabel, submit: true, danger, disabled: busy, testId: 'dialog-ok' }}
        />
      </form>
    </Dialog>
  )
}

interface DialogButton {
  label: string
  testId: string
  onClick?: () => void
  submit?: boolean
  danger?: boolean
  disabled?: boolean
  autoFocus?: boolean
}

/** Cancel and OK, right-aligned at the foot of a dialog; OK is the primary (or danger) button. */
export function DialogButtons({ cancel, ok }: { cancel: DialogButton; ok: DialogButton }) {
  return (
    <div className="dialog-buttons">
      <button
        type="button"
        onClick={cancel.onClick}
        data-autofocus={cancel.autoFocus ? '' : undefined}
        data-testid={cancel.testId}
      >
        {cancel.label}
      </button>
      <button
        type={ok.submit ? 'submit' : 'button'}
        className={ok.danger ? 'danger' : 'primary'}
        disabled={ok.disabled}
        onClick={ok.onClick}
        data-testid={ok.testId}
      >
        {ok.label}
      </button>
    </div>
  )
}
