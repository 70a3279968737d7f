/**
 * The send queue end to end against a local HTTPS stand-in for the AEAT that requires the
 * company's client certificate: accepted, partially accepted, rejected with codes, the waiting
 * time, a server error, no connection, subsanación, requests of at most 1 000 records, and a
 * queue that survives a restart.
 */
import { request } from 'node:https'
import { describe, expect, it, vi } from 'vitest'
import { runCli } from '../../src/main/cli'
import { messageIn } from '../../src/main/message-language'
import { createApi } from '../../src/main/api'
import { openStore } from '../../src/main/db/open'
import { issued } from '../documents/helpers'
import { desksClosedAfterEach } from '../support/fixtures'
import { answerXml, sentRecords, soapFault, useTestAeat } from './aeat-server'
import { sendingDesk, xsdErrors, type SendingDesk } from './support'

const { certs, aeat } = useTestAeat()
const desks = desksClosedAfterEach()

const sending = () => sendingDesk({ certs, aeat }, desks)

const statuses = (s: SendingDesk) =>
  s.desk.store.sqlite
    .prepare(
      'select r.invoice_number as number, r.kind, s.status, s.error_code as code, s.csv from verifactu_records r join verifactu_submissions s on s.record_id = r.id order by r.id'
    )
    .all() as Array<{ number: string; kind: string; status: string; code: string | null; csv: string | null }>

describe('VERI*FACTU sender', () => {
  it('the test service refuses a client without a certificate', async () => {
    const refused = await new Promise<string>((resolve) => {
      const req = request(aeat.url, { method: 'POST', ca: certs.caPem }, (res) =>
        resolve(`status ${res.statusCode}`)
      )
      req.on('error', (error) => resolve(error.message))
      req.end('<x/>')
    })
    expect(refused).not.toMatch(/^status 200/)
  })

  it('sends the waiting records with the company certificate; accepted, CSV kept; then honours the waiting time', async () => {
    const s = await sending()
    for (let i = 0; i < 3; i++) await issued(s.desk, s.seed, { customerId: s.spanishCustomerId })
    const before = await s.call('verifactu.status', {})
    expect(before.waiting).toBe(3)
    expect(before.certificateUnlocked).toBe(false)
    const locked = await s.desk.api.dispatch('verifactu.send', {})
    expect(locked.ok).toBe(false)
    await s.call('verifactu.unlockCertificate', { password: certs.clientPassword })
    const result = await s.call('verifactu.send', {})
    expect(result).toMatchObject({ sent: 3, accepted: 3, rejected: 0, waiting: 0, outcome: 'Correcto' })
    expect(aeat.exchanges).toHaveLength(1)
    const [exchange] = aeat.exchanges
    expect(exchange.clientSubject).toBe('COL LEGI CATALA DE FACANES SL')
    // What went over the wire is a valid SOAP request, and the stand-in's answer a valid AEAT answer.
    expect(xsdErrors([exchange.body, exchange.answer])).toEqual([])
    expect(sentRecords(exchange.body).map((r) => r.number)).toEqual([
      'INV-2026-00001',
      'INV-2026-00002',
      'INV-2026-00003'
    ])
    expect(statuses(s).map((r) => [r.status, r.csv])).toEqual(Array(3).fill(['accepted', 'A-TEST-CSV-0001']))
    const after = await s.call('verifactu.status', {})
    expect(after.waiting).toBe(0)
    expect(after.lastBatch).toMatchObject({
      outcome: 'Correcto',
      recordCount: 3,
      accepted: 3,
      waitSeconds: 60
    })
    expect(after.nextSendAt).toBe('2026-03-02T09:31:00.000Z')

    // A new record inside the 60 s the AEAT asked for waits; after them it goes.
    await issued(s.desk, s.seed, { customerId: s.spanishCustomerId })
    const early = await s.call('verifactu.send', {})
    expect(early).toMatchObject({
      outcome: 'waiting',
      sent: 0,
      waiting: 1,
      nextSendAt: '2026-03-02T09:31:00.000Z'
    })
    expect(aeat.exchanges).toHaveLength(1)
    s.desk.clock.advance(60_000)
    expect(await s.call('verifactu.send', {})).toMatchObject({ outcome: 'Correcto', sent: 1 })
  })

  it('partially accepted: codes and texts kept per record; the rejected one is corrected (subsanación) and re-sent', async () => {
    const s = await sending()
    await s.call('verifactu.unlockCertificate', { password: certs.clientPassword })
    const good = await issued(s.desk, s.seed, { customerId: s.spanishCustomerId })
    const warned = await issued(s.desk, s.seed, { customerId: s.spanishCustomerId })
    const wrongNif = await issued(s.desk, s.seed, { customerId: s.spanishCustomerId })
    aeat.respond = (body) => ({
      status: 200,
      xml: answerXml({
        records: sentRecords(body),
        waitSeconds: 30,
        verdict: (r) =>
          r.number === wrongNif.number
            ? { state: 'Incorrecto', code: 1109, text: 'El NIF no está identificado en el censo de la AEAT.' }
            : r.number === warned.number
              ? {
                  state: 'AceptadoConErrores',
                  code: 2000,
                  text: 'El cálculo de la huella suministrada es incorrecta.'
                }
              : { state: 'Correcto' }
      })
    })
    const result = await s.call('verifactu.send', {})
    expect(result).toMatchObject({
      outcome: 'ParcialmenteCorrecto',
      accepted: 1,
      acceptedWithErrors: 1,
      rejected: 1
    })
    expect(xsdErrors([aeat.exchanges[0].answer])).toEqual([])
    expect(statuses(s).map((r) => [r.number, r.status, r.code])).toEqual([
      [good.number, 'accepted', null],
      [warned.number, 'accepted_with_errors', '2000'],
      [wrongNif.number, 'rejected', '1109']
    ])
    const info = await s.call('verifactu.document', { id: wrongNif.id })
    expect(info.records[0]).toMatchObject({
      status: 'rejected',
      errorCode: '1109',
      errorText: 'El NIF no está identificado en el censo de la AEAT.'
    })
    const status = await s.call('verifactu.status', {})
    expect(status.rejected).toBe(1)
    expect(status.lastBatch?.message).toContain('1109')

    const corrected = await s.call('verifactu.correctRecord', {
      recordId: info.records[0].id,
      recipientTaxId: 'B87654323'
    })
    expect(corrected.records.map((r) => [r.status, r.subsanacion])).toEqual([
      ['corrected', false],
      ['pending', true]
    ])
    const again = await s.desk.fail('verifactu.correctRecord', { recordId: info.records[0].id })
    expect(again.code).toBe('conflict')
    aeat.respond = (body) => ({
      status: 200,
      xml: answerXml({ records: sentRecords(body), waitSeconds: 30, verdict: () => ({ state: 'Correcto' }) })
    })
    s.desk.clock.advance(30_000)
    expect(await s.call('verifactu.send', {})).toMatchObject({ outcome: 'Correcto', sent: 1 })
    const resent = sentRecords(aeat.exchanges[1].body)
    expect(resent).toEqual([
      {
        kind: 'Alta',
        nif: 'B12345674',
        number: wrongNif.number,
        date: '02-03-2026',
        subsanacion: true,
        rechazoPrevio: 'X'
      }
    ])
    expect(aeat.exchanges[1].body).toContain('<sum1:NIF>B87654323</sum1:NIF>')
    expect(xsdErrors([aeat.exchanges[1].body])).toEqual([])
  })

  it('rejected as a whole, a SOAP fault, a server error and no connection: records stay or are marked, events logged', async () => {
    const s = await sending()
    await s.call('verifactu.unlockCertificate', { password: certs.clientPassword })
    const invoice = await issued(s.desk, s.seed, { customerId: s.spanishCustomerId })
    await s.call('verifactu.cancelRecord', { documentId: invoice.id, reason: 'Emitida por error' })
    aeat.respond = () => ({
      status: 500,
      xml: soapFault('Codigo[4104].El NIF del titular en la cabecera no está identificado.')
    })
    const fault = await s.call('verifactu.send', {})
    expect(fault.outcome).toBe('failed')
    expect(fault.message).toMatch(/4104/)
    expect(statuses(s).map((r) => r.status)).toEqual(['pending', 'pending'])
    aeat.respond = () => ({ status: 503, xml: '<html>Service Unavailable</html>' })
    expect((await s.call('verifactu.send', {})).message).toMatch(/503/)

    aeat.respond = (body) => ({
      status: 200,
      xml: answerXml({
        records: sentRecords(body),
        waitSeconds: 60,
        verdict: () => ({
          state: 'Incorrecto',
          code: 1100,
          text: 'Valor o tipo incorrecto del campo: FechaExpedicionFactura'
        })
      })
    })
    const rejected = await s.call('verifactu.send', {})
    expect(rejected).toMatchObject({ outcome: 'Incorrecto', rejected: 2, accepted: 0 })
    expect(xsdErrors([aeat.exchanges[2].answer])).toEqual([])
    expect(sentRecords(aeat.exchanges[2].body).map((r) => r.kind)).toEqual(['Alta', 'Anulacion'])
    expect(statuses(s).map((r) => [r.kind, r.status, r.csv])).toEqual([
      ['alta', 'rejected', null],
      ['anulacion', 'rejected', null]
    ])

    // No connection at all: a port nobody listens on.
    await issued(s.desk, s.seed, { customerId: s.spanishCustomerId })
    await s.call('verifactu.updateSettings', {
      settings: { ...(await s.call('verifactu.settings', {})), endpoint: 'https://127.0.0.1:9/VerifactuSOAP' }
    })
    s.desk.clock.advance(61_000)
    const offline = await s.call('verifactu.send', {})
    expect(offline).toMatchObject({ outcome: 'failed', waiting: 1 })
    expect(offline.message).toMatch(/no connection/)
    const events = s.desk.store.sqlite
      .prepare(
        "select summary from verifactu_events where summary like 'Send failure%' or summary like '%rejected%' order by position"
      )
      .all() as Array<{ summary: string }>
    expect(events.map((e) => e.summary.slice(0, 14))).toEqual([
      'Send failure: ',
      'Send failure: ',
      '2 record(s) re',
      'Send failure: '
    ])
    expect((await s.call('verifactu.verify', {})).ok).toBe(true)
  })

  it('a failed send says why by key: in the reader’s language on the screen, in the CLI and in Spanish in the event log', async () => {
    const s = await sending()
    await s.call('verifactu.unlockCertificate', { password: certs.clientPassword })
    await issued(s.desk, s.seed, { customerId: s.spanishCustomerId })
    const aeatText = 'Codigo[4104].El NIF del titular en la cabecera no está identificado.'
    aeat.respond = () => ({ status: 500, xml: soapFault(aeatText) })
    const fault = await s.call('verifactu.send', {})
    // The AEAT's own words stay as data inside the keys.
    const faultReason = {
      key: 'verifactuFailServer',
      params: { status: 500, reason: { key: 'verifactuFailFault', params: { fault: aeatText } } }
    }
    expect(fault).toMatchObject({ outcome: 'failed', failure: faultReason })
    expect((await s.call('verifactu.status', {})).lastBatch?.failure).toEqual(faultReason)
    const sentence = { key: 'verifactuSendFailed' as const, params: { reason: fault.failure ?? '' } }
    expect(messageIn(sentence, 'hu')).toBe(
      `A bejegyzéseket nem sikerült elküldeni: az AEAT kiszolgálója HTTP 500 kóddal válaszolt: az AEAT elutasította a kérést: ${aeatText}. A sorban maradnak.`
    )
    expect(messageIn(sentence, 'es')).toBe(
      `No se han podido enviar los registros: el servidor de la AEAT respondió HTTP 500: la AEAT ha rechazado la petición: ${aeatText}. Siguen en la cola.`
    )
    aeat.respond = () => ({ status: 200, xml: 'not xml <<<' })
    s.desk.clock.advance(1_000)
    expect((await s.call('verifactu.send', {})).failure).toEqual({ key: 'verifactuFailNotXml' })
    aeat.respond = () => ({ status: 200, xml: '<html><body>Mantenimiento</body></html>' })
    expect((await s.call('verifactu.send', {})).failure).toEqual({ key: 'verifactuFailNotAnswer' })

    // A closed port: the system's words (ECONNREFUSED) stay as data.
    await s.call('verifactu.updateSettings', {
      settings: { ...(await s.call('verifactu.settings', {})), endpoint: 'https://127.0.0.1:9/VerifactuSOAP' }
    })
    const offline = await s.call('verifactu.send', {})
    expect(offline.failure).toMatchObject({ key: 'verifactuFailConnection' })
    const error = offline.failure?.params?.error
    if (typeof error !== 'string') throw new Error('the connection failure has no error text')
    expect(error).toMatch(/ECONNREFUSED/)

    // The event log: the screen's parameter by key; the AEAT's OtrosDatosEvento in Spanish.
    const { events } = await s.call('verifactu.events', {})
    const failures = events.filter((e) => e.kind === 'send_failed')
    expect(failures.map((e) => e.detail.failure)).toEqual([
      { key: 'verifactuFailConnection', params: { error } },
      { key: 'verifactuFailNotAnswer' },
      { key: 'verifactuFailNotXml' },
      faultReason
    ])
    const other = (
      s.desk.store.sqlite
        .prepare("select xml from verifactu_events where kind = 'send_failed' order by position")
        .all() as Array<{ xml: string }>
    ).map((r) => /<(?:\w+:)?OtrosDatosEvento>([^<]*)</.exec(r.xml)?.[1] ?? r.xml)
    expect(other.slice(1)).toEqual([
      'Fallo en la remisión a la AEAT: la respuesta no es XML',
      'Fallo en la remisión a la AEAT: la respuesta no es una respuesta de VERI*FACTU',
      `Fallo en la remisión a la AEAT: sin conexión con la AEAT (${error})`
    ])
    // At most 100 characters: the fault's text is cut, its Spanish beginning kept.
    expect(other[0]).toMatch(
      /^Fallo en la remisión a la AEAT: el servidor de la AEAT respondió HTTP 500: la AEAT ha/
    )

    // The command line, in Hungarian: the send and the status.
    s.desk.store.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    const out: string[] = []
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')))
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')))
    vi.stubEnv('SALESDESK_CERTIFICATE_PASSWORD', certs.clientPassword)
    try {
      expect(await runCli(['verifactu', 'send', '--db', s.desk.databasePath, '--lang', 'hu'])).toBe(2)
      expect(await runCli(['verifactu', 'status', '--db', s.desk.databasePath, '--lang', 'hu'])).toBe(0)
    } finally {
      vi.restoreAllMocks()
      vi.unstubAllEnvs()
    }
    const text = out.join('\n')
    expect(text).toContain(`A bejegyzéseket nem sikerült elküldeni: nincs kapcsolat az AEAT-vel (${error}).`)
    expect(text).toMatch(/Utolsó küldés \S+: sikertelen, rekordok: 1 .*: nincs kapcsolat az AEAT-vel \(/)
    expect(text).not.toMatch(/no connection|could not be sent/)
  })

  it('a wrong certificate password is said so, and nothing changes', async () => {
    const s = await sending()
    await issued(s.desk, s.seed, { customerId: s.spanishCustomerId })
    await s.call('verifactu.unlockCertificate', { password: 'not the password' })
    const result = await s.call('verifactu.send', {})
    expect(result.outcome).toBe('failed')
    expect(result.message).toMatch(/password/)
    expect(aeat.exchanges).toHaveLength(0)
    expect(statuses(s).map((r) => r.status)).toEqual(['pending'])
  })

  it('at most 1 000 records per request; 1 000 waiting go without waiting; the queue survives a restart', async () => {
    const s = await sending()
    await s.call('verifactu.unlockCertificate', { password: certs.clientPassword })
    await issued(s.desk, s.seed, { customerId: s.spanishCustomerId })
    // 2 000 more records in the queue, written straight into the store (copies of the first one's XML
    // under other numbers: the sender does not look inside, the stand-in reads the numbers).
    const first = s.desk.store.sqlite
      .prepare('select * from verifactu_records where position = 1')
      .get() as Record<string, unknown>
    const insert = s.desk.store.sqlite.prepare(
      `insert into verifactu_records (issuer_nif, position, kind, document_id, invoice_number, invoice_date, invoice_type, previous_hash, hash, generated_at, environment, xml, created_at, created_by)
       values (?, ?, 'alta', ?, ?, ?, 'F1', '', ?, ?, 'test', ?, ?, 'bulk')`
    )
    const submit = s.desk.store.sqlite.prepare(
      "insert into verifactu_submissions (record_id, status, updated_at) values (?, 'pending', '2026-03-02T09:30:00Z')"
    )
    s.desk.store.sqlite.transaction(() => {
      for (let i = 2; i <= 2_001; i++) {
        const number = `BULK-${String(i).padStart(5, '0')}`
        const xml = String(first.xml).replace(String(first.invoice_number), number)
        const row = insert.run(
          'B12345674',
          i,
          first.document_id,
          number,
          first.invoice_date,
          String(first.hash),
          first.generated_at,
          xml,
          first.created_at
        )
        submit.run(row.lastInsertRowid)
      }
    })()
    expect((await s.call('verifactu.status', {})).waiting).toBe(2_001)

    const one = await s.call('verifactu.send', {})
    expect(one).toMatchObject({ sent: 1_000, accepted: 1_000, waiting: 1_001 })
    // Still 1 000 or more waiting: the next request does not wait for the 60 s.
    const two = await s.call('verifactu.send', {})
    expect(two).toMatchObject({ sent: 1_000, waiting: 1 })
    expect(aeat.exchanges.map((e) => sentRecords(e.body).length)).toEqual([1_000, 1_000])
    expect(await s.call('verifactu.send', {})).toMatchObject({ outcome: 'waiting', waiting: 1 })

    // Restart: close the store, open the file again — the one record still waits, the last result is there.
    const path = s.desk.databasePath
    await s.desk.store.close()
    const reopened = await openStore(path)
    try {
      const api = createApi({
        store: reopened,
        dataFolder: s.desk.folder.path,
        version: '0',
        actor: 'x',
        now: s.desk.clock.now
      })
      const status = await api.dispatch('verifactu.status', {})
      expect(status.ok && status.data).toMatchObject({
        waiting: 1,
        certificateUnlocked: false,
        lastBatch: { recordCount: 1_000, outcome: 'Correcto' }
      })
    } finally {
      await reopened.close()
      desks.splice(desks.indexOf(s.desk), 1)
      s.desk.folder.remove()
    }
  })
})
