/** Issue 5 figure: a month of the whole team's schedule from the large demo, through the service. */
import type { Salesdesk } from '../src/main/runtime'
import { timeScheduleMonth } from './schedule-month'
import { heading, ms, report } from './stats'

export async function benchScheduleMonth(app: Salesdesk): Promise<void> {
  heading('Schedule')
  const month = await timeScheduleMonth(app.api.context, { runs: 25 })
  report(
    `month ${month.month}, whole team (service)`,
    ms(month.medianMs),
    `best ${ms(month.bestMs)}; ${month.events} events, ${month.markers} markers; target < 50 ms`
  )
}
