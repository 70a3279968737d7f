import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { FileResult } from '../../src/shared/schemas/common'
import { XLSX_MIME } from '../../src/shared/schemas/common'
import {
  address,
  customer,
  customerQuery,
  executive,
  openTestDesk,
  product,
  productQuery,
  type TestDesk
} from '../support/fixtures'
import { required } from '../../src/shared/required'

let desk: TestDesk
beforeEach(async () => {
  desk = await openTestDesk()
})
afterEach(async () => {
  await desk.close()
})

async function readBack(file: FileResult, sheetName: string): Promise<ExcelJS.Worksheet> {
  expect(file.kind).toBe('file')
  expect(file.mimeType).toBe(XLSX_MIME)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
  const sheet = workbook.getWorksheet(sheetName)
  expect(sheet, `sheet ${sheetName}`).toBeDefined()
  return required(sheet, 'sheet')
}

function headerIndex(sheet: ExcelJS.Worksheet): Map<string, number> {
  const index = new Map<string, number>()
  sheet.getRow(1).eachCell((cell, col) => index.set(cell.text, col))
  return index
}

function expectListLayout(sheet: ExcelJS.Worksheet, columns: number): void {
  const header = sheet.getRow(1)
  for (let c = 1; c <= columns; c++) expect(header.getCell(c).font.bold, `header cell ${c} bold`).toBe(true)
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
  expect(sheet.autoFilter).toBeTruthy()
  const filter = typeof sheet.autoFilter === 'string' ? sheet.autoFilter : JSON.stringify(sheet.autoFilter)
  expect(filter).toMatch(/A1/)
}

const tricky = ['=SUM(A1:A9)', '+34 600 123 456', '-5 % discount', '@home', '=HYPERLINK("http://x.example")']

describe('customer export', () => {
  beforeEach(async () => {
    const exec = await desk.call('executives.create', { executive: executive({ name: 'Алексей Смирнов' }) })
    await desk.call('customers.create', {
      customer: customer({
        name: 'Kovács és Társa Kft.',
        status: 'active',
        billingAddress: address('Győr', { postalCode: '9021', country: 'HU' }),
        contacts: [{ name: 'Zsófia Nagy', role: '', phone: '', email: 'zsofia@kovacs.example' }],
        paymentTermsDays: 45,
        executiveId: exec.id
      })
    })
    desk.clock.advance(86_400_000)
    await desk.call('customers.create', {
      customer: customer({
        name: 'ООО «Смирнов Торг»',
        status: 'active',
        billingAddress: address('Москва', { postalCode: '101000', country: 'RU' })
      })
    })
    for (const [i, name] of tricky.entries()) {
      await desk.call('customers.create', {
        customer: customer({
          name,
          status: 'prospect',
          taxId: name,
          billingAddress: address('Leeds', { postalCode: String(i).padStart(5, '0'), country: 'GB' })
        })
      })
    }
    const archived = await desk.call('customers.create', {
      customer: customer({ name: 'Archived Ltd', status: 'active' })
    })
    await desk.call('customers.archive', { id: archived.id })
  })

  it('has a bold frozen header, an autofilter, real numbers and dates, and keeps text as text', async () => {
    const file = await desk.call('customers.exportXlsx', {
      search: '',
      status: 'all',
      archived: 'exclude',
      executiveId: null,
      sort: { field: 'name', direction: 'asc' }
    })
    expect(file.fileName).toBe('customers.xlsx')
    const sheet = await readBack(file, 'Customers')
    const col = headerIndex(sheet)
    expectListLayout(sheet, col.size)
    const list = await desk.call('customers.list', customerQuery())
    expect(sheet.actualRowCount - 1).toBe(list.total)
    const names = Array.from(
      { length: list.total },
      (_, i) => sheet.getRow(i + 2).getCell(required(col.get('Name'), 'column Name')).value
    )
    expect(names).toEqual(list.rows.map((r) => r.name))

    const rowOf = (name: string) => sheet.getRow(names.indexOf(name) + 2)
    const kovacs = rowOf('Kovács és Társa Kft.')
    expect(kovacs.getCell(required(col.get('City'), 'column City')).value).toBe('Győr')
    expect(kovacs.getCell(required(col.get('Sales executive'), 'column Sales executive')).value).toBe(
      'Алексей Смирнов'
    )
    expect(kovacs.getCell(required(col.get('Contact'), 'column Contact')).value).toBe('Zsófia Nagy')
    expect(kovacs.getCell(required(col.get('Postal code'), 'column Postal code')).value).toBe('9021')
    // The list's words, never the stored codes.
    expect(kovacs.getCell(required(col.get('Status'), 'column Status')).value).toBe('Active')
    expect(rowOf(tricky[0]).getCell(required(col.get('Status'), 'column Status')).value).toBe('Prospect')
    const terms = kovacs.getCell(required(col.get('Payment terms (days)'), 'column Payment terms (days)'))
    expect(terms.type).toBe(ExcelJS.ValueType.Number)
    expect(terms.value).toBe(45)
    const created = kovacs.getCell(required(col.get('Created'), 'column Created'))
    expect(created.value).toBeInstanceOf(Date)
    expect((created.value as Date).toISOString()).toBe('2026-03-02T09:30:00.000Z')
    expect(created.numFmt).toMatch(/yy/)
    expect(rowOf('ООО «Смирнов Торг»').getCell(required(col.get('City'), 'column City')).value).toBe('Москва')

    for (const text of tricky) {
      const row = rowOf(text)
      for (const header of ['Name', 'Tax id']) {
        const cell = row.getCell(required(col.get(header), 'col.get(header)'))
        expect(cell.type, `${header} of ${text}`).toBe(ExcelJS.ValueType.String)
        expect(cell.value).toBe(text)
        expect(cell.formula).toBeUndefined()
      }
    }
  })

  it('exports exactly the filtered list, in its order', async () => {
    const filters = {
      search: 'leeds',
      status: 'prospect' as const,
      archived: 'exclude' as const,
      executiveId: null,
      sort: { field: 'code' as const, direction: 'desc' as const }
    }
    const list = await desk.call('customers.list', { ...filters, offset: 0, limit: 100 })
    expect(list.total).toBe(tricky.length)
    const sheet = await readBack(await desk.call('customers.exportXlsx', filters), 'Customers')
    const col = headerIndex(sheet)
    expect(sheet.actualRowCount - 1).toBe(list.total)
    const codes = Array.from(
      { length: list.total },
      (_, i) => sheet.getRow(i + 2).getCell(required(col.get('Code'), 'column Code')).value
    )
    expect(codes).toEqual(list.rows.map((r) => r.code))

    const onlyArchived = await readBack(
      await desk.call('customers.exportXlsx', { ...filters, search: '', status: 'all', archived: 'only' }),
      'Customers'
    )
    expect(onlyArchived.actualRowCount).toBe(2)
    expect(
      onlyArchived.getRow(2).getCell(required(headerIndex(onlyArchived).get('Archived'), 'column Archived'))
        .value
    ).toBe('Yes')
  })

  it('an empty result still has the header row', async () => {
    const sheet = await readBack(
      await desk.call('customers.exportXlsx', {
        search: 'nobody-matches-this',
        status: 'all',
        archived: 'include',
        executiveId: null,
        sort: { field: 'name', direction: 'asc' }
      }),
      'Customers'
    )
    expect(sheet.actualRowCount).toBe(1)
    expect(headerIndex(sheet).has('Name')).toBe(true)
  })
})

describe('product export', () => {
  it('writes money as a formatted number equal to cents / 100 and VAT as a percentage', async () => {
    const prices = [0, 1, 99, 1_999, 123_456, 99_999_999_999]
    for (const [i, cents] of prices.entries()) {
      await desk.call('products.create', {
        product: product({
          sku: `P-${i}`,
          name: i === 0 ? 'Монитор 27"' : `=Product ${i}`,
          unitPriceCents: cents,
          vatRateBp: i === 1 ? 550 : 2100,
          active: i !== 2
        })
      })
    }
    const sheet = await readBack(
      await desk.call('products.exportXlsx', {
        search: '',
        active: 'all',
        sort: { field: 'sku', direction: 'asc' }
      }),
      'Products'
    )
    const col = headerIndex(sheet)
    expectListLayout(sheet, col.size)
    const list = await desk.call('products.list', productQuery())
    expect(sheet.actualRowCount - 1).toBe(list.total)
    list.rows.forEach((p, i) => {
      const row = sheet.getRow(i + 2)
      expect(row.getCell(required(col.get('SKU'), 'column SKU')).value).toBe(p.sku)
      const price = row.getCell(required(col.get('Unit price'), 'column Unit price'))
      expect(price.type).toBe(ExcelJS.ValueType.Number)
      expect(price.value).toBe(p.unitPriceCents / 100)
      expect(price.numFmt).toMatch(/0\.00/)
      const vat = row.getCell(required(col.get('VAT rate'), 'column VAT rate'))
      expect(vat.value).toBe(p.vatRateBp / 10000)
      expect(vat.numFmt).toContain('%')
      const name = row.getCell(required(col.get('Name'), 'column Name'))
      expect(name.type).toBe(ExcelJS.ValueType.String)
      expect(name.value).toBe(p.name)
      expect(row.getCell(required(col.get('Active'), 'column Active')).value).toBe(p.active ? 'Yes' : 'No')
    })
    const active = await readBack(
      await desk.call('products.exportXlsx', {
        search: '',
        active: 'active',
        sort: { field: 'unitPriceCents', direction: 'desc' }
      }),
      'Products'
    )
    expect(active.actualRowCount - 1).toBe(prices.length - 1)
    expect(active.getRow(2).getCell(required(col.get('Unit price'), 'column Unit price')).value).toBe(
      999_999_999.99
    )
  })
})

describe('sales executive export', () => {
  it('lists executives with their customer counts as numbers', async () => {
    const e = await desk.call('executives.create', { executive: executive({ name: 'Núria Puig' }) })
    await desk.call('executives.create', { executive: executive({ name: '@team lead', active: false }) })
    await desk.call('customers.create', { customer: customer({ executiveId: e.id }) })
    const sheet = await readBack(
      await desk.call('executives.exportXlsx', {
        search: '',
        active: 'all',
        sort: { field: 'name', direction: 'asc' }
      }),
      'Sales executives'
    )
    const col = headerIndex(sheet)
    expectListLayout(sheet, col.size)
    expect(sheet.getRow(2).getCell(required(col.get('Name'), 'column Name')).value).toBe('@team lead')
    expect(sheet.getRow(3).getCell(required(col.get('Name'), 'column Name')).value).toBe('Núria Puig')
    const count = sheet.getRow(3).getCell(required(col.get('Customers'), 'column Customers'))
    expect(count.type).toBe(ExcelJS.ValueType.Number)
    expect(count.value).toBe(1)
  })
})
