/**
 * A week and a month typed the region's way (issue 14), in place of the browser's week and month
 * inputs (which write the browser's language and order: "Week 49, 2026", "September 2027").
 * WeekInput shows "W49 · 30 Nov – 6 Dec 2026" (the days as the region writes them, the month in the
 * language's words) and reads a week number, an ISO week or a day of the week; MonthField shows the
 * region's order without the day ("09/2027", "2027. 09.") and reads what a card prints ("09/27"); its
 * grid names the months in the interface's language. Values stay ISO ("2026-W49", "2027-09").
 */
import { useRef, useState, type KeyboardEvent } from 'react'
import {
  entryMonthFormat,
  readEntryMonth,
  readEntryWeek,
  writeDayRange,
  writeEntryDate,
  writeEntryMonth
} from '../../../shared/date-entry'
import { addIsoWeeks, isoWeekOf, isoWeekRange } from '../../../shared/iso-week'
import { useT } from '../i18n'
import { Calendar, PopupFrame } from './Calendar'
import { FieldFrame } from './fields'
import { companyToday, useFormat } from './format'
import { ProblemBelow, useHoldWhileUnreadable, useProblem } from './entry-problem'
import { PickerFrame, usePicker } from './PickerFrame'
import { EXAMPLE_DAY, textBox, useEntryField, useEntryFormat, useEntryText, useFieldRef } from './typed-entry'

interface WeekInputProps {
  id: string
  /** An ISO week, "2026-W49". */
  value: string
  onChange: (week: string) => void
  'data-testid'?: string
}

/**
 * A week browsed by steps or typed: ‹ the week field › and "This week", as the weekly figures and the
 * calls per day show it. Test ids: `{testId}-previous`, `{testId}-input`, `{testId}-next`.
 */
export function WeekStepper({
  id,
  value,
  onChange,
  testId
}: Omit<WeekInputProps, 'data-testid'> & { testId: string }) {
  const { t } = useT()
  const step = (weeks: number) => onChange(addIsoWeeks(value, weeks))
  return (
    <div className="week-picker" role="group" aria-label={t('dateEntry.week')}>
      <button
        type="button"
        onClick={() => step(-1)}
        aria-label={t('dateEntry.previousWeek')}
        title={t('dateEntry.previousWeek')}
        data-testid={`${testId}-previous`}
      >
        ‹
      </button>
      <label className="visually-hidden" htmlFor={id}>
        {t('dateEntry.week')}
      </label>
      <WeekInput id={id} value={value} onChange={onChange} data-testid={`${testId}-input`} />
      <button
        type="button"
        onClick={() => step(1)}
        aria-label={t('dateEntry.nextWeek')}
        title={t('dateEntry.nextWeek')}
        data-testid={`${testId}-next`}
      >
        ›
      </button>
      <button type="button" className="link-button" onClick={() => onChange(isoWeekOf(companyToday()))}>
        {t('dateEntry.thisWeek')}
      </button>
    </div>
  )
}

/**
 * The week field: a typed week is taken on Enter or when the field is left (not while "2026-W4" is half
 * of "2026-W47"); the calendar takes the week of the day picked. Its weeks are ISO weeks, so its rows
 * start on Monday whatever the region's first day.
 */
export function WeekInput({ id, value, onChange, ...rest }: WeekInputProps) {
  const { t } = useT()
  const format = useFormat()
  const entry = useEntryFormat()
  const titleOf = (week: string) => {
    const { start, end } = isoWeekRange(week)
    const days = writeDayRange(
      start,
      end,
      format.region.dateFormat === 'medium' ? 'medium' : entry.date,
      format.locale
    )
    return t('dateEntry.weekTitle', { week: Number(week.slice(6)), days })
  }
  const title = titleOf(value)
  const read = (typed: string) =>
    typed.trim() === title ? value : (readEntryWeek(typed, value, entry.date) ?? '')
  const [text, setText] = useEntryText(value, title, read, title)
  const { field, attach } = useFieldRef(undefined)
  const picker = usePicker('week')
  const week = read(text)
  const problem =
    week === ''
      ? t('dateEntry.weekUnreadable', {
          number: Number(value.slice(6)),
          week: value,
          day: writeEntryDate(EXAMPLE_DAY, entry.date)
        })
      : null
  const { shown, leave } = useProblem(problem, undefined)
  useHoldWhileUnreadable(problem !== null, field, leave)

  const take = () => {
    leave()
    if (week !== '' && week !== value) onChange(week)
    else if (week === value) setText(title)
  }
  return (
    <>
      <PickerFrame
        {...picker}
        testId={rest['data-testid']}
        popup={
          <Calendar
            value={isoWeekRange(value).start}
            firstDayOfWeek={1}
            locale={entry.locale}
            onPick={(day) => {
              picker.close()
              onChange(isoWeekOf(day))
            }}
            onClose={picker.close}
          />
        }
      >
        <input
          {...textBox(
            { 'data-testid': rest['data-testid'] },
            { id, iso: week, shown, framed: false },
            attach
          )}
          size={Math.max(title.length, 14)}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return
            event.preventDefault()
            take()
          }}
          onBlur={take}
        />
      </PickerFrame>
      <ProblemBelow id={`${id}-problem`} problem={shown} />
    </>
  )
}

/** Twelve months of a year as buttons named in the language; arrows move, Enter picks, Escape closes. */
function MonthGrid({
  value,
  locale,
  onPick,
  onClose
}: {
  value: string
  locale: string
  onPick: (month: string) => void
  onClose: () => void
}) {
  const { t } = useT()
  const [year, setYear] = useState(Number((value || companyToday()).slice(0, 4)))
  const grid = useRef<HTMLDivElement>(null)
  const name = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' })
  const long = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' })
  const monthOf = (m: number) => `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}`
  const moves: Partial<Record<string, number>> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -3, ArrowDown: 3 }
  const onKey = (event: KeyboardEvent) => {
    const step = moves[event.key]
    const at = Number((event.target as HTMLElement).dataset.month ?? 0)
    if (!step || !at) return
    event.preventDefault()
    const next = at + step
    if (next < 1 || next > 12) return
    grid.current?.querySelector<HTMLButtonElement>(`[data-month="${String(next)}"]`)?.focus()
  }
  return (
    <PopupFrame
      label={t('dateEntry.chooseMonth')}
      testId="month-grid"
      title={String(year)}
      previous={{ label: t('dateEntry.previousYear'), go: () => setYear((y) => y - 1) }}
      next={{ label: t('dateEntry.nextYear'), go: () => setYear((y) => y + 1) }}
      onClose={onClose}
    >
      <div className="month-grid" ref={grid} onKeyDown={onKey}>
        {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => {
          const day = new Date(Date.UTC(year, m - 1, 1))
          return (
            <button
              key={m}
              type="button"
              data-month={m}
              className={['calendar-day', monthOf(m) === value ? 'chosen' : ''].join(' ')}
              title={long.format(day)}
              aria-pressed={monthOf(m) === value}
              onClick={() => onPick(monthOf(m))}
            >
              {name.format(day)}
            </button>
          )
        })}
      </div>
    </PopupFrame>
  )
}

/** A month in a form ("2027-09", '' for none): label, hint and problem in the usual frame. */
export function MonthField({
  name,
  label,
  hint,
  required,
  ...rest
}: {
  name: string
  label: string
  hint?: string
  required?: boolean
  'data-testid'?: string
}) {
  const { t } = useT()
  const entry = useEntryFormat()
  const { field, value, problem, setProblem } = useEntryField(name)
  const show = (month: string) => writeEntryMonth(month, entry.date) || month
  const read = (typed: string) => readEntryMonth(typed) ?? ''
  const [text, setText] = useEntryText(value, show(value), read, entry.date)
  const { field: box, attach } = useFieldRef(field.ref)
  const picker = usePicker('month')
  const month = readEntryMonth(text)
  const own =
    month === null ? t('dateEntry.monthUnreadable', { example: show(EXAMPLE_DAY.slice(0, 7)) }) : null
  const { shown, leave } = useProblem(own, setProblem)
  useHoldWhileUnreadable(own !== null, box, leave)
  const pattern = entryMonthFormat(entry.date).replace(/YYYY|MM/g, (part) =>
    part === 'YYYY' ? t('dateEntry.year') : t('dateEntry.month')
  )
  return (
    <FieldFrame name={name} label={label} hint={hint} required={required} problem={problem}>
      {(aria) => (
        <PickerFrame
          {...picker}
          testId={rest['data-testid']}
          popup={
            <MonthGrid
              value={month ?? ''}
              locale={entry.locale}
              onPick={(picked) => {
                setText(show(picked))
                field.onChange(picked)
                picker.close()
              }}
              onClose={picker.close}
            />
          }
        >
          <input
            {...textBox(
              { ...aria, required, 'data-testid': rest['data-testid'] },
              { id: aria.id, iso: month ?? '', shown, framed: true },
              attach
            )}
            name={name}
            placeholder={pattern}
            value={text}
            onChange={(event) => {
              setText(event.target.value)
              field.onChange(readEntryMonth(event.target.value) ?? '')
            }}
            onBlur={() => {
              leave()
              if (month) setText(show(month))
              field.onBlur()
            }}
          />
        </PickerFrame>
      )}
    </FieldFrame>
  )
}
