/** Preview/print inside Electron: the PDF the page hands over is checked, kept private and shown. */
import { textMatching } from './support/matchers'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  isPdfBytes,
  MAX_PDF_BYTES,
  registerPdfViewer,
  safePdfName,
  type InvokeChannels
} from '../src/main/pdf-viewer'
import { PDF_CHANNEL } from '../src/shared/transport'
import { required } from '../src/shared/required'

const APP_URL = 'file:///opt/Salesdesk/resources/app.asar/out/renderer/index.html'
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF`)

type Handler = Parameters<InvokeChannels['handle']>[1]
let handlers: Map<string, Handler>
let opened: Array<{ file: string; title: string }>
let folder: string
let dispose: () => void
const ipcMain = {
  handle: (channel: string, handler: Handler) => void handlers.set(channel, handler),
  removeHandler: (channel: string) => void handlers.delete(channel)
}
const show = (senderUrl: string, fileName: unknown, bytes: unknown) =>
  required(handlers.get(PDF_CHANNEL), 'handlers.get(PDF_CHANNEL)')(
    { senderFrame: { url: senderUrl } },
    fileName,
    bytes
  )
const written = () =>
  existsSync(folder)
    ? readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    : []

beforeEach(() => {
  handlers = new Map()
  opened = []
  folder = join(mkdtempSync(join(tmpdir(), 'salesdesk-viewer-')), 'pdf')
  dispose = registerPdfViewer(ipcMain, {
    appUrl: APP_URL,
    folder,
    open: (file, title) => opened.push({ file, title })
  })
})
afterEach(() => {
  dispose()
  rmSync(dirname(folder), { recursive: true, force: true })
})

describe('showing a PDF in the app', () => {
  it('writes the bytes to a private file and opens it under the document name', () => {
    const bytes = pdf('INV-2026-00001 Győri Lőrinc')
    expect(show(`${APP_URL}#/invoices/4`, 'INV-2026-00001.pdf', bytes)).toEqual({ ok: true })
    expect(opened).toHaveLength(1)
    expect(opened[0].title).toBe('INV-2026-00001.pdf')
    expect(relative(folder, opened[0].file).startsWith('..')).toBe(false)
    expect(readFileSync(opened[0].file)).toEqual(Buffer.from(bytes))
    // A second preview of the same document does not overwrite the first (still open in its window).
    show(APP_URL, 'INV-2026-00001.pdf', pdf('again'))
    expect(opened[1].file).not.toBe(opened[0].file)
    expect(readFileSync(opened[0].file)).toEqual(Buffer.from(bytes))
  })

  it('refuses other pages and anything that is not a PDF, writing nothing', () => {
    expect(show('https://evil.example/index.html', 'x.pdf', pdf('x'))).toMatchObject({ ok: false })
    expect(show('file:///tmp/other/index.html', 'x.pdf', pdf('x'))).toMatchObject({ ok: false })
    expect(show(APP_URL, 'x.pdf', new TextEncoder().encode('<html>not a pdf</html>'))).toMatchObject({
      ok: false,
      message: textMatching(/not a PDF/)
    })
    expect(show(APP_URL, 'x.pdf', 'JVBERi0xLjcK')).toMatchObject({ ok: false })
    expect(opened).toEqual([])
    expect(written()).toEqual([])
  })

  it('keeps a hostile file name inside its folder', () => {
    show(APP_URL, '../../../etc/cron.d/evil.pdf', pdf('x'))
    show(APP_URL, 'C:\\Windows\\system32\\x', pdf('x'))
    for (const { file } of opened) expect(relative(folder, file).split(/[\\/]/)).toHaveLength(2)
    expect(written()).toHaveLength(2)
  })

  it('removes its files and its channel when the app quits', () => {
    show(APP_URL, 'a.pdf', pdf('x'))
    dispose()
    expect(existsSync(folder)).toBe(false)
    expect(handlers.has(PDF_CHANNEL)).toBe(false)
    dispose = () => {}
  })
})

describe('file names and bytes', () => {
  it('makes plain names', () => {
    expect(safePdfName('CRN-2026-00003.pdf')).toBe('CRN-2026-00003.pdf')
    expect(safePdfName('estimate-draft-12')).toBe('estimate-draft-12.pdf')
    expect(safePdfName('../x/y.pdf')).toBe('x-y.pdf')
    expect(safePdfName('a\u202Efdp.exe')).toBe('a-fdp.exe.pdf')
    expect(safePdfName('')).toBe('document.pdf')
    expect(safePdfName(42)).toBe('document.pdf')
    expect(safePdfName('x'.repeat(300))).toHaveLength(104)
  })

  it('knows a PDF by its header and size', () => {
    expect(isPdfBytes(pdf('x'))).toBe(true)
    expect(isPdfBytes(new Uint8Array(4))).toBe(false)
    expect(isPdfBytes(Buffer.from('%PDF'))).toBe(false)
    expect(isPdfBytes(new Uint8Array(MAX_PDF_BYTES + 1).fill(37))).toBe(false)
  })
})
