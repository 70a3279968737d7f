/**
 * Sending by e-mail end to end: a real SMTP server on 127.0.0.1 (STARTTLS with a self-signed
 * certificate, user and password), the message read back as the server received it (envelope,
 * subject in the document's language, the PDF attachment through pdftotext), the outbox keeping
 * a message while the server is down and sending it once when it is back, and the background
 * worker sending the outbox by itself (its timer, not a test, calls the delivery).
 */
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startMailWorker } from '../../src/main/mail/worker'
import type { MailSettings } from '../../src/shared/schemas/mail'
import { companySettings, draft, seedDocuments, setDocumentLanguage, type Seeded } from '../documents/helpers'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { attachmentsOf, header, smtpUser, startSmtpServer, textOf, type SmtpTestServer } from './smtp-server'
import { pdfText } from '../support/pdf-text'
import { decodeMessage, messageText } from '../../src/shared/errors'
import { errorsStrings } from '../../src/renderer/src/errors/strings'

let desk: TestDesk
let smtp: SmtpTestServer
let seed: Seeded

const settingsFor = (port: number): MailSettings => ({
  host: '127.0.0.1',
  port,
  security: 'starttls',
  user: smtpUser.user,
  fromAddress: 'factures@facanes.example',
  fromName: 'Façanes'
})

beforeEach(async () => {
  smtp = await startSmtpServer()
  desk = await openTestDesk({ mail: { ca: smtp.ca } })
  seed = await seedDocuments(desk)
  const settings = companySettings()
  await desk.call('settings.update', {
    settings: { ...settings, documents: { ...settings.documents, printLocale: 'es-ES' } }
  })
  // The customer reads Spanish: documents, letters and their e-mails are in Spanish.
  await setDocumentLanguage(desk, seed.customerId, 'es')
  await desk.call('mail.updateSettings', { settings: settingsFor(smtp.port) })
  await desk.call('mail.setPassword', { password: smtpUser.password })
})

afterEach(async () => {
  await smtp.stop()
  await desk.close()
})

describe('e-mail settings', () => {
  it('keeps the password out of the database and sends a test message over STARTTLS', async () => {
    const view = await desk.call('mail.settings', {})
    expect(view).toMatchObject({ passwordSet: true, secretStore: 'session' })
    expect(JSON.stringify(view)).not.toContain(smtpUser.password)
    desk.store.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    expect(readFileSync(desk.databasePath).includes(Buffer.from(smtpUser.password))).toBe(false)

    await desk.call('mail.sendTest', { to: 'admin@facanes.example' })
    expect(smtp.received).toHaveLength(1)
    expect(smtp.received[0].to).toEqual(['admin@facanes.example'])
    expect(header(smtp.received[0].raw, 'subject')).toBe('Salesdesk test message')
  })

  it('says in one sentence when the password is wrong or the server is away', async () => {
    await desk.call('mail.setPassword', { password: 'wrong' })
    const refused = await desk.fail('mail.sendTest', { to: 'admin@facanes.example' })
    expect(refused.message).toBe(
      `The e-mail server 127.0.0.1:${String(smtp.port)} refused the user name or password.`
    )
    expect(refused.key).toBe('mailLoginRefused')
    await smtp.stop()
    await desk.call('mail.setPassword', { password: smtpUser.password })
    const away = await desk.fail('mail.sendTest', { to: 'admin@facanes.example' })
    expect(away.message).toMatch(/cannot be reached/)
    expect(smtp.received).toHaveLength(0)
  })

  it('refuses to send documents before a server is set up', async () => {
    await desk.call('mail.updateSettings', { settings: { ...settingsFor(smtp.port), host: '' } })
    const invoice = await desk.call('documents.issue', {
      id: (await desk.call('documents.createDraft', { document: draft(seed) })).id
    })
    const error = await desk.fail('mail.sendDocument', {
      id: invoice.id,
      message: { to: ['a@b.example'], subject: 's', body: 'b' }
    })
    expect(error.message).toMatch(/Settings → E-mail/)
    expect(await desk.call('mail.outbox', { status: 'all' })).toEqual([])
  })
})

describe('sending documents', () => {
  it('sends an invoice as a PDF to the customer’s addresses, in the document’s language, and logs it', async () => {
    await desk.call('mail.setRecipients', {
      customerId: seed.customerId,
      addresses: ['Compras@Gyori.example', 'konyveles@gyori.example']
    })
    const created = await desk.call('documents.createDraft', { document: draft(seed) })
    const invoice = await desk.call('documents.issue', { id: created.id })
    const number = invoice.number ?? ''

    const prepared = await desk.call('mail.draftForDocument', { id: invoice.id })
    expect(prepared.language).toBe('es')
    expect(prepared.to).toEqual(['compras@gyori.example', 'konyveles@gyori.example'])
    expect(prepared.subject).toBe(`Factura ${number} de Col·legi Català de Façanes S.L.`)
    // The total written by hand: 2 × 50.00 + 1.5 × 123.45 − 10 % = 266.66 net, 21 % VAT 56.00.
    expect(prepared.body).toContain('322,66 EUR')

    const row = await desk.call('mail.sendDocument', {
      id: invoice.id,
      message: { to: prepared.to, subject: prepared.subject, body: `${prepared.body}\n\nGràcies — Спасибо` }
    })
    expect(row).toMatchObject({
      status: 'sent',
      attempts: 1,
      documentNumber: number,
      attachments: [`${number}.pdf`]
    })

    expect(smtp.received).toHaveLength(1)
    const mail = smtp.received[0]
    expect(mail.from).toBe('factures@facanes.example')
    expect(mail.to).toEqual(['compras@gyori.example', 'konyveles@gyori.example'])
    expect(header(mail.raw, 'subject')).toBe(`Factura ${number} de Col·legi Català de Façanes S.L.`)
    expect(textOf(mail.raw)).toContain('Gràcies — Спасибо')
    const [pdf] = attachmentsOf(mail.raw)
    expect(pdf.fileName).toBe(`${number}.pdf`)
    expect(pdf.type).toBe('application/pdf')
    const text = pdfText(pdf.bytes)
    expect(text).toContain(number)
    expect(text).toContain('Győri Lőrinc és Fiai Kft.')

    const log = await desk.call('mail.documentLog', { id: invoice.id })
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({ status: 'sent', to: mail.to, sentAt: desk.clock.now().toISOString() })
  })

  it('"Send estimate" numbers the draft and e-mails it', async () => {
    const created = await desk.call('documents.createDraft', { document: draft(seed, { type: 'estimate' }) })
    const prepared = await desk.call('mail.draftForDocument', { id: created.id })
    // No number yet: the placeholder stays until the estimate is numbered on sending.
    expect(prepared.subject).toBe('Presupuesto {number} de Col·legi Català de Façanes S.L.')
    const row = await desk.call('mail.sendDocument', {
      id: created.id,
      message: { to: ['compras@gyori.example'], subject: prepared.subject, body: prepared.body }
    })
    const estimate = await desk.call('documents.get', { id: created.id })
    expect(estimate.status).toBe('sent')
    expect(estimate.number).toMatch(/^EST-2026-\d+$/)
    expect(row.status).toBe('sent')
    expect(header(smtp.received[0].raw, 'subject')).toBe(
      `Presupuesto ${estimate.number ?? '—'} de Col·legi Català de Façanes S.L.`
    )
    const [pdf] = attachmentsOf(smtp.received[0].raw)
    expect(pdfText(pdf.bytes)).toContain(estimate.number ?? '—')
  })

  it('sends a statement of account as a PDF letter', async () => {
    await desk.call('documents.issue', {
      id: (await desk.call('documents.createDraft', { document: draft(seed) })).id
    })
    const prepared = await desk.call('mail.draftForLetter', {
      customerId: seed.customerId,
      kind: 'statement'
    })
    expect(prepared.subject).toBe('Extracto de cuenta de Col·legi Català de Façanes S.L.')
    const row = await desk.call('mail.sendLetter', {
      letter: { customerId: seed.customerId, kind: 'statement' },
      message: { to: ['compras@gyori.example'], subject: prepared.subject, body: prepared.body }
    })
    expect(row.status).toBe('sent')
    const [pdf] = attachmentsOf(smtp.received[0].raw)
    expect(pdfText(pdf.bytes)).toContain('Győri Lőrinc és Fiai Kft.')
  })

  it('sends a payment reminder with the reminder letter listing the overdue invoice attached', async () => {
    const invoice = await desk.call('documents.issue', {
      id: (await desk.call('documents.createDraft', { document: draft(seed) })).id
    })
    const number = invoice.number ?? ''
    // Sixty days on, the invoice (due in 15) is overdue.
    desk.clock.advance(60 * 86_400_000)
    const prepared = await desk.call('mail.draftForLetter', {
      customerId: seed.customerId,
      kind: 'reminder',
      level: 1
    })
    const row = await desk.call('mail.sendLetter', {
      letter: { customerId: seed.customerId, kind: 'reminder', level: 1 },
      message: { to: ['compras@gyori.example'], subject: prepared.subject, body: prepared.body }
    })
    expect(row.status).toBe('sent')
    expect(smtp.received).toHaveLength(1)
    expect(header(smtp.received[0].raw, 'subject')).toBe(prepared.subject)
    // The body names the overdue total worked out in the invoice test: 322.66 EUR.
    expect(textOf(smtp.received[0].raw)).toContain('322,66')
    const [pdf] = attachmentsOf(smtp.received[0].raw)
    expect(pdf.fileName).toMatch(/^reminder-1-.*\.pdf$/)
    const text = pdfText(pdf.bytes)
    expect(text).toContain('Recordatorio de pago')
    expect(text).toContain('Győri Lőrinc és Fiai Kft.')
    // Issued 2 March, due in 15 days (17 March), reminded 1 May: 14 + 30 + 1 = 45 days late, level 1.
    expect(text).toMatch(new RegExp(`${number}\\s+2 mar 2026\\s+17 mar 2026\\s+45\\s+1\\s+322,66\\s+322,66`))
  })

  it('marks a message failed when the server refuses its recipient', async () => {
    smtp.refuse.add('nobody@gyori.example')
    const invoice = await desk.call('documents.issue', {
      id: (await desk.call('documents.createDraft', { document: draft(seed) })).id
    })
    const row = await desk.call('mail.sendDocument', {
      id: invoice.id,
      message: { to: ['nobody@gyori.example'], subject: 'x', body: 'y' }
    })
    expect(row.status).toBe('failed')
    expect(row.lastError).toMatch(/550/)
    expect(smtp.received).toHaveLength(0)
  })

  it('uses the edited text for the document’s language', async () => {
    await desk.call('mail.updateTemplate', {
      template: { kind: 'invoice', language: 'es', subject: 'Su factura {number}', body: 'Hola {customer}' }
    })
    const invoice = await desk.call('documents.issue', {
      id: (await desk.call('documents.createDraft', { document: draft(seed) })).id
    })
    const prepared = await desk.call('mail.draftForDocument', { id: invoice.id })
    expect(prepared.subject).toBe(`Su factura ${invoice.number ?? ''}`)
    expect(prepared.body).toBe('Hola Győri Lőrinc és Fiai Kft.')
    const reset = await desk.call('mail.resetTemplate', { kind: 'invoice', language: 'es' })
    expect(reset).toMatchObject({ edited: false, subject: 'Factura {number} de {company}' })
  })
})

describe('the outbox while offline', () => {
  it('keeps the message while the server is down and sends it exactly once when it is back', async () => {
    const invoice = await desk.call('documents.issue', {
      id: (await desk.call('documents.createDraft', { document: draft(seed) })).id
    })
    await smtp.stop()
    const queued = await desk.call('mail.sendDocument', {
      id: invoice.id,
      message: { to: ['compras@gyori.example'], subject: 'Factura', body: 'Adjunta.' }
    })
    expect(queued).toMatchObject({ status: 'waiting', attempts: 1 })
    // Stored by key, not as English: the outbox shows it in the reader's language (issue 14).
    const reason = decodeMessage(queued.lastError)
    expect(reason?.key).toBe('mailServerUnreachable')
    const server = `127.0.0.1:${String(smtp.port)}`
    expect(reason?.params).toMatchObject({ server })
    expect(messageText(queued.lastError)).toMatch(
      /^The e-mail server .* cannot be reached \(E[A-Z]+\); it will be tried again\.$/
    )
    const code = reason?.params?.code
    expect(code).toMatch(/^E[A-Z]+$/)
    if (typeof code !== 'string') throw new Error('no code')
    const hungarian = errorsStrings.hu.messages.mailServerUnreachable
      .replace('{{server}}', server)
      .replace('{{code}}', code)
    expect(hungarian).toBe(
      `A(z) ${server} levelezőkiszolgáló nem érhető el (${code}); később újra megpróbáljuk.`
    )
    // Back-off: one minute after the first failure, so nothing is tried before then.
    expect(Date.parse(queued.nextAttemptAt) - desk.clock.now().getTime()).toBe(60_000)
    expect(await desk.call('mail.deliver', {})).toMatchObject({ sent: 0, waiting: 1 })
    expect((await desk.call('mail.outbox', { status: 'waiting' }))[0].attempts).toBe(1)

    desk.clock.advance(61_000)
    expect(await desk.call('mail.deliver', {})).toMatchObject({ sent: 0, waiting: 1 })
    const second = (await desk.call('mail.outbox', { status: 'waiting' }))[0]
    expect(second.attempts).toBe(2)
    expect(Date.parse(second.nextAttemptAt) - desk.clock.now().getTime()).toBe(120_000)

    await smtp.start()
    desk.clock.advance(121_000)
    const [first, again] = await Promise.all([desk.call('mail.deliver', {}), desk.call('mail.deliver', {})])
    expect(first.sent + again.sent).toBe(1)
    expect(await desk.call('mail.deliver', {})).toMatchObject({ sent: 0, waiting: 0 })
    expect(smtp.received).toHaveLength(1)
    expect(header(smtp.received[0].raw, 'subject')).toBe('Factura')
    expect((await desk.call('mail.documentLog', { id: invoice.id }))[0]).toMatchObject({
      status: 'sent',
      attempts: 3
    })
  })

  it('a cancelled message is never sent; a sent one cannot be cancelled', async () => {
    const invoice = await desk.call('documents.issue', {
      id: (await desk.call('documents.createDraft', { document: draft(seed) })).id
    })
    await smtp.stop()
    const queued = await desk.call('mail.sendDocument', {
      id: invoice.id,
      message: { to: ['compras@gyori.example'], subject: 'Factura', body: 'Adjunta.' }
    })
    expect((await desk.call('mail.cancel', { id: queued.id })).status).toBe('cancelled')
    await smtp.start()
    desk.clock.advance(3_600_000)
    expect(await desk.call('mail.deliver', {})).toMatchObject({ sent: 0, waiting: 0 })
    expect(smtp.received).toHaveLength(0)

    const sent = await desk.call('mail.sendDocument', {
      id: invoice.id,
      message: { to: ['compras@gyori.example'], subject: 'Factura', body: 'Adjunta.' }
    })
    expect(sent.status).toBe('sent')
    const refused = await desk.fail('mail.cancel', { id: sent.id })
    expect(refused.code).toBe('conflict')
    expect(() => desk.store.sqlite.prepare('delete from mail_outbox where id = ?').run(sent.id)).toThrow(
      /kept as a log/
    )
  })

  it('never sends twice a message the server may have accepted just before Salesdesk stopped', async () => {
    const { queueMessage, INTERRUPTED_SENDING } = await import('../../src/main/mail/outbox')
    const queue = (subject: string) =>
      queueMessage(desk.api.context.db, desk.api.context, {
        kind: 'campaign',
        to: ['lista@gyori.example'],
        subject,
        body: 'Hola!'
      })
    const rowOf = (id: number) =>
      desk.store.sqlite
        .prepare('select status, message_id as messageId from mail_outbox where id = ?')
        .get(id) as {
        status: string
        messageId: string | null
      }

    // What the database holds at the moment the server accepts: the Message-ID the server
    // received is already committed, while the message still waits for its "sent" mark.
    const first = await queue('Primera')
    let atAcceptance: { status: string; messageId: string | null } | null = null
    smtp.onAccept = () => {
      atAcceptance = rowOf(first)
    }
    expect(await desk.call('mail.deliver', {})).toMatchObject({ sent: 1 })
    smtp.onAccept = undefined
    const receivedId = header(smtp.received[0].raw, 'message-id')
    expect(receivedId).toMatch(/^<[0-9a-f-]{36}@facanes\.example>$/)
    expect(atAcceptance).toEqual({ status: 'waiting', messageId: receivedId })
    expect(rowOf(first)).toEqual({ status: 'sent', messageId: receivedId })

    // Salesdesk stopping right after that acceptance leaves exactly that row behind.
    const second = await queue('Segona')
    desk.store.sqlite
      .prepare('update mail_outbox set message_id = ? where id = ?')
      .run('<interrupted@facanes.example>', second)
    expect(await desk.call('mail.deliver', {})).toMatchObject({ sent: 0, waiting: 0 })
    expect(smtp.received).toHaveLength(1)
    const held = (await desk.call('mail.outbox', { status: 'failed' })).find((r) => r.id === second)
    expect(held?.lastError).toBe(INTERRUPTED_SENDING)

    // Sending it again is the user's decision, and then it goes exactly once.
    expect((await desk.call('mail.retry', { id: second })).status).toBe('sent')
    expect(await desk.call('mail.deliver', {})).toMatchObject({ sent: 0, waiting: 0 })
    expect(smtp.received.map((m) => header(m.raw, 'subject'))).toEqual(['Primera', 'Segona'])
  })

  it('a call from another area queues through the same outbox', async () => {
    const { queueMessage } = await import('../../src/main/mail/outbox')
    const id = await queueMessage(desk.api.context.db, desk.api.context, {
      kind: 'campaign',
      to: ['lista@gyori.example'],
      subject: 'Novetats de primavera',
      body: 'Hola!'
    })
    expect(await desk.call('mail.deliver', {})).toMatchObject({ sent: 1, waiting: 0 })
    expect(smtp.received.map((m) => header(m.raw, 'subject'))).toEqual(['Novetats de primavera'])
    expect((await desk.call('mail.outbox', { status: 'sent' })).map((r) => r.id)).toEqual([id])
  })
})

describe('the outbox worker', () => {
  it('sends a queued document by itself, retries a server that is down later, and sends nothing once stopped', async () => {
    const invoice = await desk.call('documents.issue', {
      id: (await desk.call('documents.createDraft', { document: draft(seed) })).id
    })
    const number = invoice.number ?? ''
    const rowOf = async (id: number) =>
      (await desk.call('mail.outbox', { status: 'all' })).find((r) => r.id === id)
    const eventually = { timeout: 20_000, interval: 25 }
    // Its timer runs every 20 ms here (every 30 s in the app); the due times follow the test clock.
    const worker = startMailWorker(desk.api, 20)
    try {
      await smtp.stop()
      const queued = await desk.call('mail.sendDocument', {
        id: invoice.id,
        message: { to: ['compras@gyori.example'], subject: 'Factura', body: 'Adjunta.' }
      })
      expect(queued).toMatchObject({ status: 'waiting', attempts: 1 })
      // Before its back-off (one minute) the worker does not try again.
      await worker.runNow()
      expect(await rowOf(queued.id)).toMatchObject({ status: 'waiting', attempts: 1 })

      // A minute later the worker tries by itself; the server is still down: it waits two minutes.
      desk.clock.advance(61_000)
      await expect.poll(async () => (await rowOf(queued.id))?.attempts, eventually).toBe(2)
      const second = await rowOf(queued.id)
      expect(second?.status).toBe('waiting')
      expect(Date.parse(second?.nextAttemptAt ?? '') - desk.clock.now().getTime()).toBe(120_000)

      await smtp.start()
      desk.clock.advance(60_000)
      await worker.runNow()
      expect(smtp.received).toHaveLength(0)

      // Past the two minutes the worker delivers it, once, with the invoice attached.
      desk.clock.advance(61_000)
      await expect.poll(() => smtp.received.length, eventually).toBe(1)
      await expect.poll(async () => (await rowOf(queued.id))?.status, eventually).toBe('sent')
      expect(await rowOf(queued.id)).toMatchObject({ attempts: 3 })
      expect(smtp.received[0].to).toEqual(['compras@gyori.example'])
      const [pdf] = attachmentsOf(smtp.received[0].raw)
      expect(pdfText(pdf.bytes)).toContain(number)
    } finally {
      await worker.stop()
    }

    // Stopped: a message due now stays in the outbox, whether asked or left to the timer.
    const { queueMessage } = await import('../../src/main/mail/outbox')
    const left = await queueMessage(desk.api.context.db, desk.api.context, {
      kind: 'campaign',
      to: ['lista@gyori.example'],
      subject: 'No enviar',
      body: 'Hola!'
    })
    await worker.runNow()
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(smtp.received.map((m) => header(m.raw, 'subject'))).toEqual(['Factura'])
    expect(await rowOf(left)).toMatchObject({ status: 'waiting', attempts: 0 })
  }, 60_000)
})
