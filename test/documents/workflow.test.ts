/**
 * The document pipeline through the API: estimate -> accept -> order -> deliveries -> invoice
 * -> credit note, with the status rules, snapshots, limits, activity log and lists.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { confirmedOrder, draft, issued, line, listQuery, seedDocuments, type Seeded } from './helpers'

let desk: TestDesk
let seed: Seeded
beforeEach(async () => {
  desk = await openTestDesk()
  seed = await seedDocuments(desk)
})
afterEach(async () => {
  await desk.close()
})

const DAY = 24 * 3600 * 1000

describe('drafts', () => {
  it('are unnumbered, computed with the shared totals, editable and deletable', async () => {
    const created = await desk.call('documents.createDraft', { document: draft(seed) })
    expect(created).toMatchObject({
      number: null,
      status: 'draft',
      currency: 'EUR',
      executiveId: seed.executiveId,
      paymentMethod: 'bank_transfer'
    })
    // 2 × 50.00 = 100.00 at 21 %; 1.5 × 123.45 − 10 % = 166.66 at 21 %: VAT on 266.66 = 56.00 (55.9986)
    expect(created.lines.map((l) => l.netCents)).toEqual([10_000, 16_666])
    expect(created).toMatchObject({ netCents: 26_666, vatCents: 5600, totalCents: 32_266 })
    expect(created.terms).toBe('Pagament a 30 dies. Оплата в течение 30 дней.')
    expect(created.actions).toEqual(expect.arrayContaining(['edit', 'delete', 'issue']))

    const edited = await desk.call('documents.updateDraft', {
      id: created.id,
      document: draft(seed, { lines: [line({ quantityMilli: 1, unitPriceCents: 5 })] }),
      expectedUpdatedAt: created.updatedAt
    })
    expect(edited.lines).toHaveLength(1)
    expect(edited).toMatchObject({ netCents: 0, totalCents: 0 })

    const stale = await desk.fail('documents.updateDraft', {
      id: created.id,
      document: draft(seed),
      expectedUpdatedAt: '2000-01-01T00:00:00.000Z'
    })
    expect(stale.code).toBe('conflict')

    expect(await desk.call('documents.deleteDraft', { id: created.id })).toEqual({ deleted: true })
    expect((await desk.fail('documents.get', { id: created.id })).code).toBe('not_found')
  })

  it('refuse unknown products, customers and lines of other documents as field errors', async () => {
    const error = await desk.fail('documents.createDraft', {
      document: draft(seed, { lines: [line({ productId: 999 })] })
    })
    expect(error).toMatchObject({
      code: 'invalid_input',
      fields: { 'lines.0.productId': 'This product does not exist' }
    })
    expect(
      (await desk.fail('documents.createDraft', { document: draft(seed, { customerId: 999 }) })).fields
    ).toHaveProperty('customerId')
    const other = await issued(desk, seed)
    const stolen = await desk.fail('documents.createDraft', {
      document: draft(seed, { lines: [line({ sourceLineId: other.lines[0].id })] })
    })
    expect(stolen.fields).toHaveProperty('lines.0.sourceLineId')
  })

  it('credit and debit notes cannot be created without an invoice', async () => {
    expect(
      (await desk.fail('documents.createDraft', { document: draft(seed, { type: 'credit_note' }) })).code
    ).toBe('conflict')
  })
})

describe('issuing', () => {
  it('numbers per type and year, sets the due date from the payment terms and snapshots the customer', async () => {
    const invoice = await issued(desk, seed)
    expect(invoice).toMatchObject({
      number: 'INV-2026-00001',
      status: 'issued',
      issueDate: '2026-03-02',
      dueDate: '2026-03-17'
    })
    expect(invoice.paymentInstructions).toContain('ES91 2100 0418 4502 0005 1332')
    expect(invoice.paymentInstructions).toContain('INV-2026-00001')
    expect((await issued(desk, seed)).number).toBe('INV-2026-00002')
    expect((await issued(desk, seed, { type: 'estimate' })).number).toBe('EST-2026-00001')
    const nextYear = await desk.call('documents.createDraft', { document: draft(seed) })
    expect((await desk.call('documents.issue', { id: nextYear.id, issueDate: '2027-01-04' })).number).toBe(
      'INV-2027-00001'
    )

    // Editing the customer later leaves the issued invoice as it was.
    const before = await desk.call('customers.get', { id: seed.customerId })
    const { id: _i, createdAt: _c, updatedAt: _u, archivedAt: _a, ...input } = before
    await desk.call('customers.update', {
      id: seed.customerId,
      customer: { ...input, name: 'Renamed Ltd', taxId: 'HU10625790' }
    })
    const again = await desk.call('documents.get', { id: invoice.id })
    expect(again.customer).toMatchObject({ name: 'Győri Lőrinc és Fiai Kft.', taxId: 'HU12345676' })
    expect(again.customer.billingAddress.city).toBe('Győr')
  })

  it('refuses an empty document, a second issue, and invoices dated before the last one', async () => {
    const empty = await desk.call('documents.createDraft', { document: draft(seed, { lines: [] }) })
    expect((await desk.fail('documents.issue', { id: empty.id })).code).toBe('conflict')
    const invoice = await issued(desk, seed)
    const twice = await desk.fail('documents.issue', { id: invoice.id })
    expect(twice).toMatchObject({ code: 'conflict' })
    expect(twice.message).toContain('INV-2026-00001')
    const backdated = await desk.call('documents.createDraft', { document: draft(seed) })
    expect((await desk.fail('documents.issue', { id: backdated.id, issueDate: '2026-01-10' })).code).toBe(
      'conflict'
    )
    // Nothing was numbered by the refused attempts.
    expect((await desk.call('documents.issue', { id: backdated.id })).number).toBe('INV-2026-00002')
  })

  it('a customer with documents cannot be deleted, only archived', async () => {
    await issued(desk, seed)
    expect((await desk.fail('customers.delete', { id: seed.customerId })).code).toBe('conflict')
  })
})

describe('estimates', () => {
  it('a refused step names the document (a draft by its id) and the status it is in', async () => {
    const refusal = async (method: Parameters<TestDesk['fail']>[0], input: object) => {
      const { code, key, params } = await desk.fail(method, input)
      return { code, key, params }
    }
    const inStatus = (key: string, number: string, status: string, more: object = {}) => ({
      code: 'conflict',
      key,
      params: { number, status: { key: status }, ...more }
    })
    const estimate = await desk.call('documents.createDraft', { document: draft(seed, { type: 'estimate' }) })
    const byId = `#${estimate.id}`
    expect(await refusal('estimates.accept', { id: estimate.id })).toEqual(
      inStatus('estimateCannotBeMarked', byId, 'documentStatusDraft', {
        to: { key: 'documentStatusAccepted' }
      })
    )
    expect(await refusal('estimates.revise', { id: estimate.id })).toEqual(
      inStatus('estimateNotRevisable', byId, 'documentStatusDraft')
    )
    expect(await refusal('estimates.convertToOrder', { id: estimate.id })).toEqual(
      inStatus('estimateNotToOrder', byId, 'documentStatusDraft')
    )
    expect(await refusal('invoices.createFromEstimate', { estimateId: estimate.id })).toEqual(
      inStatus('estimateNotInvoiceable', byId, 'documentStatusDraft')
    )
    const order = await desk.call('documents.createDraft', { document: draft(seed, { type: 'order' }) })
    expect(await refusal('invoices.createFromOrder', { orderId: order.id, quantities: 'all' })).toEqual(
      inStatus('orderNotInvoiceable', `#${order.id}`, 'documentStatusDraft')
    )
    expect(await refusal('orders.cancel', { id: order.id, reason: 'not wanted' })).toEqual(
      inStatus('orderNotCancellable', `#${order.id}`, 'documentStatusDraft')
    )
    expect(await refusal('estimates.revise', { id: order.id })).toEqual({
      code: 'conflict',
      key: 'documentNotEstimate',
      params: { number: `#${order.id}` }
    })
    const invoice = await issued(desk, seed)
    expect(await refusal('orders.cancel', { id: invoice.id, reason: 'not wanted' })).toEqual({
      code: 'conflict',
      key: 'documentNotOrder',
      params: { number: invoice.number }
    })
  })

  it('sent -> accepted -> converted through a confirmed order; invalid steps are refused', async () => {
    const estimate = await desk.call('documents.createDraft', { document: draft(seed, { type: 'estimate' }) })
    expect((await desk.fail('estimates.accept', { id: estimate.id })).code).toBe('conflict')
    const sent = await desk.call('estimates.send', { id: estimate.id })
    expect(sent).toMatchObject({ status: 'sent', number: 'EST-2026-00001', validUntil: '2026-04-01' })
    expect((await desk.fail('estimates.convertToOrder', { id: estimate.id })).code).toBe('conflict')
    await desk.call('estimates.accept', { id: estimate.id })
    expect((await desk.fail('estimates.decline', { id: estimate.id, reason: 'too late' })).code).toBe(
      'conflict'
    )
    const orderDraft = await desk.call('estimates.convertToOrder', { id: estimate.id })
    expect(orderDraft).toMatchObject({ type: 'order', status: 'draft', source: { id: estimate.id } })
    expect(orderDraft.lines.map((l) => l.sourceLineId)).toEqual(sent.lines.map((l) => l.id))
    expect((await desk.call('documents.get', { id: estimate.id })).status).toBe('accepted')
    const order = await desk.call('documents.issue', { id: orderDraft.id })
    expect(order).toMatchObject({ status: 'confirmed', number: 'ORD-2026-00001' })
    const converted = await desk.call('documents.get', { id: estimate.id })
    expect(converted.status).toBe('converted')
    expect(converted.related.map((r) => r.id)).toContain(order.id)
    // A second order from the same estimate cannot be confirmed.
    expect((await desk.fail('estimates.convertToOrder', { id: estimate.id })).code).toBe('conflict')
  })

  it('declines with a reason, expires after valid-until, duplicates and revises', async () => {
    const a = await issued(desk, seed, { type: 'estimate', validUntil: '2026-03-10' })
    const declined = await desk.call('estimates.decline', { id: a.id, reason: 'Precio demasiado alto' })
    expect(declined).toMatchObject({ status: 'declined', statusReason: 'Precio demasiado alto' })
    expect((await desk.fail('estimates.decline', { id: a.id, reason: '   ' })).code).toBe('invalid_input')

    const b = await issued(desk, seed, { type: 'estimate', validUntil: '2026-03-10' })
    desk.clock.advance(10 * DAY) // 2026-03-12
    const expired = await desk.call('documents.get', { id: b.id })
    expect(expired.expired).toBe(true)
    expect(expired.actions).not.toContain('accept')
    expect((await desk.fail('estimates.accept', { id: b.id })).code).toBe('conflict')
    const list = await desk.call('documents.list', listQuery({ type: 'estimate', status: 'expired' }))
    expect(list.rows.map((r) => r.id)).toEqual([b.id])

    const revision = await desk.call('estimates.revise', { id: b.id })
    expect(revision).toMatchObject({ status: 'draft', replaces: { id: b.id, number: b.number } })
    expect(revision.lines.map((l) => l.description)).toEqual(b.lines.map((l) => l.description))
    // Sending the revision answers the estimate it replaces.
    const revised = await desk.call('estimates.send', { id: revision.id })
    expect(await desk.call('documents.get', { id: b.id })).toMatchObject({
      status: 'declined',
      statusReason: `Replaced by ${revised.number}`
    })
    const copy = await desk.call('estimates.duplicate', { id: a.id })
    expect(copy).toMatchObject({ status: 'draft', replaces: null, totalCents: a.totalCents })
  })
})

describe('orders and deliveries', () => {
  it('partially delivered, then delivered; over-delivery refused; late is derived', async () => {
    const { order } = await confirmedOrder(desk, seed)
    const [first, second] = order.lines
    const over = await desk.fail('orders.recordDelivery', {
      orderId: order.id,
      deliveryDate: '2026-03-03',
      note: '',
      lines: [{ lineId: first.id, quantityMilli: first.quantityMilli + 1 }]
    })
    expect(over.code).toBe('conflict')
    const partial = await desk.call('orders.recordDelivery', {
      orderId: order.id,
      deliveryDate: '2026-03-03',
      note: 'Primera entrega',
      lines: [{ lineId: first.id, quantityMilli: 500 }]
    })
    expect(partial.status).toBe('partially_delivered')
    expect(partial.lines[0].deliveredMilli).toBe(500)
    expect(partial.deliveries).toMatchObject([
      { sequence: 1, deliveryDate: '2026-03-03', lines: [{ orderLineId: first.id, quantityMilli: 500 }] }
    ])
    const done = await desk.call('orders.recordDelivery', {
      orderId: order.id,
      deliveryDate: '2026-03-05',
      note: '',
      lines: [
        { lineId: first.id, quantityMilli: first.quantityMilli - 500 },
        { lineId: second.id, quantityMilli: second.quantityMilli }
      ]
    })
    expect(done.status).toBe('delivered')
    expect(done.deliveries.map((d) => d.sequence)).toEqual([1, 2])
    expect(
      (
        await desk.fail('orders.recordDelivery', {
          orderId: order.id,
          deliveryDate: '2026-03-06',
          note: '',
          lines: [{ lineId: first.id, quantityMilli: 1 }]
        })
      ).code
    ).toBe('conflict')
    expect((await desk.fail('orders.cancel', { id: order.id, reason: 'x' })).code).toBe('conflict')

    const late = await issued(desk, seed, { type: 'order', promisedDate: '2026-03-04' })
    expect(late.late).toBe(false)
    desk.clock.advance(3 * DAY)
    expect((await desk.call('documents.get', { id: late.id })).late).toBe(true)
    expect(
      (await desk.call('documents.list', listQuery({ type: 'order', status: 'late' }))).rows.map((r) => r.id)
    ).toEqual([late.id])
    const cancelled = await desk.call('orders.cancel', { id: late.id, reason: 'Cliente anula' })
    expect(cancelled).toMatchObject({ status: 'cancelled', late: false, statusReason: 'Cliente anula' })
    expect((await desk.fail('invoices.createFromOrder', { orderId: late.id, quantities: 'all' })).code).toBe(
      'conflict'
    )
  })
})

describe('invoices, credit and debit notes', () => {
  it('invoices what was delivered and not yet invoiced, then the rest; never more than ordered', async () => {
    const { order } = await confirmedOrder(desk, seed)
    const [first, second] = order.lines
    expect(
      (await desk.fail('invoices.createFromOrder', { orderId: order.id, quantities: 'delivered' })).code
    ).toBe('conflict')
    await desk.call('orders.recordDelivery', {
      orderId: order.id,
      deliveryDate: '2026-03-03',
      note: '',
      lines: [{ lineId: first.id, quantityMilli: 1500 }]
    })
    const partDraft = await desk.call('invoices.createFromOrder', {
      orderId: order.id,
      quantities: 'delivered'
    })
    expect(partDraft.lines.map((l) => [l.sourceLineId, l.quantityMilli])).toEqual([[first.id, 1500]])
    const part = await desk.call('documents.issue', { id: partDraft.id })
    expect((await desk.call('documents.get', { id: order.id })).lines[0].invoicedMilli).toBe(1500)

    const restDraft = await desk.call('invoices.createFromOrder', { orderId: order.id, quantities: 'all' })
    expect(restDraft.lines.map((l) => [l.sourceLineId, l.quantityMilli])).toEqual([
      [first.id, first.quantityMilli - 1500],
      [second.id, second.quantityMilli]
    ])
    // Someone bumps a quantity in the draft beyond what is left: refused at issue.
    const bumped = restDraft.lines.map(
      ({
        productId,
        description,
        unit,
        quantityMilli,
        unitPriceCents,
        discountBp,
        vatRateBp,
        promisedDate,
        sourceLineId
      }) => ({
        productId,
        description,
        unit,
        quantityMilli: quantityMilli + 1,
        unitPriceCents,
        discountBp,
        vatRateBp,
        promisedDate,
        sourceLineId
      })
    )
    await desk.call('documents.updateDraft', { id: restDraft.id, document: draft(seed, { lines: bumped }) })
    expect((await desk.fail('documents.issue', { id: restDraft.id })).code).toBe('conflict')
    await desk.call('documents.deleteDraft', { id: restDraft.id })
    const rest = await desk.call('documents.issue', {
      id: (await desk.call('invoices.createFromOrder', { orderId: order.id, quantities: 'all' })).id
    })
    expect(part.totalCents + rest.totalCents).toBeGreaterThan(0)
    expect((await desk.fail('invoices.createFromOrder', { orderId: order.id, quantities: 'all' })).code).toBe(
      'conflict'
    )
  })

  it('invoices an accepted estimate directly and marks it converted', async () => {
    const estimate = await issued(desk, seed, { type: 'estimate' })
    expect((await desk.fail('invoices.createFromEstimate', { estimateId: estimate.id })).code).toBe(
      'conflict'
    )
    await desk.call('estimates.accept', { id: estimate.id })
    const invoice = await desk.call('documents.issue', {
      id: (await desk.call('invoices.createFromEstimate', { estimateId: estimate.id })).id
    })
    expect(invoice.totalCents).toBe(estimate.totalCents)
    expect((await desk.call('documents.get', { id: estimate.id })).status).toBe('converted')
  })

  it('credits picked lines, then the rest, never more than invoiced; the whole credit nets the invoice to zero', async () => {
    const invoice = await issued(desk, seed)
    const [first, second] = invoice.lines
    expect(
      (
        await desk.fail('invoices.createCreditNote', {
          invoiceId: invoice.id,
          reason: 'x',
          lines: [{ lineId: second.id, quantityMilli: second.quantityMilli + 1 }]
        })
      ).code
    ).toBe('conflict')
    const partial = await desk.call('invoices.createCreditNote', {
      invoiceId: invoice.id,
      reason: 'Devolución parcial',
      lines: [{ lineId: second.id, quantityMilli: 500 }]
    })
    expect(partial).toMatchObject({
      type: 'credit_note',
      corrects: { id: invoice.id },
      reason: 'Devolución parcial'
    })
    // Prices on a credit note are the invoice's, whatever the editor sends.
    const tampered = partial.lines.map((l) => ({
      ...line(),
      productId: l.productId,
      quantityMilli: l.quantityMilli,
      sourceLineId: l.sourceLineId,
      unitPriceCents: 999_999
    }))
    const kept = await desk.call('documents.updateDraft', {
      id: partial.id,
      document: draft(seed, { type: 'credit_note', reason: 'Devolución parcial', lines: tampered })
    })
    expect(kept.lines[0]).toMatchObject({
      unitPriceCents: second.unitPriceCents,
      discountBp: second.discountBp,
      description: second.description
    })
    const partialIssued = await desk.call('documents.issue', { id: partial.id })
    expect(partialIssued.number).toBe('CRN-2026-00001')

    const restDraft = await desk.call('invoices.createCreditNote', {
      invoiceId: invoice.id,
      reason: 'Anulación'
    })
    expect(restDraft.lines.map((l) => [l.sourceLineId, l.quantityMilli])).toEqual([
      [first.id, first.quantityMilli],
      [second.id, second.quantityMilli - 500]
    ])
    const rest = await desk.call('documents.issue', { id: restDraft.id })
    expect((await desk.fail('invoices.createCreditNote', { invoiceId: invoice.id, reason: 'x' })).code).toBe(
      'conflict'
    )
    const afterAll = await desk.call('documents.get', { id: invoice.id })
    expect(afterAll.actions).not.toContain('creditNote')
    expect(afterAll.lines.map((l) => l.creditedMilli)).toEqual(afterAll.lines.map((l) => l.quantityMilli))

    // A whole-invoice credit note on its own nets the invoice exactly.
    const other = await issued(desk, seed)
    const full = await desk.call('documents.issue', {
      id: (await desk.call('invoices.createCreditNote', { invoiceId: other.id, reason: 'Error' })).id
    })
    expect([full.netCents, full.vatCents, full.totalCents]).toEqual([
      other.netCents,
      other.vatCents,
      other.totalCents
    ])
    expect(full.vatBreakdown).toEqual(other.vatBreakdown)
    expect(partialIssued.totalCents + rest.totalCents).toBeGreaterThanOrEqual(invoice.totalCents - 1)
  })

  it('a credit note needs an issued invoice and a reason; a debit note adds charges', async () => {
    const draftInvoice = await desk.call('documents.createDraft', { document: draft(seed) })
    expect(
      (await desk.fail('invoices.createCreditNote', { invoiceId: draftInvoice.id, reason: 'x' })).code
    ).toBe('conflict')
    expect(
      (await desk.fail('invoices.createCreditNote', { invoiceId: draftInvoice.id, reason: '' })).code
    ).toBe('invalid_input')
    const invoice = await issued(desk, seed)
    const debit = await desk.call('invoices.createDebitNote', {
      invoiceId: invoice.id,
      reason: 'Portes no facturados',
      lines: [{ lineId: invoice.lines[0].id, quantityMilli: 1000 }]
    })
    const edited = await desk.call('documents.updateDraft', {
      id: debit.id,
      document: draft(seed, {
        type: 'debit_note',
        reason: 'Portes no facturados',
        lines: [line({ description: 'Transporte', quantityMilli: 1000, unitPriceCents: 2500 })]
      })
    })
    const issuedDebit = await desk.call('documents.issue', { id: edited.id })
    expect(issuedDebit).toMatchObject({
      number: 'DBN-2026-00001',
      netCents: 2500,
      vatCents: 525,
      totalCents: 3025,
      dueDate: '2026-03-17'
    })
  })
})

describe('lists, activity and numbering report', () => {
  it('searches by number and accent-free customer name, filters by customer, dates and executive, pages', async () => {
    for (let i = 0; i < 3; i++) await issued(desk, seed)
    await desk.call('documents.createDraft', { document: draft(seed) })
    const all = await desk.call('documents.list', listQuery({ limit: 2 }))
    expect(all.total).toBe(4)
    expect(all.rows).toHaveLength(2)
    expect(
      (await desk.call('documents.list', listQuery({ search: 'INV-2026-00002' }))).rows.map((r) => r.number)
    ).toEqual(['INV-2026-00002'])
    expect(
      (await desk.call('documents.list', listQuery({ search: 'gyori lorinc', status: 'issued' }))).total
    ).toBe(3)
    expect(
      (await desk.call('documents.list', listQuery({ customerId: seed.customerId, type: 'estimate' }))).total
    ).toBe(0)
    expect((await desk.call('documents.list', listQuery({ dateFrom: '2026-03-03' }))).total).toBe(0)
    expect(
      (await desk.call('documents.list', listQuery({ executiveId: seed.executiveId, status: 'draft' }))).total
    ).toBe(1)
    const { offset: _o, limit: _l, ...filters } = listQuery({ status: 'issued' })
    const file = await desk.call('documents.exportXlsx', filters)
    expect(file.fileName).toBe('invoices.xlsx')
    expect(file.bytes.length).toBeGreaterThan(1000)
  })

  it('sorts by the date that matters for the type: valid until, promised delivery, due date', async () => {
    for (const validUntil of ['2026-12-01', '2026-06-01', '2026-09-01'])
      await issued(desk, seed, { type: 'estimate', validUntil })
    const byKeyDate = await desk.call(
      'documents.list',
      listQuery({ type: 'estimate', sort: { field: 'keyDate', direction: 'asc' } })
    )
    expect(byKeyDate.rows.map((r) => r.keyDate)).toEqual(['2026-06-01', '2026-09-01', '2026-12-01'])
    const latestFirst = await desk.call(
      'documents.list',
      listQuery({ type: 'estimate', sort: { field: 'keyDate', direction: 'desc' } })
    )
    expect(latestFirst.rows.map((r) => r.keyDate)).toEqual(['2026-12-01', '2026-09-01', '2026-06-01'])
  })

  it('logs every state change', async () => {
    const { order } = await confirmedOrder(desk, seed)
    await desk.call('orders.cancel', { id: order.id, reason: 'Stop' })
    const log = await desk.call('activity.list', {
      entity: 'document',
      entityId: null,
      offset: 0,
      limit: 100
    })
    const actions = log.rows.map((r) => r.action).reverse()
    expect(actions).toEqual(['create', 'issue', 'accept', 'create', 'convert', 'issue', 'cancel'])
    expect(log.rows[0].summary).toContain('ORD-2026-00001')
  })

  it('the numbering report shows each series gap-free', async () => {
    for (let i = 0; i < 3; i++) await issued(desk, seed)
    await issued(desk, seed, { type: 'estimate' })
    const report = await desk.call('numbering.report', {})
    expect(report.gapFree).toBe(true)
    expect(report.series.find((s) => s.type === 'invoice')).toMatchObject({
      first: 'INV-2026-00001',
      last: 'INV-2026-00003',
      count: 3,
      missing: []
    })
    // A gap made behind the application's back (the trigger has to be dropped for that) is reported.
    desk.store.sqlite.exec('drop trigger documents_issued_frozen')
    desk.store.sqlite.exec(
      "update documents set sequence = 5, number = 'INV-2026-00005' where number = 'INV-2026-00002'"
    )
    const broken = await desk.call('numbering.report', {})
    expect(broken.gapFree).toBe(false)
    expect(broken.series.find((s) => s.type === 'invoice')).toMatchObject({ missing: [2, 4], gapFree: false })
  })
})
