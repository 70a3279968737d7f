/**
 * The company's SMTP server (JSON under the settings key "mail") and its password, which lives
 * only in the app's secret store: sealed by the operating system in the desktop app, in memory
 * for this session in the browser fallback and the command line.
 */
import { activity } from '../../shared/activity'
import {
  defaultMailSettings,
  mailSettingsInput,
  type MailSettings,
  type MailSettingsView
} from '../../shared/schemas/mail'
import { recordSettingsSaved, saveSettingsGroup } from '../settings/saved-settings'
import type { Executor, ServiceContext } from '../context'
import { writeTransaction } from '../db/write-transaction'
import { readJsonSetting } from '../settings/json-setting'
import type { SecretStore } from '../verifactu/secrets'

const KEY = 'mail'
export const MAIL_PASSWORD_SECRET = 'mail.password'

export interface MailDeps {
  secrets: SecretStore
  /** Extra trusted CA (PEM) for the SMTP server's certificate (a test server's, a company proxy's). */
  ca?: string
}

export const readMailSettings = (db: Executor): Promise<MailSettings> =>
  readJsonSetting(db, KEY, mailSettingsInput, defaultMailSettings())

export async function mailSettingsView(db: Executor, deps: MailDeps): Promise<MailSettingsView> {
  return {
    settings: await readMailSettings(db),
    passwordSet: deps.secrets.get(MAIL_PASSWORD_SECRET) !== null,
    secretStore: deps.secrets.persistent ? 'os' : 'session'
  }
}

export async function updateMailSettings(
  ctx: ServiceContext,
  deps: MailDeps,
  input: MailSettings
): Promise<MailSettingsView> {
  const settings = mailSettingsInput.parse(input)
  await saveSettingsGroup(ctx, KEY, settings, {
    summary: `Edited the e-mail settings (${settings.host || 'no server'}:${String(settings.port)})`,
    details: activity('mailSettingsEdited', {
      server: settings.host ? `${settings.host}:${String(settings.port)}` : '—'
    })
  })
  return mailSettingsView(ctx.db, deps)
}

export async function setMailPassword(
  ctx: ServiceContext,
  deps: MailDeps,
  password: string
): Promise<MailSettingsView> {
  deps.secrets.set(MAIL_PASSWORD_SECRET, password)
  await writeTransaction(ctx.db, (trx) =>
    recordSettingsSaved(trx, ctx, {
      summary: `Changed the e-mail password (kept ${deps.secrets.persistent ? 'sealed by the system' : 'for this session only'})`,
      details: activity(deps.secrets.persistent ? 'mailPasswordSealed' : 'mailPasswordSession')
    })
  )
  return mailSettingsView(ctx.db, deps)
}
