/**
 * The English text of every message Salesdesk's core gives by key (see errors.ts), one file per area.
 * The renderer translates the same keys (src/renderer/src/errors/strings.ts, namespace `messages`); the
 * English text is the fallback the command line and the logs show. {{name}} is a parameter.
 * Keys are flat (one level) so `t(\`messages.${key}\`)` reaches each of them, and each key lives in
 * exactly one area file (test/shared/error-messages.test.ts): add a new key to its area's file.
 */
import { generalErrorMessages } from './general'
import { fieldCheckErrorMessages } from './fields'
import { schemaErrorMessages } from './schemas'
import { databaseErrorMessages } from './database'
import { customerErrorMessages } from './customers'
import { scheduleErrorMessages } from './schedule'
import { importErrorMessages } from './imports'
import { documentErrorMessages } from './documents'
import { paymentErrorMessages } from './payments'
import { identifierErrorMessages } from './identifiers'
import { authorityErrorMessages } from './authorities'
import { einvoiceErrorMessages } from './einvoice'

export const errorMessages = {
  ...generalErrorMessages,
  ...fieldCheckErrorMessages,
  ...schemaErrorMessages,
  ...databaseErrorMessages,
  ...customerErrorMessages,
  ...scheduleErrorMessages,
  ...importErrorMessages,
  ...documentErrorMessages,
  ...paymentErrorMessages,
  ...identifierErrorMessages,
  ...authorityErrorMessages,
  ...einvoiceErrorMessages
} as const

export type ErrorKey = keyof typeof errorMessages
