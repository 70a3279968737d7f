/** The VERI*FACTU part of the API contract: inputs (zod) and outputs, spread into src/shared/api.ts. */
import { z } from 'zod'
import { keyed } from '../errors'
import { id, idInput, requiredText, type FileResult } from './common'
import {
  verifactuDocumentOptions,
  verifactuEventExport,
  verifactuEventFilter,
  verifactuSettings,
  type VerifactuEventList,
  type VerifactuDocumentInfo,
  type VerifactuSendResult,
  type VerifactuSettings,
  type VerifactuStatus,
  type VerifactuVerifyResult
} from './verifactu'

const nothing = z.object({}).strict()

export const verifactuApiInputs = {
  'verifactu.settings': nothing,
  'verifactu.updateSettings': z.object({ settings: verifactuSettings }).strict(),
  /** Keeps the certificate's password for this session (and, in the desktop app, encrypted by the OS). */
  'verifactu.unlockCertificate': z
    .object({ password: z.string().min(1, keyed('enterPassword')).max(200) })
    .strict(),
  'verifactu.status': nothing,
  'verifactu.send': nothing,
  'verifactu.verify': nothing,
  'verifactu.document': idInput,
  'verifactu.setDocumentOptions': z.object({ documentId: id, options: verifactuDocumentOptions }).strict(),
  /** RegistroAnulacion: an explicit action with a reason, never a delete. */
  'verifactu.cancelRecord': z
    .object({
      documentId: id,
      reason: requiredText(500, 'sayWhyRecordCancelled')
    })
    .strict(),
  /** Subsanación: a new record for the same invoice, re-sent (after a rejection or an admissible error). */
  'verifactu.correctRecord': z
    .object({
      recordId: id,
      recipientName: z.string().trim().max(120).optional(),
      recipientTaxId: z.string().trim().max(20).optional()
    })
    .strict(),
  /** The event log (Settings → VERI*FACTU), filtered by period and AEAT event type. */
  'verifactu.events': verifactuEventFilter,
  /** The events of a period as signed RegistroEvento XML (EventosSIF.xsd). */
  'verifactu.exportEvents': verifactuEventExport,
  /** "Send now" on a document's page: its waiting records, through the same sender as the queue. */
  'verifactu.sendDocument': idInput
} as const

export interface VerifactuApiOutputs {
  'verifactu.settings': VerifactuSettings
  'verifactu.updateSettings': VerifactuSettings
  'verifactu.unlockCertificate': { unlocked: true }
  'verifactu.status': VerifactuStatus
  'verifactu.send': VerifactuSendResult
  'verifactu.verify': VerifactuVerifyResult
  'verifactu.document': VerifactuDocumentInfo
  'verifactu.setDocumentOptions': VerifactuDocumentInfo
  'verifactu.cancelRecord': VerifactuDocumentInfo
  'verifactu.correctRecord': VerifactuDocumentInfo
  'verifactu.events': VerifactuEventList
  'verifactu.exportEvents': FileResult
  'verifactu.sendDocument': VerifactuSendResult
}
