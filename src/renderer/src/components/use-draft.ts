/**
 * A form kept as one object in the screen's state until it is sent (a call being logged, a campaign
 * being written), for screens whose fields are plain labelled inputs and selects rather than a
 * react-hook-form form. Each field used to spell its value and its setter by hand (issue 9).
 */
import { useState } from 'react'

export function useDraft<Draft extends object>(initial: Draft | (() => Draft)) {
  const [draft, setDraft] = useState<Draft>(initial)

  /** Changes one field of the draft, the rest as it is now. */
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }))

  /** One field's value and its change, for a LabelledInput, LabelledTextArea or LabelledSelect. */
  const field = <K extends keyof Draft>(key: K) => ({
    value: draft[key],
    onValue: (value: Draft[K]) => set(key, value)
  })

  return { draft, setDraft, set, field }
}
