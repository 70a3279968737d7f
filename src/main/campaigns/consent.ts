/**
 * Marketing consent (issue 18): a history per customer, never rewritten (0015's triggers); the
 * latest entry for a channel, or for both, is the one in force. A customer who never gave consent
 * is never contacted, and an unsubscribe is recorded as an opt-out with where it came from.
 */
import { sql, type SqlBool } from 'kysely'
import type { z } from 'zod'
import { activity } from '../../shared/activity'
import { DomainError } from '../../shared/errors'
import { customerById } from '../customers/references'
import type {
  ConsentEntry,
  ConsentStatus,
  ContactConsent,
  CustomerConsent,
  consentInput,
  unsubscribeInput
} from '../../shared/schemas/campaigns'
import { recordActivity } from '../activity/log'
import { today } from '../clock'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { writeTransaction } from '../db/write-transaction'
import { campaignRecipient } from './service'

async function customerName(db: Executor, customerId: number): Promise<string> {
  return (await customerById(db, customerId, ['name'])).name
}

type Entry = Pick<ConsentEntry, 'id' | 'channel' | 'date' | 'status'>

/** The consent in force per channel, from the history (latest date, then latest entry, wins). */
function inForce(history: Entry[], channel: 'post' | 'email'): ConsentStatus | 'none' {
  let found: Entry | null = null
  for (const entry of history) {
    if (entry.channel !== 'all' && entry.channel !== channel) continue
    if (!found || entry.date > found.date || (entry.date === found.date && entry.id > found.id)) found = entry
  }
  return found?.status ?? 'none'
}

/**
 * A person's e-mail consent: their own entries, else the customer's; a customer marked "do not
 * contact" is not contacted through anyone (segments.ts applies the same rule in SQL).
 */
function personConsent(
  own: Entry[],
  customer: ConsentStatus | 'none'
): Pick<ContactConsent, 'status' | 'own'> {
  if (customer === 'do_not_contact') return { status: customer, own: false }
  const status = inForce(own, 'email')
  return status === 'none' ? { status: customer, own: false } : { status, own: true }
}

export async function loadConsent(db: Executor, customerId: number): Promise<CustomerConsent> {
  await customerName(db, customerId)
  const contacts = await db
    .selectFrom('customerContacts')
    .select(['name', 'email'])
    .where('customerId', '=', customerId)
    .where('email', '<>', '')
    .orderBy('position')
    .execute()
  const names = new Map<string, string>()
  for (const c of contacts) if (!names.has(c.email.toLowerCase())) names.set(c.email.toLowerCase(), c.name)
  const rows = await db
    .selectFrom('marketingConsents')
    .select(['id', 'customerId', 'email', 'status', 'channel', 'date', 'source', 'createdAt', 'createdBy'])
    .where('customerId', '=', customerId)
    .orderBy('date', 'desc')
    .orderBy('id', 'desc')
    .execute()
  const history = rows.map((r) => ({ ...r, contactName: names.get(r.email) ?? '' }))
  const mine = history.filter((h) => h.email === '')
  const email = inForce(mine, 'email')
  return {
    customerId,
    post: inForce(mine, 'post'),
    email,
    people: contacts.map((c) => ({
      name: c.name,
      email: c.email,
      ...personConsent(
        history.filter((h) => h.email === c.email.toLowerCase()),
        email
      )
    })),
    history
  }
}

/** A person's entry must name the address of one of the customer's people today. */
async function checkPerson(db: Executor, customerId: number, email: string): Promise<void> {
  if (email === '') return
  const row = await db
    .selectFrom('customerContacts')
    .select('id')
    .where('customerId', '=', customerId)
    .where(sql<SqlBool>`lower(email) = ${email}`)
    .executeTakeFirst()
  if (!row) throw new DomainError('invalid_input', { key: 'consentPersonUnknown', params: { email } })
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
      email: entry.email,
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
    summary: `Marketing consent of ${entry.email === '' ? name : `${entry.email} (${name})`} (${entry.channel}): ${entry.status}, ${entry.source}`,
    details: activity('consentRecorded', {
      name: entry.email === '' ? name : `${entry.email} (${name})`,
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
  return writeTransaction(ctx.db, async (trx) => {
    await customerName(trx, entry.customerId)
    await checkPerson(trx, entry.customerId, entry.email)
    return insertConsent(trx, ctx, entry)
  })
}

/**
 * An opt-out dated today; its source names the campaign it came from. An unsubscribe from a
 * campaign's e-mail is for the address that received it, so the customer's other people keep
 * their consent (and that address stays out even if the contact is typed in again later);
 * without a campaign it is the customer's.
 */
export function unsubscribe(
  ctx: ServiceContext,
  input: z.output<typeof unsubscribeInput>
): Promise<CustomerConsent> {
  return writeTransaction(ctx.db, async (trx) => {
    let source = 'unsubscribe'
    let email = ''
    if (input.campaignId !== null) {
      const { campaign, recipient } = await campaignRecipient(trx, input.campaignId, input.customerId)
      source = `unsubscribe: ${campaign.name}`
      if (input.channel === 'email') email = recipient?.email.toLowerCase() ?? ''
    }
    return insertConsent(trx, ctx, {
      customerId: input.customerId,
      email,
      status: 'opted_out',
      channel: input.channel,
      date: today(ctx),
      source
    })
  })
}
