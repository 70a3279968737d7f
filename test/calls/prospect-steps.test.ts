/**
 * The steps on a prospect record (qualified, handed over) leave one activity entry each on the
 * customer, in English and as data; a hand-over to an executive who is not on file is refused
 * beside the field and changes nothing, and a customer who is no prospect is refused first.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { errorMessages } from '../../src/shared/error-messages'
import { dumpDatabase } from '../support/dump'
import { customer, executive, openTestDesk, type TestDesk } from '../support/fixtures'

let desk: TestDesk
let bela = 0
let prospect = 0
beforeEach(async () => {
  desk = await openTestDesk()
  bela = (await desk.call('executives.create', { executive: executive({ name: 'Béla Kovács' }) })).id
  prospect = (
    await desk.call('customers.create', {
      customer: customer({ name: 'Szőke és Társa Bt.', status: 'prospect' })
    })
  ).id
})
afterEach(async () => {
  await desk.close()
})

const qualification = { source: 'Fair', need: '200 sillas', budget: '', timing: 'Q2', decisionMaker: '' }

async function customerEntries() {
  const log = await desk.call('activity.list', {
    entity: 'customer',
    entityId: prospect,
    offset: 0,
    limit: 20
  })
  return log.rows
    .filter((r) => r.action !== 'create')
    .reverse()
    .map((r) => ({ action: r.action, summary: r.summary, details: r.details }))
}

describe('a prospect qualified and handed over', () => {
  it('each step is one entry on the customer, with the executive named', async () => {
    await desk.call('prospects.qualify', { customerId: prospect, qualification })
    const handed = await desk.call('prospects.handOver', { customerId: prospect, executiveId: bela })
    expect(handed).toMatchObject({ need: '200 sillas', handedOverTo: bela, handedOverToName: 'Béla Kovács' })
    expect(await customerEntries()).toEqual([
      {
        action: 'qualify',
        summary: 'Qualified the prospect Szőke és Társa Bt.',
        details: { key: 'prospectQualified', params: { name: 'Szőke és Társa Bt.' } }
      },
      {
        action: 'hand_over',
        summary: 'Handed the prospect Szőke és Társa Bt. over to Béla Kovács',
        details: {
          key: 'prospectHandedOver',
          params: { name: 'Szőke és Társa Bt.', executive: 'Béla Kovács' }
        }
      }
    ])
  })

  it('a hand-over to nobody on file is refused beside the field; a customer who is no prospect first', async () => {
    await desk.call('prospects.qualify', { customerId: prospect, qualification })
    const before = dumpDatabase(desk.store.sqlite)
    const nobody = await desk.fail('prospects.handOver', { customerId: prospect, executiveId: 999 })
    expect(nobody).toMatchObject({
      code: 'invalid_input',
      fields: { executiveId: errorMessages.executiveDoesNotExist }
    })
    expect(dumpDatabase(desk.store.sqlite)).toEqual(before)
    const active = (
      await desk.call('customers.create', { customer: customer({ name: 'Activa S.L.', status: 'active' }) })
    ).id
    const notProspect = await desk.fail('prospects.handOver', { customerId: active, executiveId: 999 })
    expect(notProspect).toMatchObject({ code: 'conflict', key: 'alreadyCustomerNotProspect' })
  })
})
