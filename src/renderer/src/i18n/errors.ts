/**
 * The core's errors in the user's language: an error (or a field message) with a key is translated
 * from the `errors` table; one without a key keeps its English text (translated later, if known,
 * by translateMessage).
 */
import i18next from 'i18next'
import { decodeMessage, paramValues, type ApiError, type Message } from '../../../shared/errors'

/** The sentence of a keyed message in `language` (the current one when left out). */
export function translateKeyed(message: Message, language?: string): string {
  const params = message.params ? paramValues(message.params, (inner) => translateKeyed(inner, language)) : {}
  return i18next.t(`messages.${message.key}`, {
    ...params,
    ...(language ? { lng: language } : {}),
    defaultValue: ''
  })
}

/** Keyed text from a schema ("§key {params}") in `language`, or null when the text has no key. */
export function translateKeyedText(text: string, language?: string): string | null {
  const message = decodeMessage(text)
  if (!message) return null
  return translateKeyed(message, language) || null
}

/** The error with its message and field messages in the current language, where they have a key. */
export function localiseError(error: ApiError): ApiError {
  const message = error.key
    ? translateKeyed({ key: error.key, ...(error.params ? { params: error.params } : {}) })
    : ''
  const fields = error.fields && { ...error.fields }
  if (fields && error.fieldMessages) {
    for (const [path, fieldMessage] of Object.entries(error.fieldMessages)) {
      fields[path] = translateKeyed(fieldMessage) || (fields[path] ?? '')
    }
  }
  return { ...error, message: message || error.message, ...(fields ? { fields } : {}) }
}
