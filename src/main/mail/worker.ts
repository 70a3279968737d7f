/**
 * Delivers the outbox in the background while the app is open: every 30 seconds, when a
 * message is due (new, or past its back-off), it runs the delivery through the API like the
 * "Send now" button. Problems are recorded on the messages.
 */
import type { Api } from '../api'
import { every, type BackgroundTask } from '../background'
import { isoNow } from '../context'

export function startMailWorker(api: Api, everyMs = 30_000): BackgroundTask {
  const ctx = api.context
  return every(everyMs, async () => {
    const due = await ctx.db
      .selectFrom('mailOutbox')
      .select('id')
      .where('status', '=', 'waiting')
      .where('nextAttemptAt', '<=', isoNow(ctx))
      .limit(1)
      .executeTakeFirst()
    if (due) await api.dispatch('mail.deliver', {})
  })
}
