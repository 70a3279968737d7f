/**
 * A keyed message (a refusal, a notice) in one of the five languages, for the parts of the main
 * process that speak to the user directly: the command line and the application menu's dialogs.
 * The sentences are the screens' own (`renderer/src/errors/strings.ts`, data only), so a refusal
 * reads the same in the terminal, in a dialog and on the screen.
 */
import { errorMessages } from '../shared/error-messages'
import { DomainError, paramValues, type Message } from '../shared/errors'
import type { Language } from '../shared/languages'
import { errorsStrings } from '../renderer/src/errors/strings'
import { StoreOpenError } from './db/open'

/** `text` with each {{name}} replaced by its parameter. */
export const fill = (text: string, params: Record<string, string | number>): string =>
  text.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, name: string) => (name in params ? String(params[name]) : all))

/** The message's sentence in `language`, its parameters (nested messages too) in the same language. */
export function messageIn(message: Message, language: Language): string {
  const table: Record<string, string | undefined> = errorsStrings[language].messages
  const params = message.params ? paramValues(message.params, (inner) => messageIn(inner, language)) : {}
  return fill(table[message.key] ?? errorMessages[message.key], params)
}

/**
 * What the desktop app's "cannot open your data" dialog says: a keyed refusal (the file is from a
 * newer Salesdesk, damaged, read-only, in use…) in `language`; anything else as its own message,
 * never a stack trace.
 */
export function openFailureText(error: unknown, language: Language): string {
  if ((error instanceof DomainError || error instanceof StoreOpenError) && error.key)
    return messageIn({ key: error.key, ...(error.params ? { params: error.params } : {}) }, language)
  return error instanceof Error ? error.message : String(error)
}
