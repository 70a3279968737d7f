/**
 * Date and time fields that follow Settings → Region (issue 14), in place of the browser's own
 * inputs (which write the browser's order, mm/dd/yyyy in an English browser whatever the region).
 * The text is the region's ("04/12/2026", "2026. 12. 04.", "2:30 PM"); the value behind it stays ISO
 * ("2026-12-04", "14:30", "2026-12-04T14:30"), and ISO typed or pasted is read too. A text that is
 * no date says why beside the field once the user leaves it; the form gets '' for it, as from a native
 * input holding half a date (screens watch the value as a date), and a form holding such a field is not
 * sent (submit or Ctrl+S): the field takes the focus and says why.
 */
import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent as ReactFocusEvent,
  type KeyboardEvent as ReactKeyboardEvent,
  type RefObject
} from 'react'
import { useController, useFormContext } from 'react-hook-form'
import {
  entryDateFormat,
  readEntryDate,
  readEntryTime,
  writeEntryDate,
  writeEntryTime
} from '../../../shared/date-entry'
import { clockLocale } from '../../../shared/region'
import { useT } from '../i18n'
import { Calendar } from './Calendar'
import { FieldFrame } from './fields'
import { useFormat } from './format'

interface EntryProps {
  id?: string
  name?: string
  /** ISO ("2026-12-04" / "14:30"), or '' for none. */
  value: string
  /** The ISO value, or '': valid when the text is empty, not when it is no date (a filter keeps its last). */
  onChange: (value: string, valid: boolean) => void
  onBlur?: () => void
  /** When given, the field's own problem goes here (a form field shows it in its frame), not under it. */
  onProblem?: (problem: string | null) => void
  inputRef?: (element: HTMLInputElement | null) => void
  required?: boolean
  disabled?: boolean
  className?: string
  'data-testid'?: string
  'aria-label'?: string
  'aria-invalid'?: boolean
  'aria-describedby'?: string
  title?: string
  onKeyDown?: (event: ReactKeyboardEvent<HTMLInputElement>) => void
}

interface DateProps extends EntryProps {
  /** The earliest and latest ISO days allowed, as a native input's min and max. */
  min?: string
  max?: string
  /** A whole ISO date and time pasted ("2026-03-02T09:00") goes here (a date-and-time field), not to onChange. */
  onDateTime?: (value: string) => void
}

export const EXAMPLE_DAY = '2026-12-24'
const EXAMPLE_TIME = '14:30'

/** The region's entry formats as the screen reads them now. */
export function useEntryFormat() {
  const format = useFormat()
  return {
    date: entryDateFormat(format.region.dateFormat, format.locale),
    clock: format.region.clock,
    locale: format.locale,
    /** The words of a 12-hour clock: the region's way of writing the language ("PM" in a US region). */
    clockLocale: clockLocale(format.locale, format.region),
    firstDayOfWeek: format.firstDayOfWeek
  }
}

/**
 * The text a field shows, kept in step with a value set from outside (a form reset, an end moved with
 * its start) and with the region: the text is written anew when it no longer reads as the value.
 */
export function useEntryText(value: string, written: string, read: (text: string) => string, shape: string) {
  const [text, setText] = useState(written)
  const [seen, setSeen] = useState({ value, shape })
  if (seen.value !== value || seen.shape !== shape) {
    setSeen({ value, shape })
    if (seen.shape !== shape || read(text) !== value) setText(written)
  }
  return [text, setText] as const
}

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

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined

/**
 * What the date and the time text box share: the ISO value behind the text (data-value), and the
 * field's own problem wired for screen readers when no frame around it shows the problem.
 */
export function textBox(
  input: Omit<EntryProps, 'value' | 'onChange' | 'onBlur' | 'onProblem' | 'inputRef' | 'className'>,
  own: { id: string; iso: string; shown: string | null; framed: boolean },
  attach: (element: HTMLInputElement | null) => void
) {
  const mine = !own.framed && own.shown !== null
  return {
    ...input,
    id: own.id,
    type: 'text',
    autoComplete: 'off',
    spellCheck: false,
    'data-value': own.iso,
    'aria-invalid': input['aria-invalid'] || mine || undefined,
    'aria-describedby': describedBy(input['aria-describedby'], mine && `${own.id}-problem`),
    ref: attach
  }
}

/** The field's own handle on its text box, passed on to the form's (react-hook-form focuses it). */
export function useFieldRef(inputRef: EntryProps['inputRef']) {
  const field = useRef<HTMLInputElement | null>(null)
  const attach = useCallback(
    (element: HTMLInputElement | null) => {
      field.current = element
      inputRef?.(element)
    },
    [inputRef]
  )
  return { field, attach }
}

/**
 * A field's popup (the calendar, the month grid): opened and closed by its button, closed by a click
 * outside the field or by the focus leaving field and popup (`onFrameBlur` on the frame around both).
 */
export function usePopup() {
  const [open, setOpen] = useState(false)
  const frame = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    if (!open) return
    const away = (event: MouseEvent) => {
      if (!frame.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', away)
    return () => document.removeEventListener('mousedown', away)
  }, [open])
  const onFrameBlur = (event: ReactFocusEvent) => {
    const to = event.relatedTarget
    if (open && to && !frame.current?.contains(to)) setOpen(false)
  }
  return { open, setOpen, frame, onFrameBlur }
}

/** The calendar button beside a date, week or month field. */
export function PopupButton({
  label,
  open,
  disabled,
  onClick,
  ...rest
}: {
  label: string
  open: boolean
  disabled?: boolean
  onClick: () => void
  'data-testid'?: string
}) {
  return (
    <button
      type="button"
      className="date-entry-open"
      aria-label={label}
      aria-haspopup="dialog"
      aria-expanded={open}
      disabled={disabled}
      data-testid={rest['data-testid']}
      onClick={onClick}
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
        <path
          fill="currentColor"
          d="M4,0h1.5v2h5V0H12v2h2a1,1,0,0,1,1,1v12a1,1,0,0,1-1,1H2a1,1,0,0,1-1-1V3a1,1,0,0,1,1-1h2V0Zm-1.5,6v8.5h11V6h-11Z"
        />
      </svg>
    </button>
  )
}

export function DateInput({
  min,
  max,
  onProblem,
  inputRef,
  onChange,
  onBlur,
  value,
  className,
  onDateTime,
  ...input
}: DateProps) {
  const { t } = useT()
  const entry = useEntryFormat()
  const ownId = useId()
  const id = input.id ?? ownId
  const show = (iso: string) => writeEntryDate(iso, entry.date) || iso
  const read = (typed: string) => {
    const reading = readEntryDate(typed, entry.date)
    return reading.kind === 'date' ? reading.iso : ''
  }
  const [text, setText] = useEntryText(value, show(value), read, entry.date)
  const { open, setOpen, frame, onFrameBlur } = usePopup()
  const { field, attach } = useFieldRef(inputRef)

  const reading = readEntryDate(text, entry.date)
  const problem =
    reading.kind === 'unreadable'
      ? t('dateEntry.unreadable', { example: show(EXAMPLE_DAY) })
      : reading.kind === 'noSuchDay'
        ? t('dateEntry.noSuchDay', { text: text.trim() })
        : reading.kind === 'date' && min && reading.iso < min
          ? t('dateEntry.tooEarly', { date: show(min) })
          : reading.kind === 'date' && max && reading.iso > max
            ? t('dateEntry.tooLate', { date: show(max) })
            : null
  const { shown, leave } = useProblem(problem, onProblem)
  useHoldWhileUnreadable(problem !== null, field, leave)
  const inRange = (iso: string) => (!min || iso >= min) && (!max || iso <= max)

  const type = (typed: string) => {
    setText(typed)
    const whole = /^\s*(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(typed)
    if (whole && onDateTime) {
      setText(show(whole[1]))
      onDateTime(`${whole[1]}T${whole[2]}`)
      return
    }
    const r = readEntryDate(typed, entry.date)
    if (r.kind === 'empty') onChange('', true)
    else if (r.kind === 'date' && inRange(r.iso)) onChange(r.iso, true)
    else onChange('', false)
  }
  const pick = (iso: string) => {
    setText(show(iso))
    onChange(iso, true)
    setOpen(false)
    field.current?.focus()
  }
  const pattern = entry.date.replace(/YYYY|MM|DD/g, (part) =>
    part === 'YYYY' ? t('dateEntry.year') : part === 'MM' ? t('dateEntry.month') : t('dateEntry.day')
  )
  const problemId = `${id}-problem`
  return (
    <>
      <span className={['date-entry', className ?? ''].join(' ')} ref={frame} onBlur={onFrameBlur}>
        <input
          {...textBox(input, { id, iso: read(text), shown, framed: Boolean(onProblem) }, attach)}
          placeholder={pattern}
          value={text}
          onChange={(event) => type(event.target.value)}
          onBlur={() => {
            leave()
            if (reading.kind === 'date') setText(show(reading.iso))
            onBlur?.()
          }}
        />
        <PopupButton
          label={t('dateEntry.openCalendar')}
          open={open}
          disabled={input.disabled}
          data-testid={input['data-testid'] ? `${input['data-testid']}-calendar` : undefined}
          onClick={() => setOpen((o) => !o)}
        />
        {open && (
          <Calendar
            value={reading.kind === 'date' ? reading.iso : ''}
            firstDayOfWeek={entry.firstDayOfWeek}
            locale={entry.locale}
            min={min}
            max={max}
            onPick={pick}
            onClose={() => {
              setOpen(false)
              field.current?.focus()
            }}
          />
        )}
      </span>
      {!onProblem && <ProblemBelow id={problemId} problem={shown} />}
    </>
  )
}

export function TimeInput({ onProblem, inputRef, onChange, onBlur, value, className, ...input }: EntryProps) {
  const { t } = useT()
  const entry = useEntryFormat()
  const ownId = useId()
  const id = input.id ?? ownId
  const show = (time: string) => writeEntryTime(time, entry.clock, entry.clockLocale) || time
  const read = (typed: string) => readEntryTime(typed, entry.clockLocale) ?? ''
  const { field, attach } = useFieldRef(inputRef)
  const [text, setText] = useEntryText(value, show(value), read, `${entry.clock} ${entry.clockLocale}`)
  const time = text.trim() === '' ? '' : readEntryTime(text, entry.clockLocale)
  const problem = time === null ? t('dateEntry.timeUnreadable', { example: show(EXAMPLE_TIME) }) : null
  const { shown, leave } = useProblem(problem, onProblem)
  useHoldWhileUnreadable(problem !== null, field, leave)
  const problemId = `${id}-problem`
  return (
    <>
      <input
        {...textBox(input, { id, iso: read(text), shown, framed: Boolean(onProblem) }, attach)}
        placeholder={`${t('dateEntry.hour')}:${t('dateEntry.minute')}`}
        className={['time-entry', className ?? ''].join(' ')}
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          onChange(
            read(event.target.value),
            event.target.value.trim() === '' || read(event.target.value) !== ''
          )
        }}
        onBlur={() => {
          leave()
          if (time) setText(show(time))
          onBlur?.()
        }}
      />
      {!onProblem && <ProblemBelow id={problemId} problem={shown} />}
    </>
  )
}

/** "2026-03-02T09:00" (the computer's wall clock, as a datetime-local input held it) as a date and a time field. */
function DateTimeInput({ value, onChange, timeLabel, ...input }: EntryProps & { timeLabel: string }) {
  const cut = value.indexOf('T')
  const date = cut < 0 ? value : value.slice(0, cut)
  const time = cut < 0 ? '' : value.slice(cut + 1)
  const join = (d: string, tm: string) => (d === '' && tm === '' ? '' : `${d}T${tm}`)
  const testId = input['data-testid']
  return (
    <span className="datetime-entry">
      <DateInput
        {...input}
        value={date}
        // A whole ISO date and time pasted into the date ("2026-03-02T09:00") fills both.
        onDateTime={(whole) => onChange(whole, true)}
        onChange={(d, valid) => onChange(join(d, time), valid && readEntryTime(time, 'en') !== null)}
      />
      <TimeInput
        id={input.id ? `${input.id}-time` : undefined}
        name={input.name ? `${input.name}-time` : undefined}
        disabled={input.disabled}
        required={input.required}
        aria-label={timeLabel}
        aria-invalid={input['aria-invalid']}
        data-testid={testId ? `${testId}-time` : undefined}
        value={time}
        onChange={(tm, valid) => onChange(join(date, tm), valid && /^\d{4}-\d{2}-\d{2}$/.test(date))}
      />
    </span>
  )
}

interface FieldProps {
  name: string
  label: string
  hint?: string
  required?: boolean
  disabled?: boolean
  fieldClassName?: string
  'data-testid'?: string
  min?: string
  max?: string
  /** The form holds null, not '', for no date. */
  nullWhenEmpty?: boolean
}

/** A form field (react-hook-form context) holding an ISO value: label, hint and problem in the usual frame. */
export function useEntryField(name: string) {
  const { control } = useFormContext()
  const { field } = useController({ name, control })
  const [problem, setProblem] = useState<string | null>(null)
  const value = typeof field.value === 'string' ? field.value : ''
  return { field, value, problem, setProblem }
}

type Kind = 'date' | 'time' | 'dateTime'

function EntryField({
  kind,
  name,
  label,
  hint,
  required,
  fieldClassName,
  nullWhenEmpty,
  ...input
}: FieldProps & { kind: Kind }) {
  const { t } = useT()
  const { field, value, problem, setProblem } = useEntryField(name)
  return (
    <FieldFrame
      name={name}
      label={label}
      hint={hint}
      required={required}
      className={fieldClassName}
      problem={problem}
    >
      {(aria) => {
        const props = {
          ...input,
          ...aria,
          name,
          required,
          value,
          inputRef: field.ref,
          onChange: (v: string) => field.onChange(v === '' && nullWhenEmpty ? null : v),
          onBlur: field.onBlur,
          onProblem: setProblem
        }
        if (kind === 'time') return <TimeInput {...props} />
        if (kind === 'dateTime')
          return <DateTimeInput {...props} timeLabel={t('dateEntry.time', { label })} />
        return <DateInput {...props} />
      }}
    </FieldFrame>
  )
}

export const DateField = (props: FieldProps) => <EntryField kind="date" {...props} />
export const TimeField = (props: FieldProps) => <EntryField kind="time" {...props} />
export const DateTimeField = (props: FieldProps) => <EntryField kind="dateTime" {...props} />

/** A date in a form row without a frame of its own (a table cell): labelled by aria-label, problem below. */
export function FormDateInput({ name, ...input }: Omit<DateProps, 'value' | 'onChange'> & { name: string }) {
  const { field, value } = useEntryField(name)
  return (
    <DateInput
      {...input}
      name={name}
      value={value}
      inputRef={field.ref}
      onChange={(v) => field.onChange(v)}
      onBlur={field.onBlur}
    />
  )
}
