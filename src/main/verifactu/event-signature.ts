/**
 * The signature the AEAT's event schema requires on every RegistroEvento (ds:Signature,
 * enveloped), in the form the AEAT's signature specification asks (EspecTecGenerFirmaElectRfact
 * v0.1.5 §4): XAdES-EPES, i.e. XAdES with the signed properties SigningTime, SigningCertificate
 * and the AGE signature policy (SignaturePolicyIdentifier with its OID, SHA-1 hash and URL);
 * RSA-SHA256 with the company's certificate. SigningCertificate and KeyInfo name the signer's
 * certificate first, then the chain the PKCS#12 file holds (XAdES's CertIDList allows several
 * Cert; the AEAT's own signed example names only its signer, whose file had no chain). Two references are signed: the record itself (URI
 * "", enveloped, exclusive C14N) and the SignedProperties. The event XML is written canonical
 * already (event-xml.ts), so its digest is taken over the stored text; SignedInfo and
 * SignedProperties are written here in their exclusive-canonical form, so what is digested and
 * signed is exactly the text in the file.
 */
import { createHash, createPrivateKey, randomUUID, sign } from 'node:crypto'
import { readFileSync } from 'node:fs'
import forge from 'node-forge'
import { conflict, DomainError } from '../../shared/errors'

const NS_DS = 'http://www.w3.org/2000/09/xmldsig#'
const NS_XADES = 'http://uri.etsi.org/01903/v1.3.2#'
const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#'
const SHA256 = 'http://www.w3.org/2001/04/xmlenc#sha256'

/**
 * The AGE signature policy the AEAT names, with the values its specification gives (§4): the
 * policy document's SHA-1 digest is the AEAT's published value (the PDF is not fetched).
 */
const AEAT_SIGNATURE_POLICY = {
  identifier: 'urn:oid:2.16.724.1.3.1.1.2.1.9',
  url: 'https://sede.administracion.gob.es/politica_de_firma_anexo_1.pdf',
  digestMethod: 'http://www.w3.org/2000/09/xmldsig#sha1',
  digestValue: 'G7roucf600+f03r/o0bAOQ6WAs0='
} as const

/** A certificate as the signature names it. */
export interface SignatureCertificate {
  /** DER in base64 (X509Certificate). */
  certificate: string
  /** The issuer as an RFC 4514 name, and the serial number in decimal (IssuerSerial). */
  issuerName: string
  serialNumber: string
}

export interface EventSigner {
  /** PEM of the private key. */
  privateKey: string
  /**
   * The signer's certificate first, then its chain as far as the PKCS#12 file holds it (issuer,
   * issuer's issuer …): SigningCertificate names each one and KeyInfo carries each one, so a
   * checker can build the path without fetching the CA certificates.
   */
  certificates: SignatureCertificate[]
}

/** Opens the company's PKCS#12 file with its password; refuses in plain words when it cannot. */
export function signerFromPkcs12(path: string, password: string | null): EventSigner {
  if (path === '' || password === null) throw conflict('verifactuCertificateToSign')
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
  const certs = (p12.getBags({ bagType: oids.certBag })[oids.certBag] ?? []).flatMap((bag) =>
    bag.cert ? [bag.cert] : []
  )
  const key = keyBag?.key
  // The signer's certificate is the one whose public key is the key's (not merely the first bag).
  const cert = key && certs.find((c) => (c.publicKey as forge.pki.rsa.PublicKey).n.compareTo(key.n) === 0)
  if (!key || !cert) throw new Error('no key of the certificate in the file')
  return { privateKey: forge.pki.privateKeyToPem(key), certificates: chainOf(cert, certs).map(describe) }
}

/**
 * The signer's certificate followed by its issuers among the file's other certificates: each next
 * one is the certificate that issued the previous (checked by signature, not only by name); it
 * stops at a self-signed root, or when the file holds no issuer. Unrelated certificates are left out.
 */
function chainOf(signer: forge.pki.Certificate, certs: forge.pki.Certificate[]): forge.pki.Certificate[] {
  const chain = [signer]
  for (let last = signer; !last.isIssuer(last);) {
    const issuer = certs.find((c) => !chain.includes(c) && issued(c, last))
    if (!issuer) break
    chain.push(issuer)
    last = issuer
  }
  return chain
}

function issued(issuer: forge.pki.Certificate, subject: forge.pki.Certificate): boolean {
  try {
    return issuer.verify(subject)
  } catch {
    return false
  }
}

function describe(cert: forge.pki.Certificate): SignatureCertificate {
  return {
    certificate: forge.util.encode64(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes()),
    issuerName: rfc4514(cert.issuer.attributes),
    serialNumber: BigInt(`0x${cert.serialNumber}`).toString()
  }
}

/** Attribute types RFC 4514 writes by name; any other is written as its OID. */
const NAMED_TYPES = new Set(['CN', 'L', 'ST', 'O', 'OU', 'C', 'STREET', 'DC', 'UID'])

/** A distinguished name as RFC 4514 writes it: last RDN first, special characters escaped. */
function rfc4514(attributes: forge.pki.CertificateField[]): string {
  return attributes
    .map((a) => {
      const type = a.shortName && NAMED_TYPES.has(a.shortName) ? a.shortName : (a.type ?? '')
      const value = String(a.value)
        .replace(/[\\,+"<>;]/g, (c) => `\\${c}`)
        .replace(/^[ #]/, (c) => `\\${c}`)
        .replace(/ $/, '\\ ')
      return `${type}=${value}`
    })
    .reverse()
    .join(',')
}

const b64 = (data: Buffer | string) => Buffer.from(data).toString('base64')
const sha256 = (text: string | Buffer) => b64(createHash('sha256').update(text).digest())

/** Text and attribute values as canonical XML writes them. */
const text = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

/** An element in canonical form: namespace declaration first, attributes as given (sorted), no empty tags. */
function element(name: string, attributes: Record<string, string>, content: string): string {
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${attribute(v)}"`)
    .join('')
  return `<${name}${attrs}>${content}</${name}>`
}

/** ds elements inside xades ones carry their own declaration, as exclusive C14N renders them. */
const dsInXades = (name: string, attributes: Record<string, string>, content: string) =>
  element(`ds:${name}`, { 'xmlns:ds': NS_DS, ...attributes }, content)

/** One signature's ids: the SignedProperties and the record's reference point at them. */
interface SignatureIds {
  signature: string
  record: string
  signedProperties: string
}

/** The XAdES SignedProperties in exclusive-canonical form (as digested). */
function signedProperties(ids: SignatureIds, signer: EventSigner, signingTime: string): string {
  const x = (name: string, content: string, attributes: Record<string, string> = {}) =>
    element(`xades:${name}`, attributes, content)
  const policy = AEAT_SIGNATURE_POLICY
  return element(
    'xades:SignedProperties',
    { 'xmlns:xades': NS_XADES, Id: ids.signedProperties },
    x(
      'SignedSignatureProperties',
      x('SigningTime', text(signingTime)) +
        x(
          'SigningCertificate',
          signer.certificates
            .map((c) =>
              x(
                'Cert',
                x(
                  'CertDigest',
                  dsInXades('DigestMethod', { Algorithm: SHA256 }, '') +
                    dsInXades('DigestValue', {}, sha256(Buffer.from(c.certificate, 'base64')))
                ) +
                  x(
                    'IssuerSerial',
                    dsInXades('X509IssuerName', {}, text(c.issuerName)) +
                      dsInXades('X509SerialNumber', {}, c.serialNumber)
                  )
              )
            )
            .join('')
        ) +
        x(
          'SignaturePolicyIdentifier',
          x(
            'SignaturePolicyId',
            x('SigPolicyId', x('Identifier', text(policy.identifier))) +
              x(
                'SigPolicyHash',
                dsInXades('DigestMethod', { Algorithm: policy.digestMethod }, '') +
                  dsInXades('DigestValue', {}, policy.digestValue)
              ) +
              x('SigPolicyQualifiers', x('SigPolicyQualifier', x('SPURI', text(policy.url))))
          )
        )
    ) +
      x(
        'SignedDataObjectProperties',
        x('DataObjectFormat', x('MimeType', 'text/xml') + x('Encoding', 'UTF-8'), {
          ObjectReference: `#${ids.record}`
        })
      )
  )
}

/** The canonical SignedInfo: the whole record (URI="", enveloped) and the SignedProperties. */
function signedInfo(ids: SignatureIds, recordDigest: string, propertiesDigest: string, declare: boolean) {
  const ds = (name: string, content: string, attributes: Record<string, string> = {}) =>
    element(`ds:${name}`, attributes, content)
  const digest = (value: string) => ds('DigestMethod', '', { Algorithm: SHA256 }) + ds('DigestValue', value)
  return ds(
    'SignedInfo',
    ds('CanonicalizationMethod', '', { Algorithm: EXC_C14N }) +
      ds('SignatureMethod', '', { Algorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256' }) +
      ds(
        'Reference',
        ds(
          'Transforms',
          ds('Transform', '', { Algorithm: `${NS_DS}enveloped-signature` }) +
            ds('Transform', '', { Algorithm: EXC_C14N })
        ) + digest(recordDigest),
        { Id: ids.record, URI: '' }
      ) +
      ds(
        'Reference',
        ds('Transforms', ds('Transform', '', { Algorithm: EXC_C14N })) + digest(propertiesDigest),
        {
          Type: 'http://uri.etsi.org/01903#SignedProperties',
          URI: `#${ids.signedProperties}`
        }
      ),
    declare ? { 'xmlns:ds': NS_DS } : {}
  )
}

/**
 * The ds:Signature element (XAdES-EPES) for one unsigned, canonical RegistroEvento, signed at
 * `signingTime` (xs:dateTime with its offset).
 */
export function eventSignature(unsignedXml: string, signer: EventSigner, signingTime: string): string {
  const id = `xmldsig-${randomUUID()}`
  const ids: SignatureIds = { signature: id, record: `${id}-ref0`, signedProperties: `${id}-signedprops` }
  const properties = signedProperties(ids, signer, signingTime)
  const recordDigest = sha256(unsignedXml)
  const propertiesDigest = sha256(properties)
  const value = b64(
    sign(
      'sha256',
      Buffer.from(signedInfo(ids, recordDigest, propertiesDigest, true), 'utf8'),
      createPrivateKey(signer.privateKey)
    )
  )
  return (
    `<ds:Signature xmlns:ds="${NS_DS}" Id="${id}">${signedInfo(ids, recordDigest, propertiesDigest, false)}` +
    `<ds:SignatureValue Id="${id}-sigvalue">${value}</ds:SignatureValue>` +
    `<ds:KeyInfo><ds:X509Data>${signer.certificates.map((c) => `<ds:X509Certificate>${c.certificate}</ds:X509Certificate>`).join('')}</ds:X509Data></ds:KeyInfo>` +
    `<ds:Object><xades:QualifyingProperties xmlns:xades="${NS_XADES}" Target="#${id}">${properties}</xades:QualifyingProperties></ds:Object>` +
    `</ds:Signature>`
  )
}

/** Puts the signature where the schema wants it: last inside sf:Evento. */
export function signEventXml(unsignedXml: string, signer: EventSigner, signingTime: string): string {
  const end = unsignedXml.lastIndexOf('</sf:Evento>')
  if (end < 0) throw new Error('not a RegistroEvento')
  return unsignedXml.slice(0, end) + eventSignature(unsignedXml, signer, signingTime) + unsignedXml.slice(end)
}
