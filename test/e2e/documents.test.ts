/**
 * The sales document pipeline through the real UI, against the real store: an estimate typed
 * in with the keyboard (customer and products picked by typing, live totals) → sent → accepted
 * → order → partial delivery → invoice of the delivered quantities → issued → credit note for
 * part of it. The invoice PDF is downloaded and read back with pdftotext; every document is
 * checked through the API too. Actions that do not fit a status are not offered (and the API
 * refuses them). Each step starts from the document the step before leaves, made through the API
 * as the screens make it, so each test runs alone.
 */
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiInput, ApiMethod } from '../../src/shared/api'
import type { SalesDocument } from '../../src/shared/schemas/documents'
import { documentTotals } from '../../src/shared/totals'
import { creditNote, listQuery } from '../documents/helpers'
import { address, customer, executive, product } from '../support/fixtures'
import { pdfText } from '../support/pdf-text'
import {
  documentPage,
  draftInvoice,
  focusedId,
  openSession,
  present,
  setUpCompany,
  type DocumentPage,
  type Session
} from './harness'

let session: Session
let page: Page
let doc: DocumentPage

// The harness's store (a refusal fails the test, naming the fields) under a short name.
const store: Session['store'] = (method, input) => session.store(method, input)

async function refused<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<string> {
  const result = await session.app.api.dispatch(method, input)
  if (result.ok) throw new Error(`${method} was accepted`)
  return result.error.code
}

const byTestId = (id: string) => session.byTestId(id)
const waitForStatus = (status: string) => doc.waitForStatus(status)
const act = (action: string, confirm = false) => doc.act(action, confirm)
const offered = () => doc.offered()
const openedId = (area: string, leaving = 0) => doc.openedId(area, leaving)

const customerName = 'Ferretería Núñez Güell S.L.'
let customerId = 0
let executiveId = 0
let chairId = 0
let paperId = 0

/**
 * The estimate the first test types in, as its form saves it: a draft for `buyer` of 3 chairs at
 * 120.00 less 10 %, 10.5 boxes of paper at 4.50 and 2 hours of assembly at 35.00 (no product).
 */
function savedEstimate(buyer = customerId): Promise<SalesDocument> {
  return draftInvoice(
    session,
    buyer,
    [
      {
        productId: chairId,
        description: 'Silla ergonómica',
        unit: 'pc',
        quantityMilli: 3000,
        unitPriceCents: 12_000,
        discountBp: 1000,
        vatRateBp: 2100
      },
      {
        productId: paperId,
        description: 'Papel reciclado A4',
        unit: 'box',
        quantityMilli: 10_500,
        unitPriceCents: 450,
        vatRateBp: 1000
      },
      { description: 'Montaje en oficina', quantityMilli: 2000, unitPriceCents: 3500, vatRateBp: 2100 }
    ],
    { type: 'estimate' }
  )
}

/** That estimate sent, accepted and made an order, the order confirmed: where the second test ends. */
async function confirmedOrder(buyer = customerId): Promise<SalesDocument> {
  const estimate = await savedEstimate(buyer)
  await store('estimates.send', { id: estimate.id })
  await store('estimates.accept', { id: estimate.id })
  const order = await store('estimates.convertToOrder', { id: estimate.id })
  return store('documents.issue', { id: order.id })
}

/** That order with 2 of the 3 chairs and all the paper delivered, no assembly: where the third ends. */
async function partlyDeliveredOrder(buyer = customerId): Promise<SalesDocument> {
  const order = await confirmedOrder(buyer)
  const [chairs, paper] = order.lines
  return store('orders.recordDelivery', {
    orderId: order.id,
    deliveryDate: present(order.issueDate, "the order's issue date"),
    note: '',
    lines: [
      { lineId: chairs.id, quantityMilli: 2000 },
      { lineId: paper.id, quantityMilli: 10_500 }
    ]
  })
}

/** That order's delivered quantities invoiced and the invoice issued: where the fourth test ends. */
async function issuedInvoice(buyer = customerId): Promise<{ order: SalesDocument; invoice: SalesDocument }> {
  const order = await partlyDeliveredOrder(buyer)
  const draft = await store('invoices.createFromOrder', { orderId: order.id, quantities: 'delivered' })
  return { order, invoice: await store('documents.issue', { id: draft.id }) }
}

beforeAll(async () => {
  session = await openSession()
  page = session.page
  doc = documentPage(page)
  await setUpCompany(session, {
    legalName: 'Distribuciones Cañón S.A.',
    // An invoice is issued only with the seller's full address and tax id (issue 11).
    addressLine1: 'Paseo de la Independencia 8',
    postalCode: '50004',
    city: 'Zaragoza',
    taxId: 'ESA50000009',
    iban: 'ES91 2100 0418 4502 0005 1332',
    bic: 'CAIXESBBXXX'
  })
  const rep = await store('executives.create', { executive: executive() })
  executiveId = rep.id
  const created = await store('customers.create', {
    customer: customer({
      name: customerName,
      taxId: 'ESB99999997',
      billingAddress: address('Logroño'),
      paymentTermsDays: 30,
      executiveId: rep.id
    })
  })
  customerId = created.id
  await store('customers.create', {
    customer: customer({ name: 'Otra Empresa S.L.', billingAddress: address('Madrid') })
  })
  const chair = await store('products.create', {
    product: product({
      sku: 'CH-100',
      name: 'Silla ergonómica',
      unit: 'pc',
      unitPriceCents: 12_000,
      vatRateBp: 2100
    })
  })
  const paper = await store('products.create', {
    product: product({
      sku: 'PA-004',
      name: 'Papel reciclado A4',
      unit: 'box',
      unitPriceCents: 450,
      vatRateBp: 1000
    })
  })
  chairId = chair.id
  paperId = paper.id
})

afterAll(async () => {
  await session.close()
})

describe('sales documents, end to end', () => {
  it('types an estimate in with the keyboard, with live totals, and saves it with Ctrl+S', async () => {
    await byTestId('nav-estimates').click()
    await byTestId('document-new').click()
    await byTestId('document-form').waitFor()

    // Customer: typed without accents, picked with Enter.
    await byTestId('customer-picker').fill('nunez guell')
    await byTestId('customer-option').first().waitFor()
    expect(await byTestId('customer-option').count()).toBe(1)
    await byTestId('customer-picker').press('Enter')
    await expect.poll(() => byTestId('customer-picker').inputValue()).toBe(customerName)
    // The customer's sales executive comes with them.
    await expect.poll(() => page.locator('#f-executiveId option:checked').textContent()).toBe('Zsófia Kovács')

    // Line 1: Alt+N, a product found by typing, quantity, Tab to the price (filled) and discount.
    await page.keyboard.press('Alt+n')
    await expect.poll(() => focusedId(page)).toBe('line-0-description')
    await page.keyboard.type('silla')
    await byTestId('line-product-option').first().waitFor()
    await page.keyboard.press('Enter')
    await expect.poll(() => focusedId(page)).toBe('line-0-quantity')
    expect(await page.locator('#line-0-description').inputValue()).toBe('Silla ergonómica')
    expect(await page.locator('#line-0-price').inputValue()).toBe('120.00')
    await page.keyboard.press('Control+a')
    await page.keyboard.type('3')
    await page.keyboard.press('Tab')
    await expect.poll(() => focusedId(page)).toBe('line-0-price')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Control+a')
    await page.keyboard.type('10')

    // Line 2: another product, a decimal quantity; Enter on the last line adds the next one.
    await page.keyboard.press('Alt+n')
    await expect.poll(() => focusedId(page)).toBe('line-1-description')
    await page.keyboard.type('papel')
    await byTestId('line-product-option').first().waitFor()
    await page.keyboard.press('Enter')
    await expect.poll(() => focusedId(page)).toBe('line-1-quantity')
    await page.keyboard.press('Control+a')
    await page.keyboard.type('10.5')
    await page.keyboard.press('Enter')

    // Line 3: free text, no product.
    await expect.poll(() => focusedId(page)).toBe('line-2-description')
    await page.keyboard.type('Montaje en oficina')
    await page.locator('.picker-empty').waitFor()
    await page.keyboard.press('Enter')
    await expect.poll(() => focusedId(page)).toBe('line-2-quantity')
    await page.keyboard.press('Control+a')
    await page.keyboard.type('2')
    await page.keyboard.press('Tab')
    await page.keyboard.type('35')

    // One line too many: Ctrl+Delete removes the line the cursor is in.
    await page.keyboard.press('Alt+n')
    await expect.poll(() => focusedId(page)).toBe('line-3-description')
    await page.keyboard.type('Sobra')
    await page.keyboard.press('Control+Delete')
    await expect.poll(() => byTestId('line-row').count()).toBe(3)
    await expect.poll(() => focusedId(page)).toBe('line-2-description')

    // Live totals, with the store's own arithmetic: 3 × 120 − 10 % and 2 × 35 at 21 %, 10.5 × 4.50 at 10 %.
    const expected = documentTotals([
      { quantityMilli: 3000, unitPriceCents: 12_000, discountBp: 1000, vatRateBp: 2100 },
      { quantityMilli: 10_500, unitPriceCents: 450, discountBp: 0, vatRateBp: 1000 },
      { quantityMilli: 2000, unitPriceCents: 3500, discountBp: 0, vatRateBp: 2100 }
    ])
    expect(expected.totalCents).toBe(52_872)
    await expect.poll(() => byTestId('total-total').textContent()).toBe('€528.72')
    expect(await byTestId('total-vat').textContent()).toBe('€87.47')
    expect(await byTestId('vat-row').allTextContents()).toEqual(['21 %€394.00€82.74', '10 %€47.25€4.73'])

    // Leaving with unsaved changes asks first; staying keeps everything typed.
    await byTestId('nav-orders').click()
    await byTestId('confirm-dialog').waitFor()
    await byTestId('confirm-cancel').click()
    expect(page.url()).toMatch(/#\/estimates\/new$/)
    expect(await byTestId('line-row').count()).toBe(3)

    // A draft offers neither accepting nor delivering.
    await page.locator('#line-2-price').focus()
    await page.keyboard.press('Control+s')
    const estimateId = await openedId('estimates')
    await byTestId('banner-success').waitFor()
    const draft = await store('documents.get', { id: estimateId })
    expect(draft.status).toBe('draft')
    expect(draft.customerId).toBe(customerId)
    expect(draft.totalCents).toBe(52_872)
    expect(draft.lines.map((l) => [l.description, l.quantityMilli, l.productId !== null])).toEqual([
      ['Silla ergonómica', 3000, true],
      ['Papel reciclado A4', 10_500, true],
      ['Montaje en oficina', 2000, false]
    ])
    await expect.poll(offered).toEqual(['delete', 'duplicate', 'issue'])
  })

  it('sends the estimate (after asking), the customer accepts, and it becomes an order', async () => {
    const { id: estimateId } = await savedEstimate()
    await session.open(`/estimates/${estimateId}`)
    await doc.waitForDraft('estimate')
    await expect.poll(offered).toEqual(['delete', 'duplicate', 'issue'])
    // "Send estimate" opens the e-mail dialog (issue 13); cancelling leaves the draft as it was.
    await act('issue')
    await byTestId('dialog-cancel').click()
    expect((await store('documents.get', { id: estimateId })).status).toBe('draft')
    // Marking it sent without e-mail still asks first.
    await act('issue')
    await byTestId('send-mail-extra').click()
    await byTestId('confirm-ok').click()
    await waitForStatus('sent')
    const sent = await store('documents.get', { id: estimateId })
    expect(sent.number).toMatch(/^EST-\d{4}-\d{5}$/)
    await expect.poll(() => byTestId('record-title').textContent()).toBe(`Estimate ${sent.number}`)
    await expect.poll(offered).toEqual(['accept', 'decline', 'duplicate', 'revise'])
    // Not offered on a sent estimate, and refused by the API anyway.
    expect(await refused('estimates.convertToOrder', { id: estimateId })).toBe('conflict')

    await act('accept')
    await waitForStatus('accepted')
    await expect.poll(offered).toEqual(['convertToOrder', 'duplicate', 'invoice'])

    await act('convertToOrder')
    const orderId = await openedId('orders')
    await doc.waitForDraft('order')
    await expect.poll(() => page.locator('[data-testid="line-row"]').count()).toBe(3)
    await act('issue', true)
    await waitForStatus('confirmed')
    expect((await store('documents.get', { id: estimateId })).status).toBe('converted')
    expect((await store('documents.get', { id: orderId })).status).toBe('confirmed')
  })

  it('records a partial delivery with quantities per line and prints its delivery note', async () => {
    const { id: orderId } = await confirmedOrder()
    await session.open(`/orders/${orderId}`)
    await waitForStatus('confirmed')
    await act('recordDelivery')
    const quantities = byTestId('pick-quantity')
    // The dialog opens after the click: wait for its quantities rather than reading at once.
    await expect
      .poll(() =>
        quantities.evaluateAll((inputs) => inputs.map((i) => (i as unknown as { value: string }).value))
      )
      .toEqual(['3', '10.5', '2'])
    await quantities.nth(0).fill('2')
    await quantities.nth(2).fill('')
    await byTestId('dialog-ok').click()
    await waitForStatus('partially_delivered')
    await expect.poll(() => byTestId('line-delivered').allTextContents()).toEqual(['2', '10.5', '0'])
    const order = await store('documents.get', { id: orderId })
    expect(order.deliveries).toHaveLength(1)
    expect(order.deliveries[0].lines.map((l) => l.quantityMilli)).toEqual([2000, 10_500])

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      byTestId('delivery-pdf-download').click()
    ])
    const text = pdfText(await download.path(), { squeeze: 'spaces' })
    expect(text).toContain(`${order.number}/1`)
    expect(text).toContain(customerName)
  })

  it('invoices the delivered quantities, issues the invoice and downloads its PDF', async () => {
    const { id: orderId } = await partlyDeliveredOrder()
    await session.open(`/orders/${orderId}`)
    await waitForStatus('partially_delivered')
    await act('invoice')
    await byTestId('invoice-delivered').waitFor()
    expect(await byTestId('invoice-delivered').isChecked()).toBe(true)
    await byTestId('dialog-ok').click()
    const invoiceId = await openedId('invoices')
    await doc.waitForDraft('invoice')
    await expect
      .poll(() =>
        byTestId('line-quantity').evaluateAll((inputs) =>
          inputs.map((i) => (i as unknown as { value: string }).value)
        )
      )
      .toEqual(['2', '10.5'])
    // 2 × 120 − 10 % = 216.00 (+45.36 VAT) and 47.25 (+4.73 VAT).
    await expect.poll(() => byTestId('total-total').textContent()).toBe('€313.34')
    // The due date follows the customer's payment terms.
    expect(await byTestId('document-due-preview').textContent()).toContain('30 days')

    await act('issue', true)
    await waitForStatus('issued')
    const invoice = await store('documents.get', { id: invoiceId })
    expect(invoice.number).toMatch(/^INV-\d{4}-\d{5}$/)
    expect(invoice.totalCents).toBe(31_334)
    expect(invoice.source?.id).toBe(orderId)
    // An issued invoice cannot be edited, deleted or issued again: not offered, and refused.
    await expect.poll(offered).toEqual(['creditNote', 'debitNote'])
    await expect.poll(() => byTestId('line-quantity').count()).toBe(0)
    expect(await refused('documents.deleteDraft', { id: invoiceId })).not.toBe('ok')
    expect(await refused('documents.issue', { id: invoiceId })).toBe('conflict')

    // Preview opens the PDF in a tab of its own.
    const [preview] = await Promise.all([
      page.context().waitForEvent('page'),
      byTestId('pdf-preview').click()
    ])
    await expect.poll(() => preview.url()).toMatch(/^blob:/)
    await preview.close()
    // Print opens the same PDF for the browser's own print, and says how.
    const [printable] = await Promise.all([
      page.context().waitForEvent('page'),
      byTestId('pdf-print').click()
    ])
    await expect.poll(() => printable.url()).toMatch(/^blob:/)
    await printable.close()
    await expect.poll(() => byTestId('banner-info').textContent()).toContain('Ctrl+P')

    const [download] = await Promise.all([page.waitForEvent('download'), byTestId('pdf-download').click()])
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
    // Save PDF says where the file went (issue 13 item 15): its name, in the browser's downloads.
    await expect
      .poll(() => byTestId('banner-success').textContent())
      .toBe(
        `Saved as ${download.suggestedFilename()} in your browser’s downloads folder (Ctrl+J lists the downloads).`
      )
    const text = pdfText(await download.path(), { squeeze: 'spaces' })
    expect(text).toContain(present(invoice.number))
    expect(text).toContain(customerName)
    // The customer is in Spain, so the invoice is printed in Spanish (issue 14): a decimal comma.
    expect(text).toContain('313,34')
    expect(text).toContain('Distribuciones Cañón S.A.')
  })

  it('credits part of the invoice with lines picked and a reason', async () => {
    const {
      order: { id: orderId },
      invoice: { id: invoiceId }
    } = await issuedInvoice()
    await session.open(`/invoices/${invoiceId}`)
    await waitForStatus('issued')
    await act('creditNote')
    const quantities = byTestId('pick-quantity')
    await quantities.nth(0).fill('1')
    await quantities.nth(1).fill('')
    // A reason is required.
    await byTestId('dialog-ok').click()
    await page.locator('[data-testid="correction-dialog"] .field-error').first().waitFor()
    await byTestId('correction-reason').fill('Una silla llegó dañada')
    await byTestId('dialog-ok').click()
    const creditNoteId = await openedId('invoices', invoiceId)
    await doc.waitForDraft('credit_note')
    await expect.poll(() => byTestId('total-total').textContent()).toBe('€130.68')
    await act('issue', true)
    await waitForStatus('issued')
    await expect.poll(offered).toEqual([])

    const note = await store('documents.get', { id: creditNoteId })
    expect(note.type).toBe('credit_note')
    expect(note.number).toMatch(/^CRN-\d{4}-\d{5}$/)
    expect(note.corrects?.id).toBe(invoiceId)
    expect(note.reason).toBe('Una silla llegó dañada')
    expect([note.netCents, note.vatCents, note.totalCents]).toEqual([10_800, 2268, 13_068])

    const invoice: SalesDocument = await store('documents.get', { id: invoiceId })
    expect(invoice.lines.map((l) => l.creditedMilli)).toEqual([1000, 0])
    const order = await store('documents.get', { id: orderId })
    expect(order.status).toBe('partially_delivered')
    expect(order.lines.map((l) => l.invoicedMilli)).toEqual([2000, 10_500, 0])
  })

  it('lists credit notes under invoices and the customer page links to the documents', async () => {
    // A customer of its own, whose page shows this test's estimate, order, invoice and note alone.
    const buyer = await store('customers.create', {
      customer: customer({
        name: 'Cerrajería Olazábal S.L.',
        taxId: 'ESB87654323',
        billingAddress: address('Logroño'),
        paymentTermsDays: 30,
        executiveId
      })
    })
    const { invoice } = await issuedInvoice(buyer.id)
    const [chairs] = invoice.lines
    const note = await creditNote({ call: store }, invoice, {
      reason: 'Una silla llegó dañada',
      lines: [{ lineId: chairs.id, quantityMilli: 1000 }]
    })
    // Every credit note of the store: this one alone, or also the one the test before made.
    const { total: notes } = await store('documents.list', listQuery({ type: 'credit_note' }))
    await session.open('/invoices?type=credit_note')
    await byTestId('document-row')
      .filter({ hasText: present(note.number) })
      .waitFor()
    await expect.poll(() => byTestId('document-row').count()).toBe(notes)

    // Excel export carries the list's type filter.
    const [download] = await Promise.all([page.waitForEvent('download'), byTestId('export-xlsx').click()])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(await download.path())
    const numbers: unknown[] = []
    workbook.worksheets[0].eachRow((row) => numbers.push(row.getCell(1).value))
    expect(numbers).toContain(note.number)
    expect(numbers.filter((n) => typeof n === 'string' && n.startsWith('INV-'))).toEqual([])

    await session.open(`/customers/${buyer.id}`)
    await byTestId('customer-documents').waitFor()
    await page
      .locator('[data-testid="customer-invoices"] [data-testid="customer-document"]')
      .first()
      .waitFor()
    // Each kind of document loads on its own: wait for each list, not only the invoices.
    await expect
      .poll(() =>
        page.locator('[data-testid="customer-estimates"] [data-testid="customer-document"]').count()
      )
      .toBe(1)
    await expect
      .poll(() => page.locator('[data-testid="customer-orders"] [data-testid="customer-document"]').count())
      .toBe(1)
    await page
      .locator('[data-testid="customer-invoices"] [data-testid="customer-document"] a')
      .first()
      .click()
    expect(await openedId('invoices', note.id)).toBe(invoice.id)
  })

  it('keeps the company profile and numbering in the settings, with problems beside the fields', async () => {
    await session.open(`/settings`)
    await byTestId('company-settings').waitFor()
    await expect
      .poll(() => page.locator('#f-company-legalName').inputValue())
      .toBe('Distribuciones Cañón S.A.')
    await page.locator('#f-company-iban').fill('ES00 1234')
    await page.locator('#f-documents-prefixes-order').fill('est')
    await byTestId('settings-vat-rates').fill('21; 10; 5.5; 0')
    // A tiny PNG as the logo.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64'
    )
    await byTestId('logo-file').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png })
    await byTestId('logo-preview').waitFor()
    await byTestId('settings-save').click()
    await byTestId('error-company.iban').waitFor()
    await byTestId('error-documents.prefixes.order').waitFor()
    // The first field with a problem has the focus.
    await expect.poll(() => focusedId(page)).toBe('f-company-iban')
    // Nothing was saved.
    expect((await store('settings.get', {})).company.logoDataUrl).toBe('')

    await page.locator('#f-company-iban').fill('ES91 2100 0418 4502 0005 1332')
    await page.locator('#f-documents-prefixes-order').fill('PED')
    await byTestId('settings-save').click()
    await byTestId('banner-success').waitFor()
    const saved = await store('settings.get', {})
    expect(saved.documents.prefixes.order).toBe('PED')
    expect(saved.documents.vatRatesBp).toEqual([2100, 1000, 550, 0])
    expect(saved.company.iban).toBe('ES9121000418450200051332')
    expect(saved.company.logoDataUrl).toMatch(/^data:image\/png;base64,/)
  })

  it('declines an estimate with a reason, and shows expired estimates and late orders', async () => {
    const lines = [
      {
        productId: null,
        description: 'Revisión anual',
        unit: 'h',
        quantityMilli: 1000,
        unitPriceCents: 9000,
        discountBp: 0,
        vatRateBp: 2100,
        promisedDate: null,
        sourceLineId: null
      }
    ]
    const base = {
      customerId,
      issueDate: null,
      validUntil: null,
      promisedDate: null,
      paymentInstructions: '',
      notes: '',
      reason: '',
      lines
    }
    const open = await store('documents.createDraft', { document: { ...base, type: 'estimate' } })
    await store('estimates.send', { id: open.id })
    const old = await store('documents.createDraft', {
      document: { ...base, type: 'estimate', issueDate: '2026-01-05', validUntil: '2026-01-20' }
    })
    await store('estimates.send', { id: old.id })
    const lateOrder = await store('documents.createDraft', {
      document: { ...base, type: 'order', issueDate: '2026-01-05', promisedDate: '2026-01-15' }
    })
    await store('documents.issue', { id: lateOrder.id })

    await session.open(`/estimates/${open.id}`)
    await waitForStatus('sent')
    await act('decline')
    await byTestId('dialog-ok').click()
    await byTestId('error-action-reason').waitFor()
    await byTestId('action-reason').fill('Precio por encima del presupuesto del cliente')
    await byTestId('dialog-ok').click()
    await waitForStatus('declined')
    await expect
      .poll(() => byTestId('status-reason').textContent())
      .toContain('Precio por encima del presupuesto del cliente')
    await expect.poll(offered).toEqual(['duplicate', 'revise'])
    expect((await store('documents.get', { id: open.id })).statusReason).toBe(
      'Precio por encima del presupuesto del cliente'
    )

    // Expired: past its valid-until date without an answer, so it can no longer be accepted.
    await session.open(`/estimates/${old.id}`)
    await byTestId('expired-notice').waitFor()
    await expect.poll(offered).not.toContain('accept')
    await session.open(`/estimates?status=expired`)
    await page.locator('[data-testid="document-row"] [data-testid="document-expired"]').first().waitFor()
    await expect.poll(() => byTestId('document-row').count()).toBe(1)
    expect(await byTestId('document-expired').count()).toBe(1)

    // The estimate list shows one row too: wait for the order list's own row, not for any row.
    await session.open(`/orders?status=late`)
    await page.locator('[data-testid="document-row"] [data-testid="document-late"]').first().waitFor()
    await byTestId('document-expired').waitFor({ state: 'detached' })
    await expect.poll(() => byTestId('document-row').count()).toBe(1)
    expect(await page.locator('[data-testid="document-row"] [data-testid="document-late"]').count()).toBe(1)
  })

  it('says so when someone else saved the draft first, and reloads the stored version', async () => {
    const lines = [
      {
        productId: null,
        description: 'Formación',
        unit: 'h',
        quantityMilli: 4000,
        unitPriceCents: 6000,
        discountBp: 0,
        vatRateBp: 2100,
        promisedDate: null,
        sourceLineId: null
      }
    ]
    const document = {
      type: 'invoice' as const,
      customerId,
      issueDate: null,
      validUntil: null,
      promisedDate: null,
      paymentInstructions: '',
      notes: 'Primera versión',
      reason: '',
      lines
    }
    const draft = await store('documents.createDraft', { document })
    await session.open(`/invoices/${draft.id}`)
    await expect.poll(() => page.locator('#f-notes').inputValue()).toBe('Primera versión')
    await store('documents.updateDraft', {
      id: draft.id,
      document: { ...document, notes: 'Cambiada por otra persona' },
      expectedUpdatedAt: draft.updatedAt
    })

    await page.locator('#f-notes').fill('Mi cambio')
    await page.keyboard.press('Control+s')
    await byTestId('banner-action').click()
    await expect.poll(() => page.locator('#f-notes').inputValue()).toBe('Cambiada por otra persona')
    expect((await store('documents.get', { id: draft.id })).notes).toBe('Cambiada por otra persona')
  })
})
