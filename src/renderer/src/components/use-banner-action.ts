/**
 * One thing a section of a page does when asked (save the region, make a backup, add an exchange
 * rate, save the request times), with its outcome in the section's banner: what was done, in green,
 * or why it was refused, in the reader's words, in red. The settings sections each wrote this
 * busy/try/catch/finally around their save (issue 9); it runs on useAction, which keeps the busy flag,
 * the refusal and its problem with each field, and adds the success text and a failed read of what the
 * section shows.
 */
import { useState } from 'react'
import { messageOf } from './api-errors'
import type { BannerMessage } from './Banner'
import { useAction } from './use-action'

/** What an action says when it is done: a text is a success; null says nothing. */
export type ActionOutcome = string | BannerMessage | null

/**
 * `loadError`: the failed read of what the section shows, if any: said in the banner until an
 * action says something else (it cannot be closed: the section has nothing to show without it).
 */
export function useBannerAction(loadError?: unknown) {
  const { busy, error, setError, problem, run } = useAction()
  const [outcome, setOutcome] = useState<BannerMessage | null>(null)
  const failedRead = loadError ? { kind: 'error' as const, text: messageOf(loadError) } : null
  const message: BannerMessage | null =
    error !== null ? { kind: 'error', text: error } : (outcome ?? failedRead)

  /** Shows `next` (a check the section made before asking the API), or nothing. */
  function setMessage(next: BannerMessage | null) {
    setError(null)
    setOutcome(next)
  }

  /**
   * Runs `work` with the buttons waiting, and shows what it returns. `refused` sees a refusal first
   * (to mark the fields it names); the banner says it either way.
   */
  const act = (work: () => Promise<ActionOutcome>, refused?: (error: unknown) => void) =>
    run(async () => {
      setOutcome(null)
      try {
        const done = await work()
        setOutcome(typeof done === 'string' ? { kind: 'success', text: done } : done)
      } catch (e) {
        refused?.(e)
        throw e
      }
    })

  return { busy, message, setMessage, problem, act }
}
