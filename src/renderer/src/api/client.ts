/**
 * The renderer's one API client. Inside Electron it calls the preload bridge (IPC);
 * in a browser it calls the local web host with the token it was opened with.
 * Either way, failures arrive as ApiError values, thrown as ApiCallError.
 */
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api'
import { errorMessages } from '../../../shared/error-messages'
import type { ApiError, ApiResult } from '../../../shared/errors'
import type { FileResult } from '../../../shared/schemas/common'
import { FILE_DETAILS_HEADER, TOKEN_HEADER, type PreloadBridge } from '../../../shared/transport'
import { localiseError } from '../i18n/errors'

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message)
    this.name = 'ApiCallError'
  }
}

type Transport = (method: string, input: unknown) => Promise<ApiResult<unknown>>

declare global {
  interface Window {
    salesdesk?: PreloadBridge
  }
}

const TOKEN_KEY = 'salesdesk.token'

/** The web host opens the page as /#token=…; keep it for this tab and clean the address bar. */
export function takeTokenFromLocation(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash)
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1])
    history.replaceState(null, '', window.location.pathname + window.location.search)
  }
  return sessionStorage.getItem(TOKEN_KEY)
}

function fileNameFrom(disposition: string | null): string {
  const match = /filename\*=UTF-8''([^;]+)/.exec(disposition ?? '')
  return match ? decodeURIComponent(match[1]) : 'download'
}

function fileDetailsFrom(header: string | null): Record<string, unknown> {
  if (!header) return {}
  const details: unknown = JSON.parse(decodeURIComponent(header))
  return typeof details === 'object' && details !== null ? { ...details } : {}
}

const networkError: ApiError = {
  code: 'internal',
  key: 'notReachable',
  message: errorMessages.notReachable
}

function httpTransport(token: string | null): Transport {
  return async (method, input) => {
    let response: Response
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { [TOKEN_HEADER]: token } : {}) },
        body: JSON.stringify(input ?? {})
      })
    } catch {
      // Not silent: a failed transport is the notReachable error every screen shows.
      return { ok: false, error: networkError }
    }
    const type = response.headers.get('content-type') ?? ''
    if (type.startsWith('application/json')) return (await response.json()) as ApiResult<unknown>
    const file: FileResult = {
      // What the answer says besides the file (a batch's count), as the Electron bridge passes it on.
      ...fileDetailsFrom(response.headers.get(FILE_DETAILS_HEADER)),
      kind: 'file',
      fileName: fileNameFrom(response.headers.get('content-disposition')),
      mimeType: type,
      bytes: new Uint8Array(await response.arrayBuffer())
    }
    return { ok: true, data: file }
  }
}

function ipcTransport(bridge: PreloadBridge): Transport {
  return (method, input) => bridge.call(method, input) as Promise<ApiResult<unknown>>
}

export interface ApiClient {
  transport: 'ipc' | 'http'
  call: <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>
}

export function createApiClient(): ApiClient {
  const bridge = window.salesdesk
  const transport = bridge ? ipcTransport(bridge) : httpTransport(takeTokenFromLocation())
  return {
    transport: bridge ? 'ipc' : 'http',
    async call(method, input) {
      const result = await transport(method, input)
      if (!result.ok) throw new ApiCallError(localiseError(result.error))
      return result.data as ApiOutput<typeof method>
    }
  }
}

/** Saves a file the API produced: a download in the browser, a save dialog in Electron. */
export function saveFile(file: FileResult): void {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}

export const api = createApiClient()

export interface BackgroundProgress {
  done: number
  total: number
  stage: string
}

/**
 * Runs a long method (export, batch, report) as a background job: reports progress while it
 * runs and stops it when `signal` aborts. Resolves with the method's own output.
 */
export async function runInBackground<M extends ApiMethod>(
  method: M,
  input: ApiInput<M>,
  onProgress: (progress: BackgroundProgress) => void,
  signal?: AbortSignal
): Promise<ApiOutput<M>> {
  let status = await api.call('jobs.start', { method, input })
  // A failed cancel is silent on purpose: the status loop below still reports how the job ended.
  const cancel = () => void api.call('jobs.cancel', { id: status.id }).catch(() => undefined)
  signal?.addEventListener('abort', cancel, { once: true })
  try {
    while (status.state === 'running') {
      onProgress({ done: status.done, total: status.total, stage: status.stage })
      await new Promise((resolve) => setTimeout(resolve, 200))
      status = await api.call('jobs.status', { id: status.id })
    }
    onProgress({ done: status.done, total: status.total, stage: status.stage })
    return (await api.call('jobs.result', { id: status.id })) as ApiOutput<M>
  } finally {
    signal?.removeEventListener('abort', cancel)
  }
}
