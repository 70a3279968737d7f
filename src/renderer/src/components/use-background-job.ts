/**
 * A long piece of work the main process runs as a background job (a year's invoice lines, a period's
 * e-invoices, an import of thousands of rows): how far it has come while it runs, and a way to stop it.
 * The e-invoice batch, the weekly invoice lines and the import each kept this progress and their own
 * abort controller by hand (issue 9); each screen still says the outcome in its own banner.
 */
import { useRef, useState } from 'react'
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api'
import { runInBackground, type BackgroundProgress } from '../api/client'
import { messageOf } from './api-errors'
import type { BannerMessage } from './Banner'

export function useBackgroundJob() {
  // Null while no job runs; from the start until the job ends, how far it has come.
  const [progress, setProgress] = useState<BackgroundProgress | null>(null)
  const controller = useRef<AbortController | null>(null)
  // Whether the last job ended because the user stopped it: its failure is then said as information.
  const stopped = useRef(false)

  /** Runs `method` as a job and gives its result; throws its failure, or its cancel. */
  async function run<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
    const abort = new AbortController()
    controller.current = abort
    stopped.current = false
    setProgress({ done: 0, total: 0, stage: '' })
    try {
      return await runInBackground(method, input, setProgress, abort.signal)
    } finally {
      controller.current = null
      setProgress(null)
    }
  }

  /**
   * Runs `method` as a job and gives what the screen's banner says of it: `done`'s text once it has
   * finished; when the user stopped it, the stop as information (it is what they asked for, not a
   * failure). Any other failure is thrown, for the screen to show as the refusal it is.
   */
  async function runToBanner<M extends ApiMethod>(
    method: M,
    input: ApiInput<M>,
    done: (result: ApiOutput<M>) => string
  ): Promise<BannerMessage> {
    try {
      return { kind: 'success', text: done(await run(method, input)) }
    } catch (error) {
      if (!stopped.current) throw error
      return { kind: 'info', text: messageOf(error) }
    }
  }

  return {
    progress,
    running: progress !== null,
    run,
    runToBanner,
    /** Asks the running job to stop; its `run` then ends in a failure. */
    cancel: () => {
      stopped.current = controller.current !== null
      controller.current?.abort()
    }
  }
}
