/**
 * NAV Online Számla 3.0 API client: tokenExchange, manageInvoice, manageAnnulment,
 * queryTransactionStatus and queryTaxpayer over HTTPS, each request signed as the spec says.
 * The base URL is configurable (NAV's test or production service, or a local test server),
 * and so are the trusted certificates (a test server's own CA).
 */
import { request } from 'node:https'
import { randomBytes } from 'node:crypto'
import { XMLParser } from 'fast-xml-parser'
import type { NavMessage, NavSoftware } from '../../shared/schemas/nav'
import type { NavCredentials } from './secrets'
import { decryptExchangeToken, requestSignature, type SignedOperation } from './signature'
import { leaf, node, xmlDocument } from './xml'

export const NS_API = 'http://schemas.nav.gov.hu/OSA/3.0/api'
const NS_COMMON = 'http://schemas.nav.gov.hu/NTCA/1.0/common'

export interface NavClientOptions {
  baseUrl: string
  credentials: NavCredentials
  /** The company's 8-digit taxpayer id. */
  taxpayerId: string
  software: NavSoftware
  now: () => Date
  /** Extra trusted certificate authority (PEM), e.g. a local test server's. */
  ca?: string
  timeoutMs?: number
}

/**
 * A failure NAV (or the connection) reports: the code is NAV's errorCode, or Salesdesk's own
 * (TOKEN_DECRYPT, NO_TRANSACTION, HTTP_<status>) or NETWORK. The message, kept as the report's
 * last error, starts with the code ("TOKEN_DECRYPT: …") so that the screens and the command line
 * say it in the reader's language (`navFailure`); a NETWORK message is the system's own words.
 */
export class NavApiError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
    this.name = 'NavApiError'
  }
}

export interface NavOperation {
  index: number
  operation: 'CREATE' | 'MODIFY' | 'STORNO' | 'ANNUL'
  xml: string
}

export interface NavProcessingResult {
  index: number
  status: 'RECEIVED' | 'PROCESSING' | 'SAVED' | 'DONE' | 'ABORTED'
  messages: NavMessage[]
}

export interface NavTaxpayerData {
  valid: boolean
  name: string
  address: { postalCode: string; city: string; street: string; countryCode: string } | null
}

const parser = new XMLParser({
  removeNSPrefix: true,
  parseTagValue: false,
  ignoreAttributes: true,
  isArray: (name) =>
    [
      'processingResult',
      'technicalValidationMessages',
      'businessValidationMessages',
      'taxpayerAddressItem'
    ].includes(name)
})

type Tree = Record<string, unknown>
const child = (tree: unknown, key: string): Tree => ((tree as Tree | undefined)?.[key] ?? {}) as Tree
const text = (tree: unknown, key: string): string => {
  const value = (tree as Tree | undefined)?.[key]
  return typeof value === 'string' ? value : ''
}

/** Unique per taxpayer, [+a-zA-Z0-9_]{1,30}: time plus randomness. */
export function newRequestId(now: Date): string {
  return `SD${now.getTime().toString(36).toUpperCase()}${randomBytes(6).toString('hex').toUpperCase()}`
}

export function createNavClient(options: NavClientOptions) {
  const timeoutMs = options.timeoutMs ?? 30_000

  function envelope(root: string, body: readonly string[], operations: SignedOperation[] = []): string {
    const timestamp = options.now().toISOString()
    const requestId = newRequestId(options.now())
    const { credentials: c, software: s } = options
    return xmlDocument(
      root,
      [
        node('common:header', [
          leaf('common:requestId', requestId),
          leaf('common:timestamp', timestamp),
          leaf('common:requestVersion', '3.0'),
          leaf('common:headerVersion', '1.0')
        ]),
        node('common:user', [
          leaf('common:login', c.login),
          leaf('common:passwordHash', c.passwordHash, { cryptoType: 'SHA-512' }),
          leaf('common:taxNumber', options.taxpayerId),
          leaf(
            'common:requestSignature',
            requestSignature(requestId, timestamp, c.signatureKey, operations),
            {
              cryptoType: 'SHA3-512'
            }
          )
        ]),
        node('software', [
          leaf('softwareId', s.softwareId),
          leaf('softwareName', s.softwareName),
          leaf('softwareOperation', 'LOCAL_SOFTWARE'),
          leaf('softwareMainVersion', s.softwareMainVersion),
          leaf('softwareDevName', s.softwareDevName),
          leaf('softwareDevContact', s.softwareDevContact),
          leaf('softwareDevCountryCode', s.softwareDevCountryCode),
          leaf('softwareDevTaxNumber', s.softwareDevTaxNumber)
        ]),
        ...body
      ],
      { xmlns: NS_API, 'xmlns:common': NS_COMMON }
    )
  }

  function post(operation: string, xml: string): Promise<Tree> {
    const url = new URL(`${options.baseUrl}/${operation}`)
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/xml; charset=UTF-8', Accept: 'application/xml' },
          timeout: timeoutMs,
          // A fresh connection per request: a kept-alive socket the server has since closed fails as ECONNRESET.
          agent: false,
          ...(options.ca ? { ca: options.ca } : {})
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('error', (error) => reject(new NavApiError('NETWORK', error.message)))
          res.on('end', () => {
            const body = Buffer.concat(chunks).toString('utf8')
            let tree: Tree
            try {
              tree = parser.parse(body) as Tree
            } catch {
              reject(
                new NavApiError(
                  `HTTP_${String(res.statusCode)}`,
                  `HTTP_${String(res.statusCode)}: NAV answered with something that is not XML.`
                )
              )
              return
            }
            const root = Object.values(tree).find(
              (v) => typeof v === 'object' && v !== null && 'result' in v
            ) as Tree | undefined
            const result = child(root, 'result')
            if (text(result, 'funcCode') === 'OK' && (res.statusCode ?? 500) < 400) {
              resolve(root ?? {})
              return
            }
            const code = text(result, 'errorCode') || `HTTP_${String(res.statusCode)}`
            const message = text(result, 'message') || `NAV answered HTTP ${String(res.statusCode)}.`
            reject(new NavApiError(code, `${code}: ${message}`))
          })
        }
      )
      req.on('timeout', () => req.destroy(new Error(`no answer within ${String(timeoutMs / 1000)} s`)))
      req.on('error', (error) =>
        reject(new NavApiError('NETWORK', `Could not reach NAV at ${url.host}: ${error.message}`))
      )
      req.end(xml)
    })
  }

  async function tokenExchange(): Promise<string> {
    const response = await post('tokenExchange', envelope('TokenExchangeRequest', []))
    try {
      return decryptExchangeToken(text(response, 'encodedExchangeToken'), options.credentials.exchangeKey)
    } catch {
      throw new NavApiError(
        'TOKEN_DECRYPT',
        'TOKEN_DECRYPT: The exchange token from NAV could not be decrypted: check the exchange key.'
      )
    }
  }

  async function manage(kind: 'invoice' | 'annulment', operations: readonly NavOperation[]): Promise<string> {
    if (operations.length === 0 || operations.length > 100)
      throw new RangeError('1 to 100 operations per request')
    const token = await tokenExchange()
    const signed = operations.map((op) => ({
      operation: op.operation,
      base64: Buffer.from(op.xml, 'utf8').toString('base64')
    }))
    const body =
      kind === 'invoice'
        ? node('invoiceOperations', [
            leaf('compressedContent', false),
            ...operations.map((op, i) =>
              node('invoiceOperation', [
                leaf('index', op.index),
                leaf('invoiceOperation', op.operation),
                leaf('invoiceData', signed[i].base64)
              ])
            )
          ])
        : node(
            'annulmentOperations',
            operations.map((op, i) =>
              node('annulmentOperation', [
                leaf('index', op.index),
                leaf('annulmentOperation', op.operation),
                leaf('invoiceAnnulment', signed[i].base64)
              ])
            )
          )
    const root = kind === 'invoice' ? 'ManageInvoiceRequest' : 'ManageAnnulmentRequest'
    const response = await post(
      kind === 'invoice' ? 'manageInvoice' : 'manageAnnulment',
      envelope(root, [leaf('exchangeToken', token), body], signed)
    )
    const transactionId = text(response, 'transactionId')
    if (!transactionId)
      throw new NavApiError('NO_TRANSACTION', 'NO_TRANSACTION: NAV did not return a transaction id.')
    return transactionId
  }

  async function queryTransactionStatus(transactionId: string): Promise<NavProcessingResult[]> {
    const response = await post(
      'queryTransactionStatus',
      envelope('QueryTransactionStatusRequest', [
        leaf('transactionId', transactionId),
        leaf('returnOriginalRequest', false)
      ])
    )
    const results =
      (child(child(response, 'processingResults'), 'processingResult') as unknown as Tree[] | undefined) ?? []
    return (Array.isArray(results) ? results : []).map((r) => {
      const messages: NavMessage[] = [
        ...((r.technicalValidationMessages as Tree[] | undefined) ?? []).map((m) => ({
          severity: (text(m, 'validationResultCode') || 'ERROR') as NavMessage['severity'],
          code: text(m, 'validationErrorCode'),
          message: text(m, 'message'),
          pointer: null
        })),
        ...((r.businessValidationMessages as Tree[] | undefined) ?? []).map((m) => ({
          severity: (text(m, 'validationResultCode') || 'ERROR') as NavMessage['severity'],
          code: text(m, 'validationErrorCode'),
          message: text(m, 'message'),
          pointer: text(child(m, 'pointer'), 'tag') || null
        }))
      ]
      return {
        index: Number(text(r, 'index')),
        status: text(r, 'invoiceStatus') as NavProcessingResult['status'],
        messages
      }
    })
  }

  async function queryTaxpayer(taxpayerId: string): Promise<NavTaxpayerData> {
    const response = await post(
      'queryTaxpayer',
      envelope('QueryTaxpayerRequest', [leaf('taxNumber', taxpayerId)])
    )
    const data = child(response, 'taxpayerData')
    const items =
      (child(child(data, 'taxpayerAddressList'), 'taxpayerAddressItem') as unknown as Tree[] | undefined) ??
      []
    const list = Array.isArray(items) ? items : []
    const hq = list.find((i) => text(i, 'taxpayerAddressType') === 'HQ') ?? list.at(0)
    const address = hq ? child(hq, 'taxpayerAddress') : null
    return {
      valid: text(response, 'taxpayerValidity') !== 'false' && text(data, 'taxpayerName') !== '',
      name: text(data, 'taxpayerName'),
      address: address
        ? {
            postalCode: text(address, 'postalCode'),
            city: text(address, 'city'),
            countryCode: text(address, 'countryCode') || 'HU',
            street: [
              text(address, 'streetName'),
              text(address, 'publicPlaceCategory'),
              text(address, 'number')
            ]
              .filter(Boolean)
              .join(' ')
          }
        : null
    }
  }

  return {
    tokenExchange,
    manageInvoice: (operations: readonly NavOperation[]) => manage('invoice', operations),
    manageAnnulment: (operations: readonly NavOperation[]) => manage('annulment', operations),
    queryTransactionStatus,
    queryTaxpayer
  }
}

export type NavClient = ReturnType<typeof createNavClient>
