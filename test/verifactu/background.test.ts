/**
 * VERI*FACTU records leave in the background, and quitting does not lose them (issue 16): the
 * background sender sends what was issued without anyone pressing Send, backs off after requests
 * that got no answer (the delays written out here), and one send at a time goes out; closing the
 * app while a request is at the local HTTPS stand-in for the AEAT waits for its answer and writes
 * it down before the store closes (otherwise the AEAT would hold records the store shows as
 * waiting); the Electron quit path holds the quit until the app has closed.
 */
import { EventEmitter } from 'node:events'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createApi } from '../../src/main/api'
import { closeBeforeQuit, type QuitEvent } from '../../src/main/quit'
import { startSalesdesk, type Salesdesk } from '../../src/main/runtime'
import { backgroundSendDue, retryDelaySeconds, startVerifactuWorker } from '../../src/main/verifactu/worker'
import { issued } from '../documents/helpers'
import { desksClosedAfterEach } from '../support/fixtures'
import { acceptAll, soapFault, useTestAeat, type AeatAnswer } from './aeat-server'
import { spanishDesk } from './support'

const { certs, aeat } = useTestAeat()
const desks = desksClosedAfterEach()

interface Submission {
  number: string
  status: string
  csv: string | null
}

const submissionsOf = (db: BetterSqlite3.Database) =>
  db
    .prepare(
      'select r.invoice_number as number, s.status, s.csv from verifactu_records r join verifactu_submissions s on s.record_id = r.id order by r.id'
    )
    .all() as Submission[]

/** A Spanish company's file with `count` invoices issued and waiting, closed: the app opens it. */
async function fileWithWaitingRecords(count: number): Promise<{ path: string; remove(): void }> {
  const s = await spanishDesk({ endpoint: aeat.url, certificatePath: certs.clientP12Path })
  for (let i = 0; i < count; i++) await issued(s.desk, s.seed, { customerId: s.spanishCustomerId })
  await s.desk.store.close()
  return { path: s.desk.databasePath, remove: () => s.desk.folder.remove() }
}

async function unlock(app: Salesdesk): Promise<void> {
  const result = await app.api.dispatch('verifactu.unlockCertificate', { password: certs.clientPassword })
  expect(result.ok).toBe(true)
}

/** The stand-in keeps the next request waiting: `arrived` when it is there, `release` answers it. */
function holdNextAnswer(): { arrived: Promise<void>; release(): void } {
  let arrive: () => void = () => undefined
  let release: () => void = () => undefined
  const arrived = new Promise<void>((resolve) => (arrive = resolve))
  const released = new Promise<void>((resolve) => (release = resolve))
  aeat.respond = async (body): Promise<AeatAnswer> => {
    arrive()
    await released
    return acceptAll(body)
  }
  return { arrived, release }
}

function readFile<T>(path: string, read: (db: BetterSqlite3.Database) => T): T {
  const db = new BetterSqlite3(path, { readonly: true })
  try {
    return read(db)
  } finally {
    db.close()
  }
}

describe('VERI*FACTU background sender', () => {
  it('sends the records issued before the app started, without anyone pressing Send', async () => {
    const file = await fileWithWaitingRecords(2)
    const app = await startSalesdesk({
      databasePath: file.path,
      verifactuCa: certs.caPem,
      background: true,
      verifactuEveryMs: 50
    })
    try {
      await unlock(app)
      await expect
        .poll(() => submissionsOf(app.store.sqlite).map((r) => r.status), { timeout: 20_000 })
        .toEqual(['accepted', 'accepted'])
      // One request for both, with the company's certificate.
      expect(aeat.exchanges).toHaveLength(1)
      expect(aeat.exchanges[0].clientSubject).toBe('COL LEGI CATALA DE FACANES SL')
    } finally {
      await app.close()
      file.remove()
    }
  }, 60_000)

  it('waits 1, 2, 4 … minutes (at most an hour) after requests without an answer; one send at a time', async () => {
    const expected = [60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]
    expect(expected.map((_, i) => retryDelaySeconds(i + 1))).toEqual(expected)
    expect(retryDelaySeconds(0)).toBe(0)

    const s = await spanishDesk({ endpoint: aeat.url, certificatePath: certs.clientP12Path })
    desks.push(s.desk)
    const api = createApi({
      store: s.desk.store,
      dataFolder: s.desk.folder.path,
      version: '0.0.0-test',
      actor: 'ana.tester',
      now: s.desk.clock.now,
      verifactuCa: certs.caPem
    })
    // An hour between timer runs: the test runs the worker itself.
    const worker = startVerifactuWorker(api, 3_600_000)
    try {
      expect(await backgroundSendDue(api.context)).toBe(false)
      await issued(s.desk, s.seed, { customerId: s.spanishCustomerId })
      // Locked: the worker tries, the sender refuses, nothing is written and nothing sent.
      await worker.runNow()
      expect(aeat.exchanges).toHaveLength(0)
      expect(s.desk.store.sqlite.prepare('select count(*) as n from verifactu_batches').get()).toEqual({
        n: 0
      })
      await api.dispatch('verifactu.unlockCertificate', { password: certs.clientPassword })

      aeat.respond = () => ({ status: 500, xml: soapFault('Error interno') })
      const tries: number[] = []
      const run = async (afterSeconds: number) => {
        s.desk.clock.advance(afterSeconds * 1000)
        await worker.runNow()
        tries.push(aeat.exchanges.length)
      }
      await run(0) // tried: 1 failure
      await run(59) // too early
      await run(1) // 60 s after the failure: 2 failures
      await run(119) // too early
      await run(1) // 120 s: 3 failures
      await run(239) // too early
      await run(1) // 240 s: 4 failures
      expect(tries).toEqual([1, 1, 2, 2, 3, 3, 4])
      expect(submissionsOf(s.desk.store.sqlite).map((r) => r.status)).toEqual(['pending'])

      aeat.respond = acceptAll
      await run(480)
      expect(tries.at(-1)).toBe(5)
      expect(submissionsOf(s.desk.store.sqlite).map((r) => r.status)).toEqual(['accepted'])

      // "Send now" while the background sender's request is out: the second waits for the first,
      // so the record goes once and the button finds nothing left to send.
      await issued(s.desk, s.seed, { customerId: s.spanishCustomerId })
      s.desk.clock.advance(61_000)
      const held = holdNextAnswer()
      const background = worker.runNow()
      await held.arrived
      const button = api.dispatch('verifactu.send', {})
      held.release()
      await background
      const pressed = await button
      expect(pressed).toMatchObject({ ok: true, data: { outcome: 'nothing_to_send', sent: 0 } })
      expect(aeat.exchanges).toHaveLength(6)
      expect(submissionsOf(s.desk.store.sqlite).map((r) => r.status)).toEqual(['accepted', 'accepted'])
    } finally {
      await worker.stop()
    }
  }, 60_000)
})

describe('quitting while a request is at the AEAT', () => {
  it.each([
    ['sent from the window', false],
    ['sent by the background sender', true]
  ])(
    '%s: the answer is written before the store closes',
    async (_how, background) => {
      const file = await fileWithWaitingRecords(1)
      const app = await startSalesdesk({
        databasePath: file.path,
        verifactuCa: certs.caPem,
        background,
        verifactuEveryMs: 50,
        systemLog: 'app'
      })
      const held = holdNextAnswer()
      await unlock(app)
      if (!background) void app.api.dispatch('verifactu.send', {})
      await held.arrived
      let closed = false
      const closing = app.close().then(() => {
        closed = true
      })
      // Closing has begun and is waiting for the answer.
      await new Promise((resolve) => setImmediate(resolve))
      expect(closed).toBe(false)
      held.release()
      await closing
      try {
        const { submissions, batches, events } = readFile(file.path, (db) => ({
          submissions: submissionsOf(db),
          batches: db.prepare('select outcome, csv from verifactu_batches').all(),
          events: (
            db.prepare('select kind from verifactu_events order by position').all() as Array<{
              kind: string
            }>
          ).map((e) => e.kind)
        }))
        expect(submissions).toEqual([
          { number: 'INV-2026-00001', status: 'accepted', csv: 'A-TEST-CSV-0001' }
        ])
        expect(batches).toEqual([{ outcome: 'Correcto', csv: 'A-TEST-CSV-0001' }])
        expect(events.slice(-2)).toEqual(['app_started', 'system_stopped'])
        expect(aeat.exchanges).toHaveLength(1)
      } finally {
        file.remove()
      }
    },
    60_000
  )
})

describe('the Electron quit path', () => {
  class QuitAttempt implements QuitEvent {
    prevented = false
    preventDefault(): void {
      this.prevented = true
    }
  }

  /** Electron's app as far as quitting goes: will-quit can be prevented; quit() emits it again. */
  class FakeApp extends EventEmitter {
    exited = false
    quit(): void {
      const event = new QuitAttempt()
      this.emit('will-quit', event)
      if (!event.prevented) this.exited = true
    }
  }

  it('holds the quit until the app has closed, closes once, then quits', async () => {
    const app = new FakeApp()
    let finish: () => void = () => undefined
    let closes = 0
    const reported: unknown[] = []
    closeBeforeQuit(
      app,
      () => {
        closes += 1
        return new Promise<void>((resolve) => (finish = resolve))
      },
      (error) => reported.push(error)
    )
    app.quit()
    expect(app.exited).toBe(false)
    // A second quit while closing (Ctrl+Q again, the system shutting down) is held too.
    app.quit()
    expect(app.exited).toBe(false)
    expect(closes).toBe(1)
    finish()
    await expect.poll(() => app.exited).toBe(true)
    expect(closes).toBe(1)
    expect(reported).toEqual([])
  })

  it('quits even when closing fails, and reports why', async () => {
    const app = new FakeApp()
    const reported: unknown[] = []
    closeBeforeQuit(
      app,
      () => Promise.reject(new Error('disk I/O error')),
      (error) => {
        reported.push(error)
      }
    )
    app.quit()
    await expect.poll(() => app.exited).toBe(true)
    expect(String(reported[0])).toBe('Error: disk I/O error')
  })
})
