/**
 * Contracts: create and edit, activate, end, terminate (date + reason), renew (a linked
 * follow-on draft). Status: draft -> active -> ended | terminated; nothing else. Numbers come
 * from their own series per year (CON-2026-0001), assigned when the contract is created, in a
 * write transaction taken up front (BEGIN IMMEDIATE) so two windows never draw the same number.
 */
import { activity, type ActivityDetails } from '../../shared/activity'
import { today as companyToday } from '../clock'
import { sql } from 'kysely'
import type { z } from 'zod'
import { conflict, word, type DomainError, type ErrorKey, type Message } from '../../shared/errors'
import {
  EXPIRING_WINDOW_DAYS,
  type Contract,
  type ContractStatus,
  type contractInput
} from '../../shared/schemas/contracts'
import { recordEdit } from '../activity/edit-entry'
import { recordActivity } from '../activity/log'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { notFound } from '../db/errors'
import { executiveExists } from '../executives/references'
import { searchTextOf } from '../db/search'
import { invalid } from '../schedule/references'
import { addMonths } from '../schedule/time'
import { addDaysIso, daysBetween } from '../../shared/iso-week'
import { writeTransaction } from '../db/write-transaction'

export type ContractData = z.output<typeof contractInput>

export function isExpiring(
  c: { status: ContractStatus; endDate: string | null; noticeDate: string | null },
  today: string
): boolean {
  return (
    c.status === 'active' &&
    c.endDate !== null &&
    c.endDate >= today &&
    (c.noticeDate ?? c.endDate) <= addDaysIso(today, EXPIRING_WINDOW_DAYS)
  )
}

/**
 * Contracts as the screens show them: every column of the contract (`k`) with its customer's
 * name and its executive's (null when it has none), for the contract's page and the renewals.
 */
export const contractsWithNames = (db: Executor) =>
  db
    .selectFrom('contracts as k')
    .innerJoin('customers as c', 'c.id', 'k.customerId')
    .leftJoin('salesExecutives as e', 'e.id', 'k.executiveId')
    .selectAll('k')
    .select(['c.name as customerName', 'e.name as executiveName'])

export async function loadContract(db: Executor, id: number, today: string): Promise<Contract> {
  const k = await contractsWithNames(db).where('k.id', '=', id).executeTakeFirst()
  if (!k) throw notFound('contract', id)
  const [renewal, attachments] = await Promise.all([
    db.selectFrom('contracts').select('id').where('renewedFromId', '=', id).orderBy('id').executeTakeFirst(),
    db
      .selectFrom('contractAttachments')
      .select(['id', 'fileName', 'sizeBytes', 'mimeType', 'createdAt'])
      .where('contractId', '=', id)
      .orderBy('id')
      .execute()
  ])
  const { searchText: _s, customerName, executiveName, ...rest } = k
  return {
    ...rest,
    customerName,
    executiveName: executiveName ?? '',
    expiring: isExpiring(k, today),
    renewedById: renewal?.id ?? null,
    attachments
  }
}

export const getContract = (ctx: ServiceContext, id: number) => loadContract(ctx.db, id, companyToday(ctx))

async function checkReferences(db: Executor, input: ContractData): Promise<string> {
  const customer = await db
    .selectFrom('customers')
    .select(['name', 'code'])
    .where('id', '=', input.customerId)
    .executeTakeFirst()
  const fields: Record<string, Message> = {}
  if (!customer) fields.customerId = { key: 'customerDoesNotExist' }
  if (input.executiveId !== null && !(await executiveExists(db, input.executiveId)))
    fields.executiveId = { key: 'executiveDoesNotExist' }
  // A missing customer has put its message in `fields` above.
  if (Object.keys(fields).length > 0 || !customer) throw invalid(fields)
  return `${customer.code} ${customer.name}`
}

async function nextNumber(db: Executor, year: string): Promise<string> {
  const prefix = `CON-${year}-`
  const { last } = await db
    .selectFrom('contracts')
    .select(sql<number | null>`max(cast(substr(number, ${prefix.length + 1}) as integer))`.as('last'))
    .where('number', 'like', `${prefix}%`)
    .executeTakeFirstOrThrow()
  return `${prefix}${String((last ?? 0) + 1).padStart(4, '0')}`
}

function columns(input: ContractData, customerLabel: string, number: string) {
  return {
    ...input,
    noticeDate: input.endDate === null ? null : addDaysIso(input.endDate, -input.noticePeriodDays),
    searchText: searchTextOf([number, input.title, customerLabel])
  }
}

async function insertContract(
  trx: Executor,
  ctx: ServiceContext,
  input: ContractData,
  renewedFromId: number | null
): Promise<number> {
  const customerLabel = await checkReferences(trx, input)
  const number = await nextNumber(trx, companyToday(ctx).slice(0, 4))
  const now = isoNow(ctx)
  const { id } = await trx
    .insertInto('contracts')
    .values({
      ...columns(input, customerLabel, number),
      number,
      status: 'draft',
      closedDate: null,
      terminationReason: '',
      renewedFromId,
      createdAt: now,
      updatedAt: now
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export async function createContract(ctx: ServiceContext, input: ContractData): Promise<Contract> {
  return writeTransaction(ctx.db, async (trx) => {
    const id = await insertContract(trx, ctx, input, null)
    const created = await loadContract(trx, id, companyToday(ctx))
    await recordActivity(trx, ctx, {
      entity: 'contract',
      entityId: id,
      action: 'create',
      summary: `Created contract ${created.number} "${created.title}" for ${created.customerName}`,
      details: activity('contractCreated', {
        number: created.number,
        title: created.title,
        name: created.customerName
      })
    })
    return created
  })
}

const STATUS_WORDS: Record<ContractStatus, ErrorKey> = {
  draft: 'contractStatusDraft',
  active: 'contractStatusActive',
  ended: 'contractStatusEnded',
  terminated: 'contractStatusTerminated'
}

/** What was refused, as a word by key: "it cannot be {{doing}}". */
type ContractAction = 'Edited' | 'Activated' | 'Terminated' | 'Ended' | 'Renewed'

function refuse(status: ContractStatus, doing: ContractAction): DomainError {
  return conflict('contractStatusRefused', {
    status: word(STATUS_WORDS[status]),
    doing: word(`contractAction${doing}`)
  })
}

export async function updateContract(
  ctx: ServiceContext,
  id: number,
  input: ContractData,
  expectedUpdatedAt?: string
): Promise<Contract> {
  return writeTransaction(ctx.db, async (trx) => {
    const today = companyToday(ctx)
    const before = await loadContract(trx, id, today)
    if (before.status === 'ended' || before.status === 'terminated') throw refuse(before.status, 'Edited')
    if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== before.updatedAt) {
      throw conflict('contractChangedElsewhere')
    }
    if (before.status === 'active' && input.customerId !== before.customerId)
      throw invalid({ customerId: { key: 'activeContractSameCustomer' } })
    const customerLabel = await checkReferences(trx, input)
    await trx
      .updateTable('contracts')
      .set({ ...columns(input, customerLabel, before.number), updatedAt: isoNow(ctx) })
      .where('id', '=', id)
      .execute()
    const after = await loadContract(trx, id, today)
    await recordEdit(
      trx,
      ctx,
      { entity: 'contract', id, before, after: input },
      `contract ${after.number}`,
      { edited: 'contractEdited' },
      { number: after.number }
    )
    return after
  })
}

interface TransitionChange {
  set: Record<string, unknown>
  action: string
  summary: string
  details: ActivityDetails
}

async function transition(
  ctx: ServiceContext,
  id: number,
  from: ContractStatus[],
  doing: ContractAction,
  change: (before: Contract, trx: Executor) => TransitionChange | Promise<TransitionChange>
): Promise<Contract> {
  return writeTransaction(ctx.db, async (trx) => {
    const today = companyToday(ctx)
    const before = await loadContract(trx, id, today)
    if (!from.includes(before.status)) throw refuse(before.status, doing)
    const { set, action, summary, details } = await change(before, trx)
    await trx
      .updateTable('contracts')
      .set({ ...set, updatedAt: isoNow(ctx) })
      .where('id', '=', id)
      .execute()
    await recordActivity(trx, ctx, { entity: 'contract', entityId: id, action, summary, details })
    return loadContract(trx, id, today)
  })
}

export const activateContract = (ctx: ServiceContext, id: number) =>
  transition(ctx, id, ['draft'], 'Activated', (k) => ({
    set: { status: 'active' },
    action: 'activate',
    summary: `Activated contract ${k.number}`,
    details: activity('contractActivated', { number: k.number })
  }))

export const terminateContract = (ctx: ServiceContext, id: number, date: string, reason: string) =>
  transition(ctx, id, ['active'], 'Terminated', (k) => {
    if (date < k.startDate) throw invalid({ date: { key: 'terminationBeforeContractStart' } })
    return {
      set: { status: 'terminated', closedDate: date, terminationReason: reason },
      action: 'terminate',
      summary: `Terminated contract ${k.number} on ${date}: ${reason.slice(0, 200)}`,
      details: activity('contractTerminated', {
        number: k.number,
        date: { date },
        reason: reason.slice(0, 200)
      })
    }
  })

export const endContract = (ctx: ServiceContext, id: number, date: string | null) =>
  transition(ctx, id, ['active'], 'Ended', (k) => {
    const on = date ?? k.endDate ?? companyToday(ctx)
    if (on < k.startDate) throw invalid({ date: { key: 'endBeforeContractStart' } })
    return {
      set: { status: 'ended', closedDate: on },
      action: 'end',
      summary: `Ended contract ${k.number} on ${on}`,
      details: activity('contractEnded', { number: k.number, date: { date: on } })
    }
  })

/** The same term length: whole months when the old term was whole months, else the same number of days. */
function followOnEnd(old: Contract, start: string): string | null {
  if (old.endDate === null) return null
  const dayAfter = addDaysIso(old.endDate, 1)
  for (let months = 1; months <= 120; months++) {
    const candidate = addMonths(old.startDate, months)
    if (candidate === dayAfter) return addDaysIso(addMonths(start, months), -1)
    if (candidate > dayAfter) break
  }
  const days = daysBetween(old.startDate, old.endDate)
  return addDaysIso(start, days)
}

export interface RenewInput {
  startDate: string | null
  endDate: string | null
  valueCents: number | null
}

/** Creates the follow-on contract as a draft linked to this one (renewed_from_id). */
export async function renewContract(ctx: ServiceContext, id: number, input: RenewInput): Promise<Contract> {
  return writeTransaction(ctx.db, async (trx) => {
    const today = companyToday(ctx)
    const old = await loadContract(trx, id, today)
    if (old.status === 'draft' || old.status === 'terminated') throw refuse(old.status, 'Renewed')
    if (old.renewedById !== null) throw conflict('contractAlreadyRenewed')
    const startDate = input.startDate ?? (old.endDate !== null ? addDaysIso(old.endDate, 1) : null)
    if (startDate === null) throw invalid({ startDate: { key: 'contractNoEndDateRenewal' } })
    const endDate = input.endDate ?? followOnEnd(old, startDate)
    if (endDate !== null && endDate < startDate) throw invalid({ endDate: { key: 'endDateBeforeStart' } })
    const newId = await insertContract(
      trx,
      ctx,
      {
        customerId: old.customerId,
        executiveId: old.executiveId,
        title: old.title,
        description: old.description,
        valueCents: input.valueCents ?? old.valueCents,
        currency: old.currency,
        startDate,
        endDate,
        billingFrequency: old.billingFrequency,
        noticePeriodDays: old.noticePeriodDays,
        signedDate: null
      },
      id
    )
    const renewal = await loadContract(trx, newId, today)
    await recordActivity(trx, ctx, {
      entity: 'contract',
      entityId: newId,
      action: 'renew',
      summary: `Renewed contract ${old.number} as ${renewal.number} (${startDate} to ${endDate ?? 'open-ended'})`,
      details: activity('contractRenewed', { number: old.number, newNumber: renewal.number })
    })
    return renewal
  })
}
