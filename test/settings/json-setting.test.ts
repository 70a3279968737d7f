/**
 * Settings kept as one JSON value per key (src/main/settings/json-setting.ts): what each area's
 * settings read falls back to, and what a write leaves in the table.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { readJsonSetting, writeJsonSetting } from '../../src/main/settings/json-setting'
import { writeTransaction } from '../../src/main/db/write-transaction'
import { openTestDesk, type TestDesk } from '../support/fixtures'

const schema = z.object({ host: z.string(), port: z.number().int() }).strict()
const defaults = { host: '', port: 587 }
const KEY = 'test.jsonSetting'

let desk: TestDesk
beforeEach(async () => {
  desk = await openTestDesk()
})
afterEach(async () => {
  await desk.close()
})

const store = (value: string) => desk.store.db.insertInto('settings').values({ key: KEY, value }).execute()
const stored = async () =>
  (await desk.store.db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst())
    ?.value

describe('a group of settings as one JSON value', () => {
  it('reads the defaults when nothing, damaged JSON or a value the schema refuses is stored', async () => {
    expect(await readJsonSetting(desk.store.db, KEY, schema, defaults)).toEqual(defaults)
    await store('{"host": "smtp.example", ')
    expect(await readJsonSetting(desk.store.db, KEY, schema, defaults)).toEqual(defaults)
    await desk.store.db
      .updateTable('settings')
      .set({ value: '{"host": 25}' })
      .where('key', '=', KEY)
      .execute()
    expect(await readJsonSetting(desk.store.db, KEY, schema, defaults)).toEqual(defaults)
  })

  it('fills a field an older value lacks from the defaults, unless told to take the value alone', async () => {
    await store('{"host": "smtp.example"}')
    expect(await readJsonSetting(desk.store.db, KEY, schema, defaults)).toEqual({
      host: 'smtp.example',
      port: 587
    })
    expect(await readJsonSetting(desk.store.db, KEY, schema, defaults, { overDefaults: false })).toEqual(
      defaults
    )
  })

  it('writes the whole value as JSON, replacing what was there', async () => {
    await writeTransaction(desk.store.db, (trx) => writeJsonSetting(trx, KEY, { host: 'a', port: 25 }))
    await writeTransaction(desk.store.db, (trx) => writeJsonSetting(trx, KEY, { host: 'b', port: 465 }))
    expect(JSON.parse((await stored()) ?? 'null')).toEqual({ host: 'b', port: 465 })
    expect(await readJsonSetting(desk.store.db, KEY, schema, defaults)).toEqual({ host: 'b', port: 465 })
  })
})
