/**
 * A local HTTPS server (test certificate, 127.0.0.1) answering as NAV's Online Számla 3.0 API
 * is documented to: tokenExchange with an AES-128-ECB encrypted token, manageInvoice /
 * manageAnnulment with transaction ids, queryTransactionStatus (PROCESSING first, then DONE or
 * ABORTED with validation messages), queryTaxpayer, and GeneralErrorResponse for technical
 * errors. It checks every request like NAV: the XSD, the user, and the requestSignature.
 */
import { createCipheriv, createHash, randomUUID } from 'node:crypto'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { XMLParser } from 'fast-xml-parser'
import { generate } from 'selfsigned'
import { xsdErrors, xsdErrorsMany } from './xsd'

export interface NavUser {
  login: string
  password: string
  taxpayerId: string
  signatureKey: string
  exchangeKey: string
}

export interface Verdict {
  status: 'DONE' | 'ABORTED'
  messages: Array<{ severity: 'ERROR' | 'WARN' | 'INFO'; code: string; message: string }>
}

export interface ReceivedRequest {
  operation: string
  operations: Array<{ index: number; operation: string; xml: string }>
}

const parser = new XMLParser({
  removeNSPrefix: true,
  parseTagValue: false,
  ignoreAttributes: true,
  isArray: (name) => ['invoiceOperation', 'annulmentOperation'].includes(name)
})

type Tree = Record<string, unknown>
const sha3 = (s: string) => createHash('sha3-512').update(s).digest('hex').toUpperCase()

const HEAD = (id: string) =>
  `<common:header><common:requestId>${id}</common:requestId><common:timestamp>${new Date().toISOString()}</common:timestamp><common:requestVersion>3.0</common:requestVersion><common:headerVersion>1.0</common:headerVersion></common:header>`
const SOFTWARE =
  '<software><softwareId>NAVTESTSERVER00001</softwareId><softwareName>test</softwareName><softwareOperation>ONLINE_SERVICE</softwareOperation><softwareMainVersion>3.0</softwareMainVersion><softwareDevName>test</softwareDevName><softwareDevContact>test@example.com</softwareDevContact></software>'

function respond(root: string, requestId: string, result: string, body = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?><${root} xmlns="http://schemas.nav.gov.hu/OSA/3.0/api" xmlns:common="http://schemas.nav.gov.hu/NTCA/1.0/common" xmlns:base="http://schemas.nav.gov.hu/OSA/3.0/base">${HEAD(requestId)}<common:result>${result}</common:result>${SOFTWARE}${body}</${root}>`
}
const OK = '<common:funcCode>OK</common:funcCode>'
const errorResult = (code: string, message: string) =>
  `<common:funcCode>ERROR</common:funcCode><common:errorCode>${code}</common:errorCode><common:message>${message}</common:message>`

export interface NavTestServer {
  url: string
  ca: string
  requests: ReceivedRequest[]
  /** Decides each invoice's fate (default: DONE when it validates, else ABORTED). */
  verdict: (xml: string, operation: string) => Verdict | null
  /**
   * The next n requests fail with a technical error (HTTP 500): NAV's GeneralErrorResponse
   * (OPERATION_FAILED), or with `plain` the bare HTTP 500 page of a web server in front of NAV.
   */
  failNext(n: number, how?: 'nav' | 'plain'): void
  /** Status queries answer PROCESSING this many times before the result (default 1). */
  processingRounds: number
  taxpayers: Map<string, { name: string; postalCode: string; city: string; street: string; number: string }>
  close(): Promise<void>
}

export async function startNavServer(user: NavUser): Promise<NavTestServer> {
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }]
  })
  const tokens = new Set<string>()
  const transactions = new Map<string, { polls: number; results: Verdict[] }>()
  let failures = 0
  let plainFailures = false
  const requests: ReceivedRequest[] = []
  const passwordHash = createHash('sha512').update(user.password).digest('hex').toUpperCase()

  const state: NavTestServer = {
    url: '',
    ca: pems.cert,
    requests,
    verdict: () => null,
    failNext: (n, how = 'nav') => {
      failures = n
      plainFailures = how === 'plain'
    },
    processingRounds: 1,
    taxpayers: new Map(),
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }

  function handle(operation: string, xml: string): { status: number; body: string } {
    const root = operation[0].toUpperCase() + operation.slice(1)
    const problems = xsdErrors(xml)
    const tree = parser.parse(xml) as Tree
    const request = (tree[`${root}Request`] ?? {}) as Tree
    const header = (request.header ?? {}) as Tree
    const userHeader = (request.user ?? {}) as Tree
    const requestId = typeof header.requestId === 'string' ? header.requestId : 'UNKNOWN'
    const fail = (status: number, code: string, message: string) => ({
      status,
      body: respond('GeneralErrorResponse', requestId, errorResult(code, message))
    })
    if (failures > 0) {
      failures--
      return fail(500, 'OPERATION_FAILED', 'Technical error, try again later')
    }
    if (problems)
      return fail(
        400,
        'INVALID_REQUEST',
        `Request is not valid against the schema: ${problems.slice(0, 200)}`
      )
    if (
      userHeader.login !== user.login ||
      userHeader.passwordHash !== passwordHash ||
      userHeader.taxNumber !== user.taxpayerId
    )
      return fail(401, 'INVALID_SECURITY_USER', 'Wrong login, password or tax number')
    const list = (request.invoiceOperations ?? request.annulmentOperations ?? {}) as Tree
    const ops = ((list.invoiceOperation ?? list.annulmentOperation ?? []) as Tree[]).map((o) => ({
      index: Number(o.index),
      operation: String(o.invoiceOperation ?? o.annulmentOperation),
      base64: String(o.invoiceData ?? o.invoiceAnnulment)
    }))
    const ts14 = String(header.timestamp).slice(0, 19).replace(/[-T:]/g, '')
    const expected = sha3(
      requestId + ts14 + user.signatureKey + ops.map((o) => sha3(o.operation + o.base64)).join('')
    )
    if (userHeader.requestSignature !== expected)
      return fail(400, 'INVALID_REQUEST_SIGNATURE', 'The request signature is not valid')
    const received = ops.map((o) => ({
      index: o.index,
      operation: o.operation,
      xml: Buffer.from(o.base64, 'base64').toString('utf8')
    }))
    requests.push({ operation, operations: received })

    switch (operation) {
      case 'tokenExchange': {
        const token = `${randomUUID()}TESTTOKEN`
        tokens.add(token)
        const cipher = createCipheriv('aes-128-ecb', Buffer.from(user.exchangeKey), null)
        const encoded = Buffer.concat([cipher.update(token), cipher.final()]).toString('base64')
        const now = new Date()
        return {
          status: 200,
          body: respond(
            'TokenExchangeResponse',
            requestId,
            OK,
            `<encodedExchangeToken>${encoded}</encodedExchangeToken><tokenValidityFrom>${now.toISOString()}</tokenValidityFrom><tokenValidityTo>${new Date(now.getTime() + 300_000).toISOString()}</tokenValidityTo>`
          )
        }
      }
      case 'manageInvoice':
      case 'manageAnnulment': {
        const token = String(request.exchangeToken)
        if (!tokens.delete(token))
          return fail(400, 'INVALID_EXCHANGE_TOKEN', 'Unknown or used exchange token')
        if (ops.length > 100) return fail(400, 'INVALID_REQUEST', 'At most 100 operations')
        const id = randomUUID().replace(/-/g, '').slice(0, 30).toUpperCase()
        // One xmllint run for the whole batch: a hundred separate runs would stall this test process.
        const invalidity = xsdErrorsMany(received.map((o) => o.xml))
        transactions.set(id, {
          polls: 0,
          results: received.map((o, i) => {
            const invalid = invalidity[i]
            if (invalid)
              return {
                status: 'ABORTED',
                messages: [{ severity: 'ERROR', code: 'SCHEMA_VIOLATION', message: invalid.slice(0, 300) }]
              }
            return state.verdict(o.xml, o.operation) ?? { status: 'DONE', messages: [] }
          })
        })
        return {
          status: 200,
          body: respond(`${root}Response`, requestId, OK, `<transactionId>${id}</transactionId>`)
        }
      }
      case 'queryTransactionStatus': {
        const transaction = transactions.get(String(request.transactionId))
        if (!transaction) return fail(400, 'INVALID_REQUEST', 'Unknown transaction')
        transaction.polls++
        const processing = transaction.polls <= state.processingRounds
        const results = transaction.results
          .map((r, i) => {
            const status = processing ? 'PROCESSING' : r.status
            const messages = processing
              ? ''
              : r.messages
                  .map(
                    (m) =>
                      `<businessValidationMessages><validationResultCode>${m.severity}</validationResultCode><validationErrorCode>${m.code}</validationErrorCode><message>${m.message.replace(/[<&]/g, ' ')}</message></businessValidationMessages>`
                  )
                  .join('')
            return `<processingResult><index>${i + 1}</index><invoiceStatus>${status}</invoiceStatus>${messages}<compressedContentIndicator>false</compressedContentIndicator></processingResult>`
          })
          .join('')
        return {
          status: 200,
          body: respond(
            'QueryTransactionStatusResponse',
            requestId,
            OK,
            `<processingResults>${results}<originalRequestVersion>3.0</originalRequestVersion></processingResults>`
          )
        }
      }
      case 'queryTaxpayer': {
        const found = state.taxpayers.get(String(request.taxNumber))
        const body = found
          ? `<infoDate>2026-03-01T00:00:00.000Z</infoDate><taxpayerValidity>true</taxpayerValidity><taxpayerData><taxpayerName>${found.name}</taxpayerName><taxNumberDetail><base:taxpayerId>${String(request.taxNumber)}</base:taxpayerId><base:vatCode>2</base:vatCode><base:countyCode>41</base:countyCode></taxNumberDetail><incorporation>ORGANIZATION</incorporation><taxpayerAddressList><taxpayerAddressItem><taxpayerAddressType>HQ</taxpayerAddressType><taxpayerAddress><base:countryCode>HU</base:countryCode><base:postalCode>${found.postalCode}</base:postalCode><base:city>${found.city}</base:city><base:streetName>${found.street}</base:streetName><base:publicPlaceCategory>utca</base:publicPlaceCategory><base:number>${found.number}</base:number></taxpayerAddress></taxpayerAddressItem></taxpayerAddressList></taxpayerData>`
          : '<taxpayerValidity>false</taxpayerValidity>'
        return { status: 200, body: respond('QueryTaxpayerResponse', requestId, OK, body) }
      }
      default:
        return fail(404, 'INVALID_OPERATION', 'Unknown operation')
    }
  }

  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const operation = (req.url ?? '').split('/').pop() ?? ''
      const plain = plainFailures && failures > 0
      if (plain) failures--
      const answer = plain
        ? { status: 500, body: '<html><body><h1>500 Internal Server Error</h1></body>' }
        : req.method === 'POST' && (req.url ?? '').startsWith('/invoiceService/v3/')
          ? handle(operation, Buffer.concat(chunks).toString('utf8'))
          : { status: 404, body: 'not found' }
      res.writeHead(answer.status, { 'Content-Type': 'application/xml;charset=UTF-8' })
      res.end(answer.body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  state.url = `https://127.0.0.1:${String((server.address() as AddressInfo).port)}/invoiceService/v3`
  return state
}
