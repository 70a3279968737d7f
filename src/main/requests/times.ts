/**
 * Response and resolution times per priority (Settings → Requests), kept as JSON under the
 * settings key "requestTimes"; a missing or damaged value falls back to the defaults.
 */
import { activity } from '../../shared/activity'
import {
  defaultRequestTimes,
  requestTimes,
  type RequestPriority,
  type RequestTimes
} from '../../shared/schemas/requests'
import { saveSettingsGroup } from '../settings/saved-settings'
import type { Executor, ServiceContext } from '../context'
import { readJsonSetting } from '../settings/json-setting'

const KEY = 'requestTimes'
const HOUR_MS = 3_600_000

export const loadRequestTimes = (db: Executor): Promise<RequestTimes> =>
  readJsonSetting(db, KEY, requestTimes, defaultRequestTimes, { overDefaults: false })

/** When the first answer and the resolution are due for a request of `priority` opened at `openedAt`. */
export function dueTimes(
  times: RequestTimes,
  priority: RequestPriority,
  openedAt: string
): { respondBy: string; resolveBy: string } {
  const start = Date.parse(openedAt)
  const { responseHours, resolutionHours } = times[priority]
  return {
    respondBy: new Date(start + responseHours * HOUR_MS).toISOString(),
    resolveBy: new Date(start + resolutionHours * HOUR_MS).toISOString()
  }
}

export async function setRequestTimes(ctx: ServiceContext, times: RequestTimes): Promise<RequestTimes> {
  return saveSettingsGroup(ctx, KEY, times, {
    summary: 'Changed the response and resolution times of requests',
    details: activity('requestTimesChanged')
  })
}
