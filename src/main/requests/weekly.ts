/**
 * The complaints part of the weekly report: complaints opened and closed in the week, those
 * late in it (closed after their resolution time during the week, or still open at the week's
 * end past it), and the median time from opening to closing of those closed in the week.
 */
import { addDaysIso } from '../../shared/iso-week'
import type { Executor } from '../context'

export interface ComplaintFigures {
  opened: number
  closed: number
  late: number
  /** Hours from opening to closing, median of the complaints closed in the week; null: none closed. */
  medianResolutionHours: number | null
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export async function complaintFigures(db: Executor, start: string, end: string): Promise<ComplaintFigures> {
  const next = addDaysIso(end, 1)
  const complaints = await db
    .selectFrom('customerRequests')
    .select(['openedAt', 'closedAt', 'resolveBy'])
    .where('kind', '=', 'complaint')
    .where('openedAt', '<', next)
    .where((eb) => eb.or([eb('closedAt', 'is', null), eb('closedAt', '>=', start)]))
    .execute()
  const inWeek = (at: string | null): at is string => at !== null && at >= start && at < next
  let opened = 0
  let late = 0
  const hours: number[] = []
  for (const c of complaints) {
    if (inWeek(c.openedAt)) opened++
    const closedInWeek = inWeek(c.closedAt)
    if (closedInWeek && c.openedAt !== null)
      hours.push((Date.parse(c.closedAt ?? '') - Date.parse(c.openedAt)) / 3_600_000)
    const openAtEnd = c.closedAt === null || c.closedAt >= next
    if (
      c.resolveBy !== null &&
      ((closedInWeek && (c.closedAt ?? '') > c.resolveBy) || (openAtEnd && c.resolveBy < next))
    )
      late++
  }
  const m = median(hours)
  return {
    opened,
    closed: hours.length,
    late,
    medianResolutionHours: m === null ? null : Math.round(m * 10) / 10
  }
}
