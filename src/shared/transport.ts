/** Transport constants, kept free of imports so the sandboxed preload stays tiny. */

/** The channel name used over Electron IPC. */
export const IPC_CHANNEL = 'salesdesk:api'
/** The channel the Electron page uses to show a PDF (preview and print) in a window of its own. */
export const PDF_CHANNEL = 'salesdesk:show-pdf'
/** The channel the Electron page tells the shell its interface language on (the menu follows it). */
export const LANGUAGE_CHANNEL = 'salesdesk:language'
/** The HTTP header carrying the web host's per-run token. */
export const TOKEN_HEADER = 'x-salesdesk-token'
/**
 * The HTTP header carrying what a file answer says besides its bytes (how many e-invoices a batch
 * holds), as URI-encoded JSON: over HTTP the body is the file itself.
 */
export const FILE_DETAILS_HEADER = 'x-salesdesk-file-details'

/** What the preload exposes on `window.salesdesk`: the API call, showing a PDF from its bytes, the language. */
export interface PreloadBridge {
  transport: 'ipc'
  call(method: string, input: unknown): Promise<unknown>
  showPdf(fileName: string, bytes: Uint8Array): Promise<{ ok: true } | { ok: false; message: string }>
  /** Tells the shell the interface language (at start and on each change), for the menu. */
  setLanguage(language: string): Promise<unknown>
}
