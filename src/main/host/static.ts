import { readFile, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf'
}

/** The same policy the Electron window enforces (see index.html). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

const NO_SNIFF = { 'x-content-type-options': 'nosniff' }

function securityHeaders(type: string): Record<string, string> {
  return {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...(type.startsWith('text/html')
      ? { 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'no-store' }
      : {})
  }
}

/** Serves the built renderer; unknown paths get index.html so deep links work. */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  folder?: string
): Promise<void> {
  // Refusals are marked nosniff too: no answer of this host is for a browser to guess the type of.
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, NO_SNIFF).end()
    return
  }
  if (!folder) {
    res
      .writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...NO_SNIFF })
      .end('Only the API is served here.')
    return
  }
  const root = resolve(folder)
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    res.writeHead(400, NO_SNIFF).end()
    return
  }
  let target = resolve(join(root, normalize(decoded)))
  // A path that escapes the folder is answered with the app page, never with the file.
  if (target !== root && !target.startsWith(root + sep)) target = join(root, 'index.html')
  const isFile = await stat(target).then(
    (s) => s.isFile(),
    () => false
  )
  if (!isFile) target = join(root, 'index.html')
  const body = await readFile(target)
  res.writeHead(200, securityHeaders(contentTypes[extname(target)] ?? 'application/octet-stream'))
  res.end(req.method === 'HEAD' ? undefined : body)
}
