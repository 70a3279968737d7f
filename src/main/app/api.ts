/** The application's own API handlers: what runs where (version, paths) and a backup copy of the database. */
import { mkdirSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { ApiHandlers } from '../../shared/api'
import type { AppApiOutputs } from '../../shared/schemas/app-api'
import type { ServiceContext } from '../context'
import type { Store } from '../db/open'

export type AppHandlers = Pick<ApiHandlers, keyof AppApiOutputs>

function backupFileName(databasePath: string, at: Date): string {
  return `${basename(databasePath, '.db')}-${at.toISOString().replace(/[:.]/g, '-')}.db`
}

export function appHandlers(
  ctx: ServiceContext,
  options: { store: Store; dataFolder: string; version: string }
): AppHandlers {
  const { store } = options
  return {
    'app.info': () => ({
      version: options.version,
      databasePath: store.path,
      dataFolder: options.dataFolder,
      schemaVersion: store.schemaVersion
    }),
    'app.backup': async () => {
      const folder = join(options.dataFolder, 'backups')
      mkdirSync(folder, { recursive: true })
      const path = join(folder, backupFileName(store.path, ctx.now()))
      await store.sqlite.backup(path)
      return { path, bytes: statSync(path).size }
    }
  }
}
