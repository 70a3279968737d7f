/** Company profile and document settings: defaults, validation, storage, use in numbering. */
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defaultSettings } from '../../src/shared/schemas/settings'
import { openTestDesk, type TestDesk } from '../support/fixtures'
import { companySettings, issued, listQuery, seedDocuments } from './helpers'

let desk: TestDesk
beforeEach(async () => {
  // These tests start from the defaults: no company profile.
  desk = await openTestDesk({ company: false })
})
afterEach(async () => {
  await desk.close()
})

describe('settings', () => {
  it('start from the defaults, save, and log the change', async () => {
    expect(await desk.call('settings.get', {})).toEqual(defaultSettings())
    const saved = await desk.call('settings.update', {
      settings: companySettings({ iban: 'es91 2100 0418 4502 0005 1332', bic: 'caix es bb xxx' })
    })
    expect(saved.company).toMatchObject({
      legalName: 'Col·legi Català de Façanes S.L.',
      iban: 'ES9121000418450200051332',
      bic: 'CAIXESBBXXX'
    })
    expect(await desk.call('settings.get', {})).toEqual(saved)
    const log = await desk.call('activity.list', { entity: 'settings', entityId: null, offset: 0, limit: 10 })
    expect(log.rows[0].summary).toContain('legalName')
  })

  it('refuse a wrong IBAN or BIC, a logo that is not a small PNG/JPEG, and one prefix for two types', async () => {
    const base = companySettings()
    const wrongIban = await desk.fail('settings.update', {
      settings: companySettings({ iban: 'ES91 2100 0418 4502 0005 1333' })
    })
    expect(wrongIban.fields).toHaveProperty(['settings.company.iban'])
    expect(
      (await desk.fail('settings.update', { settings: companySettings({ bic: 'NOPE' }) })).fields
    ).toHaveProperty(['settings.company.bic'])
    expect(
      (
        await desk.fail('settings.update', {
          settings: companySettings({ logoDataUrl: 'data:image/svg+xml;base64,PHN2Zz4=' })
        })
      ).fields
    ).toHaveProperty(['settings.company.logoDataUrl'])
    const huge = `data:image/png;base64,${'A'.repeat(800_000)}`
    expect(
      (await desk.fail('settings.update', { settings: companySettings({ logoDataUrl: huge }) })).fields
    ).toHaveProperty(['settings.company.logoDataUrl'])
    const clash = {
      ...base,
      documents: { ...base.documents, prefixes: { ...base.documents.prefixes, credit_note: 'inv' } }
    }
    expect((await desk.fail('settings.update', { settings: clash })).fields).toHaveProperty([
      'settings.documents.prefixes.credit_note'
    ])
    expect(await desk.call('settings.get', {})).toEqual(defaultSettings())
  })

  it('numbering uses the prefix in force at issue; the series continues', async () => {
    const seed = await seedDocuments(desk)
    expect((await issued(desk, seed)).number).toBe('INV-2026-00001')
    const base = companySettings()
    await desk.call('settings.update', {
      settings: {
        ...base,
        documents: { ...base.documents, prefixes: { ...base.documents.prefixes, invoice: 'FRA' } }
      }
    })
    expect((await issued(desk, seed)).number).toBe('FRA-2026-00002')
    expect((await desk.call('numbering.report', {})).gapFree).toBe(true)
  })
})

describe('Excel export of a document list', () => {
  it('has real numbers, dates and totals', async () => {
    const seed = await seedDocuments(desk)
    const a = await issued(desk, seed)
    const b = await issued(desk, seed)
    const { offset: _o, limit: _l, ...filters } = listQuery()
    const file = await desk.call('documents.exportXlsx', filters)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Invoices')
    if (!sheet) throw new Error('no Invoices sheet')
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Number',
      'Issue date',
      'Due',
      'Customer',
      'Sales executive',
      'Status',
      'Currency',
      'Net',
      'VAT',
      'Total',
      'Payment',
      'Open'
    ])
    expect(sheet.getCell('A2').value).toBe(a.number)
    expect(sheet.getCell('A3').value).toBe(b.number)
    expect(sheet.getCell('B2').value).toEqual(new Date('2026-03-02T00:00:00Z'))
    expect(sheet.getCell('D2').value).toBe('Győri Lőrinc és Fiai Kft.')
    expect(sheet.getCell('J2').value).toBe(a.totalCents / 100)
    // Human words for the status and the payment, never the stored codes.
    expect(sheet.getCell('F2').value).toBe('Issued')
    expect(sheet.getCell('K2').value).toBe('Unpaid')
    expect(sheet.getCell('L2').value).toBe(a.totalCents / 100)
  })
})
