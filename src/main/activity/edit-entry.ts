/**
 * The activity entry of an edit (a customer, a product, a contract, the settings) names the fields
 * that changed, in the English summary and in the entry's data the screens translate; a save that
 * changed nothing says so, and some records have a key of their own for that ("… saved, nothing
 * changed").
 */
import { activity, type ActivityParam } from '../../shared/activity'
import type { Executor, ServiceContext } from '../context'
import { changedFields } from '../db/errors'
import { recordActivity, type ActivityEvent } from './log'

/** The entry's keys: `edited` when fields changed, `unchanged` (else `edited`) when none did. */
export interface EditKeys {
  edited: string
  unchanged?: string
}

/**
 * `what` is the record as the summary names it ("product P-1 Tornillo"); `params` the entry's
 * parameters before `fields`, the changed fields' names.
 */
export function editEntry(
  what: string,
  changed: string[],
  keys: EditKeys,
  params: Record<string, ActivityParam> = {}
): Pick<ActivityEvent, 'action' | 'summary' | 'details'> {
  const fields = changed.join(', ')
  return {
    action: 'update',
    summary: `Edited ${what}${changed.length ? ` (${fields})` : ' (no changes)'}`,
    details: activity(changed.length ? keys.edited : (keys.unchanged ?? keys.edited), { ...params, fields })
  }
}

/** One record's edit: the record as it was `before`, and what the form saved (`after`, its own fields). */
export interface RecordEdit<T extends object> {
  entity: string
  id: number
  before: T
  after: T
}

/**
 * Records the edit of one record (a customer, an executive, a product, a contract) in the activity
 * log: the fields of `after` whose value differs from `before` are the ones named as changed.
 */
export function recordEdit<T extends object>(
  trx: Executor,
  ctx: ServiceContext,
  edit: RecordEdit<T>,
  what: string,
  keys: EditKeys,
  params: Record<string, ActivityParam> = {}
): Promise<void> {
  const changed = changedFields(edit.before, edit.after)
  return recordActivity(trx, ctx, {
    entity: edit.entity,
    entityId: edit.id,
    ...editEntry(what, changed, keys, params)
  })
}
