/** NAV reporting settings (JSON under the settings key "nav") and the credentials' state. */
import { activity } from '../../shared/activity'
import { DomainError, keyed } from '../../shared/errors'
import {
  defaultNavSettings,
  navSecretNames,
  navSettingsInput,
  type NavCredentialsInput,
  type NavSettings,
  type NavSettingsInput,
  type NavSettingsView
} from '../../shared/schemas/nav'
import type { Executor, ServiceContext } from '../context'
import { readSettings } from '../settings/service'
import { readJsonSetting } from '../settings/json-setting'
import { recordSettingsSaved, saveJsonSettings } from '../settings/saved-settings'
import type { SecretStore } from './secrets'
import { passwordHash } from './signature'
import { fullHungarianTaxNumber } from './tax-numbers'
import { writeTransaction } from '../db/write-transaction'

const KEY = 'nav'

export const readNavSettings = (db: Executor): Promise<NavSettings> =>
  readJsonSetting(db, KEY, navSettingsInput, defaultNavSettings())

export const navBaseUrl = (settings: NavSettings) =>
  settings.environment === 'production' ? settings.productionUrl : settings.testUrl

/** NAV reporting is for a company with a Hungarian tax number. */
async function blocker(db: Executor): Promise<string | null> {
  const { company } = await readSettings(db)
  if (!fullHungarianTaxNumber(company.taxId)) return keyed('navNeedsTaxNumberExample')
  return null
}

export async function navSettingsView(db: Executor, secrets: SecretStore): Promise<NavSettingsView> {
  const credentials = Object.fromEntries(
    await Promise.all(navSecretNames.map(async (name) => [name, (await secrets.read(name)) !== null]))
  ) as NavSettingsView['credentials']
  return {
    settings: await readNavSettings(db),
    credentials,
    secretStore: secrets.kind,
    blocker: await blocker(db)
  }
}

export async function updateNavSettings(
  ctx: ServiceContext,
  secrets: SecretStore,
  input: NavSettingsInput
): Promise<NavSettingsView> {
  const settings = navSettingsInput.parse(input)
  await writeTransaction(ctx.db, async (trx) => {
    const problem = settings.enabled ? await blocker(trx) : null
    if (problem) throw new DomainError('invalid_input', problem, { enabled: problem })
    const before = await readNavSettings(trx)
    const what =
      before.enabled !== settings.enabled
        ? settings.enabled
          ? `switched NAV reporting on (${settings.environment})`
          : 'switched NAV reporting off'
        : `edited the NAV reporting settings (${settings.environment})`
    await saveJsonSettings(trx, ctx, KEY, settings, {
      summary: `${what[0].toUpperCase()}${what.slice(1)}`,
      details: activity(
        before.enabled === settings.enabled
          ? 'navSettingsEdited'
          : settings.enabled
            ? 'navReportingOn'
            : 'navReportingOff',
        { environment: { term: `navReporting.${settings.environment}` } }
      )
    })
  })
  return navSettingsView(ctx.db, secrets)
}

export async function setNavCredentials(
  ctx: ServiceContext,
  secrets: SecretStore,
  input: NavCredentialsInput
): Promise<NavSettingsView> {
  if (input.login !== undefined) await secrets.write('login', input.login)
  // Only the hash NAV asks for is kept, never the password itself.
  if (input.password !== undefined) await secrets.write('passwordHash', passwordHash(input.password))
  if (input.signatureKey !== undefined) await secrets.write('signatureKey', input.signatureKey)
  if (input.exchangeKey !== undefined) await secrets.write('exchangeKey', input.exchangeKey)
  const changed = Object.keys(input).filter((k) => input[k as keyof NavCredentialsInput] !== undefined)
  if (changed.length > 0)
    await writeTransaction(ctx.db, (trx) =>
      recordSettingsSaved(trx, ctx, {
        summary: `Changed the NAV technical user's ${changed.join(', ')} (kept ${secrets.kind === 'os' ? 'sealed by the system' : 'for this session only'})`,
        // `fields` are read out as the forms call them (activity.field.login …).
        details: activity(secrets.kind === 'os' ? 'navUserSealed' : 'navUserSession', {
          fields: changed.join(', ')
        })
      })
    )
  return navSettingsView(ctx.db, secrets)
}
