/** First run through the API: the empty state, the one setup step with its country presets, demo data. */
import { afterEach, describe, expect, it } from 'vitest'
import { defaultSettings } from '../../src/shared/schemas/settings'
import { countryPresets } from '../../src/shared/setup'
import { openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk
afterEach(async () => {
  await desk.close()
})

const company = {
  legalName: 'Győri Ablak Kft.',
  addressLine1: 'Szent István út 10',
  postalCode: '9021',
  city: 'Győr',
  country: 'HU',
  taxId: 'HU12345676'
}

describe('first run', () => {
  it('an empty database reports itself empty with every required company field missing', async () => {
    desk = await openTestDesk({ company: false })
    expect(await desk.call('setup.status', {})).toEqual({
      empty: true,
      missing: ['legalName', 'addressLine1', 'postalCode', 'city', 'country', 'taxId']
    })
  })

  it('refuses a profile without what issuing needs, naming the fields, and writes nothing', async () => {
    desk = await openTestDesk({ company: false })
    const settings = defaultSettings()
    const error = await desk.fail('setup.complete', {
      settings: { ...settings, company: { ...settings.company, legalName: 'Sólo nombre S.L.' } }
    })
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(
      [
        'settings.company.addressLine1',
        'settings.company.city',
        'settings.company.country',
        'settings.company.postalCode',
        'settings.company.taxId'
      ].sort()
    )
    expect((await desk.call('settings.get', {})).company.legalName).toBe('')
  })

  it("presets Ireland's five rates, the 4.8 % livestock rate included, as Settings' VAT rates table does", () => {
    // Revenue's rates: standard 23 %, reduced 13.5 % and 9 %, livestock 4.8 %, zero. The preset once lacked 4.8 %.
    expect(countryPresets.IE.vatRatesBp).toEqual([2300, 1350, 900, 480, 0])
    expect(countryPresets.ES.vatRatesBp).toEqual([2100, 1000, 400, 0])
  })

  it('stores the company with the Hungarian presets and numbering; the database stays empty', async () => {
    desk = await openTestDesk({ company: false })
    const settings = defaultSettings()
    const documents = {
      ...settings.documents,
      ...countryPresets.HU,
      prefixes: { ...settings.documents.prefixes, invoice: 'SZLA' }
    }
    const status = await desk.call('setup.complete', {
      settings: { company: { ...settings.company, ...company }, documents }
    })
    expect(status).toEqual({ empty: true, missing: [] })
    const stored = await desk.call('settings.get', {})
    expect(stored.company).toMatchObject(company)
    expect(stored.documents).toMatchObject({
      defaultCurrency: 'HUF',
      vatRatesBp: [2700, 1800, 500, 0],
      printLocale: 'hu-HU',
      paperSize: 'A4'
    })
    expect(stored.documents.prefixes.invoice).toBe('SZLA')
  })

  it('fills an empty database with demo data once, and the customer list shows it', async () => {
    desk = await openTestDesk({ company: false })
    // The welcome screen has read the (empty) list before the demo is made.
    const everyone = {
      search: '',
      status: 'all',
      archived: 'include',
      executiveId: null,
      sort: { field: 'name', direction: 'asc' },
      offset: 0,
      limit: 1
    } as const
    expect((await desk.call('customers.list', everyone)).total).toBe(0)
    const status = await desk.call('setup.demo', {})
    expect(status).toEqual({ empty: false, missing: [] })
    const customers = desk.store.sqlite.prepare('select count(*) as n from customers').get() as { n: number }
    expect(customers.n).toBeGreaterThan(0)
    expect((await desk.call('customers.list', everyone)).total).toBe(customers.n)
    expect((await desk.fail('setup.demo', {})).code).toBe('conflict')
  })
})
