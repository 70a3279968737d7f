/** The NAV (Hungary) part of the API contract: inputs (zod) and outputs, spread into src/shared/api.ts. */
import { z } from 'zod'
import { idInput, type FileResult } from './common'
import {
  navInputs,
  type NavReportRow,
  type NavRun,
  type NavSettingsView,
  type NavStatus,
  type NavTaxpayer
} from './nav'

const nothing = z.object({}).strict()

export const navApiInputs = {
  'nav.settings': nothing,
  'nav.updateSettings': navInputs.updateSettings,
  'nav.setCredentials': navInputs.setCredentials,
  'nav.status': nothing,
  'nav.send': navInputs.send,
  'nav.document': idInput,
  'nav.exportXml': idInput,
  'nav.annul': navInputs.annul,
  'nav.resend': idInput,
  'nav.checkTaxpayer': navInputs.checkTaxpayer
} as const

export interface NavApiOutputs {
  'nav.settings': NavSettingsView
  'nav.updateSettings': NavSettingsView
  /** Only the password's SHA-512 hash is kept; nothing is ever returned. */
  'nav.setCredentials': NavSettingsView
  /** "3 invoices waiting for NAV", the last run, and what needs attention. */
  'nav.status': NavStatus
  /** Sends what is waiting and asks NAV for the result of what was sent. */
  'nav.send': NavRun
  /** The NAV reports of one document (id = document id), newest first. */
  'nav.document': NavReportRow[]
  /** The InvoiceData XML reported for a document (id = document id). */
  'nav.exportXml': FileResult
  /** Queues a technical annulment of a reported document (id = document id). */
  'nav.annul': NavReportRow
  /** Rebuilds an aborted report from the document and today's settings and queues it again (id = report id). */
  'nav.resend': NavReportRow
  /** Asks NAV for a Hungarian taxpayer's name and address. */
  'nav.checkTaxpayer': NavTaxpayer
}
