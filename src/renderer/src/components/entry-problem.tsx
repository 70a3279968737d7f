/**
 * A date, time, week or month field whose text is no date (DateInput.tsx, PeriodInput.tsx): the field
 * says why once the user has left it, and the form it sits in is not sent meanwhile.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react'

/** The field's own problem, shown once the user has left it (not while a date is half typed). */
export function useProblem(
  problem: string | null,
  onProblem: ((problem: string | null) => void) | undefined
) {
  const [left, setLeft] = useState(false)
  const shown = left ? problem : null
  useEffect(() => onProblem?.(shown), [shown, onProblem])
  const leave = useCallback(() => setLeft(true), [])
  return { shown, leave }
}

/**
 * While the text is no date, the form it sits in is not sent: its submit and Ctrl+S (the page's and a
 * dialog's shortcut) stop here, show the problem and put the focus in the field.
 */
export function useHoldWhileUnreadable(
  unreadable: boolean,
  field: RefObject<HTMLInputElement | null>,
  leave: () => void
) {
  useEffect(() => {
    const form = field.current?.form
    if (!unreadable) return
    const hold = (event: Event) => {
      event.preventDefault()
      event.stopImmediatePropagation()
      leave()
      field.current?.focus()
    }
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') hold(event)
    }
    form?.addEventListener('submit', hold, true)
    window.addEventListener('keydown', onKey, true)
    return () => {
      form?.removeEventListener('submit', hold, true)
      window.removeEventListener('keydown', onKey, true)
    }
  }, [unreadable, field, leave])
}

export function ProblemBelow({ id, problem }: { id: string; problem: string | null }) {
  return problem === null ? null : (
    <span id={id} className="field-error entry-problem" role="alert">
      {problem}
    </span>
  )
}
