/**
 * Test helpers for VERI*FACTU, independent of the code under test: an xmllint runner against
 * the vendored AEAT schemas, our own Huella computation from the XML text, and a desk set up
 * as a Spanish company with VERI*FACTU on.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createApi } from '../../src/main/api'
import type { ApiInput, ApiMethod, ApiOutput } from '../../src/shared/api'
import type { VerifactuSettingsInput } from '../../src/shared/schemas/verifactu'
import { companySettings, seedDocuments, type Seeded } from '../documents/helpers'
import { ApiCallFailed, address, customer, openTestDesk, type TestDesk } from '../support/fixtures'
import type { TestAeat, TestCertificates } from './aeat-server'

export const STANDARDS = resolve(__dirname, '../standards/verifactu')
const XSD = join(STANDARDS, 'xsd/verifactu-all.xsd')
/** The AEAT schemas plus ETSI's XAdES v1.3.2 schema, so a signature's QualifyingProperties is validated too. */
const XADES_XSD = join(STANDARDS, 'xsd/verifactu-xades.xsd')

/** Writes XML texts to files in a temporary folder for `use`, and removes the folder after. */
function withXmlFiles<T>(xmls: string[], use: (files: string[]) => T): T {
  const folder = mkdtempSync(join(tmpdir(), 'verifactu-xml-'))
  try {
    const files = xmls.map((xml, i) => {
      const file = join(folder, `record-${i}.xml`)
      writeFileSync(file, xml)
      return file
    })
    return use(files)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** Validates XML texts with xmllint against the AEAT schemas; returns the error output per invalid file. */
export function xsdErrors(xmls: string[], schema = XSD): string[] {
  return withXmlFiles(xmls, (files) => {
    try {
      execFileSync('xmllint', ['--nonet', '--noout', '--schema', schema, ...files], {
        env: { ...process.env, XML_CATALOG_FILES: join(STANDARDS, 'xsd/catalog.xml') },
        stdio: ['ignore', 'pipe', 'pipe']
      })
      return []
    } catch (error) {
      const stderr = String((error as { stderr?: Buffer }).stderr ?? '')
      return stderr.split('\n').filter((l) => l.trim() !== '' && !l.endsWith(' validates'))
    }
  })
}

/**
 * Validates signed XML against the AEAT schemas and ETSI's XAdES schema. xmllint (libxml2 2.9)
 * takes an xs:integer of at most 24 digits, and a certificate's serial number (X509SerialNumber,
 * xs:integer) has up to 49: a longer serial is replaced by a short one for this check only, after
 * checking it is a decimal integer (its value is checked against the certificate elsewhere).
 */
export function xadesErrors(xmls: string[]): string[] {
  const serials = /(<ds:X509SerialNumber(?:\s[^>]*)?>)([^<]*)(<\/ds:X509SerialNumber>)/g
  const malformed = xmls.flatMap((xml) =>
    [...xml.matchAll(serials)].filter((m) => !/^\d+$/.test(m[2])).map((m) => `bad serial number ${m[2]}`)
  )
  const shortened = xmls.map((xml) =>
    xml.replace(serials, (_all, open: string, serial: string, close: string) =>
      serial.length > 24 ? `${open}${serial.slice(0, 24)}${close}` : `${open}${serial}${close}`
    )
  )
  return [...malformed, ...xsdErrors(shortened, XADES_XSD).filter((l) => !l.includes('parser warning'))]
}

/**
 * Runs the AEAT hash tool of the shared validators (vendored unchanged: tools/verifactu_hash.py)
 * on XML texts: it recomputes each record's Huella from the XML and compares it with the stated
 * one. Returns the tool's FAIL lines (empty when every record matches).
 */
export function aeatHashToolFailures(xmls: string[]): string[] {
  return withXmlFiles(xmls, (files) => {
    const tool = join(STANDARDS, 'tools/verifactu_hash.py')
    let out: string
    try {
      out = execFileSync('python3', [tool, ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    } catch (error) {
      out = (error as { stdout?: string }).stdout ?? String(error)
    }
    const lines = out.split('\n')
    const failed = lines.filter((l) => l.startsWith('FAIL'))
    const checked = lines.filter((l) => l.startsWith('OK ') || l.startsWith('FAIL')).length
    if (checked !== xmls.length)
      return [...failed, `the tool checked ${checked} of ${xmls.length} records: ${out}`]
    return failed
  })
}

/** The text of the first element with this local name (any prefix), or '' when absent. */
function field(xml: string, name: string, within = xml): string {
  const match = new RegExp(`<(?:\\w+:)?${name}>([^<]*)</(?:\\w+:)?${name}>`).exec(within)
  return match ? match[1].trim() : ''
}

function section(xml: string, name: string): string {
  const match = new RegExp(`<(?:\\w+:)?${name}>([\\s\\S]*?)</(?:\\w+:)?${name}>`).exec(xml)
  return match ? match[1] : ''
}

/** Our own reading of the AEAT rule: the hash input string of a RegistroAlta / RegistroAnulacion. */
export function hashInputOf(xml: string): string {
  const previous = field(xml, 'Huella', section(xml, 'RegistroAnterior'))
  const id = section(xml, 'IDFactura')
  if (/RegistroAnulacion/.test(xml.slice(0, 200))) {
    return [
      `IDEmisorFacturaAnulada=${field(xml, 'IDEmisorFacturaAnulada', id)}`,
      `NumSerieFacturaAnulada=${field(xml, 'NumSerieFacturaAnulada', id)}`,
      `FechaExpedicionFacturaAnulada=${field(xml, 'FechaExpedicionFacturaAnulada', id)}`,
      `Huella=${previous}`,
      `FechaHoraHusoGenRegistro=${field(xml, 'FechaHoraHusoGenRegistro')}`
    ].join('&')
  }
  return [
    `IDEmisorFactura=${field(xml, 'IDEmisorFactura', id)}`,
    `NumSerieFactura=${field(xml, 'NumSerieFactura', id)}`,
    `FechaExpedicionFactura=${field(xml, 'FechaExpedicionFactura', id)}`,
    `TipoFactura=${field(xml, 'TipoFactura')}`,
    `CuotaTotal=${field(xml, 'CuotaTotal')}`,
    `ImporteTotal=${field(xml, 'ImporteTotal')}`,
    `Huella=${previous}`,
    `FechaHoraHusoGenRegistro=${field(xml, 'FechaHoraHusoGenRegistro')}`
  ].join('&')
}

export const sha256Upper = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex').toUpperCase()

/** The Huella the XML states (the record's own, the last Huella element). */
export function statedHuella(xml: string): string {
  const all = [...xml.matchAll(/<(?:\w+:)?Huella>([^<]*)<\/(?:\w+:)?Huella>/g)]
  return all.length ? all[all.length - 1][1] : ''
}

export { field as xmlField, section as xmlSection }

export const SPANISH_NIF = 'B12345674'

export function verifactuSettingsInput(
  overrides: Partial<VerifactuSettingsInput> = {}
): VerifactuSettingsInput {
  return {
    enabled: true,
    environment: 'test',
    endpoint: '',
    certificatePath: '',
    softwareName: 'Salesdesk',
    softwareId: 'SD',
    softwareVersion: '0.1.0',
    installationNumber: 'INST-0001',
    producerName: 'Salesdesk Software S.L.',
    producerNif: 'B87654323',
    ...overrides
  }
}

export interface SpanishDesk {
  desk: TestDesk
  seed: Seeded
  /** A Spanish customer with a NIF. */
  spanishCustomerId: number
  /** A customer without any tax id (simplified invoices). */
  anonymousCustomerId: number
}

/** A desk whose company is Spanish (ESB12345674), with VERI*FACTU on against the test host. */
export async function spanishDesk(settings: Partial<VerifactuSettingsInput> = {}): Promise<SpanishDesk> {
  const desk = await openTestDesk()
  const seed = await seedDocuments(desk)
  await desk.call('settings.update', { settings: companySettings({ taxId: `ES${SPANISH_NIF}` }) })
  const spanish = await desk.call('customers.create', {
    customer: customer({
      name: 'Ferretería Núñez S.L.',
      taxId: 'A28123453',
      billingAddress: address('Madrid')
    })
  })
  const anonymous = await desk.call('customers.create', {
    customer: customer({
      code: 'C-MOSTR',
      name: 'Cliente de mostrador',
      taxId: '',
      billingAddress: address('Sevilla')
    })
  })
  await desk.call('verifactu.updateSettings', { settings: verifactuSettingsInput(settings) })
  return { desk, seed, spanishCustomerId: spanish.id, anonymousCustomerId: anonymous.id }
}

export interface SendingDesk extends SpanishDesk {
  /** Calls the API built with the test CA trusted (as the app would with the real AEAT's). */
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>
}

/**
 * A Spanish desk sending to the file's test AEAT (`useTestAeat`) with its client certificate, pushed
 * onto `desks` to be closed after the test.
 */
export async function sendingDesk(
  test: { certs: TestCertificates; aeat: TestAeat },
  desks: TestDesk[]
): Promise<SendingDesk> {
  const setUp = await spanishDesk({ endpoint: test.aeat.url, certificatePath: test.certs.clientP12Path })
  desks.push(setUp.desk)
  const api = createApi({
    store: setUp.desk.store,
    dataFolder: setUp.desk.folder.path,
    version: '0.0.0-test',
    actor: 'ana.tester',
    now: setUp.desk.clock.now,
    verifactuCa: test.certs.caPem
  })
  async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
    const result = await api.dispatch(method, input)
    if (!result.ok) throw new ApiCallFailed(result.error)
    return result.data as ApiOutput<M>
  }
  return { ...setUp, call }
}
