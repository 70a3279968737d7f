/**
 * The desktop app's quit path, kept apart from Electron so it can be tested (index.ts hands it
 * Electron's `app`). The first quit is held until the app has closed — background senders
 * stopped, every request under way answered and its answer written, the stop event logged, the
 * store closed — and then let through. Closing can fail (a damaged file): that is reported and
 * the app quits all the same; what was committed is on disk already (synchronous = FULL).
 */
export interface QuitEvent {
  preventDefault(): void
}

/** The part of Electron's `app` this uses. */
export interface QuittingApp {
  on(event: 'will-quit', listener: (event: QuitEvent) => void): unknown
  quit(): void
}

export function closeBeforeQuit(
  app: QuittingApp,
  close: () => Promise<void>,
  report: (error: unknown) => void
): void {
  let closing = false
  let closed = false
  app.on('will-quit', (event) => {
    // The quit asked for once the app has closed passes through; one asked for while closing
    // (a second Ctrl+Q, the system's shutdown) is held like the first.
    if (closing) {
      if (!closed) event.preventDefault()
      return
    }
    event.preventDefault()
    closing = true
    void close()
      .catch(report)
      .finally(() => {
        closed = true
        app.quit()
      })
  })
}
