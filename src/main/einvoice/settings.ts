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

const KEY = 'einvoice'

export async function readEInvoiceSettings(db: Executor): Promise<EInvoiceSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst()
  if (!row) return defaultEInvoiceSettings()
  try {
    const parsed = einvoiceSettings.safeParse({ ...defaultEInvoiceSettings(), ...JSON.parse(row.value) })
    return parsed.success ? parsed.data : defaultEInvoiceSettings()
  } catch {
    // A damaged value falls back to the defaults rather than blocking every invoice.
    return defaultEInvoiceSettings()
  }
}

export async function updateEInvoiceSettings(
  ctx: ServiceContext,
  input: EInvoiceSettings
): Promise<EInvoiceSettings> {
  const settings = einvoiceSettings.parse(input)
  return writeTransaction(ctx.db, async (trx) => {
    const value = JSON.stringify(settings)
    await trx
      .insertInto('settings')
      .values({ key: KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute()
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
