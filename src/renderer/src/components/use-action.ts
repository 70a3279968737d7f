/**
 * One thing a screen does when asked (add a comment, change a status, send a mail, check the
 * records): busy while it runs, so its buttons wait; its refusal afterwards, in the reader's words,
 * for the screen to show where the thing was asked, and the problem the refusal names with each
 * field, for the screen to show at that field. Each of those screens had its own copy of this
 * try/finally, and the screens that mark fields collected the refusal's field problems by hand (issue 9).
 */
import { useState } from 'react'
import { useT } from '../i18n'
import { fieldProblemsOf, messageOf } from './api-errors'

export function useAction() {
  const { tm } = useT()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // The last refusal's problem with each field: its path as the API saw it → message key.
  const [problems, setProblems] = useState<Record<string, string>>({})

  async function run(work: () => Promise<void>) {
    setBusy(true)
    setError(null)
    setProblems({})
    try {
      await work()
    } catch (e) {
      setError(messageOf(e))
      setProblems(fieldProblemsOf(e))
    } finally {
      setBusy(false)
    }
  }

  /** The last refusal's problem with the field at `path` ("call.nextStep"), in the reader's words. */
  const problem = (path: string): string | undefined => {
    const key = problems[path] as string | undefined
    return key ? tm(key) : undefined
  }

  return { busy, error, setError, problem, run }
}
