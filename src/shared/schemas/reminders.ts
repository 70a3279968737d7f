/**
 * Payment reminders: their levels, the wording of each level and the printed reminders as
 * recorded.
 */
import { z } from 'zod'
import { keyed } from '../errors'
import { id, optionalText, requiredText, isoDate } from './common'
import { paperChoice } from './receivables'

export const reminderLevels = [1, 2, 3] as const
export type ReminderLevel = (typeof reminderLevels)[number]

export const reminderInput = z
  .object({
    customerId: id,
    /**
     * Null or absent: the level follows the invoices' previous reminders. A level above that is
     * refused (no "despite our earlier reminder" without one on record); a lower one is allowed.
     */
    level: z
      .union([z.literal(1), z.literal(2), z.literal(3)])
      .nullable()
      .optional(),
    asOf: isoDate.nullable(),
    paper: paperChoice
  })
  .strict()

/** Days before a level applies; absent in wording saved before there were days: the default. */
const wordingLevel = (defaultDays: number) =>
  z
    .object({
      title: requiredText(120, 'titleRequired'),
      /** Placeholders: {customer}, {company}, {total}, {date}, {days}. */
      body: requiredText(4000, 'textRequired'),
      closing: optionalText(1000),
      /**
       * Level 1: days past the due date before an invoice is named in a reminder. Levels 2 and 3:
       * days after the invoice's previous reminder before it moves up to this level.
       */
      days: z
        .number()
        .int(keyed('wholeDays'))
        .min(0, keyed('notNegative'))
        .max(365, keyed('atMostDays', { max: 365 }))
        .default(defaultDays)
    })
    .strict()

export const reminderDefaultDays = { level1: 0, level2: 14, level3: 14 } as const

export const reminderWording = z
  .object({
    level1: wordingLevel(reminderDefaultDays.level1),
    level2: wordingLevel(reminderDefaultDays.level2),
    level3: wordingLevel(reminderDefaultDays.level3)
  })
  .strict()
export type ReminderWording = z.output<typeof reminderWording>

/** A printed reminder as recorded: its own number, its level and the invoices it named. */
export interface ReminderRecord {
  id: number
  number: string
  level: ReminderLevel
  asOf: string
  createdAt: string
  createdBy: string
  items: Array<{
    documentId: number
    number: string
    level: ReminderLevel
    currency: string
    openCents: number
    daysOverdue: number
  }>
}

export const defaultReminderWording = (): ReminderWording => ({
  level1: {
    title: 'Payment reminder',
    body: 'Dear {customer},\n\nOur records show that the invoices listed above, totalling {total}, are past their due date. Perhaps this has slipped your attention: we would be grateful if you could arrange payment at your earliest convenience. If you have already paid, please disregard this letter.',
    closing: 'Kind regards,\n{company}',
    days: reminderDefaultDays.level1
  },
  level2: {
    title: 'Second payment reminder',
    body: 'Dear {customer},\n\nDespite our earlier reminder, the invoices listed above, totalling {total}, remain unpaid. Please settle this amount within 10 days of {date}, or contact us if there is a problem with these invoices.',
    closing: 'Kind regards,\n{company}',
    days: reminderDefaultDays.level2
  },
  level3: {
    title: 'Final notice before collection',
    body: 'Dear {customer},\n\nThe invoices listed above, totalling {total}, are now up to {days} days overdue and we have not received payment despite two reminders. Unless the full amount reaches us within 7 days of {date}, we will have to pass the matter on for collection, which may add costs.',
    closing: 'Yours sincerely,\n{company}',
    days: reminderDefaultDays.level3
  }
})
