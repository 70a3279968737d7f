/** The e-invoice settings, kept as JSON under the key "einvoice" in the settings table. */
import { activity } from '../../shared/activity'
import {
  defaultEInvoiceSettings,
  einvoiceSettings,
  isEInvoiceType,
  type EInvoiceSettings
} from '../../shared/schemas/einvoice'
import type { Executor, ServiceContext } from '../context'
import { readJsonSetting } from '../settings/json-setting'
import { saveSettingsGroup } from '../settings/saved-settings'
import { CURRENT_FACTURX_PROFILE, facturXProfileOf, type FacturXProfile } from './facturx'

const KEY = 'einvoice'

export const readEInvoiceSettings = (db: Executor): Promise<EInvoiceSettings> =>
  readJsonSetting(db, KEY, einvoiceSettings, defaultEInvoiceSettings())

export async function updateEInvoiceSettings(
  ctx: ServiceContext,
  input: EInvoiceSettings
): Promise<EInvoiceSettings> {
  const settings = einvoiceSettings.parse(input)
  return saveSettingsGroup(ctx, KEY, settings, {
    summary: `E-invoice settings: ${settings.embedInPdf ? 'invoices print as Factur-X' : 'plain PDF invoices'}${settings.creditorId ? `, creditor id ${settings.creditorId}` : ''}`,
    details: activity(settings.embedInPdf ? 'einvoiceFacturX' : 'einvoicePlainPdf')
  })
}

/**
 * At issue: whether the document's PDF will carry its e-invoice (Factur-X), and in which profile,
 * from the setting of the moment, kept with the document (migration 0040) so turning the setting on
 * or off later changes no issued document's print.
 */
export async function freezeEInvoiceEmbed(trx: Executor, documentId: number, type: string): Promise<void> {
  if (!isEInvoiceType(type) || !(await readEInvoiceSettings(trx)).embedInPdf) return
  await trx
    .insertInto('documentEinvoiceEmbeds')
    .values({ documentId, profile: CURRENT_FACTURX_PROFILE })
    .execute()
}

/**
 * The Factur-X profile an issued document prints with, as frozen at its issue; null when it prints
 * plain (or was frozen with a profile this version cannot write: it prints plain rather than claim
 * another).
 */
export async function embeddedProfile(db: Executor, documentId: number): Promise<FacturXProfile | null> {
  const row = await db
    .selectFrom('documentEinvoiceEmbeds')
    .select('profile')
    .where('documentId', '=', documentId)
    .executeTakeFirst()
  return row ? facturXProfileOf(row.profile) : null
}
