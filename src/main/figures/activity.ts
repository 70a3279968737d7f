/**
 * The weekly activity grid: what the store cannot know (calls made, e-mails, demos), per
 * executive, ISO week and metric. Saving a week replaces the given cells in one transaction;
 * a cell saved as 0 is kept as 0 (entered), not removed.
 */
import { activity } from '../../shared/activity'
import { DomainError } from '../../shared/errors'
import type { ActivityEntryInput, ActivityGrid } from '../../shared/schemas/figures'
import { recordActivity } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { loadExecutives } from './weekly'
import { writeTransaction } from '../db/write-transaction'

export async function activityGrid(db: Executor, week: string): Promise<ActivityGrid> {
  const [executives, values] = await Promise.all([
    loadExecutives(db),
    db
      .selectFrom('weeklyActivity')
      .select(['executiveId', 'metric', 'value'])
      .where('week', '=', week)
      .execute()
  ])
  const withValues = new Set(values.map((v) => v.executiveId))
  return { week, executives: executives.filter((e) => e.active || withValues.has(e.id)), values }
}

/** Writes the cells inside the caller's transaction (the import uses it too). */
export async function saveActivityIn(
  trx: Executor,
  ctx: ServiceContext,
  week: string,
  entries: readonly ActivityEntryInput[]
): Promise<void> {
  const ids = [...new Set(entries.map((e) => e.executiveId))]
  if (ids.length > 0) {
    const known = new Set(
      (await trx.selectFrom('salesExecutives').select('id').where('id', 'in', ids).execute()).map((r) => r.id)
    )
    const unknown = ids.find((id) => !known.has(id))
    if (unknown !== undefined)
      throw new DomainError(
        'not_found',
        { key: 'salesExecutiveNotFound', params: { id: unknown } },
        { entries: { key: 'executiveDoesNotExist' } }
      )
  }
  const now = isoNow(ctx)
  for (const entry of entries) {
    await trx
      .insertInto('weeklyActivity')
      .values({ ...entry, week, updatedAt: now, updatedBy: ctx.actor })
      .onConflict((oc) =>
        oc
          .columns(['executiveId', 'week', 'metric'])
          .doUpdateSet({ value: entry.value, updatedAt: now, updatedBy: ctx.actor })
      )
      .execute()
  }
}

export async function saveActivity(
  ctx: ServiceContext,
  week: string,
  entries: readonly ActivityEntryInput[]
): Promise<ActivityGrid> {
  await writeTransaction(ctx.db, async (trx) => {
    await saveActivityIn(trx, ctx, week, entries)
    await recordActivity(trx, ctx, {
      entity: 'weekly',
      entityId: null,
      action: 'activity',
      summary: `Weekly activity for ${week}: ${entries.length} figures saved`,
      details: activity('weeklyActivitySaved', { week, count: entries.length })
    })
  })
  return activityGrid(ctx.db, week)
}
