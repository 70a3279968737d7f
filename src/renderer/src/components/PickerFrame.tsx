/**
 * The picker of a date, week or month field (the calendar, the month grid): the button beside the text
 * box opens and closes it; a click outside the field, or the focus leaving field and picker, closes it;
 * closing it from inside (a pick, Escape) puts the focus back in the text box. The date field
 * (DateInput.tsx) and the week and month fields (PeriodInput.tsx) each drew this by hand.
 */
import { useEffect, useState, type FocusEvent, type ReactNode } from 'react'
import { useT } from '../i18n'

/** What the picker picks: it names the button and the frame's class. */
type Picks = 'date' | 'week' | 'month'

const frameClass: Record<Picks, string> = {
  date: 'date-entry',
  week: 'date-entry week-entry',
  month: 'date-entry'
}

/**
 * The state of the picker of a date, week or month (`picks`), kept by the field: whether it is open,
 * `close` (which puts the focus back in the field's text box) and what PickerFrame needs to watch the
 * field. The frame is held as state, not a ref, because `close` is handed to the picker while it renders.
 */
export function usePicker(picks: Picks) {
  const [open, setOpen] = useState(false)
  const [frame, setFrame] = useState<HTMLSpanElement | null>(null)
  useEffect(() => {
    if (!open) return
    const away = (event: MouseEvent) => {
      if (!frame?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', away)
    return () => document.removeEventListener('mousedown', away)
  }, [open, frame])
  const onFrameBlur = (event: FocusEvent) => {
    const to = event.relatedTarget
    if (open && to && !frame?.contains(to)) setOpen(false)
  }
  const close = () => {
    setOpen(false)
    frame?.querySelector('input')?.focus()
  }
  return { picks, open, toggle: () => setOpen((o) => !o), close, setFrame, onFrameBlur }
}

/** The text box (children), the calendar button beside it and, while the picker is open, the `popup`. */
export function PickerFrame({
  open,
  toggle,
  setFrame,
  onFrameBlur,
  picks,
  className,
  disabled,
  testId,
  popup,
  children
}: Omit<ReturnType<typeof usePicker>, 'close'> & {
  /** Added to the frame's class. */
  className?: string
  disabled?: boolean
  /** The field's test id: the button's is `<testId>-calendar`. */
  testId?: string
  popup: ReactNode
  children: ReactNode
}) {
  const { t } = useT()
  const label = {
    date: t('dateEntry.openCalendar'),
    week: t('dateEntry.chooseWeek'),
    month: t('dateEntry.chooseMonth')
  }[picks]
  return (
    <span
      className={[frameClass[picks], className].filter(Boolean).join(' ')}
      ref={setFrame}
      onBlur={onFrameBlur}
    >
      {children}
      <button
        type="button"
        className="date-entry-open"
        aria-label={label}
        aria-haspopup="dialog"
        aria-expanded={open}
        disabled={disabled}
        data-testid={testId ? `${testId}-calendar` : undefined}
        onClick={toggle}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <path
            fill="currentColor"
            d="M4,0h1.5v2h5V0H12v2h2a1,1,0,0,1,1,1v12a1,1,0,0,1-1,1H2a1,1,0,0,1-1-1V3a1,1,0,0,1,1-1h2V0Zm-1.5,6v8.5h11V6h-11Z"
          />
        </svg>
      </button>
      {open && popup}
    </span>
  )
}
