/**
 * Issue 4 figures: aged receivables over the large demo (target < 100 ms) through the service
 * and through the API, the overdue list's first page, and the statement of account PDF of a
 * customer with 500 documents (invoices, credit and debit notes) and their payments, built in
 * a separate store so the large demo is left as it is.
 */
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { createApi } from '../src/main/api'
import { openStore } from '../src/main/db/open'
import { agedReceivables } from '../src/main/payments/receivables'
import { statementPdf } from '../src/main/payments/letters'
import type { Salesdesk } from '../src/main/runtime'
import { heading, median, ms, report, timeRuns } from './stats'

export async function benchReceivables(app: Salesdesk, folder: string): Promise<void> {
  heading('Payments and receivables')
  const ctx = app.api.context
  const sqlite = app.store.sqlite
  const count = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n
  const today = ctx.now().toISOString().slice(0, 10)
  const aged = await agedReceivables(ctx.db, today, today)
  report(
    '  receivables / open / payments',
    `${count('select count(*) as n from receivables').toLocaleString('en')} / ${count('select count(*) as n from receivables where open_cents <> 0').toLocaleString('en')} / ${count('select count(*) as n from payments').toLocaleString('en')}`,
    `${aged.rows.length.toLocaleString('en')} customers with open amounts or credit`
  )
  const service = await timeRuns(25, () => agedReceivables(ctx.db, today, today))
  report(
    'aged receivables, all customers (service)',
    ms(median(service)),
    `best ${ms(Math.min(...service))}; target < 100 ms`
  )
  // A past date reads the whole history up to that day (documents, credits, allocations, returns).
  const past = new Date(Date.parse(`${today}T00:00:00Z`) - 182 * 86_400_000).toISOString().slice(0, 10)
  const asOfRuns = await timeRuns(5, () => agedReceivables(ctx.db, past, today))
  report(
    `aged receivables as of ${past} (ledger)`,
    ms(median(asOfRuns)),
    `best ${ms(Math.min(...asOfRuns))}; ${(median(asOfRuns) / median(service)).toFixed(1)}× today’s`
  )
  const api = await timeRuns(25, () =>
    app.api.dispatch('receivables.aged', { asOf: null, search: '', offset: 0, limit: 100 })
  )
  report('aged receivables, first 100 rows (API)', ms(median(api)), `best ${ms(Math.min(...api))}`)
  const overdue = await timeRuns(25, () =>
    app.api.dispatch('receivables.overdue', {
      search: '',
      customerId: null,
      asOf: null,
      offset: 0,
      limit: 100
    })
  )
  report('overdue list, first 100 rows (API)', ms(median(overdue)), `best ${ms(Math.min(...overdue))}`)
  const listQuery = {
    search: '',
    customerId: null,
    status: 'all',
    method: 'all',
    dateFrom: null,
    dateTo: null,
    sort: { field: 'paymentDate', direction: 'desc' },
    offset: 0,
    limit: 200
  } as const
  const list = await timeRuns(15, () => app.api.dispatch('payments.list', listQuery))
  report('payments list, first 200 rows (API)', ms(median(list)), `best ${ms(Math.min(...list))}`)
  const search = await timeRuns(15, () =>
    app.api.dispatch('payments.list', { ...listQuery, search: 'garcia' })
  )
  report('payments list, search "garcia" (API)', ms(median(search)), `best ${ms(Math.min(...search))}`)
  const xlsx = await timeRuns(3, () => app.api.dispatch('receivables.agedXlsx', { asOf: null, search: '' }))
  report('aged receivables to Excel (API)', ms(median(xlsx)), `${aged.rows.length.toLocaleString('en')} rows`)

  const statement = await statementCustomer(folder)
  try {
    const runs = await timeRuns(10, () =>
      statementPdf(statement.api.context, {
        customerId: statement.customerId,
        from: null,
        to: null,
        paper: null
      })
    )
    const file = await statementPdf(statement.api.context, {
      customerId: statement.customerId,
      from: null,
      to: null,
      paper: null
    })
    const pages = (
      Buffer.from(file.bytes)
        .toString('latin1')
        .match(/\/Type \/Page\b/g) ?? []
    ).length
    report(
      'statement PDF, customer with 500 documents',
      ms(median(runs)),
      `best ${ms(Math.min(...runs))}; ${statement.entries} entries, ${pages} pages, ${Math.round(file.bytes.length / 1024)} KB`
    )
  } finally {
    await statement.close()
  }
}

/** A store with one customer holding 500 issued documents (440 invoices, 40 credit notes, 20 debit notes) and their payments. */
async function statementCustomer(folder: string) {
  const path = join(folder, 'statement.db')
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true })
  const store = await openStore(path)
  let clock = Date.parse('2025-01-02T09:00:00Z')
  const api = createApi({
    store,
    dataFolder: folder,
    version: 'bench',
    actor: 'bench',
    now: () => new Date(clock)
  })
  const call = async (method: string, input: unknown) => {
    const result = await api.dispatch(method, input)
    if (!result.ok)
      throw new Error(`${method}: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`)
    return result.data as { id: number; lines: Array<{ id: number }> }
  }
  const customer = await call('customers.create', {
    customer: {
      code: 'STMT-500',
      name: 'Škoda Łódź Ószeged Кооператив S.L.',
      status: 'active',
      taxId: 'ESB00000505',
      billingAddress: {
        line1: 'Carrer Major 1',
        line2: '',
        postalCode: '08001',
        city: 'Barcelona',
        region: '',
        country: 'ES'
      },
      mailingSameAsBilling: true,
      mailingAddress: { line1: '', line2: '', postalCode: '', city: '', region: '', country: '' },
      deliverySameAsBilling: true,
      deliveryAddress: { line1: '', line2: '', postalCode: '', city: '', region: '', country: '' },
      contacts: [],
      paymentTermsDays: 30,
      preferredPaymentMethod: 'bank_transfer',
      preferredProductIds: [],
      productNotes: '',
      executiveId: null,
      notes: ''
    }
  })
  let entries = 0
  const invoices: Array<{ id: number; lineId: number }> = []
  for (let i = 0; i < 500; i++) {
    clock += 86_400_000
    const kind = i % 25 === 24 ? 'debit' : i % 12 === 11 ? 'credit' : 'invoice'
    if (kind === 'invoice' || invoices.length === 0) {
      const draft = await call('documents.createDraft', {
        document: {
          type: 'invoice',
          customerId: customer.id,
          issueDate: null,
          validUntil: null,
          promisedDate: null,
          paymentInstructions: '',
          notes: '',
          reason: '',
          lines: [
            {
              productId: null,
              description: 'Servicio mensual',
              unit: 'h',
              quantityMilli: 2_000,
              unitPriceCents: 10_000 + i * 37,
              discountBp: 0,
              vatRateBp: 2100,
              promisedDate: null,
              sourceLineId: null
            }
          ]
        }
      })
      const issued = await call('documents.issue', { id: draft.id })
      invoices.push({ id: issued.id, lineId: issued.lines[0].id })
      // Three invoices in four are paid, one in 40 of those payments comes back.
      if (i % 4 !== 3) {
        const net = (10_000 + i * 37) * 2
        const payment = await call('payments.record', {
          payment: {
            customerId: customer.id,
            paymentDate: new Date(clock).toISOString().slice(0, 10),
            amountCents: net + Math.round((net * 21) / 100),
            method: 'bank_transfer',
            reference: `TRF-${i}`,
            note: '',
            allocations: null
          }
        })
        entries++
        if (i % 40 === 0) {
          await call('payments.return', {
            id: payment.id,
            returnDate: new Date(clock).toISOString().slice(0, 10),
            reason: 'insufficient_funds',
            bankFeeCents: 0,
            rebill: false,
            note: ''
          })
          entries++
        }
      }
    } else {
      const invoice = invoices[invoices.length - 1]
      const draft = await call(kind === 'credit' ? 'invoices.createCreditNote' : 'invoices.createDebitNote', {
        invoiceId: invoice.id,
        reason: 'Corrección',
        lines: [{ lineId: invoice.lineId, quantityMilli: 500 }]
      })
      await call('documents.issue', { id: draft.id })
    }
    entries++
  }
  return { api, customerId: customer.id, entries, close: () => store.close() }
}
