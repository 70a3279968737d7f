/** The payments' and receivables' API handlers. */
import type { ApiHandlers } from '../../shared/api'
import type { PaymentsApiOutputs } from '../../shared/schemas/payments-api'
import type { ServiceContext } from '../context'
import { agedReceivablesXlsx } from './aged-xlsx'
import { importPayments, paymentImportTemplate } from './import'
import { overdueXlsx } from './overdue-xlsx'
import {
  addInvestigationNote,
  exportInvestigations,
  getInvestigation,
  listInvestigations,
  updateInvestigation
} from './investigations'
import { listReminders } from './reminders'
import {
  nextReminderLevel,
  readReminderWording,
  reminderPdf,
  statementPdf,
  updateReminderWording
} from './letters'
import { agedReport, customerAccount, documentPayments, overdueList } from './receivables'
import { applyCredit, getPayment, listPayments, recordPayment, returnPayment } from './service'
import { readPaymentSetup, updatePaymentSetup } from './setup'

export type PaymentsHandlers = Pick<ApiHandlers, keyof PaymentsApiOutputs>

export function paymentsHandlers(ctx: ServiceContext): PaymentsHandlers {
  return {
    'paymentSetup.get': ({ customerId }) => readPaymentSetup(ctx.db, customerId),
    'paymentSetup.update': ({ customerId, setup }) => updatePaymentSetup(ctx, customerId, setup),
    'payments.record': ({ payment }) => recordPayment(ctx, payment),
    'payments.list': (q) => listPayments(ctx, q),
    'payments.get': ({ id }) => getPayment(ctx, id),
    'payments.return': (input) => returnPayment(ctx, input),
    'payments.import': (input) => importPayments(ctx, input),
    'payments.importTemplate': () => paymentImportTemplate(),
    'credit.apply': (input) => applyCredit(ctx, input),
    'receivables.account': ({ customerId }) => customerAccount(ctx, customerId),
    'receivables.document': ({ id }) => documentPayments(ctx, id),
    'receivables.overdue': (q) => overdueList(ctx, q),
    'receivables.overdueXlsx': ({ language, ...q }) => overdueXlsx(ctx, q, language),
    'receivables.aged': (q) => agedReport(ctx, q),
    'receivables.agedXlsx': (q) => agedReceivablesXlsx(ctx, q),
    'receivables.statementPdf': (input) => statementPdf(ctx, input),
    'receivables.reminderPdf': (input) => reminderPdf(ctx, input),
    'reminders.wording': ({ language }) => readReminderWording(ctx.db, language),
    'reminders.updateWording': ({ wording, language }) => updateReminderWording(ctx, wording, language),
    'reminders.list': ({ customerId }) => listReminders(ctx.db, customerId),
    'reminders.nextLevel': ({ customerId }) => nextReminderLevel(ctx, customerId),
    'investigations.list': (q) => listInvestigations(ctx, q),
    'investigations.exportXlsx': ({ language, ...q }) => exportInvestigations(ctx, q, language),
    'investigations.get': ({ id }) => getInvestigation(ctx, id),
    'investigations.update': (input) => updateInvestigation(ctx, input),
    'investigations.addNote': (input) => addInvestigationNote(ctx, input)
  }
}
