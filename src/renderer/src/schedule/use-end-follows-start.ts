/**
 * Moving the start of a visit or meeting moves its end by as much, so it keeps its length
 * (issue 13: moving a visit to another day left the end behind: "At most 24 hours long").
 */
import { DateTime } from 'luxon'
import { useEffect, useRef } from 'react'

/** `startAt` and the end are datetime-local values ("2026-03-02T09:00"). */
export function useEndFollowsStart(
  startAt: string,
  getEnd: () => string,
  setEnd: (value: string) => void
): void {
  const previous = useRef(startAt)
  useEffect(() => {
    const after = DateTime.fromISO(startAt)
    // Half-typed values are not times: wait for the next whole one, measured from the last whole one.
    if (!after.isValid) return
    const before = DateTime.fromISO(previous.current)
    previous.current = startAt
    const end = DateTime.fromISO(getEnd())
    if (!before.isValid || !end.isValid || before.equals(after)) return
    setEnd(end.plus(after.diff(before)).toFormat("yyyy-MM-dd'T'HH:mm"))
  }, [startAt, getEnd, setEnd])
}
