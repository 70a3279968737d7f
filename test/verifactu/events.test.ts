/**
 * The VERI*FACTU event log (issue 16): each kind of event recorded by the real action that causes
 * it (switching on/off and the host, the integrity check and what it finds, a send failure and the
 * recovery, exports, the system's start and clean stop, a backup restored); the store refusing
 * edits; tampering found by the check; the export read back — each RegistroEvento valid against
 * the AEAT schema (EventosSIF.xsd, with xmllint), its hash recomputed here, its signature checked
 * with xmllint's canonicalisation and openssl.
 */
import { execFileSync } from 'node:child_process'
import { createHash, X509Certificate } from 'node:crypto'
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../src/main/cli'
import { eventSignature, signerFromPkcs12 } from '../../src/main/verifactu/event-signature'
import { startSalesdesk } from '../../src/main/runtime'
import { issued } from '../documents/helpers'
import { desksClosedAfterEach } from '../support/fixtures'
import { soapFault, useTestAeat } from './aeat-server'
import {
  SPANISH_NIF,
  STANDARDS,
  sendingDesk,
  spanishDesk,
  xadesErrors,
  xmlField,
  xmlSection,
  xsdErrors
} from './support'

const { certs, aeat } = useTestAeat()
const desks = desksClosedAfterEach()
afterEach(() => {
  vi.restoreAllMocks()
})

interface EventRow {
  position: number
  type: string
  kind: string | null
  summary: string
  xml: string | null
  hash: string
  previous: string
}

const eventsOf = (db: BetterSqlite3.Database) =>
  db
    .prepare(
      'select position, event_type as type, kind, summary, xml, hash, previous_hash as previous from verifactu_events order by position'
    )
    .all() as EventRow[]

/** Our own reading of the RegistroEvento hash rule (README §1), from the XML as written. */
function eventHashInput(xml: string): string {
  const system = xmlSection(xml, 'SistemaInformatico')
  const previous = xmlField(xml, 'HuellaEvento', xmlSection(xml, 'EventoAnterior'))
  return [
    `NIF=${xmlField(xml, 'NIF', system)}`,
    `ID=`,
    `IdSistemaInformatico=${xmlField(xml, 'IdSistemaInformatico', system)}`,
    `Version=${xmlField(xml, 'Version', system)}`,
    `NumeroInstalacion=${xmlField(xml, 'NumeroInstalacion', system)}`,
    `NIF=${xmlField(xml, 'NIF', xmlSection(xml, 'ObligadoEmision'))}`,
    `TipoEvento=${xmlField(xml, 'TipoEvento', xml.slice(xml.indexOf('</sf:FechaHoraHusoGenEvento>')))}`,
    `HuellaEvento=${previous}`,
    `FechaHoraHusoGenEvento=${xmlField(xml, 'FechaHoraHusoGenEvento')}`
  ].join('&')
}

const sha256Hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex').toUpperCase()
/** The event's own hash: the last HuellaEvento (the previous event's comes first, in Encadenamiento). */
const ownHash = (xml: string) => [...xml.matchAll(/<sf:HuellaEvento>([^<]*)</g)].at(-1)?.[1] ?? ''

const sending = () => sendingDesk({ certs, aeat }, desks)

async function quietCli(args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = []
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')))
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')))
  const code = await runCli(args)
  vi.restoreAllMocks()
  return { code, out: out.join('\n') }
}

describe('VERI*FACTU event log', () => {
  it('switching on, the host, off; checks and what they find; records exported — each an event', async () => {
    const s = await spanishDesk()
    desks.push(s.desk)
    await issued(s.desk, s.seed, { customerId: s.spanishCustomerId })
    await issued(s.desk, s.seed, { customerId: s.anonymousCustomerId })
    const settings = await s.desk.call('verifactu.settings', {})
    await s.desk.call('verifactu.updateSettings', { settings: { ...settings, environment: 'production' } })
    await s.desk.call('verifactu.updateSettings', {
      settings: { ...settings, environment: 'production', enabled: false }
    })
    await s.desk.call('verifactu.updateSettings', { settings: { ...settings, enabled: true } })
    expect(await s.desk.call('verifactu.verify', {})).toMatchObject({ ok: true, records: 2, events: 4 })

    // Records exported from the command line: the event carries the period, first/last and sums.
    const file = join(s.desk.folder.path, 'inspection.xml')
    expect(
      (
        await quietCli([
          'verifactu',
          'export',
          '--db',
          s.desk.databasePath,
          '--from',
          '2026-03-01',
          '--to',
          '2026-03-31',
          '--out',
          file
        ])
      ).code
    ).toBe(0)
    const inspection = readFileSync(file, 'utf8')
    const records = [...inspection.matchAll(/<sum1:RegistroAlta[\s\S]*?<\/sum1:RegistroAlta>/g)].map(
      (m) => m[0]
    )
    const cents = (v: string) => Math.round(Number(v) * 100)
    const importe = records.reduce((sum, r) => sum + cents(xmlField(r, 'ImporteTotal')), 0)
    const cuota = records.reduce((sum, r) => sum + cents(xmlField(r, 'CuotaTotal')), 0)

    {
      const events = eventsOf(s.desk.store.sqlite)
      expect(events.map((e) => [e.type, e.kind])).toEqual([
        ['90', 'verifactu_on'],
        ['90', 'environment_changed'],
        ['90', 'verifactu_off'],
        ['90', 'verifactu_on'],
        ['03', 'records_checked'],
        ['05', 'events_checked'],
        ['08', 'records_exported']
      ])
      const xmls = events.map((e) => e.xml ?? '')
      expect(xsdErrors(xmls.map((x) => x.replace('</sf:Evento>', `${fakeSignature}</sf:Evento>`)))).toEqual(
        []
      )
      events.forEach((e, i) => {
        // Each hash recomputed here from the XML as written, and chained to the one before.
        expect(sha256Hex(eventHashInput(e.xml ?? ''))).toBe(e.hash)
        expect(ownHash(e.xml ?? '')).toBe(e.hash)
        expect(e.previous).toBe(i === 0 ? '' : events[i - 1].hash)
      })
      expect(xmls[0]).toContain('<sf:PrimerEvento>S</sf:PrimerEvento>')
      expect(xmlField(xmls[1], 'OtrosDatosEvento')).toBe('Cambio de entorno VERI*FACTU a production')
      expect(xmlField(xmls[4], 'NumeroDeRegistrosFacturacionProcesadosSobreIntegridadHuellas')).toBe('2')
      expect(xmlField(xmls[5], 'NumeroDeRegistrosEventoProcesadosSobreIntegridadHuellas')).toBe('4')
      const exportData = xmlSection(xmls[6], 'ExportacionRegFacturacionPeriodo')
      expect(xmlField(exportData, 'NumeroDeRegistrosFacturacionAltaExportados')).toBe('2')
      expect(cents(xmlField(exportData, 'SumaImporteTotalAlta'))).toBe(importe)
      expect(cents(xmlField(exportData, 'SumaCuotaTotalAlta'))).toBe(cuota)
      expect(xmlField(exportData, 'FechaHoraHusoInicioPeriodoExport')).toBe('2026-03-01T00:00:00+01:00')
      expect(xmlField(exportData, 'FechaHoraHusoFinPeriodoExport')).toBe('2026-03-31T23:59:59+02:00')
      expect(xmlField(xmlSection(exportData, 'RegistroFacturacionFinalPeriodo'), 'Huella')).toBe(
        [...records[1].matchAll(/<sum1:Huella>([^<]*)</g)].at(-1)?.[1]
      )
    }
  })

  it('the store refuses to edit or delete an event; a changed one is found and the anomaly logged', async () => {
    const s = await spanishDesk()
    desks.push(s.desk)
    const db = s.desk.store.sqlite
    await s.desk.call('verifactu.verify', {})
    expect(() => db.prepare("update verifactu_events set kind = 'x'").run()).toThrow(/append-only/)
    expect(() => db.prepare('delete from verifactu_events').run()).toThrow(/append-only/)
    expect(() =>
      db
        .prepare(
          "insert or replace into verifactu_events (id, issuer_nif, position, event_type, summary, generated_at, previous_hash, hash, created_by) values (1, 'B12345674', 1, '90', 'x', 'x', '', ?, 'x')"
        )
        .run('0'.repeat(64))
    ).toThrow(/append-only/)
    // Behind the app's back: the trigger dropped, event 2's time moved in its XML.
    db.exec('drop trigger verifactu_events_no_update')
    db.prepare(
      "update verifactu_events set xml = replace(xml, '<sf:FechaHoraHusoGenEvento>2026', '<sf:FechaHoraHusoGenEvento>2025') where position = 2"
    ).run()
    const result = await s.desk.call('verifactu.verify', {})
    expect(result.ok).toBe(false)
    expect(result.firstBroken).toMatch(/^event 2 \(Integrity check of 0 records\): its hash does not match/)
    const anomaly = eventsOf(db).at(-1)
    expect(anomaly?.type).toBe('06')
    const found = xmlSection(anomaly?.xml ?? '', 'DeteccionAnomaliasRegEvento')
    expect(xmlField(found, 'TipoAnomalia')).toBe('01')
    expect(xmlField(found, 'TipoEvento', xmlSection(found, 'RegEventoAnomalo'))).toBe('03')
  })

  // Each exported signature is checked with a dozen xmllint and openssl runs: slow on a loaded machine.
  it('a send failure and the recovery after it; the log exported signed, valid and verifiable', async () => {
    const s = await sending()
    await issued(s.desk, s.seed, { customerId: s.spanishCustomerId })
    await s.call('verifactu.unlockCertificate', { password: certs.clientPassword })
    aeat.respond = () => ({ status: 500, xml: soapFault('Error interno') })
    expect((await s.call('verifactu.send', {})).outcome).toBe('failed')
    s.desk.clock.advance(61_000)
    expect((await s.call('verifactu.send', {})).outcome).toBe('failed')
    aeat.reset()
    s.desk.clock.advance(61_000)
    expect((await s.call('verifactu.send', {})).outcome).toBe('Correcto')
    expect(eventsOf(s.desk.store.sqlite).map((e) => e.kind)).toEqual([
      'verifactu_on',
      'send_failed',
      'send_failed',
      'send_recovered'
    ])

    const list = await s.call('verifactu.events', { type: '90' })
    expect(list.total).toBe(4)
    expect(list.events[0]).toMatchObject({ kind: 'send_recovered', position: 4 })
    expect(list.events[2].detail).toMatchObject({ records: 1 })
    expect((await s.call('verifactu.events', { from: '2026-03-03' })).total).toBe(0)
    expect((await s.call('verifactu.events', { type: '03' })).total).toBe(0)

    const file = await s.call('verifactu.exportEvents', { from: '2026-03-01', to: '2026-03-31' })
    expect(file).toMatchObject({
      fileName: 'verifactu-events-2026-03-01-2026-03-31.xml',
      mimeType: 'application/xml'
    })
    const exported = new TextDecoder().decode(file.bytes)
    const signed = [...exported.matchAll(/<sf:RegistroEvento[\s\S]*?<\/sf:RegistroEvento>/g)].map((m) => m[0])
    expect(signed).toHaveLength(4)
    expect(xsdErrors(signed)).toEqual([])
    // The XAdES part against ETSI's schema too; the AEAT schema alone admits any ds:Object content.
    expect(xadesErrors(signed)).toEqual([])
    const badTime = signed[0].replace(/(<xades:SigningTime>)[^<]*/, '$1ayer')
    expect(xsdErrors([badTime])).toEqual([])
    expect(xadesErrors([badTime]).join('\n')).toMatch(/SigningTime.*'ayer' is not a valid value/)
    const policyMisplaced = signed[0].replace(
      /(<xades:SignaturePolicyIdentifier>[\s\S]*<\/xades:SignaturePolicyIdentifier>)/,
      '<xades:SignerRole><xades:ClaimedRoles><xades:ClaimedRole>x</xades:ClaimedRole></xades:ClaimedRoles></xades:SignerRole>$1'
    )
    expect(xadesErrors([policyMisplaced]).join('\n')).toMatch(/SignaturePolicyIdentifier.*not expected/)
    const chain = ['client.pem', 'issuing-ca.pem', 'ca.pem'].map((f) => join(certs.folder, f))
    for (const event of signed) {
      expect(sha256Hex(eventHashInput(event))).toBe(ownHash(event))
      checkSignature(event, chain, s.desk.clock.now())
    }
    // The export is logged after the events it wrote (09), naming the first and last of them.
    const last = eventsOf(s.desk.store.sqlite).at(-1)
    expect(last?.type).toBe('09')
    const period = xmlSection(last?.xml ?? '', 'ExportacionRegEventoPeriodo')
    expect(xmlField(period, 'NumeroDeRegEventoExportados')).toBe('4')
    expect(xmlField(xmlSection(period, 'RegistroEventoFinalPeriodo'), 'HuellaEvento')).toBe(
      ownHash(signed[3])
    )

    // Without the password for this session, nothing is exported unsigned.
    const locked = await spanishDesk({ certificatePath: certs.clientP12Path })
    desks.push(locked.desk)
    const refused = await locked.desk.fail('verifactu.exportEvents', { from: '2026-03-01', to: '2026-03-31' })
    expect(refused.key).toBe('verifactuCertificateToSign')
    expect(eventsOf(locked.desk.store.sqlite).map((e) => e.kind)).toEqual(['verifactu_on'])
  }, 120_000)

  it('the system start and clean stop, and a backup restored, are in the restored file', async () => {
    const s = await spanishDesk()
    const path = s.desk.databasePath
    await s.desk.store.close()
    const app = await startSalesdesk({ databasePath: path, systemLog: 'host' })
    await app.close()
    const backup = join(s.desk.folder.path, 'copia.db')
    copyFileSync(path, backup)
    const desktop = await startSalesdesk({ databasePath: path, systemLog: 'app' })
    await desktop.close()
    expect((await quietCli(['restore', '--db', path, '--from', backup])).code).toBe(0)
    const restored = new BetterSqlite3(path, { readonly: true })
    try {
      const events = eventsOf(restored)
      // The desktop run happened after the copy: the restored file does not have it.
      expect(events.map((e) => [e.type, e.kind])).toEqual([
        ['90', 'verifactu_on'],
        ['90', 'host_started'],
        ['90', 'system_stopped'],
        ['07', 'backup_restored']
      ])
      expect(xmlField(events[3].xml ?? '', 'OtrosDatosEvento')).toBe(
        'Restauración de copia de seguridad copia.db'
      )
      expect(xmlField(events[3].xml ?? '', 'NIF', xmlSection(events[3].xml ?? '', 'ObligadoEmision'))).toBe(
        SPANISH_NIF
      )
    } finally {
      restored.close()
    }
    s.desk.folder.remove()
  })
})

describe('the certificates a signature names, from the PKCS#12 file', () => {
  const subjectOf = (der: string) => new X509Certificate(Buffer.from(der, 'base64')).subject
  const fileSubject = (file: string) => new X509Certificate(readFileSync(join(certs.folder, file))).subject

  it('the signer then its issuers in issuing order, whatever the file order; unrelated ones left out', () => {
    // Root first, an unrelated certificate (the server's, from the same root) in between.
    const f = (name: string) => join(certs.folder, name)
    writeFileSync(
      f('mixed.pem'),
      ['ca.pem', 'server.pem', 'issuing-ca.pem'].map((n) => readFileSync(f(n), 'utf8')).join('')
    )
    execFileSync('openssl', [
      'pkcs12',
      '-export',
      '-inkey',
      f('client.key'),
      '-in',
      f('client.pem'),
      '-certfile',
      f('mixed.pem'),
      '-out',
      f('mixed.p12'),
      '-passout',
      `pass:${certs.clientPassword}`
    ])
    const expected = ['client.pem', 'issuing-ca.pem', 'ca.pem'].map(fileSubject)
    for (const file of ['client.p12', 'mixed.p12']) {
      const signer = signerFromPkcs12(f(file), certs.clientPassword)
      expect(
        signer.certificates.map((c) => subjectOf(c.certificate)),
        file
      ).toEqual(expected)
    }
  })

  it('names only the signer when the file holds no chain', () => {
    const signer = signerFromPkcs12(join(certs.folder, 'client-alone.p12'), certs.clientPassword)
    expect(signer.certificates.map((c) => subjectOf(c.certificate))).toEqual([fileSubject('client.pem')])
    const xml = eventSignature('<sf:RegistroEvento/>', signer, '2026-03-02T10:30:00+01:00')
    expect([...xml.matchAll(/<xades:Cert>/g)]).toHaveLength(1)
    expect([...xml.matchAll(/<ds:X509Certificate>/g)]).toHaveLength(1)
  })
})

describe("the AEAT's own XAdES-EPES example (AnexosEjemplosFirmaRegFact, signed with xades4j)", () => {
  const example = readFileSync(join(STANDARDS, 'samples/ejemploRegistro-firmado-epes-xades4j.xml'), 'utf8')

  it('validates against the AEAT and ETSI schemas with the same checker as ours, and names the policy we name', () => {
    expect(xsdErrors([example])).toEqual([])
    expect(xadesErrors([example])).toEqual([])
    const policy = elementOf(example, 'SignaturePolicyId').content
    expect({
      identifier: elementOf(policy, 'Identifier').content,
      url: elementOf(policy, 'SPURI').content,
      digestMethod: /<ds:DigestMethod Algorithm="([^"]*)"\/>/.exec(policy)?.[1],
      digestValue: elementOf(policy, 'DigestValue').content
    }).toEqual(AGE_POLICY)
  })
})

/**
 * A structurally valid ds:Signature for checking a stored (unsigned) event against the schema;
 * the real signature is checked on the export.
 */
const fakeSignature =
  '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/><ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/><ds:Reference URI=""><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue>AA==</ds:DigestValue></ds:Reference></ds:SignedInfo><ds:SignatureValue>AA==</ds:SignatureValue></ds:Signature>'

/**
 * The AEAT's signature policy as its specification states it (EspecTecGenerFirmaElectRfact v0.1.5 §4);
 * the test below finds the same values in the AEAT's own signed example record.
 */
const AGE_POLICY = {
  identifier: 'urn:oid:2.16.724.1.3.1.1.2.1.9',
  url: 'https://sede.administracion.gob.es/politica_de_firma_anexo_1.pdf',
  digestMethod: 'http://www.w3.org/2000/09/xmldsig#sha1',
  digestValue: 'G7roucf600+f03r/o0bAOQ6WAs0='
}

/** The first element `name` (any prefix, any attributes): its attributes and its content. */
function elementOf(xml: string, name: string): { attributes: Record<string, string>; content: string } {
  const match = new RegExp(`<(?:\\w+:)?${name}(\\s[^>]*|)>([\\s\\S]*?)</(?:\\w+:)?${name}>`).exec(xml)
  if (!match) throw new Error(`no ${name} element`)
  const attributes = Object.fromEntries(
    [...match[1].matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], m[2]])
  )
  return { attributes, content: match[2] }
}

/**
 * The XAdES-EPES enveloped signature checked with other tools: xmllint canonicalises (exclusive
 * C14N) the record without its signature, the SignedProperties and the SignedInfo, and the two
 * references' digests are recomputed from that; openssl verifies the RSA-SHA256 value with the
 * public key of the certificate in KeyInfo, which must be the company's followed by the chain its
 * file holds (`chainFiles`: signer, issuing CA, root), and gives each certificate's digest, issuer and
 * serial that SigningCertificate must name, in that order. The policy must be the
 * AEAT's, with its identifier, hash and URL.
 */
function checkSignature(event: string, chainFiles: string[], exportedAt: Date): void {
  const folder = certs.folder
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: folder })
  const c14n = (xml: string, name: string) => {
    writeFileSync(join(folder, name), xml)
    return run('xmllint', ['--exc-c14n', join(folder, name)])
  }
  /** An element of the signature canonicalised as the document subset it is (its namespaces in scope). */
  const c14nSubset = (xml: string, name: string) => {
    const wrapped = c14n(
      `<subset xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:xades="http://uri.etsi.org/01903/v1.3.2#">${xml}</subset>`,
      name
    ).toString('utf8')
    expect(wrapped.startsWith('<subset>') && wrapped.endsWith('</subset>')).toBe(true)
    return Buffer.from(wrapped.slice('<subset>'.length, -'</subset>'.length), 'utf8')
  }
  const digestOf = (data: Buffer) => createHash('sha256').update(data).digest('base64')

  const signature = /<ds:Signature[\s\S]*<\/ds:Signature>/.exec(event)?.[0] ?? ''
  const signatureId = elementOf(event, 'Signature').attributes.Id
  expect(signatureId).toMatch(/^[A-Za-z_][\w.-]*$/)
  const signedInfoXml = /<ds:SignedInfo>[\s\S]*<\/ds:SignedInfo>/.exec(signature)?.[0] ?? ''
  const references = [...signedInfoXml.matchAll(/<ds:Reference\s[^>]*>[\s\S]*?<\/ds:Reference>/g)].map(
    (m) => ({ attributes: elementOf(m[0], 'Reference').attributes, digest: elementOf(m[0], 'DigestValue') })
  )
  expect(references).toHaveLength(2)
  const [record, properties] = references

  // The record: enveloped (the signature taken out), exclusive C14N of the whole RegistroEvento.
  expect(record.attributes.URI).toBe('')
  const unsigned = c14n(event.replace(signature, ''), 'unsigned.xml')
  expect(record.digest.content).toBe(digestOf(unsigned))

  // The SignedProperties, found by the reference's URI and digested canonical.
  expect(properties.attributes.Type).toBe('http://uri.etsi.org/01903#SignedProperties')
  const propertiesXml =
    /<xades:SignedProperties\s[^>]*>[\s\S]*<\/xades:SignedProperties>/.exec(signature)?.[0] ?? ''
  expect(properties.attributes.URI).toBe(`#${elementOf(propertiesXml, 'SignedProperties').attributes.Id}`)
  expect(properties.digest.content).toBe(digestOf(c14nSubset(propertiesXml, 'signed-properties.xml')))
  expect(elementOf(signature, 'QualifyingProperties').attributes.Target).toBe(`#${signatureId}`)
  expect(elementOf(propertiesXml, 'DataObjectFormat').attributes.ObjectReference).toBe(
    `#${record.attributes.Id}`
  )

  // SigningTime: when the export was made, with its offset.
  const signingTime = elementOf(propertiesXml, 'SigningTime').content
  expect(signingTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$/)
  expect(Math.abs(new Date(signingTime).getTime() - exportedAt.getTime())).toBeLessThan(1000)

  // KeyInfo carries the company's certificate first, then the chain its file holds (issuing CA,
  // root), and SigningCertificate names each of them in the same order.
  const fingerprint = (file: string) =>
    String(run('openssl', ['x509', '-in', file, '-noout', '-fingerprint', '-sha256']))
  const carried = [...signature.matchAll(/<ds:X509Certificate>([^<]*)<\/ds:X509Certificate>/g)].map(
    (m) => m[1]
  )
  const named = [
    ...elementOf(propertiesXml, 'SigningCertificate').content.matchAll(
      /<xades:Cert>([\s\S]*?)<\/xades:Cert>/g
    )
  ].map((m) => m[1])
  expect(carried).toHaveLength(chainFiles.length)
  expect(named).toHaveLength(chainFiles.length)
  chainFiles.forEach((expectedFile, i) => {
    const pem = `-----BEGIN CERTIFICATE-----\n${carried[i].match(/.{1,64}/g)?.join('\n') ?? ''}\n-----END CERTIFICATE-----\n`
    const file = i === 0 ? 'signer.pem' : `chain-${i}.pem`
    writeFileSync(join(folder, file), pem)
    expect(fingerprint(file), `certificate ${i}`).toBe(fingerprint(expectedFile))
    expect(elementOf(named[i], 'DigestMethod').attributes.Algorithm).toBe(
      'http://www.w3.org/2001/04/xmlenc#sha256'
    )
    expect(elementOf(named[i], 'DigestValue').content).toBe(
      digestOf(run('openssl', ['x509', '-in', file, '-outform', 'DER']))
    )
    const opensslField = (option: string) =>
      String(run('openssl', ['x509', '-in', file, '-noout', option, '-nameopt', 'RFC2253']))
        .replace(/^\w+=/, '')
        .trim()
    expect(elementOf(named[i], 'X509IssuerName').content).toBe(opensslField('-issuer'))
    expect(elementOf(named[i], 'X509SerialNumber').content).toBe(
      BigInt(`0x${opensslField('-serial')}`).toString()
    )
  })
  // Each one issued the one before it (openssl checks the path up to the root).
  expect(
    String(
      run('openssl', ['verify', '-CAfile', chainFiles[2], '-untrusted', chainFiles[1], chainFiles[0]])
    ).trim()
  ).toBe(`${chainFiles[0]}: OK`)

  // The policy (EPES): the AEAT's identifier, the SHA-1 hash it publishes, its URL.
  const policy = elementOf(propertiesXml, 'SignaturePolicyId').content
  expect(elementOf(policy, 'Identifier').content).toBe(AGE_POLICY.identifier)
  expect(elementOf(policy, 'DigestMethod').attributes.Algorithm).toBe(AGE_POLICY.digestMethod)
  expect(elementOf(policy, 'DigestValue').content).toBe(AGE_POLICY.digestValue)
  expect(elementOf(policy, 'SPURI').content).toBe(AGE_POLICY.url)

  // SignedInfo canonical, and its RSA-SHA256 value verified with the certificate's public key.
  const signedInfo = c14nSubset(signedInfoXml, 'signed-info.xml')
  writeFileSync(join(folder, 'signed-info.c14n'), signedInfo)
  writeFileSync(
    join(folder, 'signature.bin'),
    Buffer.from(elementOf(signature, 'SignatureValue').content, 'base64')
  )
  writeFileSync(
    join(folder, 'signer.pub'),
    run('openssl', ['x509', '-in', 'signer.pem', '-noout', '-pubkey'])
  )
  const verified = String(
    run('openssl', [
      'dgst',
      '-sha256',
      '-verify',
      'signer.pub',
      '-signature',
      'signature.bin',
      'signed-info.c14n'
    ])
  )
  expect(verified.trim()).toBe('Verified OK')
}
