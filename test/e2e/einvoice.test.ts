/**
 * E-invoices in the real UI at 1366×768: an issued invoice saved as UBL from its page (the file
 * passes the official EN 16931 rules), a draft that lists what the rules would reject before it
 * is issued, the invoice list's batch (the type, period and format chosen are the zip's name and files),
 * and the Settings section that makes Factur-X the printed invoice.
 */
import JSZip from 'jszip'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeFatal, validateEn16931 } from '../support/en16931'
import { listQuery } from '../documents/helpers'
import { address, customer } from '../support/fixtures'
import { generalErrorMessages } from '../../src/shared/error-messages/general'
import { openSession, present, type Session, draftInvoice, whileJobsWaitToBeStopped } from './harness'

let session: Session
let page: Page

// The harness's store (a refusal fails the test, naming the fields) under a short name.
const store: Session['store'] = (method, input) => session.store(method, input)

const byTestId = (id: string) => session.byTestId(id)

beforeAll(async () => {
  session = await openSession({ demo: 'small', viewport: { width: 1366, height: 768 } })
  page = session.page
}, 180_000)

afterAll(async () => {
  await session.close()
})

describe('e-invoices in the app', () => {
  it('saves an issued invoice as UBL from its page, and the file passes the official rules', async () => {
    const invoices = await store('documents.list', {
      type: 'invoice',
      search: '',
      status: 'issued',
      customerId: null,
      executiveId: null,
      dateFrom: null,
      dateTo: null,
      sort: { field: 'number', direction: 'desc' },
      offset: 0,
      limit: 1
    })
    const [invoice] = invoices.rows
    await page.goto(`${session.host.url}#/invoices/${invoice.id}`)
    await byTestId('einvoice-ubl').waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), byTestId('einvoice-ubl').click()])
    expect(download.suggestedFilename()).toBe(`${invoice.number}.ubl.xml`)
    const path = await download.path()
    const xml = readFileSync(path, 'utf8')
    expect(xml).toContain(`<cbc:ID>${invoice.number}</cbc:ID>`)
    const [report] = validateEn16931([{ name: 'downloaded.xml', xml }])
    expect(describeFatal(report)).toBe('')
    await expect.poll(() => byTestId('banner-success').textContent()).toContain(`${invoice.number}.ubl.xml`)
  }, 120_000)

  it('lists on a draft what the e-invoice rules would reject, before it is issued', async () => {
    const buyer = await store('customers.create', {
      customer: customer({
        name: 'Müller Bau GmbH',
        taxId: '',
        billingAddress: address('Berlin', { country: 'DE' })
      })
    })
    const draft = await draftInvoice(session, buyer.id, [
      { description: 'Montage', unit: 'h', quantityMilli: 2_000, unitPriceCents: 5_000, vatCategory: 'K' }
    ])
    await page.goto(`${session.host.url}#/invoices/${draft.id}`)
    const problems = byTestId('einvoice-problem')
    await expect.poll(() => problems.count()).toBeGreaterThanOrEqual(2)
    const texts = await problems.allTextContents()
    expect(texts.join('\n')).toContain("need the customer's VAT number")
    expect(texts.join('\n')).toContain('BR-IC-02')
  }, 60_000)

  it('zips the issued credit notes of the chosen period as CII from the invoice list, one file a note', async () => {
    const notes = await store('documents.list', listQuery({ type: 'credit_note', limit: 1000 }))
    // What the dialog should put in the zip, worked out here: every numbered credit note, by its number.
    const expected = notes.rows
      .flatMap((note) => (note.number === null ? [] : [`${note.number.replace(/[^\w.-]/g, '_')}.cii.xml`]))
      .sort()
    expect(expected.length).toBeGreaterThan(0)

    await page.goto(`${session.host.url}#/invoices`)
    await byTestId('einvoice-batch-open').click()
    await page.locator('#einvoice-batch-type').selectOption('credit_note')
    await page.locator('#einvoice-batch-from').fill('2020-01-01')
    await page.locator('#einvoice-batch-to').fill('2030-12-31')
    await page.locator('#einvoice-batch-to').press('Tab')
    await byTestId('einvoice-batch-format').selectOption('cii')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      byTestId('einvoice-batch-start').click()
    ])

    expect(download.suggestedFilename()).toBe('e-invoices-cii-2020-01-01-2030-12-31.zip')
    const zip = await JSZip.loadAsync(readFileSync(present(await download.path(), 'the saved zip')))
    expect(Object.keys(zip.files).sort()).toEqual(expected)
    // The count travels beside the file over the web host too (it was empty in a browser).
    await expect
      .poll(() => byTestId('banner-success').textContent())
      .toContain(`${String(expected.length)} e-invoices saved in e-invoices-cii-2020-01-01-2030-12-31.zip`)
    await byTestId('einvoice-batch-close').click()
  }, 120_000)

  it('says a batch the user stopped as information, as the weekly invoice lines do, not as an error', async () => {
    await page.goto(`${session.host.url}#/invoices`)
    await byTestId('einvoice-batch-open').click()
    await whileJobsWaitToBeStopped(page, async () => {
      await byTestId('einvoice-batch-start').click()
      await byTestId('einvoice-batch-progress').waitFor()
      await page.getByRole('button', { name: 'Cancel', exact: true }).click()
      await expect.poll(() => byTestId('banner-info').textContent()).toBe(generalErrorMessages.jobCancelled)
      expect(await byTestId('banner-error').count()).toBe(0)
    })
    await byTestId('einvoice-batch-close').click()
  }, 120_000)

  it('turns Factur-X on in Settings', async () => {
    await page.goto(`${session.host.url}#/settings`)
    await byTestId('einvoice-embed').check()
    await byTestId('einvoice-creditor').fill('ES12ZZZB12345674')
    await byTestId('einvoice-save').click()
    await expect
      .poll(() => byTestId('einvoice-settings').textContent())
      .toContain('E-invoice settings saved.')
    expect(await store('einvoice.settings', {})).toEqual({ embedInPdf: true, creditorId: 'ES12ZZZB12345674' })
  }, 60_000)
})
