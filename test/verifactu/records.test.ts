/**
 * VERI*FACTU records for the documents' matrix: every type, R1–R4 (by differences and by
 * substitution), R5, anulación, the first record, negative amounts, foreign currency. Every
 * record is checked with xmllint against the AEAT schemas, its Huella recomputed by our own
 * reading of the rule, its amounts against figures worked out here, and its chain link.
 */
import { describe, expect, it } from 'vitest'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import type { VerifactuRecordRow } from '../../src/shared/schemas/verifactu'
import { draft, issued, line } from '../documents/helpers'
import {
  address,
  ApiCallFailed,
  customer,
  desksClosedAfterEach,
  openTestDesk,
  type TestDesk
} from '../support/fixtures'
import {
  aeatHashToolFailures,
  hashInputOf,
  sha256Upper,
  spanishDesk,
  SPANISH_NIF,
  statedHuella,
  verifactuSettingsInput,
  xmlField,
  xmlSection,
  xsdErrors,
  type SpanishDesk
} from './support'

const open = desksClosedAfterEach()

async function setUp(): Promise<SpanishDesk> {
  const s = await spanishDesk()
  open.push(s.desk)
  return s
}

function storedXml(desk: TestDesk): Array<{
  id: number
  position: number
  documentId: number
  hash: string
  previousHash: string
  xml: string
}> {
  return desk.store.sqlite
    .prepare(
      'select id, position, document_id as documentId, hash, previous_hash as previousHash, xml from verifactu_records order by position'
    )
    .all() as never
}

async function recordOf(desk: TestDesk, doc: SalesDocument): Promise<VerifactuRecordRow & { xml: string }> {
  const info = await desk.call('verifactu.document', { id: doc.id })
  const last = info.records[info.records.length - 1]
  const xml = storedXml(desk).find((r) => r.id === last.id)?.xml ?? ''
  return { ...last, xml }
}

const numberOf = (doc: SalesDocument): string => {
  if (doc.number === null) throw new Error(`document ${doc.id} has no number`)
  return doc.number
}

function xmlOf(rows: Array<{ documentId: number; xml: string }>, documentId: number, kind = ''): string {
  const row = rows.find((r) => r.documentId === documentId && r.xml.includes(kind))
  if (!row) throw new Error(`no record for document ${documentId}`)
  return row.xml
}

/** 2 h × 50.00 + 1.5 × 123.45 − 10 %, both at 21 %: the default draft lines, worked out by hand. */
const DEFAULT_NET = '266.66' // 100.00 + 166.6575 → 166.66
const DEFAULT_VAT = '56.00' // 266.66 × 0.21 = 55.9986 → 56.00
const DEFAULT_TOTAL = '322.66'

describe('VERI*FACTU records', () => {
  it('makes nothing while off, and cannot be turned on without a Spanish tax id', async () => {
    const desk = await openTestDesk()
    open.push(desk)
    const { seedDocuments } = await import('../documents/helpers')
    const seed = await seedDocuments(desk)
    const invoice = await issued(desk, seed)
    expect((await desk.call('verifactu.document', { id: invoice.id })).records).toEqual([])
    const { companySettings } = await import('../documents/helpers')
    await desk.call('settings.update', { settings: companySettings({ taxId: 'HU12345676', country: 'HU' }) })
    const error = await desk.fail('verifactu.updateSettings', { settings: verifactuSettingsInput() })
    expect(error.code).toBe('invalid_input')
    expect(error.fields?.enabled).toMatch(/Spanish tax id/)
    expect((await desk.call('verifactu.settings', {})).enabled).toBe(false)
  })

  it('a one-click credit note of an invoice with freight and a discount: both rates exact and negative, valid', async () => {
    const { desk, seed, spanishCustomerId } = await setUp()
    // 21 %: 2 × 10.05 + freight 12.40 = 32.50 -> 6.83; 10 %: 2 × 7.33 − discount 2.50 = 12.16 -> 1.22.
    const invoice = await issued(desk, seed, {
      customerId: spanishCustomerId,
      lines: [
        line({ description: 'A', quantityMilli: 2000, unitPriceCents: 1005 }),
        line({ description: 'B', quantityMilli: 2000, unitPriceCents: 733, vatRateBp: 1000 })
      ],
      allowancesCharges: [
        { charge: true, amountCents: 1240, reason: 'Portes', vatCategory: 'S', vatRateBp: 2100 },
        { charge: false, amountCents: 250, reason: 'Descuento', vatCategory: 'S', vatRateBp: 1000 }
      ]
    })
    const noteDraft = await desk.call('invoices.createCreditNote', {
      invoiceId: invoice.id,
      reason: 'Devolución'
    })
    await desk.call('verifactu.setDocumentOptions', {
      documentId: noteDraft.id,
      options: { correctionCode: 'R1', correctionKind: 'I', eurRate: null }
    })
    const note = await desk.call('documents.issue', { id: noteDraft.id })
    const xml = (await recordOf(desk, note)).xml
    expect(xsdErrors([xml])).toEqual([])
    const all = (name: string) =>
      Array.from(xml.matchAll(new RegExp(`<[^>]*:${name}>([^<]*)<`, 'g')), (m) => m[1])
    expect(all('BaseImponibleOimporteNoSujeto').sort()).toEqual(['-12.16', '-32.50'])
    expect(all('CuotaRepercutida').sort()).toEqual(['-1.22', '-6.83'])
    expect(xmlField(xml, 'CuotaTotal')).toBe('-8.05')
    expect(xmlField(xml, 'ImporteTotal')).toBe('-52.71')
  })

  it('first record: F1 with PrimerRegistro, empty previous hash, the offset of Madrid, hand-worked amounts', async () => {
    const { desk, seed, spanishCustomerId } = await setUp()
    const invoice = await issued(desk, seed, { customerId: spanishCustomerId })
    const record = await recordOf(desk, invoice)
    expect(record.position).toBe(1)
    expect(record.invoiceType).toBe('F1')
    expect(record.status).toBe('pending')
    const xml = record.xml
    expect(xsdErrors([xml])).toEqual([])
    expect(xmlField(xml, 'PrimerRegistro')).toBe('S')
    expect(xml).not.toContain('RegistroAnterior')
    expect(xmlField(xml, 'IDEmisorFactura')).toBe(SPANISH_NIF)
    expect(xmlField(xml, 'NumSerieFactura')).toBe(invoice.number)
    // The test clock is 2026-03-02T09:30:00Z: 10:30 in Madrid (winter time).
    expect(xmlField(xml, 'FechaExpedicionFactura')).toBe('02-03-2026')
    expect(xmlField(xml, 'FechaHoraHusoGenRegistro')).toBe('2026-03-02T10:30:00+01:00')
    expect(xmlField(xml, 'BaseImponibleOimporteNoSujeto')).toBe(DEFAULT_NET)
    expect(xmlField(xml, 'CuotaRepercutida')).toBe(DEFAULT_VAT)
    expect(xmlField(xml, 'CuotaTotal')).toBe(DEFAULT_VAT)
    expect(xmlField(xml, 'ImporteTotal')).toBe(DEFAULT_TOTAL)
    expect(xmlField(xml, 'TipoImpositivo')).toBe('21')
    expect(xmlField(xml, 'NIF', xmlSection(xml, 'Destinatarios'))).toBe('A28123453')
    expect(hashInputOf(xml)).toBe(
      `IDEmisorFactura=${SPANISH_NIF}&NumSerieFactura=${invoice.number}&FechaExpedicionFactura=02-03-2026&TipoFactura=F1&CuotaTotal=56.00&ImporteTotal=322.66&Huella=&FechaHoraHusoGenRegistro=2026-03-02T10:30:00+01:00`
    )
    expect(sha256Upper(hashInputOf(xml))).toBe(record.hash)
    expect(statedHuella(xml)).toBe(record.hash)
    expect((invoice.totalCents / 100).toFixed(2)).toBe(DEFAULT_TOTAL)
  })

  it('summer time: the generation timestamp carries +02:00', async () => {
    const { desk, seed, spanishCustomerId } = await setUp()
    desk.clock.set(new Date('2026-07-15T21:59:58.000Z'))
    const invoice = await issued(desk, seed, { customerId: spanishCustomerId })
    const record = await recordOf(desk, invoice)
    expect(xmlField(record.xml, 'FechaHoraHusoGenRegistro')).toBe('2026-07-15T23:59:58+02:00')
  })

  it('a failing record aborts the issue: a foreign-currency invoice without its rate to EUR stays a draft', async () => {
    const { desk, seed, spanishCustomerId } = await setUp()
    const created = await desk.call('documents.createDraft', {
      document: draft(seed, { customerId: spanishCustomerId, currency: 'USD' })
    })
    const error = await desk.fail('documents.issue', { id: created.id })
    expect(error.code).toBe('invalid_input')
    expect(error.fields?.eurRate).toMatch(/USD to EUR/)
    const after = await desk.call('documents.get', { id: created.id })
    expect(after.status).toBe('draft')
    expect(after.number).toBeNull()
    expect(storedXml(desk)).toEqual([])
  })

  it('the whole matrix validates, chains and hashes', async () => {
    const { desk, seed, spanishCustomerId, anonymousCustomerId } = await setUp()
    const types: Record<string, string> = {}
    // F1, Spanish buyer (first record).
    const f1 = await issued(desk, seed, { customerId: spanishCustomerId })
    types[numberOf(f1)] = 'F1'
    // F1, EU buyer identified by a VAT number (IDOtro 02).
    const eu = await issued(desk, seed)
    types[numberOf(eu)] = 'F1'
    // F2: buyer not identified.
    const f2 = await issued(desk, seed, { customerId: anonymousCustomerId })
    types[numberOf(f2)] = 'F2'
    // Credit notes R1–R4 by differences, one R1 by substitution, a debit note, R5 on the F2 invoice.
    const notes: Array<{
      of: SalesDocument
      type: 'credit_note' | 'debit_note'
      code: 'R1' | 'R2' | 'R3' | 'R4'
      kind: 'I' | 'S'
    }> = [
      { of: f1, type: 'credit_note', code: 'R1', kind: 'I' },
      { of: f1, type: 'credit_note', code: 'R2', kind: 'I' },
      { of: eu, type: 'credit_note', code: 'R3', kind: 'I' },
      { of: eu, type: 'credit_note', code: 'R4', kind: 'I' },
      { of: f1, type: 'debit_note', code: 'R1', kind: 'I' }
    ]
    const made: SalesDocument[] = []
    for (const n of notes) {
      const invoiceLines = n.of.lines
      const noteDraft =
        n.type === 'credit_note'
          ? await desk.call('invoices.createCreditNote', {
              invoiceId: n.of.id,
              reason: `Devolución parcial (${n.code})`,
              lines: [{ lineId: invoiceLines[0].id, quantityMilli: 500 }]
            })
          : await desk.call('invoices.createDebitNote', {
              invoiceId: n.of.id,
              reason: 'Portes no facturados'
            })
      if (n.type === 'debit_note')
        await desk.call('documents.updateDraft', {
          id: noteDraft.id,
          document: {
            ...draft(seed, {
              type: 'debit_note',
              customerId: n.of.customerId,
              reason: 'Portes no facturados',
              lines: [line({ quantityMilli: 1000, unitPriceCents: 1_000 })]
            })
          },
          expectedUpdatedAt: noteDraft.updatedAt
        })
      await desk.call('verifactu.setDocumentOptions', {
        documentId: noteDraft.id,
        options: { correctionCode: n.code, correctionKind: n.kind, eurRate: null }
      })
      const note = await desk.call('documents.issue', { id: noteDraft.id })
      types[numberOf(note)] = n.code
      made.push(note)
    }
    const r5Draft = await desk.call('invoices.createCreditNote', {
      invoiceId: f2.id,
      reason: 'Ticket anulado en parte',
      lines: [{ lineId: f2.lines[1].id, quantityMilli: 1_500 }]
    })
    const r5 = await desk.call('documents.issue', { id: r5Draft.id })
    types[numberOf(r5)] = 'R5'
    // By substitution: the note carries the corrected invoice's new totals, and its old ones.
    const sDraft = await desk.call('invoices.createCreditNote', {
      invoiceId: eu.id,
      reason: 'Factura sustituida',
      lines: [{ lineId: eu.lines[0].id, quantityMilli: 1_000 }]
    })
    await desk.call('verifactu.setDocumentOptions', {
      documentId: sDraft.id,
      options: { correctionCode: 'R1', correctionKind: 'S', eurRate: null }
    })
    const substitute = await desk.call('documents.issue', { id: sDraft.id })
    types[numberOf(substitute)] = 'R1'
    // Anulación of the EU invoice's record, with a reason.
    await desk.call('verifactu.cancelRecord', {
      documentId: eu.id,
      reason: 'Emitida por error al cliente equivocado'
    })

    const rows = storedXml(desk)
    expect(rows.map((r) => r.position)).toEqual(rows.map((_, i) => i + 1))
    expect(xsdErrors(rows.map((r) => r.xml))).toEqual([])
    expect(aeatHashToolFailures(rows.map((r) => r.xml))).toEqual([])
    rows.forEach((row, i) => {
      expect(sha256Upper(hashInputOf(row.xml)), `record ${row.position}`).toBe(row.hash)
      expect(statedHuella(row.xml)).toBe(row.hash)
      const previous = i === 0 ? '' : rows[i - 1].hash
      expect(row.previousHash).toBe(previous)
      expect(xmlField(row.xml, 'Huella', xmlSection(row.xml, 'RegistroAnterior'))).toBe(previous)
      if (row.xml.includes('RegistroAlta')) {
        const number = xmlField(row.xml, 'NumSerieFactura')
        expect(xmlField(row.xml, 'TipoFactura'), number).toBe(types[number])
      }
    })

    // Amounts worked out here. Credit note by differences for 0.5 h × 50.00 at 21 %: −25.00, −5.25.
    const r1 = xmlOf(rows, made[0].id)
    expect(xmlField(r1, 'TipoRectificativa')).toBe('I')
    expect(xmlField(r1, 'BaseImponibleOimporteNoSujeto')).toBe('-25.00')
    expect(xmlField(r1, 'CuotaTotal')).toBe('-5.25')
    expect(xmlField(r1, 'ImporteTotal')).toBe('-30.25')
    expect(xmlField(r1, 'NumSerieFactura', xmlSection(r1, 'FacturasRectificadas'))).toBe(f1.number)
    // Debit note: 1 × 10.00 at 21 % = 12.10, positive.
    const debit = xmlOf(rows, made[4].id)
    expect(xmlField(debit, 'ImporteTotal')).toBe('12.10')
    // EU buyer: identified by IDOtro, type 02, country HU.
    const euXml = xmlOf(rows, eu.id, 'RegistroAlta')
    expect(xmlField(euXml, 'IDType')).toBe('02')
    expect(xmlField(euXml, 'CodigoPais')).toBe('HU')
    // F2: no Destinatarios. R5: the simplified invoice's correction, negative.
    const f2Xml = xmlOf(rows, f2.id)
    expect(f2Xml).not.toContain('Destinatarios')
    const r5Xml = xmlOf(rows, r5.id)
    expect(xmlField(r5Xml, 'TipoFactura')).toBe('R5')
    // 1.5 × 123.45 − 10 % = 166.66; 21 % = 35.00 → −201.66
    expect(xmlField(r5Xml, 'ImporteTotal')).toBe('-201.66')
    // By substitution: old totals 266.66 / 56.00; new = invoice − 1 h × 50.00 → 216.66, tax 45.50 (266.66×.21=56.00 − 10.50).
    const sXml = xmlOf(rows, substitute.id)
    expect(xmlField(sXml, 'TipoRectificativa')).toBe('S')
    expect(xmlField(sXml, 'BaseRectificada')).toBe('266.66')
    expect(xmlField(sXml, 'CuotaRectificada')).toBe('56.00')
    expect(xmlField(sXml, 'BaseImponibleOimporteNoSujeto')).toBe('216.66')
    expect(xmlField(sXml, 'CuotaTotal')).toBe('45.50')
    expect(xmlField(sXml, 'ImporteTotal')).toBe('262.16')
    // Anulación: chained last, naming the cancelled invoice.
    const last = rows[rows.length - 1].xml
    expect(last).toContain('RegistroAnulacion')
    expect(xmlField(last, 'NumSerieFacturaAnulada')).toBe(eu.number)
    expect(xmlField(last, 'FechaExpedicionFacturaAnulada')).toBe('02-03-2026')
  })

  it('OSS distance sale: ClaveRegimen 17, not subject here (N2), no Spanish rate or tax; its credit note too', async () => {
    const { desk, seed } = await setUp()
    const consumer = await desk.call('customers.create', {
      customer: customer({
        name: 'Jana Schmidt',
        taxId: '',
        billingAddress: address('Berlin', { line1: 'Hauptstraße 1', postalCode: '10115', country: 'DE' })
      })
    })
    const sale = (issueDate: string, cents: number, vatRateBp: number) =>
      issued(desk, seed, {
        customerId: consumer.id,
        issueDate,
        lines: [line({ description: 'Lampe', quantityMilli: 1_000, unitPriceCents: cents, vatRateBp })]
      })
    // 5 × 2 000.00 = 10 000.00: the threshold reached, not passed, so Spanish VAT (each within F2's 3 000.00).
    const before: SalesDocument[] = []
    for (let i = 0; i < 5; i++) before.push(await sale('2026-01-10', 200_000, 2100))
    // The next 50.00 passes it: Germany's 19 %, frozen as a distance sale at issue.
    const oss = await sale('2026-02-02', 5_000, 1900)
    expect(oss.totalCents).toBe(5_950)
    const frozen = desk.store.sqlite
      .prepare('select document_id as id from document_distance_sales')
      .all() as Array<{ id: number }>
    expect(frozen.map((r) => r.id)).toEqual([oss.id])
    const noteDraft = await desk.call('invoices.createCreditNote', {
      invoiceId: oss.id,
      reason: 'Devolución parcial',
      lines: [{ lineId: oss.lines[0].id, quantityMilli: 500 }]
    })
    const note = await desk.call('documents.issue', { id: noteDraft.id })

    const rows = storedXml(desk)
    expect(rows).toHaveLength(7)
    expect(xsdErrors(rows.map((r) => r.xml))).toEqual([])
    expect(aeatHashToolFailures(rows.map((r) => r.xml))).toEqual([])
    for (const row of rows) expect(sha256Upper(hashInputOf(row.xml))).toBe(row.hash)
    const detailsOf = (xml: string) =>
      [...xml.matchAll(/<sum1:DetalleDesglose>([\s\S]*?)<\/sum1:DetalleDesglose>/g)].map((m) => m[1])

    // Below the threshold: the general regime at Spain's 21 % (2 000.00 → 420.00).
    const ordinary = detailsOf(xmlOf(rows, before[0].id))
    expect(ordinary.map((d) => [xmlField(d, 'ClaveRegimen'), xmlField(d, 'CalificacionOperacion')])).toEqual([
      ['01', 'S1']
    ])
    expect(xmlField(ordinary[0], 'CuotaRepercutida')).toBe('420.00')

    // The distance sale: one line, 17 + N2, the net as the amount not subject, no rate, no tax.
    const ossXml = xmlOf(rows, oss.id)
    expect(xmlField(ossXml, 'TipoFactura')).toBe('F2')
    const [detail, ...more] = detailsOf(ossXml)
    expect(more).toEqual([])
    expect(xmlField(detail, 'Impuesto')).toBe('01')
    expect(xmlField(detail, 'ClaveRegimen')).toBe('17')
    expect(xmlField(detail, 'CalificacionOperacion')).toBe('N2')
    expect(detail).not.toMatch(/TipoImpositivo|CuotaRepercutida|OperacionExenta/)
    expect(xmlField(detail, 'BaseImponibleOimporteNoSujeto')).toBe('50.00')
    // CuotaTotal and ImporteTotal are the breakdown's sums (Validaciones §16, §17): no Spanish VAT.
    expect(xmlField(ossXml, 'CuotaTotal')).toBe('0.00')
    expect(xmlField(ossXml, 'ImporteTotal')).toBe('50.00')

    // Its credit note (R5: the invoice was simplified) follows it: 0.5 × 50.00 = −25.00 not subject.
    const noteXml = xmlOf(rows, note.id)
    expect(xmlField(noteXml, 'TipoFactura')).toBe('R5')
    const noteDetails = detailsOf(noteXml)
    expect(noteDetails).toHaveLength(1)
    expect(xmlField(noteDetails[0], 'ClaveRegimen')).toBe('17')
    expect(xmlField(noteDetails[0], 'CalificacionOperacion')).toBe('N2')
    expect(xmlField(noteDetails[0], 'BaseImponibleOimporteNoSujeto')).toBe('-25.00')
    expect(xmlField(noteXml, 'CuotaTotal')).toBe('0.00')
    expect(xmlField(noteXml, 'ImporteTotal')).toBe('-25.00')
  })

  it('negative amounts: an invoice with a negative line and a document-level allowance', async () => {
    const { desk, seed, spanishCustomerId } = await setUp()
    const created = await desk.call('documents.createDraft', {
      document: draft(seed, {
        customerId: spanishCustomerId,
        lines: [
          line({ quantityMilli: 1_000, unitPriceCents: 10_000 }),
          line({ description: 'Abono envases', quantityMilli: -1_000, unitPriceCents: 3_000 })
        ],
        allowancesCharges: [
          { charge: false, amountCents: 1_000, reason: 'Descuento pronto pago', vatRateBp: 2100 },
          { charge: true, amountCents: 500, reason: 'Portes', vatCategory: 'E', vatRateBp: 0 }
        ]
      })
    })
    const invoice = await desk.call('documents.issue', { id: created.id })
    const { xml } = await recordOf(desk, invoice)
    expect(xsdErrors([xml])).toEqual([])
    // 100.00 − 30.00 − 10.00 = 60.00 at 21 % → 12.60; 5.00 exempt (E6, no reason code) → total 77.60
    const details = [...xml.matchAll(/<sum1:DetalleDesglose>([\s\S]*?)<\/sum1:DetalleDesglose>/g)].map(
      (m) => m[1]
    )
    expect(details).toHaveLength(2)
    expect(xmlField(details[0], 'BaseImponibleOimporteNoSujeto')).toBe('60.00')
    expect(xmlField(details[0], 'CuotaRepercutida')).toBe('12.60')
    expect(xmlField(details[1], 'OperacionExenta')).toBe('E6')
    expect(xmlField(details[1], 'BaseImponibleOimporteNoSujeto')).toBe('5.00')
    expect(xmlField(xml, 'CuotaTotal')).toBe('12.60')
    expect(xmlField(xml, 'ImporteTotal')).toBe('77.60')
    expect(invoice.totalCents).toBe(7_760)
  })

  it('foreign currency: amounts in EUR at the rate given on the draft', async () => {
    const { desk, seed, spanishCustomerId } = await setUp()
    const created = await desk.call('documents.createDraft', {
      document: draft(seed, {
        customerId: spanishCustomerId,
        currency: 'USD',
        lines: [line({ quantityMilli: 3_000, unitPriceCents: 33_333 })]
      })
    })
    await desk.call('verifactu.setDocumentOptions', {
      documentId: created.id,
      options: { correctionCode: null, correctionKind: null, eurRate: '1.0850' }
    })
    const invoice = await desk.call('documents.issue', { id: created.id })
    expect(invoice.currency).toBe('USD')
    const { xml } = await recordOf(desk, invoice)
    expect(xsdErrors([xml])).toEqual([])
    // USD 999.99 / 1.085 = EUR 921.6498 → 921.65; USD tax 210.00 / 1.085 = 193.5484 → 193.55
    expect(xmlField(xml, 'BaseImponibleOimporteNoSujeto')).toBe('921.65')
    expect(xmlField(xml, 'CuotaTotal')).toBe('193.55')
    expect(xmlField(xml, 'ImporteTotal')).toBe('1115.20')
    const changed = await desk.fail('verifactu.setDocumentOptions', {
      documentId: created.id,
      options: { correctionCode: null, correctionKind: null, eurRate: '1.2' }
    })
    expect(changed.code).toBe('conflict')
  })

  it('records are append-only in the store, and an anulación is refused twice', async () => {
    const { desk, seed, spanishCustomerId } = await setUp()
    const invoice = await issued(desk, seed, { customerId: spanishCustomerId })
    expect(() =>
      desk.store.sqlite.prepare("update verifactu_records set importe_total = '1.00'").run()
    ).toThrow(/append-only/)
    expect(() => desk.store.sqlite.prepare('delete from verifactu_records').run()).toThrow(/append-only/)
    await desk.call('verifactu.cancelRecord', { documentId: invoice.id, reason: 'Duplicada' })
    const again = await desk.fail('verifactu.cancelRecord', { documentId: invoice.id, reason: 'Otra vez' })
    expect(again.code).toBe('conflict')
    expect(again.message).toMatch(/already cancelled/)
    await expect(
      desk.call('verifactu.cancelRecord', { documentId: invoice.id, reason: '' })
    ).rejects.toBeInstanceOf(ApiCallFailed)
  })

  it('verify recomputes the chain and names the first broken link', async () => {
    const { desk, seed, spanishCustomerId } = await setUp()
    for (let i = 0; i < 3; i++) await issued(desk, seed, { customerId: spanishCustomerId })
    const ok = await desk.call('verifactu.verify', {})
    expect(ok).toMatchObject({ records: 3, ok: true, firstBroken: null })
    // Tamper with record 2 behind the app's back (the trigger has to go first).
    desk.store.sqlite.exec('drop trigger verifactu_records_no_update')
    desk.store.sqlite
      .prepare(
        "update verifactu_records set xml = replace(xml, '<sum1:ImporteTotal>322.66<', '<sum1:ImporteTotal>32.66<') where position = 2"
      )
      .run()
    const broken = await desk.call('verifactu.verify', {})
    expect(broken.ok).toBe(false)
    expect(broken.firstBroken).toMatch(/^record 2 \(.+\): its hash does not match/)
    const events = desk.store.sqlite
      .prepare('select event_type as type, summary from verifactu_events order by position')
      .all() as Array<{ type: string; summary: string }>
    // Each check launches on the records (03) and on the events (05); the anomaly found is a 04.
    expect(events.map((e) => e.type)).toEqual(['90', '03', '05', '03', '05', '04'])
    expect(events[5].summary).toMatch(/record 2/)
  })

  it('reports a record generated before the previous one, and one generated after the check, by date', async () => {
    const { desk, seed, spanishCustomerId } = await setUp()
    const invoice = () => issued(desk, seed, { customerId: spanishCustomerId })
    await invoice()
    desk.clock.advance(2 * 3600_000)
    await invoice()
    // The computer's clock set back an hour: the third record is stamped before the second.
    desk.clock.advance(-3600_000)
    await invoice()
    // Put right again before the check, so no record is stamped after it.
    desk.clock.advance(2 * 3600_000)
    const stamps = storedXml(desk).map((r) => ({
      position: r.position,
      number: xmlField(r.xml, 'NumSerieFactura', xmlSection(r.xml, 'IDFactura')),
      at: Date.parse(xmlField(r.xml, 'FechaHoraHusoGenRegistro'))
    }))
    // The test's own reading: which record is stamped before the one it follows.
    const earlier = stamps.filter((r, i) => i > 0 && r.at < stamps[i - 1].at)
    expect(earlier.map((r) => r.position)).toEqual([3])

    const result = await desk.call('verifactu.verify', {})
    expect(result).toMatchObject({ ok: false, records: 3 })
    expect(result.firstBroken).toBe(
      `record 3 (${earlier[0].number}): it was generated before the previous record`
    )
    const logged = () =>
      desk.store.sqlite
        .prepare('select event_type as type, detail, xml from verifactu_events order by position')
        .all() as Array<{ type: string; detail: string; xml: string }>
    const check = logged().find((e) => e.type === '03')
    const launched = xmlSection(check?.xml ?? '', 'LanzamientoProcesoDeteccionAnomaliasRegFacturacion')
    expect(xmlField(launched, 'RealizadoProcesoSobreTrazabilidadFechasRegFacturacion')).toBe('S')
    expect(xmlField(launched, 'NumeroDeRegistrosFacturacionProcesadosSobreTrazabilidadFechas')).toBe('3')
    const anomalies = logged().filter((e) => e.type === '04')
    expect(anomalies).toHaveLength(1)
    const found = xmlSection(anomalies[0].xml, 'DeteccionAnomaliasRegFacturacion')
    // TipoAnomalia 11: "Fecha-hora anterior a la fecha del reg. anterior" (EventosSIF.xsd).
    expect(xmlField(found, 'TipoAnomalia')).toBe('11')
    expect(xmlField(found, 'NumSerieFactura', xmlSection(found, 'RegistroFacturacionAnomalo'))).toBe(
      earlier[0].number
    )
    expect(JSON.parse(anomalies[0].detail)).toMatchObject({ problem: 'earlier', position: 3 })

    // Now the clock is set back before every record: each is stamped after the check (13).
    desk.clock.advance(-6 * 3600_000)
    const future = await desk.call('verifactu.verify', {})
    expect(future.ok).toBe(false)
    const now = desk.clock.now().getTime()
    const afterNow = stamps.filter((r, i) => r.at > now && !(i > 0 && r.at < stamps[i - 1].at))
    const codes = logged()
      .filter((e) => e.type === '04')
      .slice(1)
      .map((e) => [
        xmlField(xmlSection(e.xml, 'DeteccionAnomaliasRegFacturacion'), 'TipoAnomalia'),
        (JSON.parse(e.detail) as { position: number }).position
      ])
    expect(codes).toEqual(
      [...afterNow.map((r) => ['13', r.position]), ['11', 3]].sort((a, b) => Number(a[1]) - Number(b[1]))
    )
    // The events of the first check are now in the future too: the event log's check says so (06).
    expect(logged().some((e) => e.type === '06' && /<sf:TipoAnomalia>13</.test(e.xml))).toBe(true)
  })
})
