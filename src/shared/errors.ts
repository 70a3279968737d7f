/**
 * Errors cross the API boundary as data, never as stack traces. Every error Salesdesk makes has a
 * stable `code` (what kind of failure), and, once its area is converted, a message `key` with
 * `params` (src/shared/error-messages/) that the renderer translates; `message` is the English
 * sentence, kept for the command line, the logs and older callers.
 * `fields` maps a dotted field path (e.g. "contacts.0.email") to the English message the form shows
 * next to it; `fieldMessages` gives the same messages by key.
 */
import { errorMessages, type ErrorKey } from './error-messages'

export type ApiErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'unknown_method'
  | 'unauthorized'
  | 'cancelled'
  | 'internal'

/**
 * A parameter is a value put in as it is, or a word given by key (a document type, a status) that is
 * translated like the message itself, so no English word lands inside a translated sentence.
 */
export type MessageParams = Record<string, string | number | Message>

/** A message by key: `key` names an entry of errorMessages (the renderer's `messages.<key>`). */
export interface Message {
  key: ErrorKey
  params?: MessageParams
}

/**
 * Where the user can fix what a refusal is about: a place of the app that the renderer offers as a
 * link beside the message (the seller's missing legal name is fixed in Settings → Company).
 */
export type FixPlace = 'settings.company'

export interface ApiError {
  code: ApiErrorCode
  message: string
  key?: ErrorKey
  params?: MessageParams
  fields?: Record<string, string>
  fieldMessages?: Record<string, Message>
  fixAt?: FixPlace
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError }

export { errorMessages, type ErrorKey }

export function isErrorKey(value: unknown): value is ErrorKey {
  return typeof value === 'string' && Object.hasOwn(errorMessages, value)
}

/** Whether a value read back from JSON (a stored detail) is a message by key. */
export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && isErrorKey((value as { key?: unknown }).key)
}

/** A word given by key, as a parameter: `word('documentTypeInvoice')`. */
export function word(key: ErrorKey): Message {
  return { key }
}

/** Messages as one parameter, nested in pairs of `pairKey` (a text with {{first}} and {{second}}). */
function inPairs(messages: readonly Message[], pairKey: ErrorKey): Message | string {
  const last = messages.at(-1)
  if (last === undefined) return ''
  return messages
    .slice(0, -1)
    .reduceRight<Message>((rest, first) => ({ key: pairKey, params: { first, second: rest } }), last)
}

/** Several words by key as one parameter, "a, b, c" in the reader's language (pairs of listOfTwo). */
export const wordList = (keys: readonly ErrorKey[]): Message | string => inPairs(keys.map(word), 'listOfTwo')

/** Several sentences by key as one parameter, one after the other (pairs of sentenceThenSentence). */
export const sentences = (messages: readonly Message[]): Message | string =>
  inPairs(messages, 'sentenceThenSentence')

/** The parameters with each word given by key put in the words of `translate` (English by default). */
export function paramValues(
  params: MessageParams,
  translate: (message: Message) => string = englishMessage
): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'object' ? translate(value) : value
    ])
  )
}

/** The English sentence of a message: its text with {{name}} replaced by the parameter. */
export function englishMessage(message: Message): string {
  const params = message.params ? paramValues(message.params) : {}
  return errorMessages[message.key].replace(/\{\{\s*(\w+)\s*\}\}/g, (all, name: string) =>
    name in params ? String(params[name]) : all
  )
}

/**
 * zod takes its messages as text, so schemas write a keyed message as text with a marker:
 * "§key" or "§key {json params}". decodeMessage reads it back; both sides of the boundary decode it
 * (the API into `fieldMessages`, the renderer's forms into the user's language).
 */
const MARK = '§'

export function keyed(key: ErrorKey, params?: MessageParams): string {
  return params ? `${MARK}${key} ${JSON.stringify(params)}` : `${MARK}${key}`
}

export function decodeMessage(text: string): Message | null {
  if (!text.startsWith(MARK)) return null
  const space = text.indexOf(' ')
  const key = space < 0 ? text.slice(1) : text.slice(1, space)
  if (!isErrorKey(key)) return null
  if (space < 0) return { key }
  try {
    const params = JSON.parse(text.slice(space + 1)) as unknown
    if (typeof params === 'object' && params !== null) return { key, params: params as MessageParams }
  } catch {
    // Not JSON after all: keep the key without parameters.
  }
  return { key }
}

/** A message given as a key or as text (English, or keyed text from a schema), as English. */
export function messageText(message: Message | string): string {
  if (typeof message !== 'string') return englishMessage(message)
  const decoded = decodeMessage(message)
  return decoded ? englishMessage(decoded) : message
}

function messageRef(message: Message | string): Message | null {
  return typeof message === 'string' ? decodeMessage(message) : message
}

/** Thrown by services for expected failures; the API turns it into an ApiError. */
export class DomainError extends Error {
  readonly key?: ErrorKey
  readonly params?: MessageParams
  readonly fields?: Record<string, string>
  readonly fieldMessages?: Record<string, Message>
  /** Where to fix it (set with `fixedAt`). */
  fixAt?: FixPlace

  constructor(
    readonly code: ApiErrorCode,
    message: Message | string,
    fields?: Record<string, Message | string>,
    /** Field messages by key already known (from another ApiError). */
    knownFieldMessages?: Record<string, Message>
  ) {
    super(messageText(message))
    this.name = 'DomainError'
    const ref = messageRef(message)
    if (ref) {
      this.key = ref.key
      if (ref.params) this.params = ref.params
    }
    if (fields) {
      // Built with Object.fromEntries, not by assignment: a field path may be any key a payload
      // holds, "__proto__" included, and assigning that would set the prototype, not the field.
      const entries = Object.entries(fields)
      this.fields = Object.fromEntries(entries.map(([path, text]) => [path, messageText(text)]))
      const byKey: Record<string, Message> = Object.fromEntries([
        ...Object.entries(knownFieldMessages ?? {}),
        ...entries.flatMap(([path, text]) => {
          const fieldRef = messageRef(text)
          return fieldRef ? [[path, fieldRef] as const] : []
        })
      ])
      if (Object.keys(byKey).length > 0) this.fieldMessages = byKey
    }
  }

  /** The same failure again, e.g. a job's result re-thrown by jobs.result. */
  static from(error: ApiError): DomainError {
    const message = error.key
      ? { key: error.key, ...(error.params ? { params: error.params } : {}) }
      : error.message
    const again = new DomainError(error.code, message, error.fields, error.fieldMessages)
    return error.fixAt ? again.fixedAt(error.fixAt) : again
  }

  /** Names the place where the user fixes this (the renderer links to it): `throw conflict(…).fixedAt('settings.company')`. */
  fixedAt(place: FixPlace): this {
    this.fixAt = place
    return this
  }

  toApiError(): ApiError {
    return {
      code: this.code,
      message: this.message,
      ...(this.key ? { key: this.key } : {}),
      ...(this.params ? { params: this.params } : {}),
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.fieldMessages ? { fieldMessages: this.fieldMessages } : {}),
      ...(this.fixAt ? { fixAt: this.fixAt } : {})
    }
  }
}

/** Input the service refuses after the schema accepted it: one message per field, by key. */
export function invalid(fields: Record<string, Message | string>): DomainError {
  return new DomainError('invalid_input', { key: 'correctMarkedFields' }, fields)
}

/** The request clashes with the data as it is now (already issued, changed elsewhere, …). */
export function conflict(key: ErrorKey, params?: MessageParams, fields?: Record<string, Message | string>) {
  return new DomainError('conflict', params ? { key, params } : { key }, fields)
}

/** What a "not found" names: each has its own sentence, since the noun's gender changes it. */
export type NotFoundThing =
  | 'customer'
  | 'product'
  | 'salesExecutive'
  | 'siteVisit'
  | 'meeting'
  | 'visitPlan'
  | 'request'
  | 'document'
  | 'delivery'
  | 'payment'
  | 'investigation'
  | 'attachment'
  | 'contract'
  | 'link'
  | 'campaign'
  | 'segment'
  | 'navReport'

export function notFound(thing: NotFoundThing, id: number): DomainError {
  return new DomainError('not_found', { key: `${thing}NotFound`, params: { id } })
}

/** A schema's issues (zod) as one refusal: the first message per field path ("contacts.0.email"). */
export function invalidFields(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const fields: Record<string, string> = {}
  for (const issue of issues) fields[issue.path.map(String).join('.') || '_'] ??= issue.message
  return invalid(fields)
}
