/**
 * Delivers the outbox in the background while the app is open: every 30 seconds, when a
 * message is due (new, or past its back-off), it runs the delivery through the API like the
 * "Send now" button. Problems are recorded on the messages.
 */
import type { Api } from '../api'
import { isoNow } from '../context'

export function startMailWorker(api: Api, everyMs = 30_000): { stop(): void } {
  const ctx = api.context
  let busy = false
  const timer = setInterval(() => {
    if (busy) return
    busy = true
    ctx.db
      .selectFrom('mailOutbox')
      .select('id')
      .where('status', '=', 'waiting')
      .where('nextAttemptAt', '<=', isoNow(ctx))
      .limit(1)
      .executeTakeFirst()
      .then((due) => (due ? api.dispatch('mail.deliver', {}) : undefined))
      .catch(() => undefined)
      .finally(() => {
        busy = false
      })
  }, everyMs)
  timer.unref()
  return { stop: () => clearInterval(timer) }
}
