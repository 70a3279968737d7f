/** Turns API failures into what a form shows: field errors beside fields, one message on top. */
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import { keyed } from '../../../shared/errors'
import { ApiCallError } from '../api/client'

export function messageOf(error: unknown): string {
  if (error instanceof ApiCallError) return error.error.message
  // Not an API answer (a bug in the screen): the general message, by key; never a stack trace.
  return keyed('somethingWentWrong')
}

/**
 * Puts the API's field errors on the form. Paths come as the API saw them
 * ("customer.contacts.0.email"); `prefix` ("customer.") is stripped to get the form's path.
 * `rename` maps API fields to form fields where they differ (unitPriceCents -> price).
 */
export function applyFieldErrors<Values extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<Values>,
  prefix: string,
  rename: Record<string, string> = {}
): number {
  if (!(error instanceof ApiCallError) || !error.error.fields) return 0
  let count = 0
  for (const [rawPath, message] of Object.entries(error.error.fields)) {
    const path = rawPath.startsWith(prefix) ? rawPath.slice(prefix.length) : rawPath
    if (path === '_' || path === '') continue
    setError(
      (rename[path] ?? path) as Path<Values>,
      { type: 'server', message },
      { shouldFocus: count === 0 }
    )
    count++
  }
  return count
}
