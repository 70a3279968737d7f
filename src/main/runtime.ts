/** Opens the store and builds the API: shared by the Electron shell, the web host and the CLI. */
import { dirname } from 'node:path'
import { version } from '../../package.json'
import { createApi, type Api } from './api'
import { openStore, type Store } from './db/open'
import { currentActor } from './paths'
import type { SecretStore } from './verifactu/secrets'

export interface Salesdesk {
  store: Store
  api: Api
  close(): Promise<void>
}

export interface StartOptions {
  databasePath: string
  dataFolder?: string
  actor?: string
  reportError?: (method: string, error: unknown) => void
  /** The certificate password's store: OS-encrypted in the desktop app; this session only otherwise. */
  secrets?: SecretStore
}

export const appVersion = version

export async function startSalesdesk(options: StartOptions): Promise<Salesdesk> {
  const dataFolder = options.dataFolder ?? dirname(options.databasePath)
  const store = await openStore(options.databasePath, { backupFolder: `${dataFolder}/backups` })
  const api = createApi({
    store,
    dataFolder,
    version,
    actor: options.actor ?? currentActor(),
    reportError: options.reportError,
    secrets: options.secrets
  })
  return { store, api, close: () => store.close() }
}
