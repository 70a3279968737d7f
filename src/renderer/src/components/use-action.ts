/**
 * One thing a screen does when asked (add a comment, change a status, send a mail, check the
 * records): busy while it runs, so its buttons wait; its refusal afterwards, in the reader's words,
 * for the screen to show where the thing was asked. Each of those screens had its own copy of this
 * try/finally (issue 9).
 */
import { useState } from 'react'
import { messageOf } from './api-errors'

export function useAction() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function run(work: () => Promise<void>) {
    setBusy(true)
    setError(null)
    try {
      await work()
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  return { busy, error, setError, run }
}
