/**
 * A task the app runs in the background while it is open (sending VERI*FACTU records, NAV
 * reports, the mail outbox): one run at a time, and a stop that waits for the run under way, so
 * quitting never closes the store between a request leaving and its answer being written down.
 */
export interface BackgroundTask {
  /** Runs now unless a run is under way (then waits for that one); nothing after stop. */
  runNow(): Promise<void>
  /** No further runs; resolves when the run under way (if any) has finished. */
  stop(): Promise<void>
}

/** Runs `run` every `everyMs` (the timer does not keep the process alive); a failing run is ignored. */
export function every(everyMs: number, run: () => Promise<unknown>): BackgroundTask {
  let current: Promise<void> | null = null
  let stopped = false
  const runNow = () => {
    if (stopped) return Promise.resolve()
    current ??= run()
      .then(() => undefined)
      .catch(() => undefined)
      .finally(() => {
        current = null
      })
    return current
  }
  const timer = setInterval(() => void runNow(), everyMs)
  timer.unref()
  return {
    runNow,
    stop: async () => {
      stopped = true
      clearInterval(timer)
      await current
    }
  }
}
