/**
 * One valid payload per schedule and contract API method, on the store of `openScheduleDesk`
 * (executives 1 and 2, customers 1 and 2) with one visit (1), meeting (1), plan (1), contract (1).
 * They can be merged into test/api/samples.ts for the boundary property tests.
 */
import type { ApiInput, ApiMethod } from '../../src/shared/api'
import type { ContractsApiOutputs } from '../../src/shared/schemas/contracts-api'
import type { ScheduleApiOutputs } from '../../src/shared/schemas/schedule-api'

type Methods = keyof ScheduleApiOutputs | keyof ContractsApiOutputs
export type ScheduleSamples = { [M in Methods & ApiMethod]: ApiInput<M> }

const visit = {
  customerId: 1,
  executiveIds: [1, 2],
  startAt: '2026-03-10T09:00:00Z',
  endAt: '2026-03-10T11:00:00+01:00',
  purpose: 'Revisión',
  address: {
    line1: 'Calle Mayor 1',
    line2: '',
    postalCode: '28013',
    city: 'Madrid',
    region: '',
    country: 'ES'
  }
}
const contract = {
  customerId: 1,
  executiveId: 1,
  title: 'Mantenimiento',
  description: '',
  valueCents: 1000,
  currency: 'EUR',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  billingFrequency: 'monthly' as const,
  noticePeriodDays: 30,
  signedDate: null
}
const plan = {
  customerId: 1,
  executiveIds: [1],
  everyWeeks: 2,
  localTime: '09:00',
  durationMinutes: 60,
  timeZone: 'Europe/Madrid',
  startDate: '2026-03-16',
  endDate: null,
  purpose: ''
}
const meeting = {
  title: 'Equipo',
  attendeeIds: [1, 2],
  startAt: '2026-03-11T09:00:00Z',
  endAt: '2026-03-11T10:00:00Z',
  place: 'Sala',
  agenda: ''
}
const visitQuery = {
  from: '2026-03-01T00:00:00Z',
  to: null,
  customerId: null,
  executiveId: 1,
  status: 'all' as const,
  sort: { field: 'startAt' as const, direction: 'asc' as const }
}
const contractQuery = {
  search: 'mant',
  status: 'all' as const,
  customerId: 1,
  executiveId: null,
  sort: { field: 'number' as const, direction: 'asc' as const }
}

export const scheduleSamples: ScheduleSamples = {
  'visits.list': { ...visitQuery, offset: 0, limit: 50 },
  'visits.get': { id: 1 },
  'visits.create': { visit, acceptClashes: true },
  'visits.update': { id: 1, visit, acceptClashes: false },
  'visits.move': { id: 1, startAt: '2026-03-10T11:00:00Z', endAt: '2026-03-10T12:00:00Z' },
  'visits.complete': {
    id: 1,
    outcome: 'OK',
    notes: '',
    productIds: [],
    followUps: [{ text: 'Llamar', dueDate: '2026-03-20' }]
  },
  'visits.cancel': { id: 1, reason: 'Festivo' },
  'visits.noShow': { id: 1, notes: '' },
  'visits.createRequestFromVisit': { id: 1, title: 'Muestras', description: '' },
  'visits.createEstimateFromVisit': { id: 1 },
  'visits.exportXlsx': visitQuery,
  'plans.list': { customerId: 1, executiveId: null },
  'plans.get': { id: 1 },
  'plans.create': { plan },
  'plans.update': { id: 1, plan },
  'plans.generate': { planId: 1, until: '2026-06-30' },
  'meetings.get': { id: 1 },
  'meetings.create': { meeting, acceptClashes: true },
  'meetings.update': { id: 1, meeting },
  'meetings.move': {
    id: 1,
    startAt: '2026-03-11T11:00:00Z',
    endAt: '2026-03-11T12:00:00Z',
    acceptClashes: true
  },
  'meetings.cancel': { id: 1 },
  'schedule.range': { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z', executiveIds: [1] },
  'schedule.checkClashes': {
    executiveIds: [1],
    startAt: '2026-03-10T09:00:00Z',
    endAt: '2026-03-10T10:00:00Z',
    ignore: { type: 'visit', id: 1 }
  },
  'schedule.daySheetPdf': { executiveId: 1, date: '2026-03-10' },
  'schedule.ics': { executiveId: null, from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' },
  'schedule.workingHours': {},
  'schedule.setWorkingHours': {
    workingHours: { timeZone: 'Europe/Madrid', start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] }
  },
  'contracts.list': { ...contractQuery, offset: 0, limit: 50 },
  'contracts.get': { id: 1 },
  'contracts.create': { contract },
  'contracts.update': { id: 1, contract, expectedUpdatedAt: '2026-03-02T09:30:00.000Z' },
  'contracts.activate': { id: 1 },
  'contracts.terminate': { id: 1, date: '2026-06-30', reason: 'Impago' },
  'contracts.end': { id: 1, date: null },
  'contracts.renew': { id: 1, startDate: null, endDate: '2027-12-31', valueCents: null },
  'contracts.renewals': { withinDays: 90 },
  'contracts.attach': { contractId: 1, fileName: 'firmado.pdf', contentBase64: 'JVBERi0xLjQ=' },
  'contracts.attachment': { id: 1 },
  'contracts.removeAttachment': { id: 1 },
  'contracts.billingProposal': { id: 1, until: '2026-06-30' },
  'contracts.createDueInvoices': { id: 1, until: '2026-06-30' },
  'contracts.exportXlsx': contractQuery
}
