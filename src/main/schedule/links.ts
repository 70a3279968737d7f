/**
 * The schedule's links to the documents area (estimates, orders, invoices), kept in one
 * place so they can be switched on when that area exists.
 */
import { DomainError } from '../../shared/errors'
import type { ScheduleMarker } from '../../shared/schemas/schedule'
import type { Executor, ServiceContext } from '../context'

/** Order delivery dates as schedule markers. DOCUMENTS HOOK: no orders table yet, so none. */
export async function orderDeliveryMarkers(_db: Executor, _fromDate: string, _toDate: string): Promise<ScheduleMarker[]> {
  return []
}

/** Open invoices of a customer for the day sheet. DOCUMENTS HOOK: none until invoices exist. */
export async function openInvoicesForCustomer(_db: Executor, _customerId: number): Promise<Array<{ number: string; dueDate: string; openCents: number; currency: string }>> {
  return []
}

/** An estimate draft for the visit's customer, with the products discussed. DOCUMENTS HOOK. */
export async function createEstimateDraftForVisit(_ctx: ServiceContext, _visitId: number): Promise<{ estimateId: number }> {
  throw new DomainError('conflict', 'Estimates are not available in this version yet; create a customer request from the visit instead.')
}
