/**
 * Sends NAV reports in the background while the app is open: every minute, when reporting is on
 * and something is due (waiting past its back-off, or sent and not yet answered), it runs the
 * queue through the API like the Send button. What goes wrong is recorded on the reports and
 * the run (missing credentials just wait for the user).
 */
import type { Api } from '../api'
import { every, type BackgroundTask } from '../background'
import { isoNow } from '../context'
import { readNavSettings } from './settings'

export function startNavWorker(api: Api, everyMs = 60_000): BackgroundTask {
  const ctx = api.context
  return every(everyMs, async () => {
    if (!(await readNavSettings(ctx.db)).enabled) return
    const due = await ctx.db
      .selectFrom('navReports')
      .select('id')
      .where((eb) =>
        eb.or([
          eb('status', '=', 'sent'),
          eb.and([eb('status', '=', 'waiting'), eb('nextAttemptAt', '<=', isoNow(ctx))])
        ])
      )
      .limit(1)
      .executeTakeFirst()
    if (due) await api.dispatch('nav.send', {})
  })
}
