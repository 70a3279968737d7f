/**
 * The month grid a date field opens (issue 14): weeks start on the region's first day, names in the
 * interface's language. Keyboard: arrows move a day or a week, Page Up/Down a month, Home/End the
 * week's ends, Enter or Space picks, Escape closes (the field gets the focus back).
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { addDaysIso, isoWeekday } from '../../../shared/iso-week'
import { useT } from '../i18n'
import { companyToday } from './format'

interface CalendarProps {
  /** The day shown chosen ("2026-12-04"), or '' for none. */
  value: string
  firstDayOfWeek: 1 | 6 | 7
  locale: string
  min?: string
  max?: string
  onPick: (iso: string) => void
  onClose: () => void
}

const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`)

/** The same day `months` months on, or the month's last day when it is shorter (31 Jan + 1 → 28/29 Feb). */
function shiftMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number)
  const first = new Date(Date.UTC(y, m - 1 + months, 1))
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  const pad = (n: number, width: number) => String(n).padStart(width, '0')
  return `${pad(first.getUTCFullYear(), 4)}-${pad(first.getUTCMonth() + 1, 2)}-${pad(Math.min(d, last), 2)}`
}

export function Calendar({ value, firstDayOfWeek, locale, min, max, onPick, onClose }: CalendarProps) {
  const { t } = useT()
  const titleId = useId()
  const today = companyToday()
  const [focused, setFocused] = useState(value || today)
  const grid = useRef<HTMLTableElement>(null)
  // The grid takes the focus when it opens and when the keyboard moves in it, not on the month buttons.
  const focusGrid = useRef(true)
  useEffect(() => {
    if (!focusGrid.current) return
    grid.current?.querySelector<HTMLButtonElement>(`[data-day="${focused}"]`)?.focus()
  }, [focused])

  const monthStart = `${focused.slice(0, 8)}01`
  const start = addDaysIso(monthStart, -((isoWeekday(monthStart) - firstDayOfWeek + 7) % 7))
  const weeks = Array.from({ length: 6 }, (_, w) =>
    Array.from({ length: 7 }, (_, d) => addDaysIso(start, w * 7 + d))
  )
  const title = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    dayOf(monthStart)
  )
  const short = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' })
  const long = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' })
  const full = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' })
  const allowed = (iso: string) => (!min || iso >= min) && (!max || iso <= max)

  const keyMoves: Partial<Record<string, (iso: string) => string>> = {
    ArrowLeft: (iso) => addDaysIso(iso, -1),
    ArrowRight: (iso) => addDaysIso(iso, 1),
    ArrowUp: (iso) => addDaysIso(iso, -7),
    ArrowDown: (iso) => addDaysIso(iso, 7),
    PageUp: (iso) => shiftMonths(iso, -1),
    PageDown: (iso) => shiftMonths(iso, 1),
    Home: (iso) => addDaysIso(iso, -((isoWeekday(iso) - firstDayOfWeek + 7) % 7)),
    End: (iso) => addDaysIso(iso, 6 - ((isoWeekday(iso) - firstDayOfWeek + 7) % 7))
  }
  const onGridKey = (event: KeyboardEvent) => {
    const move = keyMoves[event.key]
    if (!move) return
    event.preventDefault()
    focusGrid.current = true
    setFocused(move(focused))
  }
  const turn = (months: number) => {
    focusGrid.current = false
    setFocused(shiftMonths(focused, months))
  }

  return (
    <PopupFrame
      label={t('dateEntry.calendar')}
      testId="calendar"
      title={title}
      titleId={titleId}
      previous={{ label: t('dateEntry.previousMonth'), go: () => turn(-1) }}
      next={{ label: t('dateEntry.nextMonth'), go: () => turn(1) }}
      onClose={onClose}
    >
      <table role="grid" aria-labelledby={titleId} ref={grid} onKeyDown={onGridKey}>
        <thead>
          <tr>
            {weeks[0].map((day) => (
              <th key={day} scope="col" abbr={long.format(dayOf(day))} data-testid="calendar-weekday">
                {short.format(dayOf(day))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((day) => (
                <td key={day} aria-selected={day === value}>
                  <button
                    type="button"
                    data-day={day}
                    tabIndex={day === focused ? 0 : -1}
                    className={[
                      'calendar-day',
                      day.slice(0, 7) === monthStart.slice(0, 7) ? '' : 'outside',
                      day === value ? 'chosen' : '',
                      day === today ? 'today' : ''
                    ].join(' ')}
                    aria-label={full.format(dayOf(day))}
                    aria-current={day === today ? 'date' : undefined}
                    disabled={!allowed(day)}
                    onClick={() => onPick(day)}
                  >
                    {Number(day.slice(8))}
                  </button>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </PopupFrame>
  )
}

interface PopupFrameProps {
  label: string
  testId: string
  title: string
  titleId?: string
  previous: { label: string; go: () => void }
  next: { label: string; go: () => void }
  onClose: () => void
  children: ReactNode
}

/** The popup a date, week or month field opens: a dialog with a title between ‹ and ›; Escape closes it. */
export function PopupFrame({
  label,
  testId,
  title,
  titleId,
  previous,
  next,
  onClose,
  children
}: PopupFrameProps) {
  return (
    <div
      role="dialog"
      aria-label={label}
      className="calendar-popup"
      data-testid={testId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        event.stopPropagation()
        onClose()
      }}
    >
      <div className="calendar-head">
        <button type="button" className="calendar-turn" aria-label={previous.label} onClick={previous.go}>
          ‹
        </button>
        <p id={titleId} className="calendar-title" aria-live="polite">
          {title}
        </p>
        <button type="button" className="calendar-turn" aria-label={next.label} onClick={next.go}>
          ›
        </button>
      </div>
      {children}
    </div>
  )
}
