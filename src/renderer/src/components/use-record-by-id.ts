/**
 * Reads one record by its id for a screen that then keeps and edits its own copy: a record page,
 * a visit's or a meeting's dialog. `record` is null until it has come, and stays null for a new
 * record (`id` null); `setRecord` puts in what a save answered; a failed read is kept as `failure`
 * for the screen to show in its own way (a page says "not found", a dialog shows a banner).
 * The page and the two dialogs each had their own copy of this effect (issue 9).
 */
import { useEffect, useState } from 'react'

export function useRecordById<Record>(id: number | null, load: (id: number) => Promise<Record>) {
  const [record, setRecord] = useState<Record | null>(null)
  // Wrapped, so that any thrown value (even a falsy one) counts as a failure.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null)
  useEffect(() => {
    if (id === null) return
    load(id).then(setRecord, (error: unknown) => setFailure({ error }))
  }, [id, load])
  return { record, setRecord, failure }
}
