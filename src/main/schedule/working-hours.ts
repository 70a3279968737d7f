/** The team's working hours: one JSON value in the settings table, validated on the way in and out. */
import { activity } from '../../shared/activity'
import { workingHoursInput, type WorkingHours } from '../../shared/schemas/schedule'
import { saveSettingsGroup } from '../settings/saved-settings'
import type { Executor, ServiceContext } from '../context'
import { localClockOf, minutesOf, systemTimeZone } from './time'
import { readJsonSetting } from '../settings/json-setting'

export const WORKING_HOURS_KEY = 'schedule.workingHours'

export function defaultWorkingHours(): WorkingHours {
  return { timeZone: systemTimeZone(), start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] }
}

export const getWorkingHours = (db: Executor): Promise<WorkingHours> =>
  readJsonSetting(db, WORKING_HOURS_KEY, workingHoursInput, defaultWorkingHours(), { overDefaults: false })

export async function setWorkingHours(ctx: ServiceContext, hours: WorkingHours): Promise<WorkingHours> {
  return saveSettingsGroup(ctx, WORKING_HOURS_KEY, hours, {
    summary: `Working hours set to ${hours.start}-${hours.end} (${hours.timeZone}), days ${hours.days.join(',')}`,
    details: activity('workingHoursSet', { start: hours.start, end: hours.end })
  })
}

/** Whether [start, end) lies inside one working day. */
export function withinWorkingHours(hours: WorkingHours, startAt: string, endAt: string): boolean {
  const start = localClockOf(Date.parse(startAt), hours.timeZone)
  // The last moment that is still part of the event decides the end's day.
  const end = localClockOf(Date.parse(endAt) - 1, hours.timeZone)
  if (start.day !== end.day) return false
  if (!hours.days.includes(start.weekday)) return false
  return start.minutes >= minutesOf(hours.start) && end.minutes + 1 <= minutesOf(hours.end)
}
