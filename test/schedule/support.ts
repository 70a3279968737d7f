/** A desk with two executives, two customers and Madrid working hours, for the schedule tests. */
import type { PlanInput, VisitInput } from '../../src/shared/schemas/schedule'
import { address, customer, executive, openTestDesk, type TestDesk } from '../support/fixtures'

export interface ScheduleDesk {
  desk: TestDesk
  ana: number
  boris: number
  ferreteria: number
  moskva: number
}

export async function openScheduleDesk(): Promise<ScheduleDesk> {
  const desk = await openTestDesk()
  const ana = (
    await desk.call('executives.create', {
      executive: executive({ name: 'Ana Núñez', email: 'ana@example.es' })
    })
  ).id
  const boris = (
    await desk.call('executives.create', {
      executive: executive({ name: 'Борис Иванов', email: 'boris@example.ru' })
    })
  ).id
  const ferreteria = (
    await desk.call('customers.create', {
      customer: customer({
        name: 'Ferretería Núñez S.L.',
        billingAddress: address('Madrid'),
        deliverySameAsBilling: false,
        deliveryAddress: address('Alcalá de Henares', { line1: 'Calle Ñandú 7', postalCode: '28801' }),
        contacts: [
          { name: 'Ángela Peña', role: 'Compras', phone: '+34 91 123 45 67', email: 'angela@example.es' }
        ],
        notes: 'Llamar antes; aparcamiento en la calle Ñandú.'
      })
    })
  ).id
  const moskva = (
    await desk.call('customers.create', {
      customer: customer({
        name: 'ООО «Москва-Строй»',
        billingAddress: address('Москва', { line1: 'ул. Тверская 12', postalCode: '125009', country: 'RU' })
      })
    })
  ).id
  await desk.call('schedule.setWorkingHours', {
    workingHours: { timeZone: 'Europe/Madrid', start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] }
  })
  return { desk, ana, boris, ferreteria, moskva }
}

export function visit(
  s: ScheduleDesk,
  startAt: string,
  endAt: string,
  overrides: Partial<VisitInput> = {}
): VisitInput {
  return {
    customerId: s.ferreteria,
    executiveIds: [s.ana],
    startAt,
    endAt,
    purpose: 'Revisión de pedido',
    address: null,
    ...overrides
  }
}

/** A weekly visit to the Ferretería by Ana at 09:00 Madrid time from Monday 16 March 2026, with no end. */
export function plan(s: ScheduleDesk, overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    customerId: s.ferreteria,
    executiveIds: [s.ana],
    everyWeeks: 1,
    localTime: '09:00',
    durationMinutes: 60,
    timeZone: 'Europe/Madrid',
    startDate: '2026-03-16',
    endDate: null,
    purpose: 'Visita mensual',
    ...overrides
  }
}
