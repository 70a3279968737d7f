/**
 * Customers and products from another program's file (issue 13 item 11): preview with a guessed
 * mapping, all or nothing, duplicates against the store and within the file, row-by-row problems.
 */
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { decodeMessage } from '../../src/shared/errors'
import { spanishCompanyTaxId } from '../../src/shared/tax-ids'
import { dumpDatabase } from '../support/dump'
import { customer, customerQuery, openTestDesk, productQuery, type TestDesk } from '../support/fixtures'

let desk: TestDesk

beforeEach(async () => {
  desk = await openTestDesk()
})
afterEach(async () => {
  await desk.close()
})

async function xlsx(rows: unknown[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Clientes')
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

describe('customers and products import', () => {
  it('previews an xlsx with Spanish headers and suggests the mapping', async () => {
    const base64 = await xlsx([
      [
        'Código',
        'Razón social',
        'NIF',
        'Dirección',
        'Código postal',
        'Población',
        'País',
        'Correo electrónico',
        'Teléfono'
      ],
      [
        'CLI-1',
        'Ferretería Núñez S.L.',
        'B12345674',
        'Calle Mayor 1',
        '28001',
        'Madrid',
        'ES',
        'a@b.es',
        '600 000 000'
      ]
    ])
    const preview = await desk.call('imports.preview', {
      kind: 'customers',
      fileName: 'clientes.xlsx',
      base64
    })
    expect(preview.columns[1]).toBe('Razón social')
    expect(preview.rows).toEqual([
      [
        'CLI-1',
        'Ferretería Núñez S.L.',
        'B12345674',
        'Calle Mayor 1',
        '28001',
        'Madrid',
        'ES',
        'a@b.es',
        '600 000 000'
      ]
    ])
    expect(preview.suggested).toEqual({
      code: 0,
      name: 1,
      taxId: 2,
      line1: 3,
      postalCode: 4,
      city: 5,
      country: 6,
      email: 7,
      phone: 8
    })
  })

  it('imports customers from xlsx in one go and they are in the list', async () => {
    const names = ['Ферма Иванов', 'Kovács és Társa Kft.', 'Cal Núñez', 'Acme Ltd']
    const base64 = await xlsx([
      ['Name', 'City', 'Email'],
      ...names.map((n, i) => [n, `City ${i}`, `c${i}@example.com`])
    ])
    const result = await desk.call('imports.apply', {
      kind: 'customers',
      fileName: 'customers.xlsx',
      base64,
      mapping: { name: 0, city: 1, email: 2 }
    })
    expect(result).toMatchObject({ applied: true, rows: 4, created: 4, problems: [] })
    const list = await desk.call('customers.list', customerQuery({ limit: 100 }))
    expect(list.rows.map((r) => r.name).sort()).toEqual([...names].sort())
    expect(new Set(list.rows.map((r) => r.code)).size).toBe(4)
  })

  it('refuses the whole file when one row is a duplicate, names the rows and writes nothing', async () => {
    const existing = await desk.call('customers.create', {
      customer: customer({
        name: 'Old',
        taxId: spanishCompanyTaxId(1234),
        billingAddress: { ...customer().billingAddress, country: 'ES' }
      })
    })
    const before = dumpDatabase(desk.store.sqlite)
    const csv = [
      'Name;Tax id;Country',
      `New one;${spanishCompanyTaxId(5678)};ES`,
      `Same as stored;ES-${spanishCompanyTaxId(1234)};ES`,
      ';;ES',
      ';;',
      `Twice;${spanishCompanyTaxId(5678)};ES`
    ].join('\n')
    const result = await desk.call('imports.apply', {
      kind: 'customers',
      fileName: 'c.csv',
      base64: Buffer.from(csv).toString('base64'),
      mapping: { name: 0, taxId: 1, country: 2 }
    })
    expect(result.applied).toBe(false)
    expect(result.created).toBe(0)
    expect(result.rows).toBe(4)
    expect(result.problems.map((p) => [p.row, p.field, decodeMessage(p.message)?.key])).toEqual([
      [3, 'taxId', 'importCustomerExists'],
      [4, 'name', 'nameRequired'],
      [6, 'taxId', 'importSameInFile']
    ])
    expect(decodeMessage(result.problems[0].message)?.params).toEqual({ code: existing.code, name: 'Old' })
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
  })

  it('imports products with prices computed independently, and refuses an existing SKU', async () => {
    const rows: Array<[string, string, number | string, number | string]> = [
      ['P-1', 'Tornillo', 0.35, 21],
      ['P-2', 'Martillo', '12,90', '21 %'],
      ['P-3', 'Libro', 1234.5, 0.04]
    ]
    const base64 = await xlsx([['Referencia', 'Nombre', 'Precio', 'IVA'], ...rows])
    const preview = await desk.call('imports.preview', { kind: 'products', fileName: 'p.xlsx', base64 })
    expect(preview.suggested).toEqual({ sku: 0, name: 1, price: 2, vatRate: 3 })
    const result = await desk.call('imports.apply', {
      kind: 'products',
      fileName: 'p.xlsx',
      base64,
      mapping: preview.suggested
    })
    expect(result).toMatchObject({ applied: true, created: 3 })
    const list = await desk.call('products.list', productQuery({ limit: 10 }))
    const expected = rows.map(([sku, , price, vat]) => {
      const euros = typeof price === 'number' ? price : Number(price.replace(',', '.'))
      const percent = typeof vat === 'number' ? (vat < 1 ? vat * 100 : vat) : Number(vat.replace('%', ''))
      return { sku, unitPriceCents: Math.round(euros * 100), vatRateBp: Math.round(percent * 100) }
    })
    expect(
      list.rows
        .map((p) => ({ sku: p.sku, unitPriceCents: p.unitPriceCents, vatRateBp: p.vatRateBp }))
        .sort((a, b) => a.sku.localeCompare(b.sku))
    ).toEqual(expected)

    const again = await desk.call('imports.apply', {
      kind: 'products',
      fileName: 'p.xlsx',
      base64,
      mapping: preview.suggested
    })
    expect(again.applied).toBe(false)
    expect(again.problems.map((p) => [p.row, decodeMessage(p.message)?.key])).toEqual([
      [2, 'importProductExists'],
      [3, 'importProductExists'],
      [4, 'importProductExists']
    ])
  })

  it('refuses a mapping without the required columns', async () => {
    const base64 = await xlsx([['Name'], ['X']])
    const result = await desk.call('imports.apply', {
      kind: 'products',
      fileName: 'p.xlsx',
      base64,
      mapping: { name: 0 }
    })
    expect(result.applied).toBe(false)
    expect(result.problems.map((p) => p.field)).toEqual(['sku', 'price'])
  })

  it('checks every row without writing anything, then the same mapping imports', async () => {
    const names = ['Alfa', 'Beta', 'Gamma']
    const base64 = Buffer.from(['Name;City', ...names.map((n) => `${n};Lleida`)].join('\n')).toString(
      'base64'
    )
    const before = dumpDatabase(desk.store.sqlite)
    const input = { kind: 'customers' as const, fileName: 'c.csv', base64, mapping: { name: 0, city: 1 } }
    const checked = await desk.call('imports.apply', { ...input, check: true })
    expect(checked).toMatchObject({ applied: false, rows: names.length, created: names.length, problems: [] })
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
    const applied = await desk.call('imports.apply', input)
    expect(applied).toMatchObject({ applied: true, created: names.length })
  })

  it('offers the confirmed mapping again for a file with the same headers, in any order', async () => {
    const header = ['Nombre', 'Notas', 'Ciudad', 'Ref. antigua']
    const first = Buffer.from([header.join(';'), 'Uno;n;Reus;R1'].join('\n')).toString('base64')
    const preview = await desk.call('imports.preview', {
      kind: 'customers',
      fileName: 'a.csv',
      base64: first
    })
    expect(preview.saved).toBeNull()
    // The user keeps the guessed name and city, leaves the notes out and puts the old reference in the code.
    const mapping = { name: 0, city: 2, code: 3, notes: null }
    expect(
      (await desk.call('imports.apply', { kind: 'customers', fileName: 'a.csv', base64: first, mapping }))
        .applied
    ).toBe(true)

    const reordered = ['Ref. antigua', 'Ciudad', 'Nombre', 'Notas']
    const second = Buffer.from([reordered.join(';'), 'R2;Vic;Dos;m'].join('\n')).toString('base64')
    const again = await desk.call('imports.preview', { kind: 'customers', fileName: 'b.csv', base64: second })
    const at = (name: string) => reordered.indexOf(name)
    expect(again.saved).toEqual({ code: at('Ref. antigua'), city: at('Ciudad'), name: at('Nombre') })
    // Another kind, or another set of headers, is not offered it.
    expect(
      (await desk.call('imports.preview', { kind: 'products', fileName: 'b.csv', base64: second })).saved
    ).toBeNull()
    const other = Buffer.from(['Nombre;Ciudad', 'Tres;Olot'].join('\n')).toString('base64')
    expect(
      (await desk.call('imports.preview', { kind: 'customers', fileName: 'c.csv', base64: other })).saved
    ).toBeNull()
  })

  it('does not remember a mapping from a check or a refused import', async () => {
    const base64 = Buffer.from(['Nombre;Ciudad', 'Uno;Reus', ';Vic'].join('\n')).toString('base64')
    const input = { kind: 'customers' as const, fileName: 'a.csv', base64, mapping: { name: 0, city: 1 } }
    expect((await desk.call('imports.apply', input)).applied).toBe(false)
    const good = Buffer.from(['Nombre;Ciudad', 'Uno;Reus'].join('\n')).toString('base64')
    expect((await desk.call('imports.apply', { ...input, base64: good, check: true })).problems).toEqual([])
    expect(
      (await desk.call('imports.preview', { kind: 'customers', fileName: 'a.csv', base64: good })).saved
    ).toBeNull()
  })

  it('imports more rows than one batch, each contact on its own customer', async () => {
    const count = 450
    const rows = Array.from({ length: count }, (_, i) => [
      `K-${String(i)}`,
      `Cliente ${String(i)}`,
      `c${String(i)}@example.es`
    ])
    const csv = ['Code;Name;Email', ...rows.map((r) => r.join(';'))].join('\n')
    const result = await desk.call('imports.apply', {
      kind: 'customers',
      fileName: 'many.csv',
      base64: Buffer.from(csv).toString('base64'),
      mapping: { code: 0, name: 1, email: 2 }
    })
    expect(result).toMatchObject({ applied: true, created: count })
    const stored = desk.store.sqlite
      .prepare(
        'select c.code, c.name, k.email from customers c join customer_contacts k on k.customer_id = c.id order by c.code'
      )
      .all()
    expect(stored).toEqual(
      rows.map(([code, name, email]) => ({ code, name, email })).sort((a, b) => (a.code < b.code ? -1 : 1))
    )
  })
})
