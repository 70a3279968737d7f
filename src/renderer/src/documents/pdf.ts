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

/** Resolves with what happened: the PDF opened in a tab, or saved as a file. */
export async function openPdf(use: PdfUse, produce: () => Promise<FileResult>): Promise<'opened' | 'saved'> {
  if (use === 'download') {
    saveFile(await produce())
    return 'saved'
  }
  const bridge = api.transport === 'ipc' ? window.salesdesk : undefined
  if (bridge) {
    const file = await produce()
    const shown = await bridge.showPdf(file.fileName, file.bytes)
    if (shown.ok) return 'opened'
    saveFile(file)
    return 'saved'
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
    saveFile(file)
    return 'saved'
  }
  const url = objectUrl(file)
  tab.location.href = url
  setTimeout(() => URL.revokeObjectURL(url), 120_000)
  return 'opened'
}
