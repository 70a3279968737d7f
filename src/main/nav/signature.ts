/**
 * The hashes NAV's API asks for (Interface Specification 3.0, §1.5 and §1.3.2):
 * requestSignature = SHA3-512 over requestId + UTC timestamp (yyyyMMddHHmmss) + signature key,
 * followed for manageInvoice/manageAnnulment by each operation's index hash
 * (SHA3-512 of the operation name + the base64 text exactly as sent); uppercase hex throughout.
 */
import { createDecipheriv, createHash } from 'node:crypto'

const sha3 = (text: string | Buffer) => createHash('sha3-512').update(text).digest('hex').toUpperCase()

/** "2020-09-11T12:44:55.442Z" -> "20200911124455": separators, milliseconds and zone dropped. */
export function signatureTimestamp(isoUtc: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(isoUtc))
    throw new RangeError(`The request timestamp must be UTC, e.g. 2020-09-11T12:44:55.442Z (got ${isoUtc})`)
  return isoUtc.slice(0, 19).replace(/[-T:]/g, '')
}

export interface SignedOperation {
  /** CREATE, MODIFY, STORNO or ANNUL. */
  operation: string
  /** The base64 text of invoiceData / invoiceAnnulment exactly as it goes into the request. */
  base64: string
}

export function indexHash(op: SignedOperation): string {
  return sha3(op.operation + op.base64)
}

export function requestSignature(
  requestId: string,
  timestamp: string,
  signatureKey: string,
  operations: readonly SignedOperation[] = []
): string {
  const partial = requestId + signatureTimestamp(timestamp) + signatureKey
  return sha3(partial + operations.map(indexHash).join(''))
}

/** user/passwordHash: SHA-512 of the password, uppercase hex. */
export function passwordHash(password: string): string {
  return createHash('sha512').update(password, 'utf8').digest('hex').toUpperCase()
}

/** The exchange token arrives AES-128-ECB encrypted with the technical user's exchange key. */
export function decryptExchangeToken(encodedToken: string, exchangeKey: string): string {
  const key = Buffer.from(exchangeKey, 'utf8')
  if (key.length !== 16) throw new RangeError('The exchange key (XML cserekulcs) must be 16 characters long.')
  const decipher = createDecipheriv('aes-128-ecb', key, null)
  const token = Buffer.concat([
    decipher.update(Buffer.from(encodedToken, 'base64')),
    decipher.final()
  ]).toString('utf8')
  // A wrong key now and then gives a valid padding by chance: NAV's tokens are plain ASCII, garbage is not.
  if (!/^[\x21-\x7e]+$/.test(token)) throw new RangeError('The exchange token did not decrypt to a token.')
  return token
}
