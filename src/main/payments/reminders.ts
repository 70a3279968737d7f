/**
 * Payment reminders as numbered records (issue 11). Each printed reminder takes the next number of
 * its own gap-free yearly series ("REM-2026-00001") in the transaction that records it, and keeps
 * the invoices it named at the level each one was reminded at. The next reminder of an invoice
 * follows that: an invoice never reminded gets level 1; one reminded at level N moves to N + 1
 * once the days set for level N + 1 have passed since that reminder, and stays at N before. The
 * letter takes the highest level among its invoices, so "despite our earlier reminder" is only
 * printed when an earlier reminder is on record.
 */
import type { ReminderLevel, ReminderRecord, ReminderWording } from '../../shared/schemas/reminders'
import { daysBetween } from '../../shared/iso-week'
import type { Executor } from '../context'
import { isOpeningItem, openingBalanceIdOf, openingItemId } from './opening-balances'
import { takeSequence } from '../documents/numbering'

export const REMINDER_PREFIX = 'REM'

export function formatReminderNumber(year: number, sequence: number): string {
  return `${REMINDER_PREFIX}-${year}-${String(sequence).padStart(5, '0')}`
}

export interface PreviousReminder {
  level: ReminderLevel
  asOf: string
  number: string
}

/** The latest reminder that named each of the documents. */
export async function previousReminders(
  db: Executor,
  documentIds: readonly number[]
): Promise<Map<number, PreviousReminder>> {
  const found = new Map<number, PreviousReminder>()
  const documents = documentIds.filter((id) => !isOpeningItem(id))
  const opening = documentIds.filter(isOpeningItem).map(openingBalanceIdOf)
  // Opening balances are reminded in a table of their own: one query reads both, oldest first.
  const rows = await db
    .selectFrom('reminderItems as i')
    .innerJoin('reminders as r', 'r.id', 'i.reminderId')
    .select(['i.documentId as itemId', 'i.level', 'r.asOf', 'r.number', 'r.id'])
    .where('i.documentId', 'in', documents)
    .unionAll(
      db
        .selectFrom('openingBalanceReminders as o')
        .innerJoin('reminders as r', 'r.id', 'o.reminderId')
        .select((eb) => [eb.neg('o.openingBalanceId').as('itemId'), 'o.level', 'r.asOf', 'r.number', 'r.id'])
        .where('o.openingBalanceId', 'in', opening)
    )
    .orderBy('id')
    .execute()
  for (const row of rows) found.set(row.itemId, { level: row.level, asOf: row.asOf, number: row.number })
  return found
}

/** Keeps the items a reminder named at their levels (opening balances in their own table). */
export async function recordReminderItems(
  trx: Executor,
  reminderId: number,
  items: ReadonlyArray<{
    documentId: number
    level: ReminderLevel
    currency: string
    openCents: number
    daysOverdue: number
  }>
): Promise<void> {
  const documents = items.filter((i) => !isOpeningItem(i.documentId))
  const opening = items.filter((i) => isOpeningItem(i.documentId))
  if (documents.length > 0)
    await trx
      .insertInto('reminderItems')
      .values(documents.map((i) => ({ reminderId, ...i })))
      .execute()
  if (opening.length > 0)
    await trx
      .insertInto('openingBalanceReminders')
      .values(
        opening.map(({ documentId, ...i }) => ({
          reminderId,
          openingBalanceId: openingBalanceIdOf(documentId),
          ...i
        }))
      )
      .execute()
}

/** The level an invoice's next reminder on `asOf` has, after the one before it (if any). */
export function nextLevel(
  previous: PreviousReminder | undefined,
  asOf: string,
  wording: ReminderWording
): ReminderLevel {
  if (!previous) return 1
  if (previous.level === 3) return 3
  const up = (previous.level + 1) as 2 | 3
  return daysBetween(previous.asOf, asOf) >= wording[`level${up}`].days ? up : previous.level
}

/** Takes the next reminder number of the year; call only inside a write transaction. */
export async function takeReminderNumber(trx: Executor, year: number) {
  const sequence = await takeSequence(trx, { table: 'reminderSeries', key: { year } })
  return { sequence, number: formatReminderNumber(year, sequence) }
}

/**
 * What a reminder keeps of each item it named, an invoice (reminder_items) or an opening balance
 * (opening_balance_reminders) alike: both tables are read as `i`.
 */
const reminderItemColumns = ['i.reminderId', 'i.level', 'i.currency', 'i.openCents', 'i.daysOverdue'] as const

/** A customer's reminders, newest first, each with the invoices it named. */
export async function listReminders(db: Executor, customerId: number): Promise<ReminderRecord[]> {
  const reminders = await db
    .selectFrom('reminders')
    .select(['id', 'number', 'level', 'asOf', 'createdAt', 'createdBy'])
    .where('customerId', '=', customerId)
    .orderBy('id', 'desc')
    .execute()
  if (reminders.length === 0) return []
  const reminderIds = reminders.map((r) => r.id)
  const items = await db
    .selectFrom('reminderItems as i')
    .innerJoin('documents as d', 'd.id', 'i.documentId')
    .select([...reminderItemColumns, 'i.documentId', 'd.number'])
    .where('i.reminderId', 'in', reminderIds)
    .orderBy('i.reminderId')
    .orderBy('d.number')
    .execute()
  const openingItems = await db
    .selectFrom('openingBalanceReminders as i')
    .innerJoin('openingBalances as o', 'o.id', 'i.openingBalanceId')
    .select([...reminderItemColumns, 'i.openingBalanceId', 'o.number'])
    .where('i.reminderId', 'in', reminderIds)
    .orderBy('o.number')
    .execute()
  return reminders.map((r) => ({
    ...r,
    items: [
      ...openingItems
        .filter((i) => i.reminderId === r.id)
        .map(({ reminderId: _, openingBalanceId, ...i }) => ({
          ...i,
          documentId: openingItemId(openingBalanceId)
        })),
      ...items
        .filter((i) => i.reminderId === r.id)
        .map(({ reminderId: _, number, ...i }) => ({ ...i, number: number ?? '' }))
    ]
  }))
}
