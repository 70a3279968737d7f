import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RequestListQuery } from '../../src/shared/schemas/requests'
import { XLSX_MIME } from '../../src/shared/schemas/common'
import { openScheduleDesk, visit, type ScheduleDesk } from '../schedule/support'
import { required } from '../../src/shared/required'

let s: ScheduleDesk
beforeEach(async () => {
  s = await openScheduleDesk()
})
afterEach(async () => {
  await s.desk.close()
})

const query = (overrides: Partial<RequestListQuery> = {}): RequestListQuery => ({
  search: '',
  status: 'all',
  customerId: null,
  sort: { field: 'createdAt', direction: 'asc' },
  offset: 0,
  limit: 100,
  ...overrides
})

const dump = () => {
  const sqlite = s.desk.store.sqlite
  return {
    requests: sqlite.prepare('select * from customer_requests order by id').all(),
    activity: sqlite.prepare('select count(*) as n from activity_log').get()
  }
}

async function create(title: string, description = '', customerId = s.ferreteria) {
  s.desk.clock.advance(60_000)
  return s.desk.call('requests.create', { request: { customerId, title, description } })
}

/** A completed visit (2026-03-03 09:00 Madrid) and the request draft made from it in one click. */
async function draftFromVisit() {
  const v = await s.desk.call('visits.create', {
    visit: visit(s, '2026-03-03T08:00:00Z', '2026-03-03T09:00:00Z')
  })
  s.desk.clock.set(new Date('2026-03-03T10:00:00Z'))
  await s.desk.call('visits.complete', {
    id: v.saved.id,
    outcome: 'Quejas por el retraso del pedido',
    notes: '',
    productIds: [],
    followUps: [{ text: 'Revisar el albarán', dueDate: null }]
  })
  const draft = await s.desk.call('visits.createRequestFromVisit', {
    id: v.saved.id,
    title: '',
    description: ''
  })
  return { visitId: v.saved.id, draftId: draft.id }
}

describe('customer requests', () => {
  it('creates an open request with its customer, lists, filters and sorts', async () => {
    const a = await create('Reclamación: entrega incompleta', 'Faltan tres cajas de tornillería')
    expect(a).toMatchObject({
      status: 'open',
      customerId: s.ferreteria,
      customerName: 'Ferretería Núñez S.L.',
      visitId: null,
      visitStartAt: null,
      description: 'Faltan tres cajas de tornillería'
    })
    expect(a.customerCode).toMatch(/^C-/)
    const b = await create('Запрос каталога', '', s.moskva)
    const page = await s.desk.call('requests.list', query())
    expect(page.total).toBe(2)
    expect(page.rows.map((r) => r.id)).toEqual([a.id, b.id])
    expect(
      (
        await s.desk.call('requests.list', query({ sort: { field: 'createdAt', direction: 'desc' } }))
      ).rows.map((r) => r.id)
    ).toEqual([b.id, a.id])
    // Customer sort by name: "Ferretería" before "ООО".
    expect(
      (
        await s.desk.call('requests.list', query({ sort: { field: 'customerName', direction: 'desc' } }))
      ).rows.map((r) => r.id)
    ).toEqual([b.id, a.id])
    expect(
      (await s.desk.call('requests.list', query({ customerId: s.moskva }))).rows.map((r) => r.id)
    ).toEqual([b.id])
    // Paging: the total stays, the window moves.
    const second = await s.desk.call('requests.list', query({ offset: 1, limit: 1 }))
    expect(second).toMatchObject({ total: 2, rows: [{ id: b.id }] })
    s.desk.clock.advance(60_000)
    await s.desk.call('requests.setStatus', { id: a.id, status: 'closed', resolution: 'Cajas enviadas' })
    expect((await s.desk.call('requests.list', query({ status: 'closed' }))).rows.map((r) => r.id)).toEqual([
      a.id
    ])
    expect((await s.desk.call('requests.list', query({ status: 'active' }))).rows.map((r) => r.id)).toEqual([
      b.id
    ])
    expect(
      (await s.desk.call('requests.list', query({ sort: { field: 'status', direction: 'asc' } }))).rows.map(
        (r) => r.status
      )
    ).toEqual(['open', 'closed'])
    expect(
      (await s.desk.call('requests.list', query({ sort: { field: 'updatedAt', direction: 'desc' } }))).rows[0]
        .id
    ).toBe(a.id)
  })

  it('search ignores accents and case in title, description and customer name; every word must match', async () => {
    const a = await create('Reclamación por factura', 'El cliente pide un abono')
    const b = await create('Petición de catálogo', 'Envío urgente', s.moskva)
    const ids = async (search: string) =>
      (await s.desk.call('requests.list', query({ search }))).rows.map((r) => r.id)
    expect(await ids('reclamacion')).toEqual([a.id])
    expect(await ids('RECLAMACIÓN')).toEqual([a.id])
    expect(await ids('envio')).toEqual([b.id])
    expect(await ids('nunez')).toEqual([a.id])
    expect(await ids('москва')).toEqual([b.id])
    expect(await ids('ferreteria abono')).toEqual([a.id])
    expect(await ids('ferreteria catalogo')).toEqual([])
    expect(await ids('50%')).toEqual([])
  })

  it('status moves: draft -> open -> closed -> open; other moves are refused clearly and change nothing', async () => {
    const { draftId } = await draftFromVisit()
    const refuse = async (status: 'draft' | 'open' | 'closed', message: RegExp) => {
      const before = dump()
      const error = await s.desk.fail('requests.setStatus', { id: draftId, status })
      expect(error.code).toBe('conflict')
      expect(error.message).toMatch(message)
      expect(dump()).toEqual(before)
    }
    await refuse('closed', /draft request must be opened/)
    await refuse('draft', /already a draft/)
    expect((await s.desk.call('requests.setStatus', { id: draftId, status: 'open' })).status).toBe('open')
    await refuse('open', /already open/)
    await refuse('draft', /cannot go back to being a draft/)
    expect(
      (
        await s.desk.call('requests.setStatus', {
          id: draftId,
          status: 'closed',
          resolution: 'Albarán revisado'
        })
      ).status
    ).toBe('closed')
    await refuse('closed', /already closed/)
    expect((await s.desk.call('requests.setStatus', { id: draftId, status: 'open' })).status).toBe('open')
    const log = await s.desk.call('activity.list', {
      entity: 'customer_request',
      entityId: draftId,
      offset: 0,
      limit: 50
    })
    expect(log.rows.map((e) => e.action).reverse()).toEqual(['create', 'open', 'close', 'reopen'])
  })

  it('a draft made from a completed visit shows in the list with its visit', async () => {
    const { visitId, draftId } = await draftFromVisit()
    const page = await s.desk.call('requests.list', query({ status: 'draft' }))
    expect(page.rows).toEqual([
      expect.objectContaining({
        id: draftId,
        status: 'draft',
        visitId,
        visitStartAt: '2026-03-03T08:00:00.000Z',
        customerName: 'Ferretería Núñez S.L.'
      })
    ])
    const record = await s.desk.call('requests.get', { id: draftId })
    expect(record.title).toBe('Follow-up of the visit on 2026-03-03')
    expect(record.description).toContain('Quejas por el retraso del pedido')
    expect(record.description).toContain('- Revisar el albarán')
    expect((await s.desk.call('requests.list', query({ search: 'albaran' }))).rows.map((r) => r.id)).toEqual([
      draftId
    ])
  })

  it('edits title and description, records who changed what, and refuses a stale edit', async () => {
    const a = await create('Reclamación', 'Primera versión')
    s.desk.clock.advance(60_000)
    const edited = await s.desk.call('requests.update', {
      id: a.id,
      request: { title: 'Reclamación', description: 'Segunda versión' },
      expectedUpdatedAt: a.updatedAt
    })
    expect(edited.description).toBe('Segunda versión')
    expect(edited.updatedAt).not.toBe(a.updatedAt)
    const log = await s.desk.call('activity.list', {
      entity: 'customer_request',
      entityId: a.id,
      offset: 0,
      limit: 50
    })
    expect(log.rows[0]).toMatchObject({ action: 'update', actor: s.desk.actor })
    // Only the field that changed is named, not the others the form sent again.
    expect(log.rows[0].summary).toBe('Changed the request "Reclamación": description')
    const before = dump()
    const stale = await s.desk.fail('requests.update', {
      id: a.id,
      request: { title: 'Otra', description: '' },
      expectedUpdatedAt: a.updatedAt
    })
    expect(stale.code).toBe('conflict')
    expect(dump()).toEqual(before)
  })

  it('refused calls write nothing: missing title, unknown customer, unknown request', async () => {
    await create('Existente')
    const before = dump()
    const noTitle = await s.desk.fail('requests.create', {
      request: { customerId: s.ferreteria, title: '   ', description: '' }
    })
    expect(noTitle.fields).toHaveProperty(['request.title'])
    const noCustomer = await s.desk.fail('requests.create', {
      request: { customerId: 9999, title: 'Hola', description: '' }
    })
    expect(noCustomer).toMatchObject({
      code: 'invalid_input',
      fields: { customerId: 'This customer does not exist' }
    })
    expect(
      (await s.desk.fail('requests.update', { id: 9999, request: { title: 'x', description: '' } })).code
    ).toBe('not_found')
    expect((await s.desk.fail('requests.setStatus', { id: 9999, status: 'open' })).code).toBe('not_found')
    expect((await s.desk.fail('requests.get', { id: 9999 })).code).toBe('not_found')
    expect(dump()).toEqual(before)
  })

  it('exports the filtered list to Excel with real dates', async () => {
    const { draftId } = await draftFromVisit()
    await create('=SUM(A1:A2) no es fórmula', 'Texto')
    await create('Запрос каталога', '', s.moskva)
    const file = await s.desk.call('requests.exportXlsx', {
      search: 'nunez',
      status: 'all',
      customerId: null,
      sort: { field: 'createdAt', direction: 'asc' }
    })
    expect(file).toMatchObject({ kind: 'file', fileName: 'requests.xlsx', mimeType: XLSX_MIME })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
    const sheet = required(workbook.getWorksheet('Requests'), 'sheet Requests')
    const header: string[] = []
    sheet.getRow(1).eachCell((cell) => header.push(cell.text))
    expect(header).toEqual([
      'Created',
      'Customer code',
      'Customer',
      'Title',
      'Description',
      'Status',
      'Visit',
      'Last changed',
      'Kind',
      'Channel',
      'Category',
      'Priority',
      'Owner',
      'Respond by',
      'Resolve by',
      'Late',
      'Closed',
      'Resolution',
      'Satisfaction'
    ])
    expect(sheet.rowCount).toBe(3)
    const first = sheet.getRow(2)
    expect(first.getCell(3).value).toBe('Ferretería Núñez S.L.')
    expect(first.getCell(6).value).toBe('Draft')
    // Kind, channel and priority in the screens' words, never the stored codes.
    expect([9, 10, 12].map((c) => first.getCell(c).value)).toEqual(['Request', 'Visit', 'Normal'])
    expect(first.getCell(7).value).toBeInstanceOf(Date)
    // Excel has no time zones: the cell holds the office's clock, 09:00 in Madrid, as the screens show it.
    expect((first.getCell(7).value as Date).toISOString()).toBe('2026-03-03T09:00:00.000Z')
    expect(sheet.getRow(3).getCell(4).value).toBe('=SUM(A1:A2) no es fórmula')
    expect(sheet.getRow(3).getCell(4).formula).toBeUndefined()
    expect(sheet.getRow(3).getCell(7).value).toBeNull()
    expect(draftId).toBeGreaterThan(0)
  })
})
