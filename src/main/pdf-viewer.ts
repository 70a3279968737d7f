/**
 * Preview and print of a PDF inside the Electron app. The page hands over the bytes it got
 * from the API; we check them, write them to a private temporary folder and show them in a
 * window of their own with Chromium's PDF viewer (its print button prints). Takes ipcMain
 * and the window opener as parameters, so it is Electron-free and tested without Electron.
 */
import { randomUUID } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { englishMessage } from '../shared/errors'
import { PDF_CHANNEL } from '../shared/transport'
import { isTrustedSenderUrl } from './ipc'

/** A document of a few thousand pages stays well below this. */
export const MAX_PDF_BYTES = 64 * 1024 * 1024

/** A file name that stays a plain name on every system: no folders, no control characters. */
export function safePdfName(name: unknown): string {
  const base = typeof name === 'string' ? name : ''
  const cleaned = base
    .replace(/[\\/:*?"<>|\p{Cc}\p{Cf}]/gu, '-')
    .replace(/^[.\s-]+/, '')
    .replace(/\.pdf$/i, '')
    .trim()
    .slice(0, 100)
  return `${cleaned || 'document'}.pdf`
}

export function isPdfBytes(bytes: unknown): bytes is Uint8Array {
  if (!(bytes instanceof Uint8Array) || bytes.length < 5 || bytes.length > MAX_PDF_BYTES) return false
  return String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-'
}

/** What is used of Electron's ipcMain, as a shape: this file stays Electron-free. */
export interface InvokeChannels {
  handle(
    channel: string,
    listener: (event: { senderFrame?: { url: string } | null }, ...args: unknown[]) => unknown
  ): void
  removeHandler(channel: string): void
}

export type ShowPdfResult = { ok: true } | { ok: false; message: string }

export interface PdfViewerOptions {
  appUrl: string
  /** Where the temporary files go; emptied by `dispose`. */
  folder: string
  open(file: string, title: string): void
}

export function registerPdfViewer(ipcMain: InvokeChannels, options: PdfViewerOptions): () => void {
  ipcMain.handle(PDF_CHANNEL, (event, fileName, bytes): ShowPdfResult => {
    if (!isTrustedSenderUrl(event.senderFrame?.url, options.appUrl))
      return { ok: false, message: englishMessage({ key: 'pdfWindowNotAllowed' }) }
    if (!isPdfBytes(bytes)) return { ok: false, message: englishMessage({ key: 'pdfNotShowable' }) }
    const name = safePdfName(fileName)
    // One folder per document, so two previews of the same number never overwrite each other.
    const folder = join(options.folder, randomUUID())
    mkdirSync(folder, { recursive: true })
    const file = join(folder, name)
    writeFileSync(file, bytes)
    options.open(file, name)
    return { ok: true }
  })
  return () => {
    ipcMain.removeHandler(PDF_CHANNEL)
    rmSync(options.folder, { recursive: true, force: true })
  }
}
