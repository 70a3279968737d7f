/**
 * A document's PDF: preview in a new tab, save as (a download), print (the PDF opens in a
 * new tab, whose PDF view prints it; printing from a hidden frame crashed headless Chromium).
 * The PDF comes from the API as bytes either way.
 * Inside the Electron app the page may not open windows: preview and print go through the
 * preload's showPdf, which shows the PDF in a viewer window of the app's own.
 */
import type { FileResult } from '../../../shared/schemas/common'
import { api, saveFile } from '../api/client'

export type PdfUse = 'preview' | 'download' | 'print'

function objectUrl(file: FileResult): string {
  return URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: 'application/pdf' }))
}

/**
 * Where a saved file went, in the user's words: the browser puts it in its downloads folder
 * under the file's name; the desktop app asked where with its save dialog.
 */
export function savedMessage(
  t: (key: string, params: Record<string, string>) => string,
  fileName: string
): string {
  return t(api.transport === 'ipc' ? 'documents.pdf.savedApp' : 'documents.pdf.savedBrowser', { fileName })
}

/**
 * Resolves with what happened: the PDF opened in a tab, or saved as a file (then `onSaved`
 * hears the file's name, so the page can say where it went).
 */
export async function openPdf(
  use: PdfUse,
  produce: () => Promise<FileResult>,
  onSaved?: (fileName: string) => void
): Promise<'opened' | 'saved'> {
  const save = (file: FileResult) => {
    saveFile(file)
    onSaved?.(file.fileName)
    return 'saved' as const
  }
  if (use === 'download') return save(await produce())
  const bridge = api.transport === 'ipc' ? window.salesdesk : undefined
  if (bridge) {
    const file = await produce()
    const shown = await bridge.showPdf(file.fileName, file.bytes)
    if (shown.ok) return 'opened'
    return save(file)
  }
  // The tab is opened while the click still counts as the user's, and filled when the PDF is ready.
  const tab = window.open('about:blank', '_blank')
  let file: FileResult
  try {
    file = await produce()
  } catch (error) {
    tab?.close()
    throw error
  }
  if (!tab) {
    // A pop-up blocker said no: the PDF is saved instead.
    return save(file)
  }
  const url = objectUrl(file)
  tab.location.href = url
  setTimeout(() => URL.revokeObjectURL(url), 120_000)
  return 'opened'
}
