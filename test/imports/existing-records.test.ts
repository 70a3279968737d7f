/**
 * Imports that meet records already in Salesdesk (issue 13 item 11): the same code or tax id
 * (customers) or SKU (products) is listed as a problem, skipped, or updates that record, as the
 * user chooses for the import; an update fills only the fields the file has, goes through the
 * form's checks and leaves an "edited" entry in the activity log; a re-import creates nothing twice.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { decodeMessage } from '../../src/shared/errors'
import type { ExistingChoice } from '../../src/shared/schemas/imports'
import { spanishCompanyTaxId } from '../../src/shared/tax-ids'
import { dumpDatabase } from '../support/dump'
import { customerQuery, openTestDesk, productQuery, type TestDesk } from '../support/fixtures'

let desk: TestDesk

beforeEach(async () => {
  desk = await openTestDesk()
})
afterEach(async () => {
  await desk.close()
})

const csv = (rows: string[][]) => Buffer.from(rows.map((r) => r.join(';')).join('\n')).toString('base64')

const customerColumns = ['Código', 'Nombre', 'NIF', 'País', 'Población', 'Correo']
const customerMapping = { code: 0, name: 1, taxId: 2, country: 3, city: 4, email: 5 }

function customersFile(rows: Array<{ code: string; name: string; n: number; city: string; email: string }>) {
  return csv([
    customerColumns,
    ...rows.map((r) => [r.code, r.name, spanishCompanyTaxId(r.n), 'ES', r.city, r.email])
  ])
}

async function importCustomers(base64: string, onExisting?: ExistingChoice, check = false) {
  return desk.call('imports.apply', {
    kind: 'customers',
    fileName: 'clientes.csv',
    base64,
    mapping: customerMapping,
    onExisting,
    check
  })
}

const first = [
  { code: 'CLI-1', name: 'Ferretería Núñez S.L.', n: 1001, city: 'Madrid', email: 'a@nunez.es' },
  { code: 'CLI-2', name: 'Cal Pagès', n: 1002, city: 'Girona', email: 'b@pages.cat' },
  { code: 'CLI-3', name: 'Óptica Ñandú', n: 1003, city: 'Sevilla', email: 'c@nandu.es' }
]

const editedCustomers = () =>
  (
    desk.store.sqlite
      .prepare("select count(*) as n from activity_log where entity = 'customer' and action = 'update'")
      .get() as { n: number }
  ).n

describe('imports that meet existing records', () => {
  it('refuse, skip or update customers found by code or tax id, and a re-import creates nothing twice', async () => {
    expect(await importCustomers(customersFile(first))).toMatchObject({ applied: true, created: 3 })
    const stored = await desk.call('customers.list', customerQuery({ limit: 10 }))
    const idOf = new Map(stored.rows.map((r) => [r.code, r.id]))
    // A note typed in Salesdesk, in a field the file does not have: an update keeps it.
    const kept = await desk.call('customers.get', { id: idOf.get('CLI-2') ?? 0 })
    const { id: _i, createdAt: _c, updatedAt: _u, archivedAt: _a, ...keptInput } = kept
    await desk.call('customers.update', {
      id: kept.id,
      customer: { ...keptInput, notes: 'Prefers calls in the morning' }
    })

    // The second file: CLI-1 moves city, CLI-2 found by its tax id only (no code), CLI-3 as it was, one new.
    const second = [
      { ...first[0], city: 'Alcalá de Henares' },
      { ...first[1], code: '', email: 'compres@pages.cat' },
      first[2],
      { code: 'CLI-4', name: 'Forn de Sant Jaume', n: 1004, city: 'Barcelona', email: 'd@forn.cat' }
    ]
    const file = customersFile(second)

    const refused = await importCustomers(file)
    expect(refused.applied).toBe(false)
    expect(refused.problems.map((p) => [p.row, decodeMessage(p.message)?.key])).toEqual([
      [2, 'customerCodeUsed'],
      [3, 'importCustomerExists'],
      [4, 'customerCodeUsed']
    ])

    const before = dumpDatabase(desk.store.sqlite)
    const checked = await importCustomers(file, 'update', true)
    expect(checked).toMatchObject({ applied: false, created: 1, updated: 3, skipped: 0, problems: [] })
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)

    const editsBefore = editedCustomers()
    const updated = await importCustomers(file, 'update')
    expect(updated).toMatchObject({ applied: true, rows: 4, created: 1, updated: 3, skipped: 0 })
    // One "edited" entry per customer updated, as the form's save writes.
    expect(editedCustomers()).toBe(editsBefore + 3)
    const list = await desk.call('customers.list', customerQuery({ limit: 10 }))
    expect(list.rows.map((r) => r.code).sort()).toEqual(['CLI-1', 'CLI-2', 'CLI-3', 'CLI-4'])
    const one = await desk.call('customers.get', { id: idOf.get('CLI-1') ?? 0 })
    expect(one.billingAddress.city).toBe('Alcalá de Henares')
    const two = await desk.call('customers.get', { id: idOf.get('CLI-2') ?? 0 })
    expect([two.code, two.contacts[0]?.email, two.notes]).toEqual([
      'CLI-2',
      'compres@pages.cat',
      'Prefers calls in the morning'
    ])

    // The same file again: nothing new, every row updates its own record.
    const again = await importCustomers(file, 'update')
    expect(again).toMatchObject({ applied: true, created: 0, updated: 4 })
    const skipped = await importCustomers(file, 'skip')
    expect(skipped).toMatchObject({ applied: true, created: 0, updated: 0, skipped: 4 })
    expect((await desk.call('customers.list', customerQuery({ limit: 10 }))).total).toBe(4)
  })

  it('never updates a customer from a row whose code and tax id name two different customers', async () => {
    await importCustomers(customersFile(first))
    const mixed = customersFile([{ ...first[0], n: first[1].n }])
    const result = await importCustomers(mixed, 'update')
    expect(result.applied).toBe(false)
    expect(result.problems.map((p) => [p.field, decodeMessage(p.message)?.key])).toEqual([
      ['taxId', 'importCustomerExists']
    ])
  })

  it('updates products by SKU with the checks of the form', async () => {
    const products = (rows: string[][]) =>
      desk.call('imports.apply', {
        kind: 'products',
        fileName: 'articulos.csv',
        base64: csv([['Referencia', 'Nombre', 'Precio', 'IVA'], ...rows.map((r) => [...r, '21'])]),
        mapping: { sku: 0, name: 1, price: 2, vatRate: 3 },
        onExisting: 'update'
      })
    expect(
      await products([
        ['P-1', 'Tornillo', '0,35'],
        ['P-2', 'Martillo', '12,90']
      ])
    ).toMatchObject({
      created: 2
    })
    // A price that is not an amount is refused as on the form, and nothing is written.
    const bad = await products([['P-1', 'Tornillo', 'gratis']])
    expect(bad.applied).toBe(false)
    expect(bad.problems.map((p) => p.field)).toEqual(['price'])
    expect(
      await products([
        ['P-2', 'Martillo de carpintero', '13,50'],
        ['P-3', 'Clavo', '0,05']
      ])
    ).toMatchObject({
      applied: true,
      created: 1,
      updated: 1
    })
    const list = await desk.call('products.list', productQuery({ limit: 10 }))
    expect(list.rows.map((r) => [r.sku, r.name, r.unitPriceCents]).sort()).toEqual([
      ['P-1', 'Tornillo', 35],
      ['P-2', 'Martillo de carpintero', 1350],
      ['P-3', 'Clavo', 5]
    ])
  })
})
