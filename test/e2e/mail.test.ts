/**
 * Sending by e-mail through the screens at 1366×768, against a real SMTP server on 127.0.0.1
 * (STARTTLS, self-signed certificate): the settings with their test button, "Send estimate"
 * that e-mails the PDF and logs it on the document, and the outbox keeping an invoice while the
 * server is down until "Try again" sends it. axe-core runs on each new screen and the dialog.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generalErrorMessages } from '../../src/shared/error-messages/general'
import { emptyCustomer } from '../../src/shared/schemas/customers'
import { attachmentsOf, header, smtpUser, startSmtpServer, type SmtpTestServer } from '../mail/smtp-server'
import {
  expectNoSeriousA11yViolations,
  openSession,
  type Session,
  setUpCompany,
  whileUnreachable
} from './harness'

let session: Session
let smtp: SmtpTestServer
let customerId: number

const line = {
  productId: null,
  description: 'Reparación de fachada',
  unit: 'h',
  quantityMilli: 3_000,
  unitPriceCents: 4_000,
  discountBp: 0,
  vatRateBp: 2100,
  promisedDate: null,
  sourceLineId: null
}

const draftOf = (type: 'estimate' | 'invoice') => ({
  type,
  customerId,
  issueDate: null,
  validUntil: null,
  promisedDate: null,
  paymentInstructions: '',
  notes: '',
  reason: '',
  lines: [line]
})

beforeAll(async () => {
  smtp = await startSmtpServer()
  session = await openSession({ viewport: { width: 1366, height: 768 }, mail: { ca: smtp.ca } })
  await setUpCompany(session, {
    legalName: 'Façanes Mediterrànies S.L.',
    addressLine1: 'Carrer Major 3'
  })
  const customer = await session.store('customers.create', {
    customer: {
      ...emptyCustomer(),
      name: 'Construcciones Peña',
      status: 'active',
      contacts: [{ name: 'Ángela Peña', role: '', phone: '', email: 'angela@pena.example' }]
    }
  })
  customerId = customer.id
}, 120_000)

afterAll(async () => {
  await session.close()
  await smtp.stop()
})

describe('e-mail at 1366×768', () => {
  it('sets up the SMTP server and sends a test message', async () => {
    await session.open('/settings')
    const section = session.byTestId('mail-settings')
    await section.getByLabel('SMTP server').fill('127.0.0.1')
    await section.getByLabel('Port').fill(String(smtp.port))
    await section.getByLabel('User name').fill(smtpUser.user)
    await section.getByLabel('Sender address').fill('oficina@facanes.example')
    await session.byTestId('mail-save').click()
    await expect.poll(() => section.textContent()).toContain('E-mail settings saved.')
    await section.getByLabel('Password', { exact: true }).fill(smtpUser.password)
    await session.byTestId('mail-keep-password').click()
    await expect
      .poll(() => session.byTestId('mail-password-state').textContent())
      .toContain('for this session only')
    await section.getByLabel('Send a test message to').fill('yo@facanes.example')
    await session.byTestId('mail-send-test').click()
    await expect.poll(() => section.textContent()).toContain('Test message sent to yo@facanes.example.')
    expect(smtp.received.map((m) => m.to)).toEqual([['yo@facanes.example']])
    await expectNoSeriousA11yViolations(session.page)
  })

  it('"Send estimate" e-mails the PDF, marks it sent and logs it on the document', async () => {
    const estimate = await session.store('documents.createDraft', { document: draftOf('estimate') })
    await session.open(`/estimates/${String(estimate.id)}`)
    await session.byTestId('action-issue').click()
    const dialog = session.byTestId('send-mail-dialog')
    await expect.poll(() => session.byTestId('send-mail-to').inputValue()).toBe('angela@pena.example')
    await expectNoSeriousA11yViolations(session.page)
    await dialog.getByTestId('dialog-ok').click()
    await expect.poll(() => session.page.textContent('body')).toContain('E-mail sent to angela@pena.example.')
    const sent = await session.store('documents.get', { id: estimate.id })
    expect(sent.status).toBe('sent')
    const mail = smtp.received[1]
    expect(mail.to).toEqual(['angela@pena.example'])
    expect(header(mail.raw, 'subject')).toBe(`Estimate ${sent.number ?? ''} from Façanes Mediterrànies S.L.`)
    expect(attachmentsOf(mail.raw).map((a) => a.fileName)).toEqual([`${sent.number ?? ''}.pdf`])
    await expect
      .poll(() => session.byTestId('document-mail-log').textContent())
      .toContain('Sent to angela@pena.example')
  })

  it('keeps an invoice in the outbox while the server is down and sends it on "Try again"', async () => {
    const draft = await session.store('documents.createDraft', { document: draftOf('invoice') })
    const invoice = await session.store('documents.issue', { id: draft.id })
    await smtp.stop()
    await session.open(`/invoices/${String(invoice.id)}`)
    await session.byTestId('send-by-email').click()
    await expect.poll(() => session.byTestId('send-mail-to').inputValue()).toBe('angela@pena.example')
    await session.byTestId('send-mail-dialog').getByTestId('dialog-ok').click()
    await expect.poll(() => session.page.textContent('body')).toContain('waits in the outbox')
    await expect
      .poll(() => session.byTestId('document-mail-log').textContent())
      .toContain('cannot be reached')

    // The outbox is one click away from anywhere.
    await session.byTestId('nav-outbox').click()
    await session.page.waitForURL(/#\/outbox$/)
    const row = session.byTestId('outbox-row').first()
    await expect.poll(() => row.getAttribute('data-status')).toBe('waiting')
    await expectNoSeriousA11yViolations(session.page)
    await smtp.start()
    await row.getByTestId('outbox-retry').click()
    await expect.poll(() => session.byTestId('outbox-row').first().getAttribute('data-status')).toBe('sent')
    expect(smtp.received).toHaveLength(3)
    expect(header(smtp.received[2].raw, 'subject')).toBe(
      `Invoice ${invoice.number ?? ''} from Façanes Mediterrànies S.L.`
    )
  })

  it('"Send now" runs the outbox and says what it sent and what waits; "Cancel sending" withdraws an e-mail', async () => {
    const draft = await session.store('documents.createDraft', { document: draftOf('invoice') })
    const invoice = await session.store('documents.issue', { id: draft.id })
    await smtp.stop()
    // Queued while the server is down: its next attempt is a minute away, so "Send now" leaves it waiting.
    const queued = await session.store('mail.sendDocument', {
      id: invoice.id,
      message: { to: ['angela@pena.example'], subject: `Invoice ${invoice.number ?? ''}`, body: 'Adjunta.' }
    })
    expect(queued.status).toBe('waiting')
    await smtp.start()
    // Read afresh: the page is already on the outbox, whose list the query layer keeps.
    await session.open('/outbox')
    await session.page.reload()
    const row = session.byTestId('outbox-row').filter({ hasText: invoice.number ?? '' })
    await expect.poll(() => row.getAttribute('data-status')).toBe('waiting')
    const waiting = (await session.store('mail.outbox', { status: 'waiting' })).length
    await session.byTestId('outbox-deliver').click()
    await expect
      .poll(() => session.byTestId('banner-success').textContent())
      .toBe(`Sent: 0. Still waiting: ${String(waiting)}.`)
    expect(smtp.received).toHaveLength(3)
    await row.getByTestId('outbox-cancel').click()
    await expect
      .poll(() => session.byTestId('banner-success').textContent())
      .toBe('The e-mail will not be sent.')
    await expect.poll(() => row.getAttribute('data-status')).toBe('cancelled')
    expect((await session.store('mail.outbox', { status: 'waiting' })).length).toBe(waiting - 1)
  })

  it('says in a banner that the outbox could not be read, as the other pages do', async () => {
    await whileUnreachable(session.page, 'mail.outbox', async () => {
      // Read afresh: the page is already on the outbox, whose list the query layer keeps.
      await session.open('/outbox')
      await session.page.reload()
      await session.byTestId('banner-error').waitFor()
      expect(await session.byTestId('banner-error').textContent()).toBe(generalErrorMessages.notReachable)
      expect(await session.byTestId('outbox-row').count()).toBe(0)
    })
  })
})
