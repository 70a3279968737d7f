/**
 * Sends VERI*FACTU records in the background while the app is open, so they reach the AEAT as
 * they are made (issue 16): every 30 seconds, when VERI*FACTU is on and records wait, it runs the
 * queue through the API like the "Send now" button. The sender itself honours the waiting time
 * the AEAT returns; after requests that got no answer (no connection, a server error) the worker
 * waits longer each time, so a day offline does not fill the event log with a failure a minute.
 * Without the certificate's password for this session the send is refused and nothing is written.
 */
import type { Api } from '../api'
import { every, type BackgroundTask } from '../background'
import type { ServiceContext } from '../context'
import { activeVerifactu } from './settings'

const FIRST_RETRY_SECONDS = 60
const LONGEST_RETRY_SECONDS = 3600

/** After `failures` requests in a row without an answer: 1, 2, 4 … minutes, at most an hour. */
export function retryDelaySeconds(failures: number): number {
  if (failures <= 0) return 0
  return Math.min(FIRST_RETRY_SECONDS * 2 ** Math.min(failures - 1, 16), LONGEST_RETRY_SECONDS)
}

/** Whether the background sender should try now: records wait and the retry delay has passed. */
export async function backgroundSendDue(ctx: ServiceContext): Promise<boolean> {
  const active = await activeVerifactu(ctx.db)
  if (active === null) return false
  const waiting = await ctx.db
    .selectFrom('verifactuRecords as r')
    .innerJoin('verifactuSubmissions as s', 's.recordId', 'r.id')
    .select('r.id')
    .where('s.status', '=', 'pending')
    .where('r.issuerNif', '=', active.issuer.nif)
    .limit(1)
    .executeTakeFirst()
  if (!waiting) return false
  const recent = await ctx.db
    .selectFrom('verifactuBatches')
    .select(['sentAt', 'outcome'])
    .orderBy('id', 'desc')
    .limit(16)
    .execute()
  const answered = recent.findIndex((b) => b.outcome !== 'failed')
  const failures = answered < 0 ? recent.length : answered
  if (failures === 0) return true
  const retryAt = Date.parse(recent[0].sentAt) + retryDelaySeconds(failures) * 1000
  return ctx.now().getTime() >= retryAt
}

export function startVerifactuWorker(api: Api, everyMs = 30_000): BackgroundTask {
  return every(everyMs, async () => {
    if (await backgroundSendDue(api.context)) await api.dispatch('verifactu.send', {})
  })
}
