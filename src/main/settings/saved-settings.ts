/**
 * A save of a group of settings (e-invoice, NAV, VERI*FACTU, reminder wording, …) is one entry of the
 * activity log: an update of the settings, which are no record with an id of their own.
 */
import { recordActivity, type ActivityEvent } from '../activity/log'
import type { Executor, ServiceContext } from '../context'
import { writeTransaction } from '../db/write-transaction'
import { writeJsonSetting } from './json-setting'

/** Writes the settings' activity entry (`summary`, `details`) in the caller's transaction. */
export async function recordSettingsSaved(
  trx: Executor,
  ctx: ServiceContext,
  entry: Pick<ActivityEvent, 'summary' | 'details'>
): Promise<void> {
  await recordActivity(trx, ctx, { entity: 'settings', entityId: null, action: 'update', ...entry })
}

/** Stores the group kept as JSON under `key` and writes its activity entry, in the caller's transaction. */
export async function saveJsonSettings(
  trx: Executor,
  ctx: ServiceContext,
  key: string,
  value: unknown,
  entry: Pick<ActivityEvent, 'summary' | 'details'>
): Promise<void> {
  await writeJsonSetting(trx, key, value)
  await recordSettingsSaved(trx, ctx, entry)
}

/**
 * Saves a group that needs nothing else read or written with it (working hours, request times, the
 * e-mail server) in a write transaction of its own, and gives back what was saved.
 */
export function saveSettingsGroup<T>(
  ctx: ServiceContext,
  key: string,
  value: T,
  entry: Pick<ActivityEvent, 'summary' | 'details'>
): Promise<T> {
  return writeTransaction(ctx.db, async (trx) => {
    await saveJsonSettings(trx, ctx, key, value, entry)
    return value
  })
}
