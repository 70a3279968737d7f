/**
 * The local web host: the same API over HTTP, bound to 127.0.0.1 only, plus the built
 * renderer. Every API request must carry this run's random token; requests from other
 * origins or host names (DNS rebinding) are refused. A thin adapter: no logic lives here.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { FILE_DETAILS_HEADER, TOKEN_HEADER } from '../../shared/api'
import type { ApiResult } from '../../shared/errors'
import type { FileResult } from '../../shared/schemas/common'
import { serveStatic } from './static'

export interface WebHostOptions {
  dispatch: (method: unknown, payload: unknown) => Promise<ApiResult<unknown>>
  /** The built renderer (out/renderer); when absent only the API is served. */
  staticFolder?: string
  port?: number
  token?: string
}

export interface WebHost {
  url: string
  /** The address to open: carries the token so the page can call the API. */
  appUrl: string
  port: number
  token: string
  close(): Promise<void>
}

const MAX_BODY_BYTES = 20 * 1024 * 1024

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff'
  })
  res.end(text)
}

function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } })
}

function isFileResult(value: unknown): value is FileResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    'kind' in value &&
    value.kind === 'file' &&
    'bytes' in value &&
    value.bytes instanceof Uint8Array
  )
}

/** The fields every file answer has; anything else it carries travels in FILE_DETAILS_HEADER. */
const fileFields = new Set(['kind', 'fileName', 'mimeType', 'bytes'])

function sendFile(res: ServerResponse, file: FileResult): void {
  const details = Object.entries(file).filter(([field]) => !fileFields.has(field))
  res.writeHead(200, {
    'content-type': file.mimeType,
    'content-length': file.bytes.byteLength,
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(details.length > 0
      ? { [FILE_DETAILS_HEADER]: encodeURIComponent(JSON.stringify(Object.fromEntries(details))) }
      : {})
  })
  res.end(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength))
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        // Drop the data but let the upload finish, so the 413 answer reaches the caller
        // (destroying the request reset the connection and the client saw "not reachable").
        req.removeAllListeners('data')
        req.resume()
        reject(new Error('too_large'))
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Only our own address may be used as Host, which defeats DNS-rebinding pages. */
function hostAllowed(req: IncomingMessage, port: number): boolean {
  return req.headers.host === `127.0.0.1:${port}` || req.headers.host === `localhost:${port}`
}

/**
 * A browser names the page that makes a call in `Origin`: only our own page may call the API.
 * Calls without one (the desktop window's own fetches of same-origin GETs, tools) still need the token.
 */
function originAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin
  return (
    origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
  )
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  options: WebHostOptions,
  token: string,
  method: string,
  port: number
) {
  if (req.method !== 'POST') {
    refuse(res, 405, 'invalid_input', 'Use POST for API calls.')
    return
  }
  if (!originAllowed(req, port)) {
    refuse(res, 403, 'forbidden', 'Salesdesk only answers its own window.')
    return
  }
  if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
    refuse(res, 401, 'unauthorized', 'This request is not from the Salesdesk window that started the host.')
    return
  }
  let payload: unknown
  try {
    const body = await readBody(req)
    payload = body === '' ? {} : JSON.parse(body)
  } catch (error) {
    const tooLarge = (error as Error).message === 'too_large'
    refuse(
      res,
      tooLarge ? 413 : 400,
      'invalid_input',
      tooLarge ? 'The request is too large.' : 'The request is not valid JSON.'
    )
    return
  }
  const result = await options.dispatch(decodeURIComponent(method), payload)
  if (result.ok && isFileResult(result.data)) {
    sendFile(res, result.data)
    return
  }
  sendJson(res, result.ok ? 200 : statusFor(result.error.code), result)
}

function statusFor(code: string): number {
  switch (code) {
    case 'not_found':
    case 'unknown_method':
      return 404
    case 'conflict':
      return 409
    case 'internal':
      return 500
    default:
      return 400
  }
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  let port = 0
  const server = createServer((req, res) => {
    if (!hostAllowed(req, port)) {
      refuse(res, 403, 'forbidden', 'Salesdesk only answers on 127.0.0.1.')
      return
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
    const apiMatch = /^\/api\/([A-Za-z0-9_.]+)$/.exec(url.pathname)
    const done = apiMatch
      ? handleApi(req, res, options, token, apiMatch[1], port)
      : serveStatic(req, res, url.pathname, options.staticFolder)
    done.catch(() => {
      if (!res.headersSent) refuse(res, 500, 'internal', 'Something went wrong; nothing was saved.')
      else res.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  const url = `http://127.0.0.1:${port}/`
  return {
    url,
    appUrl: `${url}#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
