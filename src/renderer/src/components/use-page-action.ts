/**
 * One of a page's buttons at work (save a report, archive it as sent, export a year's invoice lines)
 * with its outcome in the page's banner. The banner and the busy state stay the page's own because its
 * other buttons report through them too; `kind` says which button is working, so only that one reads
 * "Preparing…" or "Sending…". useDownload is this for a file; the weekly page wrote it again by hand
 * for archiving the report as sent and for the invoice lines (issue 9).
 */
import { messageOf } from './api-errors'
import type { BannerMessage } from './Banner'
import type { ActionOutcome } from './use-banner-action'

/**
 * Returns `perform(kind, work)`: runs `work` with `kind` busy and shows what it returns (a text is a
 * success, null says nothing), or why it failed.
 */
export function usePageAction<Kind>(
  setMessage: (message: BannerMessage | null) => void,
  setBusy: (kind: Kind | null) => void = () => {}
) {
  return async function perform(kind: Kind, work: () => Promise<ActionOutcome>) {
    setBusy(kind)
    setMessage(null)
    try {
      const done = await work()
      setMessage(typeof done === 'string' ? { kind: 'success', text: done } : done)
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) })
    } finally {
      setBusy(null)
    }
  }
}
