/**
 * A stand-in for the AEAT VERI*FACTU web service: HTTPS on 127.0.0.1 with a test CA, a server
 * certificate and a client certificate (PKCS#12, password protected) made with openssl; the
 * server requires the client certificate and answers with the documented structures
 * (RespuestaRegFactuSistemaFacturacion, or a SOAP Fault).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { TLSSocket } from 'node:tls'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll } from 'vitest'

export interface TestCertificates {
  folder: string
  caPem: string
  serverKey: string
  serverCert: string
  /** The company's certificate as a .p12 file, and its password. */
  clientP12Path: string
  clientPassword: string
  remove(): void
}

export function makeCertificates(): TestCertificates {
  const folder = mkdtempSync(join(tmpdir(), 'verifactu-tls-'))
  const f = (name: string) => join(folder, name)
  const openssl = (...args: string[]) =>
    execFileSync('openssl', args, { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] })
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    f('ca.key'),
    '-out',
    f('ca.pem'),
    '-days',
    '2',
    '-subj',
    '/CN=Salesdesk Test CA'
  )
  writeFileSync(f('server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n')
  openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    f('server.key'),
    '-out',
    f('server.csr'),
    '-subj',
    '/CN=127.0.0.1'
  )
  openssl(
    'x509',
    '-req',
    '-in',
    f('server.csr'),
    '-CA',
    f('ca.pem'),
    '-CAkey',
    f('ca.key'),
    '-CAcreateserial',
    '-out',
    f('server.pem'),
    '-days',
    '2',
    '-extfile',
    f('server.ext')
  )
  // An issuing CA between the root and the company's certificate, as a qualified provider has.
  writeFileSync(
    f('issuing-ca.ext'),
    'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n'
  )
  openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    f('issuing-ca.key'),
    '-out',
    f('issuing-ca.csr'),
    '-subj',
    '/CN=Salesdesk Test Issuing CA/O=Salesdesk Test'
  )
  openssl(
    'x509',
    '-req',
    '-in',
    f('issuing-ca.csr'),
    '-CA',
    f('ca.pem'),
    '-CAkey',
    f('ca.key'),
    '-CAcreateserial',
    '-out',
    f('issuing-ca.pem'),
    '-days',
    '2',
    '-extfile',
    f('issuing-ca.ext')
  )
  writeFileSync(f('client.ext'), 'extendedKeyUsage=clientAuth\n')
  openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    f('client.key'),
    '-out',
    f('client.csr'),
    '-subj',
    '/CN=COL LEGI CATALA DE FACANES SL/serialNumber=VATES-B12345674'
  )
  openssl(
    'x509',
    '-req',
    '-in',
    f('client.csr'),
    '-CA',
    f('issuing-ca.pem'),
    '-CAkey',
    f('issuing-ca.key'),
    '-CAcreateserial',
    '-out',
    f('client.pem'),
    '-days',
    '2',
    '-extfile',
    f('client.ext')
  )
  const clientPassword = 'contraseña de prueba'
  // The company's file holds its chain (issuing CA, root), as files from a provider usually do;
  // client-alone.p12 holds the certificate only.
  writeFileSync(f('chain.pem'), readFileSync(f('issuing-ca.pem'), 'utf8') + readFileSync(f('ca.pem'), 'utf8'))
  for (const [file, chain] of [
    ['client.p12', ['-certfile', f('chain.pem')]],
    ['client-alone.p12', []]
  ] as const)
    openssl(
      'pkcs12',
      '-export',
      '-inkey',
      f('client.key'),
      '-in',
      f('client.pem'),
      ...chain,
      '-out',
      f(file),
      '-passout',
      `pass:${clientPassword}`
    )
  return {
    folder,
    caPem: readFileSync(f('ca.pem'), 'utf8'),
    serverKey: readFileSync(f('server.key'), 'utf8'),
    serverCert: readFileSync(f('server.pem'), 'utf8'),
    clientP12Path: f('client.p12'),
    clientPassword,
    remove: () => rmSync(folder, { recursive: true, force: true })
  }
}

const NS_R =
  'https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/RespuestaSuministro.xsd'
const NS_SF =
  'https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/SuministroInformacion.xsd'

export interface SentRecord {
  kind: 'Alta' | 'Anulacion'
  nif: string
  number: string
  date: string
  subsanacion: boolean
  rechazoPrevio: string
}

/** The records of a request, read with plain patterns (independent of the app's parser). */
export function sentRecords(body: string): SentRecord[] {
  const records: SentRecord[] = []
  for (const match of body.matchAll(/<sum1:(RegistroAlta|RegistroAnulacion)\b[\s\S]*?<\/sum1:\1>/g)) {
    const xml = match[0]
    const get = (name: string) => new RegExp(`<sum1:${name}>([^<]*)<`).exec(xml)?.[1] ?? ''
    const alta = match[1] === 'RegistroAlta'
    records.push({
      kind: alta ? 'Alta' : 'Anulacion',
      nif: get(alta ? 'IDEmisorFactura' : 'IDEmisorFacturaAnulada'),
      number: get(alta ? 'NumSerieFactura' : 'NumSerieFacturaAnulada'),
      date: get(alta ? 'FechaExpedicionFactura' : 'FechaExpedicionFacturaAnulada'),
      subsanacion: get('Subsanacion') === 'S',
      rechazoPrevio: get('RechazoPrevio')
    })
  }
  return records
}

export type LineVerdict =
  { state: 'Correcto' } | { state: 'AceptadoConErrores' | 'Incorrecto'; code: number; text: string }

/** RespuestaRegFactuSistemaFacturacion in its SOAP envelope, as the service answers. */
export function answerXml(options: {
  records: SentRecord[]
  verdict: (record: SentRecord, index: number) => LineVerdict
  waitSeconds: number
  csv?: string
}): string {
  const verdicts = options.records.map(options.verdict)
  const bad = verdicts.filter((v) => v.state === 'Incorrecto').length
  const outcome = bad === 0 ? 'Correcto' : bad === verdicts.length ? 'Incorrecto' : 'ParcialmenteCorrecto'
  const nif = options.records[0]?.nif ?? 'B12345674'
  const lines = options.records
    .map((r, i) => {
      const v = verdicts[i]
      return `<tikR:RespuestaLinea><tikR:IDFactura><tik:IDEmisorFactura>${r.nif}</tik:IDEmisorFactura><tik:NumSerieFactura>${r.number}</tik:NumSerieFactura><tik:FechaExpedicionFactura>${r.date}</tik:FechaExpedicionFactura></tikR:IDFactura><tikR:Operacion><tik:TipoOperacion>${r.kind}</tik:TipoOperacion>${r.subsanacion ? '<tik:Subsanacion>S</tik:Subsanacion>' : ''}</tikR:Operacion><tikR:EstadoRegistro>${v.state}</tikR:EstadoRegistro>${v.state === 'Correcto' ? '' : `<tikR:CodigoErrorRegistro>${v.code}</tikR:CodigoErrorRegistro><tikR:DescripcionErrorRegistro>${v.text}</tikR:DescripcionErrorRegistro>`}</tikR:RespuestaLinea>`
    })
    .join('')
  const csv = outcome === 'Incorrecto' ? '' : `<tikR:CSV>${options.csv ?? 'A-TEST-CSV-0001'}</tikR:CSV>`
  return `<?xml version="1.0" encoding="UTF-8"?><env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/"><env:Header/><env:Body><tikR:RespuestaRegFactuSistemaFacturacion xmlns:tikR="${NS_R}" xmlns:tik="${NS_SF}">${csv}<tikR:DatosPresentacion><tik:NIFPresentador>${nif}</tik:NIFPresentador><tik:TimestampPresentacion>2026-03-02T10:30:01+01:00</tik:TimestampPresentacion></tikR:DatosPresentacion><tikR:Cabecera><tik:ObligadoEmision><tik:NombreRazon>Col·legi Català de Façanes S.L.</tik:NombreRazon><tik:NIF>${nif}</tik:NIF></tik:ObligadoEmision></tikR:Cabecera><tikR:TiempoEsperaEnvio>${options.waitSeconds}</tikR:TiempoEsperaEnvio><tikR:EstadoEnvio>${outcome}</tikR:EstadoEnvio>${lines}</tikR:RespuestaRegFactuSistemaFacturacion></env:Body></env:Envelope>`
}

export const soapFault = (text: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/"><env:Body><env:Fault><faultcode>env:Client</faultcode><faultstring>${text}</faultstring><detail><callstack>WSExcepcion</callstack></detail></env:Fault></env:Body></env:Envelope>`

export interface Exchange {
  body: string
  clientSubject: string
  answer: string
}

export interface AeatAnswer {
  status: number
  xml: string
}

export interface TestAeat {
  url: string
  exchanges: Exchange[]
  /** What the next requests are answered with (status and XML) from the request body; may keep them waiting. */
  respond: (body: string) => AeatAnswer | Promise<AeatAnswer>
  /** Back to answering every record Correcto with a 60 s wait. */
  reset(): void
  close(): Promise<void>
}

export const acceptAll = (body: string): AeatAnswer => ({
  status: 200,
  xml: answerXml({ records: sentRecords(body), verdict: () => ({ state: 'Correcto' }), waitSeconds: 60 })
})

/** A test AEAT not listening yet: startTestAeat gives it its address. */
function idleAeat(): TestAeat {
  const state: TestAeat = {
    url: '',
    exchanges: [],
    respond: acceptAll,
    reset: () => {
      state.respond = acceptAll
      state.exchanges.length = 0
    },
    close: () => Promise.resolve()
  }
  return state
}

export async function startTestAeat(certs: TestCertificates, state = idleAeat()): Promise<TestAeat> {
  const server: Server = createServer(
    {
      key: certs.serverKey,
      cert: certs.serverCert,
      ca: certs.caPem,
      requestCert: true,
      rejectUnauthorized: true
    },
    (req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8')
        const socket = req.socket
        const cn = socket instanceof TLSSocket ? socket.getPeerCertificate().subject.CN : ''
        void Promise.resolve(state.respond(body)).then((answer) => {
          state.exchanges.push({
            body,
            clientSubject: Array.isArray(cn) ? cn.join(',') : (cn ?? ''),
            answer: answer.xml
          })
          res.writeHead(answer.status, { 'Content-Type': 'text/xml; charset=utf-8' })
          res.end(answer.xml)
        })
      })
    }
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  state.url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP`
  state.close = () => new Promise((resolve) => server.close(() => resolve()))
  return state
}

/**
 * The test AEAT of one test file: the certificates made and the server started before the file's
 * tests, its answers reset after each test, all closed and removed after the file. The objects are
 * filled in when the file starts, so read `aeat.url` and `certs.clientP12Path` inside the tests.
 */
export function useTestAeat(): { certs: TestCertificates; aeat: TestAeat } {
  const certs = {} as TestCertificates
  const aeat = idleAeat()
  beforeAll(async () => {
    Object.assign(certs, makeCertificates())
    await startTestAeat(certs, aeat)
  })
  afterEach(() => {
    aeat.reset()
  })
  afterAll(async () => {
    await aeat.close()
    certs.remove()
  })
  return { certs, aeat }
}
