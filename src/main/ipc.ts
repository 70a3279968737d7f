/**
 * The IPC adapter: one channel, the same dispatch as the web host. Calls from any frame
 * other than our own page are refused. Takes ipcMain as a parameter so tests can mock it.
 */
import { DomainError, type ApiResult } from '../shared/errors'
import { isLanguage, type Language } from '../shared/languages'
import { IPC_CHANNEL, LANGUAGE_CHANNEL } from '../shared/transport'
import type { InvokeChannels } from './pdf-viewer'

export type Dispatch = (method: unknown, payload: unknown) => Promise<ApiResult<unknown>>

export function isTrustedSenderUrl(url: string | undefined, appUrl: string): boolean {
  if (!url) return false
  try {
    const sender = new URL(url)
    const app = new URL(appUrl)
    return sender.protocol === app.protocol && sender.host === app.host && sender.pathname === app.pathname
  } catch {
    return false
  }
}

export function registerIpc(ipcMain: InvokeChannels, dispatch: Dispatch, appUrl: string): () => void {
  ipcMain.handle(IPC_CHANNEL, (event, method, payload) => {
    if (!isTrustedSenderUrl(event.senderFrame?.url, appUrl)) {
      return { ok: false, error: new DomainError('forbidden', { key: 'windowNotTrusted' }).toApiError() }
    }
    return dispatch(method, payload)
  })
  return () => ipcMain.removeHandler(IPC_CHANNEL)
}

/**
 * The window's interface language (sent at start and on each change): `onLanguage` rebuilds the
 * menu in it. Refused, like calls, from any frame but our page, and for anything but our languages.
 */
export function registerLanguage(
  ipcMain: InvokeChannels,
  appUrl: string,
  onLanguage: (language: Language) => void
): () => void {
  ipcMain.handle(LANGUAGE_CHANNEL, (event, language) => {
    if (!isTrustedSenderUrl(event.senderFrame?.url, appUrl) || !isLanguage(language)) return false
    onLanguage(language)
    return true
  })
  return () => ipcMain.removeHandler(LANGUAGE_CHANNEL)
}
