import type { ApiError } from '../../src/shared/errors'
import { anyText } from '../support/matchers'
import { request } from 'node:http'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebHost, type WebHost } from '../../src/main/host/server'
import { FILE_DETAILS_HEADER, TOKEN_HEADER } from '../../src/shared/transport'
import { XLSX_MIME } from '../../src/shared/schemas/common'
import { dumpDatabase } from '../support/dump'
import { customer, customerQuery, openTestDesk, type TestDesk } from '../support/fixtures'
import { required } from '../../src/shared/required'

let desk: TestDesk
let host: WebHost
const SECRET = 'TOP-SECRET-OUTSIDE-THE-RENDERER-FOLDER'
const INDEX = '<!doctype html><title>Salesdesk</title><div id="root"></div>'

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
  text: string
}

/** A raw HTTP request: the path is sent exactly as given (no URL normalisation), Host can be forged. */
function send(options: {
  method?: string
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const body = Buffer.concat(chunks)
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') })
        })
        res.on('error', reject)
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const api = (
  method: string,
  payload: unknown,
  headers: Record<string, string> = { [TOKEN_HEADER]: host.token }
) =>
  send({
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(payload)
  })

beforeAll(async () => {
  desk = await openTestDesk()
  const site = desk.folder.file('site')
  const renderer = join(site, 'renderer')
  mkdirSync(join(renderer, 'assets'), { recursive: true })
  writeFileSync(join(renderer, 'index.html'), INDEX)
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log("app")')
  writeFileSync(join(site, 'secret.txt'), SECRET)
  writeFileSync(join(renderer, '..secret.txt'), 'dots in a name are fine')
  host = await startWebHost({ dispatch: desk.api.dispatch, staticFolder: renderer })
})
afterAll(async () => {
  await (host as WebHost | undefined)?.close()
  await desk.close()
})

/** The error of a failed call's JSON answer (the parse fails the test when it is not JSON). */
function errorIn(text: string): ApiError {
  const answer = JSON.parse(text) as { ok: boolean; error?: ApiError }
  expect(answer.ok).toBe(false)
  return required(answer.error, 'error in the answer')
}

describe('the web host API', () => {
  it('answers a call that carries the token', async () => {
    const created = await api('customers.create', { customer: customer({ name: 'Győri Kft.' }) })
    expect(created.status).toBe(200)
    expect(JSON.parse(created.text)).toMatchObject({ ok: true, data: { name: 'Győri Kft.' } })
    expect(created.headers['cache-control']).toBe('no-store')
  })

  it('refuses calls without the token or with a wrong one with 401, writing nothing', async () => {
    const before = dumpDatabase(desk.store.sqlite)
    const wrongSameLength = host.token.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a'))
    const attempts: Array<Record<string, string>> = [
      {},
      { [TOKEN_HEADER]: '' },
      { [TOKEN_HEADER]: 'guess' },
      { [TOKEN_HEADER]: wrongSameLength },
      { authorization: `Bearer ${host.token}` }
    ]
    for (const headers of attempts) {
      const answer = await api('customers.create', { customer: customer({ name: 'Intruder' }) }, headers)
      expect(answer.status).toBe(401)
      expect(JSON.parse(answer.text)).toEqual({
        ok: false,
        error: { code: 'unauthorized', message: anyText() }
      })
    }
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
  })

  it('refuses a forged Host header with 403 (DNS rebinding), for the API and for pages', async () => {
    const before = dumpDatabase(desk.store.sqlite)
    for (const hostHeader of [
      'evil.example',
      `evil.example:${host.port}`,
      `127.0.0.1:${host.port + 1}`,
      '127.0.0.1',
      `localhost.evil.example:${host.port}`
    ]) {
      const answer = await send({
        method: 'POST',
        path: '/api/customers.create',
        headers: { host: hostHeader, [TOKEN_HEADER]: host.token, 'content-type': 'application/json' },
        body: JSON.stringify({ customer: customer({ name: 'Rebound' }) })
      })
      expect(answer.status).toBe(403)
      const page = await send({ path: '/', headers: { host: hostHeader } })
      expect(page.status).toBe(403)
      expect(page.text).not.toContain('Salesdesk</title>')
    }
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
    expect((await send({ path: '/', headers: { host: `localhost:${host.port}` } })).status).toBe(200)
  })

  it('refuses a call from another page (Origin) with 403 even with the token, and marks answers nosniff', async () => {
    const before = dumpDatabase(desk.store.sqlite)
    for (const origin of [
      'http://evil.example',
      `http://127.0.0.1:${host.port + 1}`,
      'null',
      `https://127.0.0.1:${host.port}`
    ]) {
      const answer = await api(
        'customers.create',
        { customer: customer({ name: 'Cross-site' }) },
        { [TOKEN_HEADER]: host.token, origin }
      )
      expect(answer.status).toBe(403)
      expect(errorIn(answer.text).code).toBe('forbidden')
      expect(answer.headers['x-content-type-options']).toBe('nosniff')
    }
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
    const own = await api(
      'customers.create',
      { customer: customer({ name: 'Own window' }) },
      { [TOKEN_HEADER]: host.token, origin: `http://127.0.0.1:${String(host.port)}` }
    )
    expect(own.status).toBe(200)
    expect(own.headers['x-content-type-options']).toBe('nosniff')
  })

  it('answers malformed JSON with 400 and a plain message', async () => {
    for (const body of ['{not json', '{"customer": ', '\u0000\u0001', '[1,2']) {
      const answer = await send({
        method: 'POST',
        path: '/api/customers.create',
        headers: { [TOKEN_HEADER]: host.token },
        body
      })
      expect(answer.status).toBe(400)
      const error = errorIn(answer.text)
      expect(error.code).toBe('invalid_input')
      expect(error.message).not.toMatch(/\n\s+at |SyntaxError|position \d+|Unexpected token/)
    }
  })

  it('refuses a body that is too large with 413', async () => {
    const answer = await send({
      method: 'POST',
      path: '/api/customers.list',
      headers: { [TOKEN_HEADER]: host.token },
      body: Buffer.alloc(21 * 1024 * 1024, 0x20)
    })
    expect(answer.status).toBe(413)
    expect(errorIn(answer.text).message).toMatch(/too large/)
    // The host still answers afterwards.
    expect((await api('app.info', {})).status).toBe(200)
  })

  it('maps API errors to HTTP statuses with the error as JSON', async () => {
    const invalid = await api('customers.get', { id: 'one' })
    expect(invalid.status).toBe(400)
    expect(errorIn(invalid.text).fields).toHaveProperty('id')
    const missing = await api('customers.get', { id: 9999 })
    expect(missing.status).toBe(404)
    expect(errorIn(missing.text).code).toBe('not_found')
    const unknown = await api('customers.drop', {})
    expect(unknown.status).toBe(404)
    expect(errorIn(unknown.text).code).toBe('unknown_method')
    await api('customers.create', { customer: customer({ code: 'DUP', name: 'One' }) })
    const conflict = await api('customers.create', { customer: customer({ code: 'DUP', name: 'Two' }) })
    expect(conflict.status).toBe(409)
    const get = await send({ path: '/api/customers.list', headers: { [TOKEN_HEADER]: host.token } })
    expect(get.status).toBe(405)
  })

  it('delivers file results (Excel exports) as a download', async () => {
    const query = customerQuery({ archived: 'include' })
    const { offset: _o, limit: _l, ...filters } = query
    const answer = await api('customers.exportXlsx', filters)
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toBe(XLSX_MIME)
    expect(answer.headers['content-disposition']).toBe("attachment; filename*=UTF-8''customers.xlsx")
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length)
    expect(answer.body.subarray(0, 2).toString('latin1')).toBe('PK')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(answer.body as unknown as ArrayBuffer)
    const sheet = required(workbook.getWorksheet('Customers'), 'sheet Customers')
    const total = (await desk.call('customers.list', query)).total
    expect(sheet.actualRowCount).toBe(total + 1)
    // A file answer that says nothing besides its bytes sends no details header.
    expect(answer.headers[FILE_DETAILS_HEADER]).toBeUndefined()
  })

  it('sends what a file answer says besides its bytes (a batch count) in a header, as JSON', async () => {
    const batch = await startWebHost({
      dispatch: () =>
        Promise.resolve({
          ok: true as const,
          data: {
            kind: 'file',
            fileName: 'e-invoices ÁÉ.zip',
            mimeType: 'application/zip',
            bytes: new Uint8Array([80, 75, 5, 6]),
            count: 12,
            period: 'január–März'
          }
        }),
      staticFolder: desk.folder.file('site')
    })
    try {
      const answer = await fetch(`${batch.url}api/jobs.result`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: batch.token },
        body: '{}'
      })
      expect(answer.status).toBe(200)
      const details = required(answer.headers.get(FILE_DETAILS_HEADER), 'the details header')
      expect(JSON.parse(decodeURIComponent(details))).toEqual({ count: 12, period: 'január–März' })
      expect([...new Uint8Array(await answer.arrayBuffer())]).toEqual([80, 75, 5, 6])
    } finally {
      await batch.close()
    }
  })
})

describe('the web host pages', () => {
  it('serves the app page with a Content-Security-Policy and nosniff', async () => {
    const page = await send({ path: '/' })
    expect(page.status).toBe(200)
    expect(page.text).toBe(INDEX)
    expect(page.headers['content-type']).toMatch(/^text\/html/)
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'")
    expect(String(page.headers['content-security-policy'])).toContain("frame-ancestors 'none'")
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    const deepLink = await send({ path: '/customers/12' })
    expect(deepLink.text).toBe(INDEX)
    expect(deepLink.headers['content-security-policy']).toBeDefined()
    const script = await send({ path: '/assets/app.js' })
    expect(script.text).toBe('console.log("app")')
    expect(script.headers['content-type']).toMatch(/^text\/javascript/)
  })

  it('marks every refusal nosniff as well: wrong method, bad path, wrong host, no token, no pages', async () => {
    const refusals = [
      await send({ method: 'PUT', path: '/' }),
      await send({ path: '/%zz' }),
      await send({ path: '/', headers: { host: 'evil.example' } }),
      await send({ path: '/api/customers.list' }),
      await api('customers.list', {}, {})
    ]
    expect(refusals.map((r) => r.status)).toEqual([405, 400, 403, 405, 401])
    for (const answer of refusals) expect(answer.headers['x-content-type-options']).toBe('nosniff')
    const apiOnly = await startWebHost({ dispatch: desk.api.dispatch })
    try {
      const page = await fetch(apiOnly.url)
      expect([page.status, page.headers.get('x-content-type-options')]).toEqual([404, 'nosniff'])
    } finally {
      await apiOnly.close()
    }
  })

  it('never returns a file outside the renderer folder, however the path is written', async () => {
    const attempts = [
      '/../secret.txt',
      '/../../package.json',
      '/%2e%2e/secret.txt',
      '/%2E%2E/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/../../secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/%252e%252e/secret.txt',
      '//../secret.txt',
      '/.%2e/secret.txt',
      '/../renderer/../secret.txt',
      '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/%00../secret.txt',
      '/%e0%a4%a/secret.txt'
    ]
    for (const path of attempts) {
      const answer = await send({ path })
      expect(answer.text, path).not.toContain(SECRET)
      expect(answer.text, path).not.toContain('"name": "salesdesk"')
      expect(answer.text, path).not.toMatch(/root:.*:0:0:/)
      expect([200, 400, 404], path).toContain(answer.status)
    }
  })

  it('refuses other methods on pages', async () => {
    expect((await send({ method: 'POST', path: '/' })).status).toBe(405)
    expect((await send({ method: 'DELETE', path: '/assets/app.js' })).status).toBe(405)
  })
})
