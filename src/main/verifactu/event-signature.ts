/**
 * The signature the AEAT's event schema requires on every RegistroEvento (ds:Signature, XML
 * Signature 1.1, enveloped): RSA-SHA256 with the company's certificate, over the record in
 * exclusive canonical form. The event XML is written canonical already (event-xml.ts), so the
 * digest is taken over the stored text itself; the SignedInfo below is written in its canonical
 * form too (exclusive C14N renders only the ds namespace it uses).
 */
import { createHash, createPrivateKey, sign } from 'node:crypto'
import { readFileSync } from 'node:fs'
import forge from 'node-forge'
import { DomainError } from '../../shared/errors'

const NS_DS = 'http://www.w3.org/2000/09/xmldsig#'
const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#'

export interface EventSigner {
  /** PEM of the private key. */
  privateKey: string
  /** The certificate, DER in base64 (X509Certificate). */
  certificate: string
}

/** Opens the company's PKCS#12 file with its password; refuses in plain words when it cannot. */
export function signerFromPkcs12(path: string, password: string | null): EventSigner {
  if (path === '' || password === null)
    throw new DomainError('conflict', { key: 'verifactuCertificateToSign' })
  let der: string
  try {
    der = readFileSync(path).toString('binary')
  } catch {
    throw new DomainError('not_found', { key: 'verifactuCertificateUnreadable', params: { path } })
  }
  try {
    return signerOf(openPkcs12(der, password))
  } catch {
    throw new DomainError('invalid_input', { key: 'verifactuCertificatePassword' })
  }
}

/**
 * A file written by OpenSSL 3 (PBES2/AES) derives its keys from the password's UTF-8 bytes but
 * its MAC from the password as BMPString; node-forge takes one string for both. An ASCII password
 * is the same either way; otherwise the bags are opened with the UTF-8 bytes without the MAC,
 * and signerOf checks instead that the key found is the certificate's.
 */
function openPkcs12(der: string, password: string): forge.pkcs12.Pkcs12Pfx {
  try {
    return forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(der), password)
  } catch (error) {
    // eslint-disable-next-line no-control-regex -- ASCII is the range the two encodings agree on
    if (/^[\x00-\x7f]*$/.test(password)) throw error
    const pfx = forge.asn1.fromDer(der)
    if (Array.isArray(pfx.value)) pfx.value.splice(2)
    return forge.pkcs12.pkcs12FromAsn1(pfx, forge.util.encodeUtf8(password))
  }
}

function signerOf(p12: forge.pkcs12.Pkcs12Pfx): EventSigner {
  const { oids } = forge.pki
  const keyBag =
    p12.getBags({ bagType: oids.pkcs8ShroudedKeyBag })[oids.pkcs8ShroudedKeyBag]?.[0] ??
    p12.getBags({ bagType: oids.keyBag })[oids.keyBag]?.[0]
  const certBag = p12.getBags({ bagType: oids.certBag })[oids.certBag]?.[0]
  const key = keyBag?.key
  const cert = certBag?.cert
  const publicKey = cert?.publicKey as forge.pki.rsa.PublicKey | undefined
  if (!key || !cert || !publicKey || key.n.compareTo(publicKey.n) !== 0)
    throw new Error('no key of the certificate in the file')
  return {
    privateKey: forge.pki.privateKeyToPem(key),
    certificate: forge.util.encode64(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes())
  }
}

const b64 = (data: Buffer) => data.toString('base64')

/** The canonical SignedInfo for an enveloped signature of the whole record (URI=""). */
function signedInfo(digest: string, declareNamespace: boolean): string {
  const ns = declareNamespace ? ` xmlns:ds="${NS_DS}"` : ''
  return (
    `<ds:SignedInfo${ns}>` +
    `<ds:CanonicalizationMethod Algorithm="${EXC_C14N}"></ds:CanonicalizationMethod>` +
    `<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"></ds:SignatureMethod>` +
    `<ds:Reference URI=""><ds:Transforms>` +
    `<ds:Transform Algorithm="${NS_DS}enveloped-signature"></ds:Transform>` +
    `<ds:Transform Algorithm="${EXC_C14N}"></ds:Transform>` +
    `</ds:Transforms>` +
    `<ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"></ds:DigestMethod>` +
    `<ds:DigestValue>${digest}</ds:DigestValue></ds:Reference></ds:SignedInfo>`
  )
}

/** The ds:Signature element for one unsigned, canonical RegistroEvento. */
export function eventSignature(unsignedXml: string, signer: EventSigner): string {
  const digest = b64(createHash('sha256').update(unsignedXml, 'utf8').digest())
  const value = b64(
    sign('sha256', Buffer.from(signedInfo(digest, true), 'utf8'), createPrivateKey(signer.privateKey))
  )
  return (
    `<ds:Signature xmlns:ds="${NS_DS}">${signedInfo(digest, false)}` +
    `<ds:SignatureValue>${value}</ds:SignatureValue>` +
    `<ds:KeyInfo><ds:X509Data><ds:X509Certificate>${signer.certificate}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>` +
    `</ds:Signature>`
  )
}

/** Puts the signature where the schema wants it: last inside sf:Evento. */
export function signEventXml(unsignedXml: string, signer: EventSigner): string {
  const end = unsignedXml.lastIndexOf('</sf:Evento>')
  if (end < 0) throw new Error('not a RegistroEvento')
  return unsignedXml.slice(0, end) + eventSignature(unsignedXml, signer) + unsignedXml.slice(end)
}
