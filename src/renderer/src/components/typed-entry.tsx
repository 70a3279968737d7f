/**
 * What the date, time, week and month fields share in reading what is typed (DateInput.tsx,
 * PeriodInput.tsx): the region's entry formats, the text kept in step with the value, the text box's
 * attributes and its handle. A text that is no date is dealt with in entry-problem.tsx; the pickers
 * (the calendar, the month grid) open from PickerFrame.tsx.
 */
import { useCallback, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react'
import { useController, useFormContext } from 'react-hook-form'
import { entryDateFormat } from '../../../shared/date-entry'
import { clockLocale } from '../../../shared/region'
import { useFormat } from './format'

export interface EntryProps {
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

/** A day the fields' problems give as an example of what to type. */
export const EXAMPLE_DAY = '2026-12-24'

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

/** A form field (react-hook-form context) holding an ISO value: label, hint and problem in the usual frame. */
export function useEntryField(name: string) {
  const { control } = useFormContext()
  const { field } = useController({ name, control })
  const [problem, setProblem] = useState<string | null>(null)
  const value = typeof field.value === 'string' ? field.value : ''
  return { field, value, problem, setProblem }
}
