/** The e-invoice settings, kept as JSON under the key "einvoice" in the settings table. */
import {
  defaultEInvoiceSettings,
  einvoiceSettings,
  isEInvoiceType,
  type EInvoiceSettings
} from '../../shared/schemas/einvoice'
import { recordActivity } from '../activity/log'
import type { Executor, ServiceContext } from '../context'
import { writeTransaction } from '../documents/common'
import { readJsonSetting, writeJsonSetting } from '../settings/json-setting'

const KEY = 'einvoice'

export const readEInvoiceSettings = (db: Executor): Promise<EInvoiceSettings> =>
  readJsonSetting(db, KEY, einvoiceSettings, defaultEInvoiceSettings())

export async function updateEInvoiceSettings(
  ctx: ServiceContext,
  input: EInvoiceSettings
): Promise<EInvoiceSettings> {
  const settings = einvoiceSettings.parse(input)
  return writeTransaction(ctx.db, async (trx) => {
    await writeJsonSetting(trx, KEY, settings)
    await recordActivity(trx, ctx, {
      entity: 'settings',
      entityId: null,
      action: 'update',
      summary: `E-invoice settings: ${settings.embedInPdf ? 'invoices print as Factur-X' : 'plain PDF invoices'}${settings.creditorId ? `, creditor id ${settings.creditorId}` : ''}`
    })
    return settings
  })
}

/** The one profile the app embeds (Factur-X conformance level), frozen with each document that embeds it. */
const EMBED_PROFILE = 'EN 16931'

/**
 * At issue: whether the document's PDF will carry its e-invoice (Factur-X), from the setting of the
 * moment, kept with the document (migration 0040) so turning the setting on or off later changes no
 * issued document's print.
 */
export async function freezeEInvoiceEmbed(trx: Executor, documentId: number, type: string): Promise<void> {
  if (!isEInvoiceType(type) || !(await readEInvoiceSettings(trx)).embedInPdf) return
  await trx.insertInto('documentEinvoiceEmbeds').values({ documentId, profile: EMBED_PROFILE }).execute()
}

/** Whether an issued document prints with its e-invoice embedded, as frozen at its issue. */
export async function embedsEInvoice(db: Executor, documentId: number): Promise<boolean> {
  const row = await db
    .selectFrom('documentEinvoiceEmbeds')
    .select('profile')
    .where('documentId', '=', documentId)
    .executeTakeFirst()
  return row?.profile === EMBED_PROFILE
}
