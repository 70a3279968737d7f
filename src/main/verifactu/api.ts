/** The VERI*FACTU API handlers. */
import type { ApiHandlers } from '../../shared/api'
import type { VerifactuApiOutputs } from '../../shared/schemas/verifactu-api'
import type { ServiceContext } from '../context'
import { CERTIFICATE_SECRET, type SecretStore } from './secrets'
import { exportEvents, listEvents } from './event-log'
import { signerFromPkcs12 } from './event-signature'
import { sendPending } from './sender'
import { cancelRecord, correctRecord, documentInfo, setDocumentOptions, verifactuStatus } from './service'
import { readVerifactuSettings, updateVerifactuSettings } from './settings'
import { verifyChains } from './verify'

export type VerifactuHandlers = Pick<ApiHandlers, keyof VerifactuApiOutputs>

export interface VerifactuDeps {
  secrets: SecretStore
  /** Extra trusted CA (PEM) for the AEAT connection: a test server's, or a company proxy's. */
  ca?: string | Buffer
}

export function verifactuHandlers(ctx: ServiceContext, deps: VerifactuDeps): VerifactuHandlers {
  const unlocked = () => deps.secrets.get(CERTIFICATE_SECRET) !== null
  return {
    'verifactu.settings': () => readVerifactuSettings(ctx.db),
    'verifactu.updateSettings': ({ settings }) => updateVerifactuSettings(ctx, settings),
    'verifactu.unlockCertificate': ({ password }) => {
      deps.secrets.set(CERTIFICATE_SECRET, password)
      return { unlocked: true }
    },
    'verifactu.status': () => verifactuStatus(ctx, { certificateUnlocked: unlocked() }),
    'verifactu.send': () => sendPending(ctx, deps),
    'verifactu.verify': () => verifyChains(ctx),
    'verifactu.document': ({ id }) => documentInfo(ctx.db, id),
    'verifactu.setDocumentOptions': ({ documentId, options }) => setDocumentOptions(ctx, documentId, options),
    'verifactu.cancelRecord': ({ documentId, reason }) => cancelRecord(ctx, documentId, reason),
    'verifactu.correctRecord': ({ recordId, ...fix }) => correctRecord(ctx, recordId, fix),
    'verifactu.events': (filter) => listEvents(ctx.db, filter),
    'verifactu.exportEvents': async (range) => {
      const exported = await exportEvents(ctx, range, (settings) =>
        signerFromPkcs12(settings.certificatePath, deps.secrets.get(CERTIFICATE_SECRET))
      )
      return {
        kind: 'file',
        fileName: exported.fileName,
        mimeType: 'application/xml',
        bytes: new TextEncoder().encode(exported.xml)
      }
    },
    'verifactu.sendDocument': ({ id }) => sendPending(ctx, deps, { documentId: id })
  }
}
