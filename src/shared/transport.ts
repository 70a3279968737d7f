/** Transport constants, kept free of imports so the sandboxed preload stays tiny. */

/** The channel name used over Electron IPC. */
export const IPC_CHANNEL = 'salesdesk:api'
/** The HTTP header carrying the web host's per-run token. */
export const TOKEN_HEADER = 'x-salesdesk-token'

/** What the preload exposes on `window.salesdesk`: one call function, nothing else. */
export interface PreloadBridge {
  transport: 'ipc'
  call(method: string, input: unknown): Promise<unknown>
}
