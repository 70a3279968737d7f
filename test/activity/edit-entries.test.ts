/**
 * The activity entry of an edit names the fields that changed (summary and data), or says that
 * nothing did; and a code or SKU another record has is refused beside its field. Pinned for each
 * record that shares these steps (activity/edit-entry.ts, db/taken-key.ts): customers, products,
 * sales executives, contracts, the company settings and the region settings.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { errorMessages } from '../../src/shared/error-messages'
import { contract, openContractDesk, type ContractDesk } from '../contracts/support'
import { companySettings } from '../documents/helpers'
import { customer, executive, product } from '../support/fixtures'

let d: ContractDesk
beforeEach(async () => {
  d = await openContractDesk()
})
afterEach(async () => {
  await d.desk.close()
})

/** The last `count` entries about `entity` (and `entityId`), oldest first: what, in English and as data. */
async function lastEntries(entity: string, entityId: number | null, count: number) {
  const log = await d.desk.call('activity.list', { entity: null, entityId, offset: 0, limit: 100 })
  return log.rows
    .filter((r) => r.entity === entity)
    .slice(0, count)
    .reverse()
    .map((r) => ({ action: r.action, summary: r.summary, details: r.details }))
}

const edited = (summary: string, key: string, params: Record<string, string>) => ({
  action: 'update',
  summary,
  details: { key, params }
})

describe('the activity entry of an edit', () => {
  it('a customer: the changed fields, then "no changes" under its own key', async () => {
    const input = customer({ name: 'Cal Puig', code: 'C-77' })
    const { id } = await d.desk.call('customers.create', { customer: input })
    await d.desk.call('customers.update', { id, customer: { ...input, notes: 'VIP' } })
    await d.desk.call('customers.update', { id, customer: { ...input, notes: 'VIP' } })
    expect(await lastEntries('customer', id, 2)).toEqual([
      edited('Edited customer C-77 Cal Puig (notes)', 'customerEdited', {
        code: 'C-77',
        name: 'Cal Puig',
        fields: 'notes'
      }),
      edited('Edited customer C-77 Cal Puig (no changes)', 'customerSaved', {
        code: 'C-77',
        name: 'Cal Puig',
        fields: ''
      })
    ])
  })

  it('a product and a sales executive: the same, each in its own words', async () => {
    const input = product({ sku: 'P-9', name: 'Tornillo' })
    const p = await d.desk.call('products.create', { product: input })
    await d.desk.call('products.update', { id: p.id, product: { ...input, description: 'M6', unit: 'box' } })
    await d.desk.call('products.update', { id: p.id, product: { ...input, description: 'M6', unit: 'box' } })
    expect(await lastEntries('product', p.id, 2)).toEqual([
      edited('Edited product P-9 Tornillo (description, unit)', 'productEdited', {
        sku: 'P-9',
        name: 'Tornillo',
        fields: 'description, unit'
      }),
      edited('Edited product P-9 Tornillo (no changes)', 'productSaved', {
        sku: 'P-9',
        name: 'Tornillo',
        fields: ''
      })
    ])
    const person = executive({ name: 'Júlia Vidal', email: 'julia@example.es' })
    const e = await d.desk.call('executives.create', { executive: person })
    await d.desk.call('executives.update', { id: e.id, executive: { ...person, phone: '+34 600 000 000' } })
    await d.desk.call('executives.update', { id: e.id, executive: { ...person, phone: '+34 600 000 000' } })
    expect(await lastEntries('executive', e.id, 2)).toEqual([
      edited('Edited sales executive Júlia Vidal (phone)', 'executiveEdited', {
        name: 'Júlia Vidal',
        fields: 'phone'
      }),
      edited('Edited sales executive Júlia Vidal (no changes)', 'executiveSaved', {
        name: 'Júlia Vidal',
        fields: ''
      })
    ])
  })

  it('a contract, the company settings and the region: one key whether or not anything changed', async () => {
    const k = await d.desk.call('contracts.create', { contract: contract(d) })
    await d.desk.call('contracts.update', { id: k.id, contract: contract(d, { valueCents: 150_000 }) })
    await d.desk.call('contracts.update', { id: k.id, contract: contract(d, { valueCents: 150_000 }) })
    expect(await lastEntries('contract', k.id, 2)).toEqual([
      edited(`Edited contract ${k.number} (valueCents)`, 'contractEdited', {
        number: k.number,
        fields: 'valueCents'
      }),
      edited(`Edited contract ${k.number} (no changes)`, 'contractEdited', { number: k.number, fields: '' })
    ])

    await d.desk.call('settings.update', { settings: companySettings() })
    await d.desk.call('settings.update', { settings: companySettings({ city: 'Girona' }) })
    await d.desk.call('settings.update', { settings: companySettings({ city: 'Girona' }) })
    const region = await d.desk.call('region.get', {})
    const { defaultsFrom: _, ...unchanged } = region
    await d.desk.call('region.update', { region: { ...unchanged, paperSize: 'Letter' } })
    await d.desk.call('region.update', { region: { ...unchanged, paperSize: 'Letter' } })
    expect(await lastEntries('settings', null, 4)).toEqual([
      edited('Edited the company profile and document settings (city)', 'settingsEdited', { fields: 'city' }),
      edited('Edited the company profile and document settings (no changes)', 'settingsEdited', {
        fields: ''
      }),
      edited('Edited the region settings (paperSize)', 'settingsEdited', { fields: 'paperSize' }),
      edited('Edited the region settings (no changes)', 'settingsEdited', { fields: '' })
    ])
  })
})

describe('a code or SKU another record has', () => {
  it('is refused beside its field, on create and on edit, and nothing is written', async () => {
    await d.desk.call('customers.create', { customer: customer({ code: 'C-1', name: 'Uno' }) })
    const other = await d.desk.call('customers.create', { customer: customer({ code: 'C-2', name: 'Dos' }) })
    const refusal = {
      code: 'conflict',
      key: 'customerCodeUsed',
      params: { code: 'C-1' },
      fields: { code: errorMessages.customerCodeUsedField }
    }
    expect(
      await d.desk.fail('customers.create', { customer: customer({ code: 'C-1', name: 'Tres' }) })
    ).toMatchObject(refusal)
    expect(
      await d.desk.fail('customers.update', {
        id: other.id,
        customer: customer({ code: 'C-1', name: 'Dos' })
      })
    ).toMatchObject(refusal)
    expect((await d.desk.call('customers.get', { id: other.id })).code).toBe('C-2')

    await d.desk.call('products.create', { product: product({ sku: 'S-1' }) })
    const second = await d.desk.call('products.create', { product: product({ sku: 'S-2' }) })
    const skuRefusal = {
      code: 'conflict',
      key: 'skuUsed',
      params: { sku: 'S-1' },
      fields: { sku: errorMessages.skuUsedField }
    }
    expect(await d.desk.fail('products.create', { product: product({ sku: 'S-1' }) })).toMatchObject(
      skuRefusal
    )
    expect(
      await d.desk.fail('products.update', { id: second.id, product: product({ sku: 'S-1' }) })
    ).toMatchObject(skuRefusal)
    expect((await d.desk.call('products.get', { id: second.id })).sku).toBe('S-2')
  })
})
