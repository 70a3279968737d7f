/**
 * Errors cross the API boundary as data, never as stack traces.
 * `fields` maps a dotted field path (e.g. "contacts.0.email") to a message the form shows next to it.
 */
export type ApiErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'unknown_method'
  | 'unauthorized'
  | 'cancelled'
  | 'internal'

export interface ApiError {
  code: ApiErrorCode
  message: string
  fields?: Record<string, string>
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError }

/** Thrown by services for expected failures; the API turns it into an ApiError. */
export class DomainError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: Record<string, string>
  ) {
    super(message)
    this.name = 'DomainError'
  }
}

export function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value
}
