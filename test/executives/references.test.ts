/** Every form that names a sales executive refuses one who is not on file, beside that form's field. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contract } from '../contracts/support'
import { draft, seedDocuments } from '../documents/helpers'
import { customer, executive, openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk
let customerId: number
let productId: number
let inactive: number
const missing = 9999

beforeEach(async () => {
  desk = await openTestDesk()
  ;({ customerId, productId } = await seedDocuments(desk))
  inactive = (
    await desk.call('executives.create', { executive: executive({ name: 'Retired', active: false }) })
  ).id
})
afterEach(async () => {
  await desk.close()
})

const count = (table: string) =>
  (desk.store.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n

describe('naming a sales executive', () => {
  it('a customer, a contract and a document name one beside their executive field; nothing is written', async () => {
    const before = [count('customers'), count('contracts'), count('documents')]
    const onCustomer = await desk.fail('customers.create', { customer: customer({ executiveId: missing }) })
    const onContract = await desk.fail('contracts.create', {
      contract: contract({ desk, customerId, executiveId: missing })
    })
    const onDocument = await desk.fail('documents.createDraft', {
      document: draft({ customerId, productId, executiveId: missing }, { executiveId: missing })
    })
    for (const error of [onCustomer, onContract, onDocument]) {
      expect(error.code).toBe('invalid_input')
      expect(error.fieldMessages).toEqual({ executiveId: { key: 'executiveDoesNotExist' } })
    }
    expect([count('customers'), count('contracts'), count('documents')]).toEqual(before)
  })

  it('a request names its owner beside the owner field, when created and when edited', async () => {
    const created = await desk.fail('requests.create', {
      request: { customerId, title: 'Llamar', description: '', ownerExecutiveId: missing }
    })
    expect(created.fieldMessages).toEqual({ ownerExecutiveId: { key: 'executiveDoesNotExist' } })
    const request = await desk.call('requests.create', {
      request: { customerId, title: 'Llamar', description: '' }
    })
    const edited = await desk.fail('requests.update', {
      id: request.id,
      request: { title: 'Llamar', description: '', ownerExecutiveId: missing }
    })
    expect(edited.fieldMessages).toEqual({ ownerExecutiveId: { key: 'executiveDoesNotExist' } })
  })

  it('an inactive executive is still on file and can be named', async () => {
    const c = await desk.call('customers.create', { customer: customer({ executiveId: inactive }) })
    expect(c.executiveId).toBe(inactive)
    const k = await desk.call('contracts.create', {
      contract: contract({ desk, customerId, executiveId: inactive })
    })
    expect(k.executiveId).toBe(inactive)
    const d = await desk.call('documents.createDraft', {
      document: draft({ customerId, productId, executiveId: inactive }, { executiveId: inactive })
    })
    expect(d.executiveId).toBe(inactive)
    const r = await desk.call('requests.create', {
      request: { customerId, title: 'Llamar', description: '', ownerExecutiveId: inactive }
    })
    expect(r.ownerExecutiveId).toBe(inactive)
  })
})
