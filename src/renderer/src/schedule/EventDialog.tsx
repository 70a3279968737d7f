/**
 * The dialog around a visit's or a meeting's form (a plan's dialog has no record to read): it reads
 * the record, shows its title once read, and asks before closing over unsaved changes.
 */
import type { ReactNode } from 'react'
import { messageOf } from '../components/api-errors'
import { Banner } from '../components/Banner'
import { Dialog } from '../components/Dialog'
import { useGuardedClose } from '../components/use-guarded-close'
import { useRecordById } from '../components/use-record-by-id'
import { useT } from '../i18n'

/** A visit or meeting is changed while it is scheduled (or new); a cancelled or done one is shown as it was. */
export const canChange = (event: { status: string } | null): boolean =>
  event === null || event.status === 'scheduled'

/** What a visit's or meeting's form gets from the dialog around it. */
export interface EventDialogControls<Event> {
  /** Replaces the dialog's copy of the record with what a save answered. */
  setEvent: (event: Event) => void
  /** The form's unsaved state, for Close to ask first. */
  setDirty: (dirty: boolean) => void
  /** Cancel: closes, asking first when there are unsaved changes. */
  close: () => void
}

/**
 * The visit's or meeting's dialog around its form: reads the record (`id`; null for a new one,
 * shown at once), titled "Loading…" until it has come (`title` gets null for a new one) and a
 * failed read shown as a banner; wide, with Close, which asks first when the form has unsaved
 * changes, then calls `onClose`.
 */
export function EventDialog<Event>({
  id,
  load,
  title,
  testId,
  onClose,
  children
}: {
  id: number | null
  load: (id: number) => Promise<Event>
  title: (event: Event | null) => string
  testId: string
  onClose: () => void
  children: (event: Event | null, controls: EventDialogControls<Event>) => ReactNode
}) {
  const { t } = useT()
  const { record, setRecord, failure } = useRecordById(id, load)
  const guard = useGuardedClose(onClose)
  const ready = id === null || record !== null
  return (
    <Dialog
      title={ready ? title(record) : t('common.loading')}
      onClose={guard.close}
      testId={testId}
      size="wide"
      closeButton
    >
      {failure && <Banner message={{ kind: 'error', text: messageOf(failure.error) }} />}
      {ready && children(record, { setEvent: setRecord, setDirty: guard.setDirty, close: guard.close })}
      {guard.dialog}
    </Dialog>
  )
}
