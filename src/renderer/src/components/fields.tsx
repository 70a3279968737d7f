/**
 * Form fields bound to react-hook-form through the form context. Every input has a label,
 * and its error (from the shared zod schema or from the API) sits right under it, linked
 * with aria-invalid and aria-describedby.
 */
import {
  Children,
  useEffect,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes
} from 'react'
import { useFormContext, type FieldErrors, type RegisterOptions } from 'react-hook-form'
import { useT } from '../i18n'

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

interface FieldFrameProps {
  name: string
  label: string
  hint?: string
  required?: boolean
  className?: string
  /** A problem the field itself found (a typed date it cannot read), shown instead of the form's. */
  problem?: string | null
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode
}

export function FieldFrame({ name, label, hint, required, className, problem, children }: FieldFrameProps) {
  const { t, tm } = useT()
  const {
    formState: { errors }
  } = useFormContext()
  const id = fieldId(name)
  const error = problem ?? errorAt(errors, name)
  const described = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ')
  return (
    <div className={['field', error ? 'has-error' : '', className ?? ''].join(' ')}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="required-mark" aria-label={t('common.required')}>
            {' '}
            *
          </span>
        )}
      </label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': described || undefined })}
      {hint && !error && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" data-testid={`error-${name}`}>
          {tm(error)}
        </p>
      )}
    </div>
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
