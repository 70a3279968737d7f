/**
 * A visit's state as a badge: scheduled, done, to record (its time has passed and nothing was
 * recorded), cancelled or a no-show. The visit dialog, the visit log and the customer page's
 * visits each drew it with their own copy.
 */
import type { VisitStatus } from '../../../shared/schemas/schedule'
import type { BadgeTone } from '../components/badge-tones'
import { ToneBadge, toneFits } from '../components/ToneBadge'

const visitTones: Record<VisitStatus | 'to_record', BadgeTone> = {
  scheduled: 'info',
  completed: 'good',
  to_record: 'warning',
  cancelled: 'muted',
  no_show: 'muted'
}

export const visitFits = (t: (key: string) => string) => toneFits(t, visitTones, 'visit.status')

export function VisitStatusBadge({
  visit,
  testId
}: {
  visit: { status: VisitStatus; toRecord: boolean }
  testId?: string
}) {
  const status = visit.toRecord ? 'to_record' : visit.status
  return (
    <ToneBadge
      status={status}
      tones={visitTones}
      words="visit.status"
      testId={testId}
      className="badge-visit"
    />
  )
}
