/**
 * Why a database was not opened, in the user's language (issue 10): StoreOpenError carries a key
 * and its parameters, so the command line — and `salesdesk serve`, the web host — say it in the
 * language of `--lang` or LANG. The expected sentences are written out here.
 */
import { writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../src/main/cli'
import { lockDatabase } from '../../src/main/db/lock'
import { migrations } from '../../src/main/db/migrations/index'
import { openStore, StoreOpenError } from '../../src/main/db/open'
import { openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk
let err: string

beforeEach(async () => {
  desk = await openTestDesk()
  await desk.store.close()
  err = ''
  vi.spyOn(console, 'log').mockImplementation(() => undefined)
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void (err += `${args.join(' ')}\n`))
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => ((err += String(chunk)), true))
})
afterEach(() => {
  vi.restoreAllMocks()
  desk.folder.remove()
})

function fromNewerVersion(path: string): void {
  const sqlite = new BetterSqlite3(path)
  sqlite.pragma('user_version = 9999')
  sqlite.close()
}

describe('a database that cannot be opened is refused in the user’s language', () => {
  it('a file from a newer Salesdesk: by key with its versions, in Hungarian, Spanish and English', async () => {
    const path = desk.databasePath
    const name = basename(path)
    fromNewerVersion(path)
    const latest = migrations.length
    const opening = await openStore(path).catch((error: unknown) => error)
    expect(opening).toBeInstanceOf(StoreOpenError)
    expect(opening).toMatchObject({
      reason: 'newer_version',
      key: 'storeNewerVersion',
      params: { name, version: 9999, latest }
    })

    expect(await runCli(['verify', '--db', path], { LANG: 'hu_HU.UTF-8' })).toBe(2)
    expect(err).toBe(
      `salesdesk: A(z) ${name} fájlt a Salesdesk egy újabb verziója írta (adatverzió: 9999; ez a verzió legfeljebb ${latest}-ig olvas). Frissítse a Salesdesket. A fájl változatlan maradt.\n`
    )
    err = ''
    expect(await runCli(['verify', '--db', path, '--lang', 'es'], { LANG: 'hu_HU.UTF-8' })).toBe(2)
    expect(err).toBe(
      `salesdesk: ${name} lo escribió una versión más reciente de Salesdesk (versión de datos 9999; esta lee hasta la ${latest}). Actualice Salesdesk. El archivo no se ha modificado.\n`
    )
    err = ''
    expect(await runCli(['verify', '--db', path], {})).toBe(2)
    expect(err).toBe(
      `salesdesk: ${name} was written by a newer version of Salesdesk (data version 9999; this one reads up to ${latest}). Please update Salesdesk. The file was left untouched.\n`
    )
  })

  it('`salesdesk serve` on a file another Salesdesk holds says so in Russian', async () => {
    const path = desk.databasePath
    const lock = lockDatabase(path)
    try {
      expect(await runCli(['serve', '--db', path, '--port', '0'], { LANG: 'ru_RU.UTF-8' })).toBe(2)
    } finally {
      lock.release()
    }
    expect(err).toBe(
      `salesdesk: ${basename(path)} уже открыт в другом Salesdesk (настольное приложение или \`salesdesk serve\`). Работайте там или сначала закройте его. Файл не изменён.\n`
    )
  })

  it('another program’s SQLite file, in Catalan', async () => {
    const path = desk.folder.file('other.db')
    const other = new BetterSqlite3(path)
    other.exec('create table notes (id integer primary key, text text)')
    other.close()
    expect(await runCli(['verify', '--db', path], { LC_ALL: 'ca_ES.UTF-8' })).toBe(2)
    expect(err).toBe(
      "salesdesk: other.db és un fitxer SQLite, però no una base de dades de Salesdesk. No s'ha modificat.\n"
    )
  })

  it('a damaged file, by key, in English for the log', async () => {
    const path = desk.folder.file('damaged.db')
    // An SQLite header over pages that are not SQLite's.
    writeFileSync(
      path,
      Buffer.concat([Buffer.from('SQLite format 3\u0000', 'latin1'), Buffer.alloc(8192, 0x41)])
    )
    const opening = await openStore(path).catch((error: unknown) => error)
    expect(opening).toMatchObject({ reason: 'corrupt', key: 'storeDamaged', params: { name: 'damaged.db' } })
    expect((opening as StoreOpenError).message).toBe(
      'damaged.db could not be read: the file is damaged. It was left untouched; restore a backup copy (salesdesk restore --from FILE; automatic copies are in the "backups" folder beside it).'
    )
  })
})
