/**
 * Marketing consent (issue 18): a history per customer, never rewritten (0015's triggers); the
 * latest entry for a channel, or for both, is the one in force. A customer who never gave consent
 * is never contacted, and an unsubscribe is recorded as an opt-out with where it came from.
 */
import type { z } from 'zod'
import { activity } from '../../shared/activity'
import { DomainError } from '../../shared/errors'
import type {
  ConsentEntry,
  ConsentStatus,
  CustomerConsent,
  consentInput,
  unsubscribeInput
} from '../../shared/schemas/campaigns'
import { recordActivity } from '../activity/log'
import { today } from '../clock'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { writeTransaction } from '../db/write-transaction'

async function customerName(db: Executor, customerId: number): Promise<string> {
  const row = await db.selectFrom('customers').select('name').where('id', '=', customerId).executeTakeFirst()
  if (!row) throw new DomainError('not_found', { key: 'customerNotFound', params: { id: customerId } })
  return row.name
}

/** The consent in force per channel, from the history (latest date, then latest entry, wins). */
function inForce(history: ConsentEntry[], channel: 'post' | 'email'): ConsentStatus | 'none' {
  let found: ConsentEntry | null = null
  for (const entry of history) {
    if (entry.channel !== 'all' && entry.channel !== channel) continue
    if (!found || entry.date > found.date || (entry.date === found.date && entry.id > found.id)) found = entry
  }
  return found?.status ?? 'none'
}

export async function loadConsent(db: Executor, customerId: number): Promise<CustomerConsent> {
  await customerName(db, customerId)
  const history = await db
    .selectFrom('marketingConsents')
    .select(['id', 'customerId', 'status', 'channel', 'date', 'source', 'createdAt', 'createdBy'])
    .where('customerId', '=', customerId)
    .where('contactId', 'is', null)
    .orderBy('date', 'desc')
    .orderBy('id', 'desc')
    .execute()
  return { customerId, post: inForce(history, 'post'), email: inForce(history, 'email'), history }
}

async function insertConsent(
  trx: Executor,
  ctx: ServiceContext,
  entry: z.output<typeof consentInput>
): Promise<CustomerConsent> {
  const name = await customerName(trx, entry.customerId)
  await trx
    .insertInto('marketingConsents')
    .values({
      customerId: entry.customerId,
      contactId: null,
      status: entry.status,
      channel: entry.channel,
      date: entry.date,
      source: entry.source,
      createdAt: isoNow(ctx),
      createdBy: ctx.actor
    })
    .execute()
  await recordActivity(trx, ctx, {
    entity: 'customer',
    entityId: entry.customerId,
    action: 'consent',
    summary: `Marketing consent of ${name} (${entry.channel}): ${entry.status}, ${entry.source}`,
    details: activity('consentRecorded', {
      name,
      status: { term: `campaigns.consent.${entry.status}` },
      channel: { term: `campaigns.channels.${entry.channel}` }
    })
  })
  return loadConsent(trx, entry.customerId)
}

export function recordConsent(
  ctx: ServiceContext,
  entry: z.output<typeof consentInput>
): Promise<CustomerConsent> {
  return writeTransaction(ctx.db, (trx) => insertConsent(trx, ctx, entry))
}

/** An opt-out dated today; its source names the campaign it came from. */
export function unsubscribe(
  ctx: ServiceContext,
  input: z.output<typeof unsubscribeInput>
): Promise<CustomerConsent> {
  return writeTransaction(ctx.db, async (trx) => {
    let source = 'unsubscribe'
    if (input.campaignId !== null) {
      const campaign = await trx
        .selectFrom('campaigns')
        .select('name')
        .where('id', '=', input.campaignId)
        .executeTakeFirst()
      if (!campaign)
        throw new DomainError('not_found', { key: 'campaignNotFound', params: { id: input.campaignId } })
      source = `unsubscribe: ${campaign.name}`
    }
    return insertConsent(trx, ctx, {
      customerId: input.customerId,
      status: 'opted_out',
      channel: input.channel,
      date: today(ctx),
      source
    })
  })
}
