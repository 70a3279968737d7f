/** Saving a file the API makes (Excel, PDF, calendar), with the outcome in the page's banner. */
import type { FileResult } from '../../../shared/schemas/common'
import { saveFile } from '../api/client'
import { useT } from '../i18n'
import type { BannerMessage } from './Banner'
import { usePageAction } from './use-page-action'

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
  const perform = usePageAction(setMessage, setBusy)
  return (kind: Kind, produce: () => Promise<FileResult>) =>
    perform(kind, async () => {
      const file = await produce()
      saveFile(file)
      return t('common.exported', { fileName: file.fileName })
    })
}
