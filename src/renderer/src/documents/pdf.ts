/**
 * A document's PDF: preview in a new tab, save as (a download), print (the browser's own
 * print of the PDF, from a hidden frame). The PDF comes from the API as bytes either way.
 */
import type { FileResult } from '../../../shared/schemas/common'
import { saveFile } from '../api/client'

export type PdfUse = 'preview' | 'download' | 'print'

function objectUrl(file: FileResult): string {
  return URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: 'application/pdf' }))
}

/** Opens a tab first (while the click still counts as the user's), then fills it when the PDF is ready. */
export async function openPdf(use: PdfUse, produce: () => Promise<FileResult>): Promise<void> {
  if (use === 'download') {
    saveFile(await produce())
    return
  }
  if (use === 'preview') {
    const tab = window.open('about:blank', '_blank')
    try {
      const url = objectUrl(await produce())
      if (tab) tab.location.href = url
      else window.location.assign(url)
      setTimeout(() => URL.revokeObjectURL(url), 120_000)
    } catch (error) {
      tab?.close()
      throw error
    }
    return
  }
  const url = objectUrl(await produce())
  const frame = document.createElement('iframe')
  frame.className = 'print-frame'
  frame.title = 'print'
  frame.src = url
  frame.addEventListener('load', () => {
    try {
      frame.contentWindow?.focus()
      frame.contentWindow?.print()
    } catch {
      window.open(url, '_blank')
    }
  })
  document.body.appendChild(frame)
  setTimeout(() => {
    frame.remove()
    URL.revokeObjectURL(url)
  }, 600_000)
}
