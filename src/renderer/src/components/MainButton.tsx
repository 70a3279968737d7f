/**
 * The main button of a part of a screen (run the import, start the batch, mark the week sent, make a
 * backup, save the settings): drawn as the primary action, it waits while the part's action runs and
 * starts the action when pressed; the part shows the outcome in its banner. Each of these parts wrote
 * this button out (issue 9).
 */
import type { ReactNode } from 'react'

export function MainButton({
  busy,
  disabled = false,
  onPress,
  testId,
  children
}: {
  /** The part's action runs: the button waits. */
  busy: boolean
  /** Nothing to do yet (nothing changed, the file not checked), besides while busy. */
  disabled?: boolean
  /** The action; what it returns (its promise) is the part's to follow. */
  onPress: () => unknown
  testId: string
  children: ReactNode
}) {
  return (
    <button
      type="button"
      className="primary"
      disabled={busy || disabled}
      onClick={() => void onPress()}
      data-testid={testId}
    >
      {children}
    </button>
  )
}
