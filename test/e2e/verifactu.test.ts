/**
 * VERI*FACTU in the real UI at 1366×768, against the local stand-in for the AEAT the unit tests
 * use (HTTPS with mutual TLS: the company's .p12 certificate, the test CA): the producer's NIF and
 * the certificate password in Settings, the rectification type R3 by substitution chosen on a
 * credit note draft and found in its record, Send now with one record rejected, the QR code on
 * the invoice's page decoded with zbarimg, the AEAT's error in plain words, the correction
 * (subsanación) sent again, the answer in Spanish, and a cancellation record. axe on each screen.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import { verifactuQrUrl } from '../../src/main/verifactu/qr-url'
import { companySettings, line } from '../documents/helpers'
import { address, customer } from '../support/fixtures'
import {
  answerXml,
  makeCertificates,
  sentRecords,
  startTestAeat,
  type LineVerdict,
  type TestAeat,
  type TestCertificates
} from '../verifactu/aeat-server'
import { verifactuSettingsInput } from '../verifactu/support'
import { expectNoSeriousA11yViolations, openSession, type Session, draftInvoice } from './harness'

let certs: TestCertificates
let aeat: TestAeat
let session: Session
let page: Page
let goodCustomer: number
let unknownCustomer: number

const UNKNOWN_NIF_TEXT = 'El NIF no está identificado. NIF:A99999997'

/** Answers every record with `verdict` and no waiting time (the unit tests cover the waiting). */
function answerWith(verdict: (number: string) => LineVerdict) {
  aeat.respond = (body) => ({
    status: 200,
    xml: answerXml({ records: sentRecords(body), verdict: (r) => verdict(r.number), waitSeconds: 0 })
  })
}

async function issueInvoice(customerId: number, description: string): Promise<SalesDocument> {
  const draft = await draftInvoice(session, customerId, [line({ description })])
  return session.store('documents.issue', { id: draft.id })
}

/** The certificate's password given for the session, as the first test does in Settings. */
async function unlocked(): Promise<void> {
  await session.store('verifactu.unlockCertificate', { password: certs.clientPassword })
}

/** An invoice issued and the queue sent through the API, every record answered with `verdict`. */
async function sentInvoice(
  customerId: number,
  description: string,
  verdict: LineVerdict
): Promise<SalesDocument> {
  await unlocked()
  const invoice = await issueInvoice(customerId, description)
  answerWith(() => verdict)
  await session.store('verifactu.send', {})
  return invoice
}

beforeAll(async () => {
  certs = makeCertificates()
  aeat = await startTestAeat(certs)
  session = await openSession({ viewport: { width: 1366, height: 768 }, verifactuCa: certs.caPem })
  page = session.page
  await session.store('settings.update', { settings: companySettings() })
  goodCustomer = (
    await session.store('customers.create', {
      customer: customer({
        name: 'Ferretería Núñez S.L.',
        taxId: 'A28123453',
        billingAddress: address('Madrid')
      })
    })
  ).id
  unknownCustomer = (
    await session.store('customers.create', {
      customer: customer({
        code: 'C-UNKNOWN',
        name: 'Comercial Desconocida S.A.',
        taxId: 'A99999997',
        billingAddress: address('Sevilla')
      })
    })
  ).id
  await session.store('verifactu.updateSettings', {
    settings: verifactuSettingsInput({ endpoint: aeat.url, certificatePath: certs.clientP12Path })
  })
}, 180_000)

afterAll(async () => {
  await session.close()
  await aeat.close()
  certs.remove()
})

describe('VERI*FACTU in the app', () => {
  it('keeps the software producer’s NIF and takes the certificate password for the session', async () => {
    await session.open('/settings')
    const section = session.byTestId('verifactu-settings')
    await page.locator('#verifactu-producerNif').waitFor()
    await page.locator('#verifactu-producerNif').fill('b11223344')
    await section.getByRole('button', { name: 'Save VERI*FACTU settings' }).click()
    await section.getByTestId('banner-success').waitFor()
    expect((await session.store('verifactu.settings', {})).producerNif).toBe('B11223344')
    await page.locator('#verifactu-password').fill(certs.clientPassword)
    await section.getByRole('button', { name: 'Use for this session' }).click()
    await expect
      .poll(async () => (await session.store('verifactu.status', {})).certificateUnlocked)
      .toBe(true)
    await expectNoSeriousA11yViolations(page)
  })

  it('takes the rectification type and the kind of correction on a credit note draft', async () => {
    const invoice = await issueInvoice(goodCustomer, 'Fachada ventilada')
    const note = await session.store('invoices.createCreditNote', {
      invoiceId: invoice.id,
      reason: 'Impago declarado incobrable',
      lines: [{ lineId: invoice.lines[0].id, quantityMilli: 1_000 }]
    })
    await session.open(`/invoices/${String(note.id)}`)
    const options = session.byTestId('verifactu-draft-options')
    await options.waitFor()
    // The usual choice is shown until the user picks another.
    expect(await session.byTestId('verifactu-correction-code').inputValue()).toBe('R1')
    await session.byTestId('verifactu-correction-code').selectOption('R3')
    await expect
      .poll(async () => (await session.store('verifactu.document', { id: note.id })).options?.correctionCode)
      .toBe('R3')
    await session.byTestId('verifactu-correction-kind').selectOption('S')
    await expect
      .poll(async () => (await session.store('verifactu.document', { id: note.id })).options?.correctionKind)
      .toBe('S')
    await expectNoSeriousA11yViolations(page)
    const issued = await session.store('documents.issue', { id: note.id })
    const xml = session.app.store.sqlite
      .prepare("select xml from verifactu_records where document_id = ? and kind = 'alta'")
      .pluck()
      .get(issued.id) as string
    expect(xml).toMatch(/<[\w:]*TipoFactura>R3<\/[\w:]*TipoFactura>/)
    expect(xml).toMatch(/<[\w:]*TipoRectificativa>S<\/[\w:]*TipoRectificativa>/)
  })

  it('sends the queue from Settings; the invoice page shows the QR code and the AEAT’s answer', async () => {
    await unlocked()
    const accepted = await issueInvoice(goodCustomer, 'Muro cortina')
    const rejected = await issueInvoice(unknownCustomer, 'Revestimiento')
    // These two, and whatever the tests before left waiting (the credit note test's two records).
    const { waiting } = await session.store('verifactu.status', {})
    expect(waiting).toBeGreaterThanOrEqual(2)
    answerWith((number) =>
      number === rejected.number
        ? { state: 'Incorrecto', code: 1109, text: UNKNOWN_NIF_TEXT }
        : { state: 'Correcto' }
    )
    await session.open('/invoices')
    await expect
      .poll(() => session.byTestId('verifactu-waiting').textContent())
      .toBe(`${String(waiting)} records waiting to be sent`)
    await session.open('/settings')
    const status = session.byTestId('verifactu-status')
    await expect
      .poll(() => status.locator('strong').textContent())
      .toBe(`${String(waiting)} records waiting to be sent`)
    await status.getByRole('button', { name: 'Send now' }).click()
    await expect
      .poll(() => session.byTestId('verifactu-settings').getByTestId('banner-success').textContent())
      .toBe(
        `Sent ${String(waiting)}: accepted ${String(waiting - 1)}, accepted with errors 0, rejected 1; 0 still waiting.`
      )

    await session.open(`/invoices/${String(accepted.id)}`)
    const section = session.byTestId('verifactu-document')
    await section.getByTestId('verifactu-qr').waitFor()
    expect(await section.getByTestId('verifactu-status').getAttribute('data-status')).toBe('accepted')
    expect(await section.getByTestId('verifactu-csv').textContent()).toBe('A-TEST-CSV-0001')
    // The code on screen, read by a real decoder, is the URL built here from the stored record.
    const record = session.app.store.sqlite
      .prepare(
        "select issuer_nif as nif, invoice_number as numserie, invoice_date as fecha, importe_total as importe, environment from verifactu_records where document_id = ? and kind = 'alta'"
      )
      .get(accepted.id) as {
      nif: string
      numserie: string
      fecha: string
      importe: string
      environment: 'test'
    }
    const expected = verifactuQrUrl(record, record.environment)
    expect(expected).toContain('nif=B12345674')
    const folder = mkdtempSync(join(tmpdir(), 'verifactu-qr-'))
    try {
      const png = join(folder, 'qr.png')
      writeFileSync(png, await section.getByTestId('verifactu-qr').screenshot())
      const decoded = execFileSync('zbarimg', ['-q', '--raw', png], { encoding: 'utf8' }).trim()
      expect(decoded).toBe(expected)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
    await expectNoSeriousA11yViolations(page)
    await session.open('/invoices')
    await expect
      .poll(() => session.byTestId('verifactu-rejected').textContent())
      .toBe('1 record rejected by the AEAT')

    await session.open(`/invoices/${String(rejected.id)}`)
    await section.getByTestId('verifactu-status').waitFor()
    expect(await section.getByTestId('verifactu-status').getAttribute('data-status')).toBe('rejected')
    expect(await section.getByTestId('aeat-error-text').textContent()).toBe(
      'A tax id (NIF) is not in the AEAT’s census: check the customer’s NIF and name.'
    )
    expect(await section.getByTestId('aeat-error').textContent()).toContain(`[1109] ${UNKNOWN_NIF_TEXT}`)
    await expectNoSeriousA11yViolations(page)
  })

  it('corrects the rejected record (subsanación), sends it again, and says it in Spanish', async () => {
    const rejected = await sentInvoice(unknownCustomer, 'Revestimiento', {
      state: 'Incorrecto',
      code: 1109,
      text: UNKNOWN_NIF_TEXT
    })
    await session.open(`/invoices/${String(rejected.id)}`)
    const section = session.byTestId('verifactu-document')
    await expect
      .poll(() => section.getByTestId('verifactu-status').getAttribute('data-status'))
      .toBe('rejected')
    await section.getByTestId('verifactu-correct').click()
    await session.byTestId('verifactu-recipient-nif').fill('A28123453')
    await session.byTestId('dialog-ok').click()
    await expect
      .poll(() => section.getByTestId('verifactu-record').first().getAttribute('data-status'))
      .toBe('pending')
    answerWith(() => ({ state: 'Correcto' }))
    expect(await session.store('verifactu.send', {})).toMatchObject({ sent: 1, accepted: 1, rejected: 0 })
    const sent = sentRecords(aeat.exchanges.at(-1)?.body ?? '')
    expect(sent).toMatchObject([{ number: rejected.number, subsanacion: true }])

    await session.open('/settings')
    await session.byTestId('language-select').selectOption('es')
    await session.open(`/invoices/${String(rejected.id)}`)
    const newest = section.getByTestId('verifactu-record').first()
    await expect.poll(() => newest.getByTestId('verifactu-status').textContent()).toBe('Aceptado por la AEAT')
    expect(await section.textContent()).toContain(
      'Un NIF no figura en el censo de la AEAT: compruebe el NIF y el nombre del cliente.'
    )
  })

  it('cancels an invoice’s record with a reason: a chained cancellation record, nothing deleted', async () => {
    const accepted = await sentInvoice(goodCustomer, 'Muro cortina', { state: 'Correcto' })
    await session.open(`/invoices/${String(accepted.id)}`)
    const section = session.byTestId('verifactu-document')
    await section.getByTestId('verifactu-cancel').click()
    await session.byTestId('verifactu-cancel-reason').fill('Factura emitida por error')
    await session.byTestId('dialog-ok').click()
    await expect
      .poll(() => section.getByTestId('verifactu-record').first().getAttribute('data-kind'))
      .toBe('anulacion')
    const info = await session.store('verifactu.document', { id: accepted.id })
    expect(info.records.map((r) => [r.kind, r.status])).toEqual([
      ['alta', 'accepted'],
      ['anulacion', 'pending']
    ])
    expect(info.records[1].reason).toBe('Factura emitida por error')
    await expectNoSeriousA11yViolations(page)
  })
})
