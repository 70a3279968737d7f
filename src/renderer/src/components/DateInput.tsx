/**
 * Date and time fields that follow Settings → Region (issue 14), in place of the browser's own
 * inputs (which write the browser's order, mm/dd/yyyy in an English browser whatever the region).
 * The text is the region's ("04/12/2026", "2026. 12. 04.", "2:30 PM"); the value behind it stays ISO
 * ("2026-12-04", "14:30", "2026-12-04T14:30"), and ISO typed or pasted is read too. A text that is
 * no date says why beside the field once the user leaves it; the form gets '' for it, as from a native
 * input holding half a date (screens watch the value as a date), and a form holding such a field is not
 * sent (submit or Ctrl+S): the field takes the focus and says why.
 */
import { useId } from 'react'
import { readEntryDate, readEntryTime, writeEntryDate, writeEntryTime } from '../../../shared/date-entry'
import { useT } from '../i18n'
import { Calendar } from './Calendar'
import { FieldFrame } from './fields'
import { ProblemBelow, useHoldWhileUnreadable, useProblem } from './entry-problem'
import { PickerFrame, usePicker } from './PickerFrame'
import {
  EXAMPLE_DAY,
  textBox,
  useEntryField,
  useEntryFormat,
  useEntryText,
  useFieldRef,
  type EntryProps
} from './typed-entry'

interface DateProps extends EntryProps {
  /** The earliest and latest ISO days allowed, as a native input's min and max. */
  min?: string
  max?: string
  /** A whole ISO date and time pasted ("2026-03-02T09:00") goes here (a date-and-time field), not to onChange. */
  onDateTime?: (value: string) => void
}

const EXAMPLE_TIME = '14:30'

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
  const { field, attach } = useFieldRef(inputRef)
  const picker = usePicker('date')

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
    picker.close()
  }
  const pattern = entry.date.replace(/YYYY|MM|DD/g, (part) =>
    part === 'YYYY' ? t('dateEntry.year') : part === 'MM' ? t('dateEntry.month') : t('dateEntry.day')
  )
  const problemId = `${id}-problem`
  return (
    <>
      <PickerFrame
        {...picker}
        className={className}
        disabled={input.disabled}
        testId={input['data-testid']}
        popup={
          <Calendar
            value={reading.kind === 'date' ? reading.iso : ''}
            firstDayOfWeek={entry.firstDayOfWeek}
            locale={entry.locale}
            min={min}
            max={max}
            onPick={pick}
            onClose={picker.close}
          />
        }
      >
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
      </PickerFrame>
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
