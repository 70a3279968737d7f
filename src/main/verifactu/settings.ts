/**
 * VERI*FACTU settings, kept as JSON under the key "verifactu" in the settings table. The
 * certificate's password is never here: it goes to the injected secret store.
 */
import { activity } from '../../shared/activity'
import { invalid } from '../../shared/errors'
import {
  defaultVerifactuSettings,
  spanishNif,
  verifactuSettings,
  type VerifactuSettings,
  type VerifactuSettingsInput
} from '../../shared/schemas/verifactu'
import type { Executor, ServiceContext } from '../context'
import { readSettings } from '../settings/service'
import { readJsonSetting, writeJsonSetting } from '../settings/json-setting'
import { recordSettingsSaved } from '../settings/saved-settings'
import { recordEvent } from './events'
import { writeTransaction } from '../db/write-transaction'

export const SETTINGS_KEY = 'verifactu'

export const readVerifactuSettings = (db: Executor): Promise<VerifactuSettings> =>
  readJsonSetting(db, SETTINGS_KEY, verifactuSettings, defaultVerifactuSettings())

/** The company's NIF when it is Spanish, else null (VERI*FACTU cannot be on). */
export async function issuerOf(db: Executor): Promise<{ nif: string; name: string } | null> {
  const { company } = await readSettings(db)
  const nif = spanishNif(company.taxId, company.country)
  return nif === null ? null : { nif, name: company.legalName || nif }
}

/** VERI*FACTU switched on for a Spanish company: its settings and the issuer whose records are chained. */
export interface ActiveVerifactu {
  settings: VerifactuSettings
  issuer: { nif: string; name: string }
}

/** What the record hook needs: the settings when VERI*FACTU is on for a Spanish company, else null. */
export async function activeVerifactu(db: Executor): Promise<ActiveVerifactu | null> {
  const settings = await readVerifactuSettings(db)
  if (!settings.enabled) return null
  const issuer = await issuerOf(db)
  return issuer === null ? null : { settings, issuer }
}

export const writeVerifactuSettings = (trx: Executor, settings: VerifactuSettings): Promise<void> =>
  writeJsonSetting(trx, SETTINGS_KEY, settings)

export async function updateVerifactuSettings(
  ctx: ServiceContext,
  input: VerifactuSettingsInput
): Promise<VerifactuSettings> {
  const settings = verifactuSettings.parse(input)
  return writeTransaction(ctx.db, async (trx) => {
    const before = await readVerifactuSettings(trx)
    const issuer = await issuerOf(trx)
    if (settings.enabled && issuer === null)
      throw invalid({
        enabled: { key: 'verifactuNeedsSpanishTaxId' }
      })
    await writeVerifactuSettings(trx, settings)
    if (before.enabled !== settings.enabled)
      await recordEvent(trx, ctx, {
        kind: settings.enabled ? 'verifactu_on' : 'verifactu_off',
        summary: settings.enabled ? 'VERI*FACTU started' : 'VERI*FACTU stopped',
        detail: { environment: settings.environment }
      })
    else if (settings.enabled && before.environment !== settings.environment)
      await recordEvent(trx, ctx, {
        kind: 'environment_changed',
        summary: `VERI*FACTU now sends to the ${settings.environment} host`,
        detail: { environment: settings.environment }
      })
    await recordSettingsSaved(trx, ctx, {
      summary: `Edited the VERI*FACTU settings (${settings.enabled ? `on, ${settings.environment} host` : 'off'})`,
      details: settings.enabled
        ? activity('verifactuOn', { environment: { term: `verifactu.${settings.environment}` } })
        : activity('verifactuOff')
    })
    return settings
  })
}
