/**
 * A real SMTP server on 127.0.0.1 for the e-mail tests (the `smtp-server` package): STARTTLS with
 * a self-signed certificate, a user and password, and every accepted message kept raw with its
 * envelope. It can refuse recipients (550) and be stopped and started again on the same port.
 */
import { SMTPServer } from 'smtp-server'
import { generate } from 'selfsigned'

export interface ReceivedMail {
  from: string
  to: string[]
  raw: string
}

export interface SmtpTestServer {
  port: number
  ca: string
  received: ReceivedMail[]
  /** Recipients answered with 550. */
  refuse: Set<string>
  /** Called when a message has been received, before the server answers "250 accepted". */
  onAccept?: (mail: ReceivedMail) => void
  start(): Promise<void>
  stop(): Promise<void>
}

export const smtpUser = { user: 'ventas@facanes.example', password: 'Contrasenya-Secreta-2026' }

export async function startSmtpServer(options: { port?: number } = {}): Promise<SmtpTestServer> {
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }]
  })
  const received: ReceivedMail[] = []
  const refuse = new Set<string>()
  let server: SMTPServer | null = null
  const state: SmtpTestServer = {
    port: options.port ?? 0,
    ca: pems.cert,
    received,
    refuse,
    start: () =>
      new Promise((resolve, reject) => {
        server = new SMTPServer({
          secure: false,
          key: pems.private,
          cert: pems.cert,
          // Refuse AUTH before STARTTLS, as real servers do.
          allowInsecureAuth: false,
          authMethods: ['PLAIN', 'LOGIN'],
          disabledCommands: [],
          logger: false,
          onAuth(auth, _session, callback) {
            if (auth.username === smtpUser.user && auth.password === smtpUser.password)
              callback(null, { user: auth.username })
            else callback(new Error('Invalid username or password'))
          },
          onRcptTo(address, _session, callback) {
            if (refuse.has(address.address)) {
              const error = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 })
              callback(error)
            } else callback()
          },
          onData(stream, session, callback) {
            const chunks: Buffer[] = []
            stream.on('data', (chunk: Buffer) => chunks.push(chunk))
            stream.on('end', () => {
              const mail = {
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                to: session.envelope.rcptTo.map((r) => r.address),
                raw: Buffer.concat(chunks).toString('latin1')
              }
              received.push(mail)
              state.onAccept?.(mail)
              callback()
            })
          }
        })
        server.on('error', reject)
        server.listen(state.port, '127.0.0.1', () => {
          const address = server?.server.address()
          if (address && typeof address === 'object') state.port = address.port
          resolve()
        })
      }),
    stop: () =>
      new Promise((resolve) => {
        if (!server) {
          resolve()
          return
        }
        server.close(() => resolve())
        server = null
      })
  }
  await state.start()
  return state
}

/** Header value, unfolded, with RFC 2047 encoded words decoded. */
export function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ')
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))
  if (!line) return ''
  return decodeWords(line.slice(name.length + 1).trim())
}

function decodeWords(text: string): string {
  return text
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, encoding: string, data: string) => {
      if (encoding.toLowerCase() === 'b') return Buffer.from(data, 'base64').toString('utf8')
      const bytes = data
        .replace(/_/g, ' ')
        .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      return Buffer.from(bytes, 'latin1').toString('utf8')
    })
}

export interface MimePart {
  headers: string
  body: string
}

/** The parts of a multipart message (one level, as nodemailer writes text + attachment). */
export function parts(raw: string): MimePart[] {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1]
  if (!boundary) return []
  return raw
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((chunk) => {
      const [headers, ...rest] = chunk.replace(/^\r?\n/, '').split(/\r?\n\r?\n/)
      return { headers: headers.replace(/\r?\n[ \t]+/g, ' '), body: rest.join('\n\n') }
    })
}

/** The text part, decoded (quoted-printable or base64). */
export function textOf(raw: string): string {
  const part = parts(raw).find((p) => /content-type:\s*text\/plain/i.test(p.headers))
  if (!part) return ''
  if (/content-transfer-encoding:\s*base64/i.test(part.headers))
    return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (/content-transfer-encoding:\s*quoted-printable/i.test(part.headers))
    return Buffer.from(
      part.body
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1'
    ).toString('utf8')
  return Buffer.from(part.body, 'latin1').toString('utf8')
}

/** The attachments: file name (decoded), type and bytes. */
export function attachmentsOf(raw: string): Array<{ fileName: string; type: string; bytes: Buffer }> {
  return parts(raw)
    .filter((p) => /content-disposition:\s*attachment/i.test(p.headers))
    .map((p) => ({
      fileName: decodeWords(/filename="?([^";\r\n]+)"?/i.exec(p.headers)?.[1] ?? ''),
      type: /content-type:\s*([^;\r\n]+)/i.exec(p.headers)?.[1].trim() ?? '',
      bytes: Buffer.from(p.body.replace(/\s+/g, ''), 'base64')
    }))
}
