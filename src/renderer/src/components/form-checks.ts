/**
 * Checking a form against the shared zod schema before it goes to the API, so problems show
 * beside their fields at once (the API checks again with the same schema).
 */
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import type { z } from 'zod'
import type { BannerMessage } from './Banner'
import { markFieldProblems } from './field-problems'

/** Puts zod issues from a shared schema on the form's fields (a field's last issue); returns how many fields. */
export function applyIssues<V extends FieldValues>(
  issues: z.core.$ZodIssue[],
  setError: UseFormSetError<V>,
  rename: Record<string, string> = {}
): number {
  const problems: Record<string, string> = {}
  for (const issue of issues) problems[issue.path.join('.')] = issue.message
  return markFieldProblems(problems, setError, (path) => rename[path] ?? path).length
}

/** Plainer words than the schema's for what the user left empty: no customer chosen, no time typed. */
export function friendlier<V extends FieldValues>(
  values: V,
  setError: UseFormSetError<V>,
  t: (key: string) => string
): void {
  if ('customerId' in values && values.customerId === null)
    setError('customerId' as Path<V>, { type: 'required', message: t('visit.chooseCustomer') })
  for (const name of ['startAt', 'endAt']) {
    if (name in values && values[name] === '')
      setError(name as Path<V>, { type: 'required', message: t('visit.enterTime') })
  }
}

/**
 * Whether the form's `input` passes the shared schema. When it does not, each field shows its
 * problem (`rename` maps schema fields to form fields where they differ) and the banner asks
 * the user to check the fields.
 */
export function checkInput<V extends FieldValues>(
  schema: z.ZodType,
  input: unknown,
  form: { values: V; setError: UseFormSetError<V>; rename?: Record<string, string> },
  report: { t: (key: string) => string; setMessage: (message: BannerMessage) => void }
): boolean {
  const parsed = schema.safeParse(input)
  if (parsed.success) return true
  applyIssues(parsed.error.issues, form.setError, form.rename)
  friendlier(form.values, form.setError, report.t)
  report.setMessage({ kind: 'error', text: report.t('messages.correctMarkedFields') })
  return false
}
