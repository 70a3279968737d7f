/** Transport constants, kept free of imports so the sandboxed preload stays tiny. */

/** The channel name used over Electron IPC. */
export const IPC_CHANNEL = 'salesdesk:api'
/** The channel the Electron page uses to show a PDF (preview and print) in a window of its own. */
export const PDF_CHANNEL = 'salesdesk:show-pdf'
/** The HTTP header carrying the web host's per-run token. */
export const TOKEN_HEADER = 'x-salesdesk-token'

/** What the preload exposes on `window.salesdesk`: the API call, and showing a PDF from its bytes. */
export interface PreloadBridge {
  transport: 'ipc'
  call(method: string, input: unknown): Promise<unknown>
  showPdf(fileName: string, bytes: Uint8Array): Promise<{ ok: true } | { ok: false; message: string }>
}
