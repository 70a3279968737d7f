import type { ContractInput } from '../../src/shared/schemas/contracts'
import { customer, executive, openTestDesk, type TestDesk } from '../support/fixtures'

export interface ContractDesk {
  desk: TestDesk
  customerId: number
  executiveId: number
}

export async function openContractDesk(): Promise<ContractDesk> {
  const desk = await openTestDesk()
  const executiveId = (await desk.call('executives.create', { executive: executive() })).id
  const customerId = (
    await desk.call('customers.create', { customer: customer({ name: 'Kovács és Társa Kft.', executiveId }) })
  ).id
  return { desk, customerId, executiveId }
}

export function contract(d: ContractDesk, overrides: Partial<ContractInput> = {}): ContractInput {
  return {
    customerId: d.customerId,
    executiveId: d.executiveId,
    title: 'Mantenimiento anual — oficinas',
    description: 'Servicio de mantenimiento',
    valueCents: 120_000,
    currency: 'EUR',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    billingFrequency: 'monthly',
    noticePeriodDays: 60,
    signedDate: '2025-12-15',
    ...overrides
  }
}
