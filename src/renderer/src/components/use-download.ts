/** Saving a file the API makes (Excel, PDF, calendar), with the outcome in the page's banner. */
import type { FileResult } from '../../../shared/schemas/common'
import { saveFile } from '../api/client'
import { useT } from '../i18n'
import { messageOf } from './api-errors'
import type { BannerMessage } from './Banner'

/**
 * Returns `download(kind, produce)`: asks the API for the file, saves it and tells the user
 * which file was saved, or why it could not be made. The banner and the busy flag stay the
 * page's own because its other actions (save, send, apply credit) report through them too;
 * `kind` says which button is working, so only that one reads "Exporting…".
 */
export function useDownload<Kind>(
  setMessage: (message: BannerMessage | null) => void,
  setBusy: (kind: Kind | null) => void = () => {}
) {
  const { t } = useT()
  return async function download(kind: Kind, produce: () => Promise<FileResult>) {
    setBusy(kind)
    setMessage(null)
    try {
      const file = await produce()
      saveFile(file)
      setMessage({ kind: 'success', text: t('common.exported', { fileName: file.fileName }) })
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) })
    } finally {
      setBusy(null)
    }
  }
}
