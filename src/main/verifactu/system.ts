/** The system's own identification (SistemaInformatico) as records and events carry it. */
import type { VerifactuSettings } from '../../shared/schemas/verifactu'
import type { SystemId } from './xml'

export function systemOf(settings: VerifactuSettings): SystemId {
  return {
    producerName: settings.producerName,
    producerNif: settings.producerNif,
    softwareName: settings.softwareName,
    softwareId: settings.softwareId,
    version: settings.softwareVersion,
    installationNumber: settings.installationNumber
  }
}
