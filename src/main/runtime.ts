/** Opens the store and builds the API: shared by the Electron shell, the web host and the CLI. */
import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { version } from '../../package.json'
import type { ApiInput, ApiMethod, ApiOutput } from '../shared/api'
import { DomainError } from '../shared/errors'
import { createApi, type Api, type ApiOptions } from './api'
import { openStore, prepareFolder, type NewFolderNotice, type Store } from './db/open'
import { lockDatabase } from './db/lock'
import { checkFilePages, type FileCheckResult } from './db/file-check'
import { refreshStatistics, type StatisticsResult } from './db/statistics'
import { currentActor } from './paths'
import type { SecretStore } from './verifactu/secrets'
import { startNavWorker } from './nav/worker'
import { startMailWorker } from './mail/worker'
import { startVerifactuWorker } from './verifactu/worker'
import { noteSystemStart, noteSystemStop, type SystemRole } from './verifactu/event-log'

export interface Salesdesk {
  store: Store
  api: Api
  /** The page check started at open by the app and `serve` (null for one-shot commands). */
  fileCheck: Promise<FileCheckResult> | null
  /**
   * The planner statistics refreshed after the page check (db/statistics.ts), off the open path;
   * null for one-shot commands, which write nothing they were not asked to.
   */
  statistics: Promise<StatisticsResult> | null
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
  /** The OS-sealed secret store the desktop shell gives; otherwise secrets last this session only. */
  secrets?: SecretStore
  /** Extra trusted CA for the NAV address, and the wait between NAV status queries. */
  nav?: ApiOptions['nav']
  /** Extra trusted CA for the AEAT address (a local test server's, a company proxy's). */
  verifactuCa?: ApiOptions['verifactuCa']
  /** Extra trusted CA for the SMTP server (a local test server's, a company proxy's). */
  mail?: ApiOptions['mail']
  /**
   * Send VERI*FACTU records, NAV reports and the outbox in the background (the app and the web
   * host; not one-off commands).
   */
  background?: boolean
  /** How often the VERI*FACTU background sender looks for records to send (30 s; tests shorten it). */
  verifactuEveryMs?: number
  /**
   * Hold the database's lock (db/lock.ts) while running: the desktop app and `serve` do, so a
   * second host or a restore on the same file is refused in plain words.
   */
  exclusive?: boolean
  /** Told before a new database is created in a folder that did not exist (the caller says so, in its words). */
  announce?: (notice: NewFolderNotice) => void
  /**
   * The system's start and clean stop go into the VERI*FACTU event log: the desktop app ('app')
   * and the local web host ('host') are the system running; one-shot commands are not.
   */
  systemLog?: SystemRole
}

export const appVersion = version

const STATISTICS_EVERY_MS = 60 * 60 * 1000

/**
 * A one-off command's database file, resolved: it must exist, since a command never creates an
 * empty database just to find nothing in it.
 */
export function existingDatabase(db: string): string {
  const path = resolve(db)
  if (!existsSync(path)) throw new DomainError('not_found', { key: 'fileDoesNotExist', params: { path } })
  return path
}

/** A one-off command's work on an existing database: opens it, runs `work`, closes it whatever happens. */
export async function withExistingDatabase<T>(db: string, work: (app: Salesdesk) => Promise<T>): Promise<T> {
  const app = await startSalesdesk({ databasePath: existingDatabase(db) })
  try {
    return await work(app)
  } finally {
    await app.close()
  }
}

/**
 * Calls the API as a screen does and returns its data, or throws its refusal again as a DomainError
 * with its key and fields (for the command line and the demo, which speak the user's language).
 */
export async function callApi<M extends ApiMethod>(
  api: Api,
  method: M,
  input: ApiInput<M>
): Promise<ApiOutput<M>> {
  const result = await api.dispatch(method, input)
  if (!result.ok) throw DomainError.from(result.error)
  return result.data as ApiOutput<M>
}

let opened: ((store: Store) => void) | null = null

/** Told of each store startSalesdesk opens, until replaced: the command line reads its stored language. */
export function whenStoreOpens(listener: ((store: Store) => void) | null): void {
  opened = listener
}

export async function startSalesdesk(options: StartOptions): Promise<Salesdesk> {
  const dataFolder = options.dataFolder ?? dirname(options.databasePath)
  // Before the lock, whose file goes in the same folder.
  prepareFolder(options.databasePath, options.announce)
  const lock = options.exclusive ? lockDatabase(options.databasePath) : null
  let store: Store
  try {
    store = await openStore(options.databasePath, {
      backupFolder: `${dataFolder}/backups`,
      announce: options.announce
    })
  } catch (error) {
    lock?.release()
    throw error
  }
  opened?.(store)
  const api = createApi({
    store,
    dataFolder,
    version,
    actor: options.actor ?? currentActor(),
    reportError: options.reportError,
    secrets: options.secrets,
    nav: options.nav,
    verifactuCa: options.verifactuCa,
    mail: options.mail
  })
  if (options.checkRecords === true) api.records.checkSinceLastTime()
  const systemLog = options.systemLog
  if (systemLog) await noteSystemStart(api.context, systemLog)
  const pageCheck = options.background ? checkFilePages(store.path) : null
  const fileCheck =
    pageCheck?.result.then((result) => {
      api.records.noteFileCheck(result, store.path)
      return result
    }) ?? null
  // Then hourly, as SQLite recommends for a long-lived connection. Only a sound file is analyzed.
  let statisticsRun: { stop(): void } | null = null
  let closing = false
  const notRefreshed = (reason: string): StatisticsResult => ({
    status: 'not_refreshed',
    analyzed: [],
    reason
  })
  const refresh = () => {
    if (closing) return Promise.resolve(notRefreshed('closing'))
    const run = refreshStatistics(store.sqlite, store.path)
    statisticsRun = run
    return run.result
  }
  const statistics =
    fileCheck?.then((check) =>
      check.status === 'ok' ? refresh() : notRefreshed(`page check: ${check.status}`)
    ) ?? null
  const hourly = options.background ? setInterval(() => void refresh(), STATISTICS_EVERY_MS) : null
  hourly?.unref()
  const workers = options.background
    ? [startNavWorker(api), startMailWorker(api), startVerifactuWorker(api, options.verifactuEveryMs)]
    : []
  return {
    store,
    api,
    fileCheck,
    statistics,
    // Quitting: no new background runs, then every request under way (a send started by a worker
    // or from the window) gets its answer written before the store closes; otherwise the AEAT,
    // NAV or the mail server would have what the store still shows as waiting.
    close: async () => {
      closing = true
      pageCheck?.stop()
      if (hourly) clearInterval(hourly)
      statisticsRun?.stop()
      await statistics
      await Promise.all(workers.map((w) => w.stop()))
      await api.settled()
      if (systemLog) await noteSystemStop(api.context, systemLog)
      await store.close()
      lock?.release()
    }
  }
}
