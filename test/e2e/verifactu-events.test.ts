/**
 * VERI*FACTU in the real UI at 1366×768 against the local HTTPS stand-in for the AEAT (mutual TLS
 * with the company's .p12): the invoice page's "Send now" failing on a server error, then "Send
 * again" sending only that invoice's record; and Settings → VERI*FACTU → Event log: the events the
 * actions left (switched on, the failure, the recovery, an integrity check finding a changed
 * record), filtered by type, in English and in Spanish, and the period exported as signed XML.
 * axe on each screen.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import { companySettings, line } from '../documents/helpers'
import { address, customer } from '../support/fixtures'
import {
  answerXml,
  makeCertificates,
  sentRecords,
  soapFault,
  startTestAeat,
  type TestAeat,
  type TestCertificates
} from '../verifactu/aeat-server'
import { verifactuSettingsInput } from '../verifactu/support'
import { expectNoSeriousA11yViolations, openSession, type Session, draftInvoice } from './harness'

let certs: TestCertificates
let aeat: TestAeat
let session: Session
let page: Page
let customerId: number

async function issueInvoice(description: string): Promise<SalesDocument> {
  const draft = await draftInvoice(session, customerId, [line({ description })])
  return session.store('documents.issue', { id: draft.id })
}

/** The AEAT's answers: a server error, or every record accepted. */
const serverError = () => ({ status: 500, xml: soapFault('Error interno') })
const acceptingAll = (body: string) => ({
  status: 200,
  xml: answerXml({ records: sentRecords(body), verdict: () => ({ state: 'Correcto' }), waitSeconds: 0 })
})

/** The event list's rows as the reader sees them: kind and text. */
async function eventRows(): Promise<Array<{ kind: string; type: string; text: string }>> {
  const rows = session.byTestId('verifactu-events').getByTestId('verifactu-event')
  await rows.first().waitFor()
  const out: Array<{ kind: string; type: string; text: string }> = []
  for (const row of await rows.all()) {
    out.push({
      kind: (await row.getAttribute('data-kind')) ?? '',
      type: (await row.getAttribute('data-type')) ?? '',
      text: (await row.locator('td').nth(2).textContent()) ?? ''
    })
  }
  return out
}

beforeAll(async () => {
  certs = makeCertificates()
  aeat = await startTestAeat(certs)
  session = await openSession({ viewport: { width: 1366, height: 768 }, verifactuCa: certs.caPem })
  page = session.page
  await session.store('settings.update', { settings: companySettings() })
  customerId = (
    await session.store('customers.create', {
      customer: customer({
        name: 'Ferretería Núñez S.L.',
        taxId: 'A28123453',
        billingAddress: address('Madrid')
      })
    })
  ).id
  await session.store('verifactu.updateSettings', {
    settings: verifactuSettingsInput({ endpoint: aeat.url, certificatePath: certs.clientP12Path })
  })
  await session.store('verifactu.unlockCertificate', { password: certs.clientPassword })
}, 180_000)

afterAll(async () => {
  await session.close()
  await aeat.close()
  certs.remove()
})

describe('VERI*FACTU sending from the invoice page and the event log', () => {
  it('sends one invoice’s record from its page: Send now fails on a server error, Send again sends it', async () => {
    const first = await issueInvoice('Muro cortina')
    const second = await issueInvoice('Revestimiento')
    aeat.respond = serverError
    await session.open(`/invoices/${String(first.id)}`)
    const section = session.byTestId('verifactu-document')
    const send = section.getByTestId('verifactu-send')
    await send.waitFor()
    expect(await send.textContent()).toBe('Send now')
    await send.click()
    await section.getByTestId('banner-error').waitFor()
    // Why, by key in the reader's words; the AEAT's own words inside as it wrote them.
    expect(await section.getByTestId('banner-error').textContent()).toBe(
      'The records could not be sent: the AEAT’s server answered HTTP 500: the AEAT refused the request: Error interno. They stay in the queue.'
    )
    await expect
      .poll(() => section.getByTestId('verifactu-attempts').textContent())
      .toBe('Not sent yet: 1 attempt failed.')
    expect(await send.textContent()).toBe('Send again')
    expect(await section.getByTestId('verifactu-status').getAttribute('data-status')).toBe('pending')
    await expectNoSeriousA11yViolations(page)

    aeat.respond = acceptingAll
    const before = aeat.exchanges.length
    await send.click()
    await expect
      .poll(() => section.getByTestId('banner-success').textContent())
      .toBe('Sent 1: accepted 1, accepted with errors 0, rejected 0; 1 still waiting.')
    await expect
      .poll(() => section.getByTestId('verifactu-status').getAttribute('data-status'))
      .toBe('accepted')
    expect(await section.getByTestId('verifactu-send').count()).toBe(0)
    // Only this invoice's record went: the other one still waits in the queue.
    expect(aeat.exchanges.slice(before).flatMap((e) => sentRecords(e.body).map((r) => r.number))).toEqual([
      first.number
    ])
    const other = await session.store('verifactu.document', { id: second.id })
    expect(other.records.map((r) => r.status)).toEqual(['pending'])
    await expectNoSeriousA11yViolations(page)
  })

  it('lists the events in the reader’s language, finds a changed record, filters and exports signed', async () => {
    // A send that fails, then one that works (as the test before does from the invoice's page), and a
    // record still waiting.
    await issueInvoice('Muro cortina')
    aeat.respond = serverError
    expect((await session.store('verifactu.send', {})).outcome).toBe('failed')
    aeat.respond = acceptingAll
    expect((await session.store('verifactu.send', {})).waiting).toBe(0)
    const second = await issueInvoice('Revestimiento')
    // Behind the app's back: the second invoice's record loses a zero from its total.
    const db = session.app.store.sqlite
    db.exec('drop trigger verifactu_records_no_update')
    const changed = db
      .prepare(
        "update verifactu_records set xml = replace(xml, '<sum1:ImporteTotal>', '<sum1:ImporteTotal>9') where document_id = ?"
      )
      .run(second.id)
    expect(changed.changes).toBe(1)
    const position = db
      .prepare('select position from verifactu_records where document_id = ?')
      .pluck()
      .get(second.id) as number

    await session.open('/settings')
    const settings = session.byTestId('verifactu-settings')
    await settings.getByRole('button', { name: 'Check the chain' }).click()
    await expect
      .poll(() => settings.getByTestId('banner-error').textContent())
      .toBe(
        `The chain is broken: record ${String(position)} (${String(second.number)}): its hash does not match its content`
      )

    const english = await eventRows()
    const text = (kind: string) => english.find((r) => r.kind === kind)?.text
    expect(text('verifactu_on')).toBe('VERI*FACTU switched on (test host)')
    expect(text('send_failed')).toBe(
      'Sending to the AEAT failed: the AEAT’s server answered HTTP 500: the AEAT refused the request: Error interno'
    )
    expect(text('send_recovered')).toBe('Sending to the AEAT works again')
    expect(text('records_anomaly')).toBe(
      `Anomaly found in the records: record ${String(position)} (${String(second.number)}): its hash does not match its content`
    )
    expect(english.every((r) => !/undefined|\{\{/.test(r.text))).toBe(true)
    await expectNoSeriousA11yViolations(page)

    // Filtered by type: only the records anomaly (04).
    await page.locator('#verifactu-events-type').selectOption('04')
    await expect.poll(() => session.byTestId('verifactu-events-count').textContent()).toBe('1 of 1 events')
    expect((await eventRows()).map((r) => r.type)).toEqual(['04'])
    await page.locator('#verifactu-events-type').selectOption('')

    await session.byTestId('language-select').selectOption('es')
    await expect
      .poll(async () => (await eventRows()).find((r) => r.kind === 'verifactu_on')?.text)
      .toBe('VERI*FACTU activado (entorno de pruebas)')
    const spanish = await eventRows()
    const texto = (kind: string) => spanish.find((r) => r.kind === kind)?.text
    expect(texto('send_failed')).toBe(
      'Falló el envío a la AEAT: el servidor de la AEAT respondió HTTP 500: la AEAT ha rechazado la petición: Error interno'
    )
    expect(texto('records_anomaly')).toBe(
      `Anomalía en los registros: registro ${String(position)} (${String(second.number)}): la huella no corresponde a su contenido`
    )
    await expectNoSeriousA11yViolations(page)
    await session.byTestId('language-select').selectOption('en')

    // The period exported: every event signed (XAdES, the AGE policy); the export is itself logged.
    const from = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
    const to = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
    await page.locator('#verifactu-events-from').fill(from)
    await page.locator('#verifactu-events-to').fill(to)
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      session.byTestId('verifactu-events-export').click()
    ])
    expect(file.suggestedFilename()).toBe(`verifactu-events-${from}-${to}.xml`)
    const path = join(session.folder, file.suggestedFilename())
    await file.saveAs(path)
    const xml = readFileSync(path, 'utf8')
    const events = [...xml.matchAll(/<sf:RegistroEvento[\s\S]*?<\/sf:RegistroEvento>/g)].map((m) => m[0])
    expect(events.length).toBe(english.length)
    for (const event of events) {
      expect(event).toContain('<xades:Identifier>urn:oid:2.16.724.1.3.1.1.2.1.9</xades:Identifier>')
      expect(event).toMatch(/<xades:SigningTime>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}</)
    }
    await expect
      .poll(async () => (await eventRows())[0])
      .toMatchObject({ kind: 'events_exported', type: '09' })
  })
})
