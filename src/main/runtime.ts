/** Opens the store and builds the API: shared by the Electron shell, the web host and the CLI. */
import { dirname } from 'node:path'
import { version } from '../../package.json'
import { createApi, type Api } from './api'
import { openStore, type Store } from './db/open'
import { currentActor } from './paths'

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
  /**
   * Check the record chain since the last run (the app and `serve` do; one-shot commands do not,
   * so a command that only reads, or is refused, writes nothing).
   */
  checkRecords?: boolean
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
    reportError: options.reportError
  })
  // What was added since the last run must still hash as it did (Settings shows the result).
  if (options.checkRecords === true) api.records.checkSinceLastTime()
  return { store, api, close: () => store.close() }
}
