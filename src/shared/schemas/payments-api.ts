/** The payments' and receivables' part of the API contract: inputs (zod) and outputs, spread into src/shared/api.ts. */
import { z } from 'zod'
import { languages } from '../languages'
import { exportLanguage, id, idInput, type FileResult, type Page } from './common'
import {
  creditApplyInput,
  paymentImportInput,
  paymentInput,
  paymentListQuery,
  paymentReturnInput,
  paymentSetupInput,
  type CreditApplied,
  type CustomerAccount,
  type DocumentPayments,
  type Payment,
  type PaymentImportResult,
  type PaymentRow,
  type PaymentSetup
} from './payments'
import { agedQuery, overdueQuery, statementInput, type AgedReport, type OverduePage } from './receivables'
import {
  investigationListQuery,
  investigationNoteInput,
  investigationUpdate,
  type Investigation,
  type InvestigationPage
} from './investigations'
import {
  reminderInput,
  reminderWording,
  type ReminderLevel,
  type ReminderRecord,
  type ReminderWording
} from './reminders'

const customerIdInput = z.object({ customerId: id }).strict()

export const paymentsApiInputs = {
  'paymentSetup.get': customerIdInput,
  'paymentSetup.update': z.object({ customerId: id, setup: paymentSetupInput }).strict(),
  'payments.record': z.object({ payment: paymentInput }).strict(),
  'payments.list': paymentListQuery,
  'payments.get': idInput,
  'payments.return': paymentReturnInput,
  'payments.import': paymentImportInput,
  'payments.importTemplate': z.object({}).strict(),
  'credit.apply': creditApplyInput,
  'receivables.account': customerIdInput,
  'receivables.document': idInput,
  'receivables.overdue': overdueQuery,
  'receivables.overdueXlsx': overdueQuery.omit({ offset: true, limit: true }).extend(exportLanguage),
  'receivables.aged': agedQuery,
  'receivables.agedXlsx': agedQuery.pick({ asOf: true, search: true }).extend(exportLanguage),
  'receivables.statementPdf': statementInput,
  'receivables.reminderPdf': reminderInput,
  /** Without a language: the wording of the company's print language. */
  'reminders.wording': z.object({ language: z.enum(languages).optional() }).strict(),
  'reminders.updateWording': z
    .object({ wording: reminderWording, language: z.enum(languages).optional() })
    .strict(),
  'reminders.list': customerIdInput,
  'reminders.nextLevel': customerIdInput,
  'investigations.list': investigationListQuery,
  'investigations.exportXlsx': investigationListQuery
    .omit({ offset: true, limit: true })
    .extend(exportLanguage),
  'investigations.get': idInput,
  'investigations.update': investigationUpdate,
  'investigations.addNote': investigationNoteInput
} as const

export interface PaymentsApiOutputs {
  'paymentSetup.get': PaymentSetup
  /** Also makes the method the customer's preferred one (used by new invoices). */
  'paymentSetup.update': PaymentSetup
  /** Allocates to the given (or the oldest open) invoices; the rest becomes customer credit. */
  'payments.record': Payment
  'payments.list': Page<PaymentRow>
  'payments.get': Payment
  /** Marks the payment returned: its invoices reopen, a re-billed fee becomes a debit note, an investigation opens. */
  'payments.return': Payment
  /** All-or-nothing: nothing is written when any row has a problem. */
  'payments.import': PaymentImportResult
  'payments.importTemplate': FileResult
  'credit.apply': CreditApplied
  'receivables.account': CustomerAccount
  /** An issued invoice's or debit note's payment status and payments (item null for other documents). */
  'receivables.document': DocumentPayments
  /** The first window also sums the whole filtered list per currency. */
  'receivables.overdue': OverduePage
  'receivables.overdueXlsx': FileResult
  'receivables.aged': AgedReport
  'receivables.agedXlsx': FileResult
  'receivables.statementPdf': FileResult
  'receivables.reminderPdf': FileResult
  'reminders.wording': ReminderWording
  'reminders.updateWording': ReminderWording
  /** The customer's printed reminders, newest first. */
  'reminders.list': ReminderRecord[]
  /** The level the customer's next reminder gets today; null when nothing is overdue enough to remind. */
  'reminders.nextLevel': ReminderLevel | null
  /** The first window also sums the returned amounts of the whole filtered list per currency. */
  'investigations.list': InvestigationPage
  'investigations.exportXlsx': FileResult
  'investigations.get': Investigation
  'investigations.update': Investigation
  'investigations.addNote': Investigation
}
