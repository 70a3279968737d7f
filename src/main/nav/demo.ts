/**
 * `salesdesk demo --country HU`: a Hungarian company (HUF, Hungarian tax number) with Hungarian,
 * private, EU and export customers, NAV reporting on against NAV's test environment, and issued
 * invoices and a credit note waiting in the NAV queue (nothing is sent: no credentials).
 * Everything goes through the API, so the InvoiceData is made exactly as in the app.
 */
import { defaultNavSettings } from '../../shared/schemas/nav'
import { emptyCustomer } from '../../shared/schemas/customers'
import type { Api } from '../api'
import { callApi } from '../runtime'

const customers = [
  ['Pécsi Építő Zrt.', '24587613-2-02', 'Király utca 7.', '7621', 'Pécs', 'HU'],
  ['Debreceni Gépház Kft.', '13579241-2-09', 'Piac utca 20.', '4025', 'Debrecen', 'HU'],
  ['Szegedi Fűszer Bt.', '22334457-1-06', 'Kárász utca 3.', '6720', 'Szeged', 'HU'],
  ['Kovács Éva', '', 'Fő tér 1.', '1052', 'Budapest', 'HU'],
  ['Müller Maschinenbau GmbH', 'DE123456789', 'Hauptstraße 5', '80331', 'München', 'DE'],
  ['Wiener Handels GmbH', 'ATU12345678', 'Ringstraße 10', '1010', 'Wien', 'AT'],
  ['Swiss Precision AG', 'CHE-123.456.789', 'Bahnhofstrasse 1', '8001', 'Zürich', 'CH']
] as const

export async function generateHungarianDemo(api: Api): Promise<{ customers: number; invoices: number }> {
  const settings = await callApi(api, 'settings.get', {})
  await callApi(api, 'settings.update', {
    settings: {
      ...settings,
      company: {
        ...settings.company,
        legalName: 'Győri Kereskedő Kft.',
        addressLine1: 'Baross Gábor út 12.',
        postalCode: '9021',
        city: 'Győr',
        country: 'HU',
        taxId: '12345676-2-08',
        email: 'szamla@gyorikereskedo.example',
        iban: 'HU42 1177 3016 1111 1018 0000 0000',
        bic: 'OTPVHUHB'
      },
      documents: {
        ...settings.documents,
        defaultCurrency: 'HUF',
        vatRatesBp: [2700, 1800, 500, 0],
        printLocale: 'hu-HU'
      }
    }
  })
  await callApi(api, 'nav.updateSettings', {
    settings: { ...defaultNavSettings(), enabled: true, environment: 'test' }
  })
  const ids: number[] = []
  for (const [name, taxId, line1, postalCode, city, country] of customers) {
    const created = await callApi(api, 'customers.create', {
      customer: {
        ...emptyCustomer(),
        name,
        taxId,
        billingAddress: { line1, line2: '', postalCode, city, region: '', country },
        paymentTermsDays: 15
      }
    })
    ids.push(created.id)
  }
  const line = (
    description: string,
    unit: string,
    quantityMilli: number,
    price: number,
    vatRateBp: number,
    vatCategory: 'S' | 'K' | 'G'
  ) => ({
    productId: null,
    description,
    unit,
    quantityMilli,
    unitPriceCents: price,
    discountBp: 0,
    vatRateBp,
    vatCategory,
    promisedDate: null,
    sourceLineId: null
  })
  let invoices = 0
  const issue = async (customerId: number, lines: ReturnType<typeof line>[]) => {
    const draft = await callApi(api, 'documents.createDraft', {
      document: {
        type: 'invoice',
        customerId,
        issueDate: null,
        validUntil: null,
        promisedDate: null,
        currency: 'HUF',
        paymentInstructions: '',
        notes: '',
        reason: '',
        lines
      }
    })
    invoices++
    return callApi(api, 'documents.issue', { id: draft.id })
  }
  const domestic = [ids[0], ids[1], ids[2]]
  let first: Awaited<ReturnType<typeof issue>> | null = null
  for (const [i, customerId] of domestic.entries()) {
    const issued = await issue(customerId, [
      line('Acélcső 40 mm', 'db', (i + 2) * 1000, 1_250_000, 2700, 'S'),
      line('Szerelés', 'óra', 2500, 1_500_000, 2700, 'S'),
      line('Szakkönyv', 'db', 1000, 499_000, 500, 'S')
    ])
    first ??= issued
  }
  await issue(ids[3], [
    line('Kenyér', 'db', 4000, 89_000, 1800, 'S'),
    line('Kávéfőző', 'db', 1000, 3_499_000, 2700, 'S')
  ])
  await issue(ids[4], [line('Hegesztőgép', 'db', 2000, 45_000_000, 0, 'K')])
  await issue(ids[5], [line('Acélcső 40 mm', 'db', 50_000, 1_200_000, 0, 'K')])
  await issue(ids[6], [line('Mérőműszer', 'db', 3000, 28_000_000, 0, 'G')])
  if (first) {
    const credit = await callApi(api, 'invoices.createCreditNote', {
      invoiceId: first.id,
      reason: 'Visszáru',
      lines: [{ lineId: first.lines[0].id, quantityMilli: 1000 }]
    })
    await callApi(api, 'documents.issue', { id: credit.id })
    invoices++
  }
  return { customers: customers.length, invoices }
}
