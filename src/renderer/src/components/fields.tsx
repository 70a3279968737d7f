/**
 * Labelled fields. Every control has a label, and its hint or error sits right under it, linked with
 * aria-invalid and aria-describedby. `Field` draws that box; `TextField`, `SelectField`… are bound to
 * react-hook-form through the form context (the error from the shared zod schema or from the API);
 * `LabelledInput`, `LabelledSelect` and `LabelledTextArea` take a value and a setter (settings screens).
 */
import {
  Children,
  useEffect,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes
} from 'react'
import { useFormContext, type FieldErrors, type RegisterOptions } from 'react-hook-form'
import { useT } from '../i18n'
import { ChoiceOptions } from './ChoiceOptions'

/** "contacts.0.email" -> "f-contacts-0-email" */
export const fieldId = (name: string) => `f-${name.replace(/\./g, '-')}`

export function errorAt(errors: FieldErrors, name: string): string | undefined {
  let node: unknown = errors
  for (const part of name.split('.')) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[part]
  }
  const message = (node as { message?: unknown } | undefined)?.message
  return typeof message === 'string' ? message : undefined
}

/** What a control needs to be named by its field's label, hint and problem. */
interface FieldAria {
  id: string
  'aria-invalid': boolean
  'aria-describedby'?: string
}

interface FieldProps {
  /** The control's id, which the label points at. */
  id: string
  label: ReactNode
  /** A line under the control, shown while it has no problem. */
  hint?: ReactNode
  /** A problem with the value, worded for the reader; shown instead of the hint. */
  error?: ReactNode
  required?: boolean
  className?: string
  errorTestId?: string
  /** Ids of other text that describes the control (a section's hint), before the field's own. */
  describedBy?: string
  /** The control: given its id and aria attributes when a function, or written out with its own id. */
  children: ReactNode | ((aria: FieldAria) => ReactNode)
}

/**
 * One labelled field: `<div class="field">`, the label, the control, its hint or problem. The form
 * fields below (react-hook-form) and the plain ones (a value and a setter) all draw this.
 */
export function Field({
  id,
  label,
  hint,
  error,
  required,
  className,
  errorTestId,
  describedBy,
  children
}: FieldProps) {
  const { t } = useT()
  const hasError = error !== undefined && error !== null && error !== false && error !== ''
  const showHint = hint !== undefined && hint !== null && hint !== '' && !hasError
  const described = [describedBy, hasError ? `${id}-error` : '', showHint ? `${id}-hint` : '']
    .filter(Boolean)
    .join(' ')
  return (
    <div className={['field', hasError ? 'has-error' : '', className ?? ''].join(' ')}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="required-mark" aria-label={t('common.required')}>
            {' '}
            *
          </span>
        )}
      </label>
      {typeof children === 'function'
        ? children({ id, 'aria-invalid': hasError, 'aria-describedby': described || undefined })
        : children}
      {showHint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {hasError && (
        <p id={`${id}-error`} className="field-error" data-testid={errorTestId}>
          {error}
        </p>
      )}
    </div>
  )
}

interface FieldFrameProps {
  name: string
  label: string
  hint?: string
  required?: boolean
  className?: string
  /** A problem the field itself found (a typed date it cannot read), shown instead of the form's. */
  problem?: string | null
  children: (props: FieldAria) => ReactNode
}

/** A field of a react-hook-form form: its id from its name, its problem from the form's errors. */
export function FieldFrame({ name, label, hint, required, className, problem, children }: FieldFrameProps) {
  const { tm } = useT()
  const {
    formState: { errors }
  } = useFormContext()
  const error = problem ?? errorAt(errors, name)
  return (
    <Field
      id={fieldId(name)}
      label={label}
      hint={hint}
      error={error ? tm(error) : undefined}
      required={required}
      className={className}
      errorTestId={`error-${name}`}
    >
      {children}
    </Field>
  )
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'name'> & {
  name: string
  label: string
  hint?: string
  options?: RegisterOptions
  fieldClassName?: string
}

export function TextField({
  name,
  label,
  hint,
  options,
  fieldClassName,
  required,
  ...input
}: TextFieldProps) {
  const { register } = useFormContext()
  return (
    <FieldFrame name={name} label={label} hint={hint} required={required} className={fieldClassName}>
      {(aria) => <input type="text" {...input} {...aria} {...register(name, options)} />}
    </FieldFrame>
  )
}

export function TextAreaField({
  name,
  label,
  rows = 4,
  fieldClassName
}: {
  name: string
  label: string
  rows?: number
  fieldClassName?: string
}) {
  const { register } = useFormContext()
  return (
    <FieldFrame name={name} label={label} className={fieldClassName}>
      {(aria) => <textarea rows={rows} {...aria} {...register(name)} />}
    </FieldFrame>
  )
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name'> & {
  name: string
  label: string
  options?: RegisterOptions
  fieldClassName?: string
  children: ReactNode
}

export function SelectField({ name, label, options, fieldClassName, children, ...select }: SelectFieldProps) {
  const { register, getValues, setValue } = useFormContext()
  // Options that arrive after the form (sales executives are loaded from the store) found a
  // <select> that had shown "No sales executive" for want of the stored one: put the stored value
  // back whenever the options change, without marking the form as changed.
  const optionCount = Children.count(children)
  useEffect(() => {
    setValue(name, getValues(name))
  }, [optionCount, name, getValues, setValue])
  return (
    <FieldFrame name={name} label={label} className={fieldClassName}>
      {(aria) => (
        <select {...select} {...aria} {...register(name, options)}>
          {children}
        </select>
      )}
    </FieldFrame>
  )
}

export function CheckboxField({ name, label, testId }: { name: string; label: string; testId?: string }) {
  const { register } = useFormContext()
  const id = fieldId(name)
  return (
    <div className="field checkbox-field">
      <input type="checkbox" id={id} data-testid={testId} {...register(name)} />
      <label htmlFor={id}>{label}</label>
    </div>
  )
}

/* Plain fields: a value held by the screen (useState), not by a react-hook-form form. */

/**
 * A box to tick, bound to the screen's state, inside its label (the words tick it too): a service
 * switched on, an address kept for next time.
 */
export function LabelledCheckbox({
  label,
  checked,
  onChecked,
  testId
}: {
  label: string
  checked: boolean
  onChecked: (checked: boolean) => void
  testId?: string
}) {
  return (
    <div className="field checkbox-field">
      <label>
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => onChecked(e.target.checked)}
          data-testid={testId}
        />{' '}
        {label}
      </label>
    </div>
  )
}

// `required` goes to the control itself here (no mark beside the label, as these screens had).
type PlainFieldProps = Omit<FieldProps, 'children' | 'className' | 'required' | 'describedBy'> & {
  /** The class of the field's box (the control takes `className`). */
  fieldClassName?: string
  /** Ids of other text that describes the control (a section's hint), before the field's own. */
  'aria-describedby'?: string
}

/**
 * A plain field: its box (label, hint, problem) drawn from the field's props, and the control drawn by
 * `control` with the rest of the props and the aria attributes that tie it to the box. The three plain
 * fields below take the same field props and differ only in their control.
 */
function plainField<P extends PlainFieldProps>(
  { id, label, hint, error, errorTestId, fieldClassName, 'aria-describedby': describedBy, ...rest }: P,
  control: (props: Omit<P, keyof PlainFieldProps> & FieldAria) => ReactNode
) {
  return (
    <Field {...{ id, label, hint, error, errorTestId, describedBy }} className={fieldClassName}>
      {(aria) => control({ ...rest, ...aria })}
    </Field>
  )
}

type LabelledInputProps = PlainFieldProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'children'> & {
    ref?: Ref<HTMLInputElement>
    /** The new text, for a screen that keeps it (`onChange` still gets the event). */
    onValue?: (value: string) => void
  }

/** A labelled input bound to the screen's state. */
export function LabelledInput({ onValue, onChange, ...props }: LabelledInputProps) {
  return plainField(props, (input) => (
    <input
      {...input}
      onChange={(e) => {
        onChange?.(e)
        onValue?.(e.target.value)
      }}
    />
  ))
}

type LabelledTextAreaProps = PlainFieldProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'children' | 'onChange'> & {
    onValue: (value: string) => void
  }

/** A labelled text area bound to the screen's state. */
export function LabelledTextArea({ onValue, ...props }: LabelledTextAreaProps) {
  return plainField(props, (area) => <textarea {...area} onChange={(e) => onValue(e.target.value)} />)
}

type LabelledSelectProps<T extends string | number> = PlainFieldProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children' | 'value' | 'onChange'> & {
    /** The shown choice (a value read from elsewhere may be typed wider than the choices). */
    value: string | number
    /** The choices, in order; each is shown as `optionLabel` gives it. */
    options: readonly T[]
    optionLabel: (option: T) => string
    /** The language of an option's label when it is not the screen's (a language's own name). */
    optionLang?: (option: T) => string | undefined
    onValue: (value: T) => void
  }

/** A labelled choice among `options`, bound to the screen's state; numbers come back as numbers. */
export function LabelledSelect<T extends string | number>({
  value,
  options,
  optionLabel,
  optionLang,
  onValue,
  ...props
}: LabelledSelectProps<T>) {
  return plainField(props, (select) => (
    <select
      {...select}
      value={value}
      onChange={(e) => {
        const chosen = options.find((o) => String(o) === e.target.value)
        if (chosen !== undefined) onValue(chosen)
      }}
    >
      <ChoiceOptions choices={options} label={optionLabel} lang={optionLang} />
    </select>
  ))
}
