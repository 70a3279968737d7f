/**
 * The `salesdesk` command line: demo data, the local web host, backups.
 * Errors are one plain sentence on stderr and a non-zero exit, never a stack trace.
 */
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import { DomainError, conflict } from '../shared/errors'
import { APPLICATION_ID, inspectFile, startsAsSqlite, StoreOpenError, type NewFolderNotice } from './db/open'
import { lockDatabase } from './db/lock'
import { isDamagedDatabase } from './db/errors'
import { migrations } from './db/migrations/index'
import BetterSqlite3 from 'better-sqlite3'
import { generateDemo, type DemoSize } from './demo/generate'
import { startWebHost } from './host/server'
import { openInBrowser } from './host/open-browser'
import { appVersion, startSalesdesk, whenStoreOpens } from './runtime'
import { rendererFolder } from './host/renderer-folder'
import { pdfCommand } from './pdf/command'
import { addCalendarCommand } from './schedule/command'
import { addReportCommand } from './figures/command'
import { addVerifactuCommand } from './verifactu/command'
import { enableVerifactuForDemo } from './verifactu/demo'
import { noteBackupRestored } from './verifactu/event-log'
import { addEInvoiceCommand } from './einvoice/command'
import { addNavCommand } from './nav/command'
import { addCampaignCommand } from './campaigns/command'
import { generateHungarianDemo } from './nav/demo'
import { cliLanguage, refusalText, say, seconds, setCliLanguage, storedLanguage } from './cli-language'
import { languages } from '../shared/languages'
import { commanderWord, help, speakCommander } from './cli-help'
import { fileCommand } from './cli-file-command'

function positiveInteger(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(commanderWord('wholeNumber'))
  return n
}

/** One line on stderr before something the user may not expect happens (a new database in a new folder). */
const announce = (notice: NewFolderNotice) =>
  console.error(`salesdesk: ${say('folderCreated', { ...notice })}`)

async function demo(options: { db: string; size: DemoSize; seed: number; country: string }): Promise<void> {
  const databasePath = resolve(options.db)
  const app = await startSalesdesk({ databasePath, announce })
  try {
    if (options.country === 'HU') {
      const hu = await generateHungarianDemo(app.api)
      console.log(
        say('demoHungarian', { customers: hu.customers, invoices: hu.invoices, path: databasePath })
      )
      return
    }
    const started = performance.now()
    const summary = generateDemo(app.store, {
      size: options.size,
      seed: options.seed,
      onProgress: (stage, done, total) => process.stderr.write(`\r${stage}: ${done} / ${total}`)
    })
    if (options.size === 'large') process.stderr.write('\n')
    const records = await enableVerifactuForDemo(app.api.context, appVersion)
    const took = seconds(performance.now() - started)
    if (records > 0) console.log(say('demoVerifactu', { records }))
    console.log(
      say('demoCreated', {
        customers: summary.customers,
        contacts: summary.contacts,
        products: summary.products,
        executives: summary.executives,
        path: databasePath,
        seconds: took
      })
    )
  } finally {
    await app.close()
  }
}

async function serve(options: { db: string; port: number; open?: boolean }): Promise<void> {
  const app = await startSalesdesk({
    databasePath: resolve(options.db),
    checkRecords: true,
    background: true,
    // A second host on the same file is refused at start, not with HTTP 500s on SQLITE_BUSY later.
    exclusive: true,
    // Start and clean stop go into the VERI*FACTU event log.
    systemLog: 'host',
    announce
  })
  const host = await startWebHost({
    dispatch: app.api.dispatch,
    staticFolder: rendererFolder(),
    port: options.port
  })
  console.log(say('serveRunning', { url: host.appUrl }))
  const opened = options.open === true && (await openInBrowser(host.appUrl))
  console.log(say(opened ? 'serveOpened' : 'serveOpen'))
  const stop = async () => {
    await host.close()
    await app.close()
    process.exit(0)
  }
  const stopOnSignal = () => void stop()
  process.on('SIGINT', stopOnSignal)
  process.on('SIGTERM', stopOnSignal)
}

/** Opening a missing or empty file would create a new, empty database: never for a source. */
function existingDatabaseFile(path: string): string {
  if (!existsSync(path)) throw new DomainError('not_found', { key: 'fileDoesNotExist', params: { path } })
  if (statSync(path).isDirectory())
    throw new DomainError('invalid_input', {
      key: 'databaseIsFolder',
      params: { path, example: resolve(path, 'salesdesk.db') }
    })
  if (statSync(path).isFile() && statSync(path).size === 0)
    throw new DomainError('invalid_input', { key: 'databaseFileEmpty', params: { path } })
  return path
}

async function backup(options: { db: string; out: string }): Promise<void> {
  const target = resolve(options.out)
  if (existsSync(target)) throw conflict('fileAlreadyExists', { path: target })
  const app = await startSalesdesk({ databasePath: existingDatabaseFile(resolve(options.db)) })
  try {
    // SQLite's online backup: a consistent copy even while the app is open.
    await app.store.sqlite.backup(target)
    console.log(say('backedUp', { from: app.store.path, to: target }))
  } finally {
    await app.close()
  }
}

const withJournals = (path: string) => ['', '-wal', '-shm'].map((suffix) => path + suffix)

/**
 * A backup is only taken when it is whole: Salesdesk's mark, a data version this program knows,
 * and SQLite's full integrity check (every page and every index entry). Read through a read-only
 * connection, so nothing is replayed into the copy before it is judged.
 */
function checkBackup(copy: string, source: string): void {
  const name = basename(source)
  let state
  try {
    state = inspectFile(copy)
  } catch {
    // A text file is not damaged: it is no database at all (the words of opening such a file).
    throw new DomainError('invalid_input', {
      key: startsAsSqlite(copy) ? 'backupUnreadable' : 'notSqliteFile',
      params: { name }
    })
  }
  if (state.applicationId !== APPLICATION_ID)
    throw new DomainError('invalid_input', {
      key: state.tableCount === 0 ? 'backupEmptySqlite' : 'backupOtherProgram',
      params: { name }
    })
  if (state.userVersion < 1 || state.userVersion > migrations.length)
    throw new DomainError(
      'invalid_input',
      state.userVersion > migrations.length
        ? {
            key: 'backupNewerVersion',
            params: { name, version: state.userVersion, latest: migrations.length }
          }
        : { key: 'backupNoVersion', params: { name } }
    )
  const reader = new BetterSqlite3(copy, { readonly: true, fileMustExist: true })
  let findings: string[] | null
  try {
    // SQLite's findings may span lines ("*** in database main ***\nPage 12: ..."): one line each.
    findings = (reader.pragma('integrity_check(10)') as Record<string, unknown>[]).map((row) =>
      String(Object.values(row)[0]).replace(/\s+/g, ' ')
    )
  } catch {
    findings = null
  } finally {
    reader.close()
  }
  if (findings === null) throw new DomainError('invalid_input', { key: 'backupUnreadable', params: { name } })
  if (findings.length !== 1 || findings[0] !== 'ok')
    throw new DomainError('invalid_input', {
      key: findings.length > 1 ? 'backupDamagedAndMore' : 'backupDamaged',
      params: { name, finding: findings[0] ?? '' }
    })
}

async function restore(options: { db: string; from: string }): Promise<void> {
  const source = existingDatabaseFile(resolve(options.from))
  const target = resolve(options.db)
  // The lock the desktop app and `serve` hold: a restore under a running Salesdesk would send the
  // customers saved afterwards into the file set aside.
  const lock = lockDatabase(target)
  try {
    // Work on a copy beside the target: the backup file itself is never changed, and opening the
    // copy checks it is a Salesdesk database this version can read (upgrading the copy if older).
    const incoming = `${target}.restoring`
    for (const file of withJournals(incoming)) rmSync(file, { force: true })
    try {
      copyFileSync(source, incoming)
      // Commits still in the backup's own write-ahead log belong to it.
      if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${incoming}-wal`)
      checkBackup(incoming, source)
      const check = await startSalesdesk({ databasePath: incoming, dataFolder: dirname(target) })
      try {
        // The restored data says it was restored (VERI*FACTU event 07), before it replaces the file.
        await noteBackupRestored(check.api.context, basename(source))
      } finally {
        await check.close()
      }
    } catch (error) {
      for (const file of withJournals(incoming)) rmSync(file, { force: true })
      throw error
    }
    // The old file's write-ahead log (left by a crash) belongs to it: it moves aside with the old
    // file, never to be applied on top of the restored copy (that corrupted the restored file).
    const previous = `${target}.before-restore`
    for (const suffix of ['-wal', '-shm']) rmSync(previous + suffix, { force: true })
    for (const suffix of ['', '-wal', '-shm'])
      if (existsSync(target + suffix)) renameSync(target + suffix, previous + suffix)
    renameSync(incoming, target)
    // The check closed the copy cleanly, so its log is empty; a non-empty one still goes with it.
    if (existsSync(`${incoming}-wal`) && statSync(`${incoming}-wal`).size > 0)
      renameSync(`${incoming}-wal`, `${target}-wal`)
    for (const file of withJournals(incoming)) rmSync(file, { force: true })
    console.log(
      existsSync(previous)
        ? say('restoredKept', { target, source, previous })
        : say('restored', { target, source })
    )
  } finally {
    lock.release()
  }
}

/** Checks the whole record chain; names the first broken link (exit 2) or says all is verified. */
async function verify(options: { db: string }): Promise<void> {
  const app = await startSalesdesk({
    databasePath: existingDatabaseFile(resolve(options.db))
  })
  try {
    const started = performance.now()
    const result = await app.api.records.checkAll('command line')
    const took = seconds(performance.now() - started)
    if (result.problem) throw conflict('recordsNotVerified', { problem: result.problem.sentence })
    console.log(say('verified', { entries: result.entries, path: app.store.path, seconds: took }))
  } finally {
    await app.close()
  }
}

export function buildProgram(): Command {
  // Commander's own words and the help option first: the commands added below inherit them.
  const program = speakCommander(new Command())
    .name('salesdesk')
    .description(help('program'))
    .version(appVersion, '-V, --version', help('version'))
    .showHelpAfterError()
    .exitOverride()
    // Read by runCli before parsing (cliLanguage); declared so that it is accepted and listed.
    .addOption(new Option('--lang <language>', help('lang')).choices(languages))

  program
    .command('demo')
    .description(help('demo'))
    .requiredOption('--db <file>', help('demoDb'))
    .addOption(new Option('--size <size>', help('demoSize')).choices(['small', 'large']).default('small'))
    .option('--seed <n>', help('demoSeed'), positiveInteger, 1)
    .addOption(new Option('--country <code>', help('demoCountry')).choices(['ES', 'HU']).default('ES'))
    .action(demo)

  fileCommand(program, 'serve', 'serve')
    .option('--port <n>', help('servePort'), positiveInteger, 0)
    .option('--open', help('serveOpen'))
    .action(serve)

  fileCommand(program, 'backup', 'backup').requiredOption('--out <file>', help('backupOut')).action(backup)

  fileCommand(program, 'restore', 'restore')
    .requiredOption('--from <file>', help('restoreFrom'))
    .action(restore)

  fileCommand(program, 'verify', 'verify').action(verify)

  fileCommand(program, 'pdf', 'pdf')
    .option('--number <number>', help('number'))
    .option('--out <file>', help('pdfOut'))
    .option('--from <date>', help('batchFrom'))
    .option('--to <date>', help('batchTo'))
    .addOption(
      new Option('--type <type>', help('pdfType')).choices([
        'estimate',
        'order',
        'invoice',
        'credit_note',
        'debit_note'
      ])
    )
    .option('--out-dir <folder>', help('pdfOutDir'))
    .addOption(new Option('--paper <size>', help('pdfPaper')).choices(['A4', 'Letter']))
    .action(pdfCommand)

  addCalendarCommand(program)

  addReportCommand(program)

  addVerifactuCommand(program)
  addEInvoiceCommand(program)
  addNavCommand(program)
  addCampaignCommand(program)

  return program
}

export async function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  setCliLanguage(cliLanguage(argv, env))
  // Once the command has opened its database, the language chosen in Settings there counts too.
  whenStoreOpens((store) => setCliLanguage(cliLanguage(argv, env, storedLanguage(store))))
  const program = buildProgram()
  if (argv.length === 0) {
    whenStoreOpens(null)
    program.outputHelp()
    return 1
  }
  try {
    await program.parseAsync(argv, { from: 'user' })
    return 0
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1
    if (error instanceof DomainError || error instanceof StoreOpenError) {
      const { key, params } = error
      // A refused field says what is wrong with it ("to: At most 400 days"), in the same language.
      const fields = Object.entries(error instanceof DomainError ? (error.fieldMessages ?? {}) : {}).map(
        ([path, message]) => ` ${path}: ${refusalText(message)}`
      )
      console.error(
        `salesdesk: ${key ? refusalText({ key, ...(params ? { params } : {}) }) : error.message}${fields.join('')}`
      )
      return 2
    }
    if (isDamagedDatabase(error)) {
      console.error(`salesdesk: ${say('damaged')}`)
      return 2
    }
    console.error(
      `salesdesk: ${say('wentWrong', { message: error instanceof Error ? error.message : String(error) })}`
    )
    return 3
  } finally {
    whenStoreOpens(null)
  }
}

// Run when executed directly (bundled out/main/cli.js or `tsx src/main/cli.ts`).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void runCli(process.argv.slice(2)).then((code) => {
    if (code !== 0) process.exit(code)
  })
}
