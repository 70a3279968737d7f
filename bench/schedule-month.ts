/**
 * For `npm run bench`: times loading a month of the whole team's schedule through the service
 * (what the calendar's month view asks for), after one warm-up call. Prints nothing.
 */
import type { ServiceContext } from '../src/main/context'
import { scheduleRangeOf } from '../src/main/schedule/range'
import { getWorkingHours } from '../src/main/schedule/working-hours'
import { localDayBounds } from '../src/main/schedule/time'

export interface ScheduleMonthTiming {
  month: string
  runs: number
  medianMs: number
  bestMs: number
  events: number
  markers: number
}

/** `month` as "2026-03"; default: the current month of the service's clock. */
export async function timeScheduleMonth(
  ctx: ServiceContext,
  options: { month?: string; runs?: number } = {}
): Promise<ScheduleMonthTiming> {
  const month = options.month ?? ctx.now().toISOString().slice(0, 7)
  const runs = options.runs ?? 15
  const { timeZone } = await getWorkingHours(ctx.db)
  const [year, m] = month.split('-').map(Number)
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`
  const query = {
    from: localDayBounds(`${month}-01`, timeZone).from,
    to: localDayBounds(`${next}-01`, timeZone).from,
    executiveIds: null
  }
  let result = await scheduleRangeOf(ctx, query)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    result = await scheduleRangeOf(ctx, query)
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return {
    month,
    runs,
    medianMs: times[Math.floor(runs / 2)],
    bestMs: times[0],
    events: result.events.length,
    markers: result.markers.length
  }
}
