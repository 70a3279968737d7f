/** Turns API failures into what a form shows: field errors beside fields, one message on top. */
import type { FieldValues, UseFormSetError } from 'react-hook-form'
import { keyed, type FixPlace } from '../../../shared/errors'
import { ApiCallError } from '../api/client'
import type { BannerMessage } from './Banner'
import { markFieldProblems } from './field-problems'

export function messageOf(error: unknown): string {
  if (error instanceof ApiCallError) return error.error.message
  // Not an API answer (a bug in the screen): the general message, by key; never a stack trace.
  return keyed('somethingWentWrong')
}

/**
 * The API's problem with each field of a refused input (path as the API saw it → message key),
 * none when the failure is not a refusal of the input: for a screen that marks its own fields
 * rather than a react-hook-form (`applyFieldErrors`).
 */
export function fieldProblemsOf(error: unknown): Record<string, string> {
  return error instanceof ApiCallError ? (error.error.fields ?? {}) : {}
}

/** The page (and its label's key) where the user fixes what a refusal names with `fixAt`. */
const fixRoutes: Record<FixPlace, { to: string; label: 'common.fixCompany' }> = {
  'settings.company': { to: '/settings?section=company', label: 'common.fixCompany' }
}

/**
 * A refusal as a banner: its message and, when the API names where to fix it (`fixAt`), a link
 * there ("Open Settings → Company"). `t` is the screen's translator.
 */
export function errorBanner(error: unknown, t: (key: 'common.fixCompany') => string): BannerMessage {
  const fix = error instanceof ApiCallError && error.error.fixAt ? fixRoutes[error.error.fixAt] : null
  return {
    kind: 'error',
    text: messageOf(error),
    ...(fix ? { link: { label: t(fix.label), to: fix.to } } : {})
  }
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
  return markFieldProblems(fieldProblemsOf(error), setError, (apiPath) => {
    const path = apiPath.startsWith(prefix) ? apiPath.slice(prefix.length) : apiPath
    return rename[path] ?? path
  }).length
}
