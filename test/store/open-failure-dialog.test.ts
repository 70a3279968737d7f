/**
 * The desktop app's "cannot open your data" dialog (src/main/index.ts) in the computer's language:
 * a refused file says why in that language, with its parameters; anything else shows its own
 * message, never a stack trace. The Hungarian sentence is written out here.
 */
import { basename } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { migrations } from '../../src/main/db/migrations/index'
import { openStore } from '../../src/main/db/open'
import { menuWords } from '../../src/main/menu-template'
import { openFailureText } from '../../src/main/message-language'
import { languages } from '../../src/shared/languages'
import { openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk | undefined
afterEach(() => desk?.folder.remove())

describe('the dialog shown when the app cannot open its data', () => {
  it('says why a newer version’s file was refused, in Hungarian, with its versions', async () => {
    desk = await openTestDesk()
    await desk.store.close()
    const sqlite = new BetterSqlite3(desk.databasePath)
    sqlite.pragma('user_version = 9999')
    sqlite.close()
    const refusal = await openStore(desk.databasePath).catch((error: unknown) => error)
    const name = basename(desk.databasePath)
    expect(openFailureText(refusal, 'hu')).toBe(
      `A(z) ${name} fájlt a Salesdesk egy újabb verziója írta (adatverzió: 9999; ez a verzió legfeljebb ${String(migrations.length)}-ig olvas). Frissítse a Salesdesket. A fájl változatlan maradt.`
    )
    expect(openFailureText(refusal, 'en')).toContain('was written by a newer version of Salesdesk')
  })

  it('shows any other failure as its message, without the stack', () => {
    const failure = new Error('EACCES: permission denied, open ‘/data/salesdesk.db’')
    expect(openFailureText(failure, 'ru')).toBe(failure.message)
    expect(openFailureText('disk full', 'es')).toBe('disk full')
  })

  it('has a title in every language, none left in English', () => {
    for (const language of languages.filter((l) => l !== 'en'))
      expect(menuWords[language].cannotOpen).not.toBe(menuWords.en.cannotOpen)
  })
})
