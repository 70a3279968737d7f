/**
 * A labelled date bound to the screen's state (a call's next step, a campaign response's day, an
 * investigation's step and note): what LabelledInput is for a text, for a DateInput. `onValue` gets
 * the ISO day on every change ('' while the text is no day), as each screen's DateInput took it; a
 * text that is no day still says why under the box.
 */
import type { ComponentProps, ReactNode } from 'react'
import { DateInput } from './DateInput'
import { Field } from './fields'

type LabelledDateProps = Omit<
  ComponentProps<typeof DateInput>,
  'id' | 'onChange' | 'aria-invalid' | 'aria-describedby'
> & {
  id: string
  label: ReactNode
  hint?: ReactNode
  /** A problem the screen was told about (the API's, for this field), shown instead of the hint. */
  error?: ReactNode
  /** The class of the field's box (the text box takes `className`). */
  fieldClassName?: string
  onValue: (value: string) => void
}

export function LabelledDate({
  id,
  label,
  hint,
  error,
  fieldClassName,
  onValue,
  ...input
}: LabelledDateProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={fieldClassName}>
      {(aria) => <DateInput {...input} {...aria} onChange={(value) => onValue(value)} />}
    </Field>
  )
}
