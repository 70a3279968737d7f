/**
 * Segments (issue 18): filters over customers and prospects turned into one SQL query, so a
 * segment of 100 000 customers counts in one pass. Archived customers are never in a segment.
 * The same query gives a campaign its recipients at launch (service.ts), so the preview count
 * and the launched list cannot disagree.
 */
import { sql, type Expression, type SqlBool } from 'kysely'
import type { z } from 'zod'
import { conflict, notFound } from '../../shared/errors'
import { addDaysIso } from '../../shared/iso-week'
import { countryLanguages, type Language } from '../../shared/languages'
import {
  segmentFilters,
  type ConsentStatus,
  type Segment,
  type SegmentFilters,
  type SegmentMember,
  type SegmentPreview,
  type segmentInput,
  type segmentPreviewQuery
} from '../../shared/schemas/campaigns'
import { foldForSearch } from '../../shared/text'
import { today } from '../clock'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { writeTransaction } from '../db/write-transaction'
import { companyLanguage } from './language'

export type Channel = 'post' | 'email'

/** The mailing address: the billing one when the customer says they are the same. */
const mailing = (part: 'line1' | 'line2' | 'postal_code' | 'city' | 'region' | 'country') =>
  sql<string>`(case when c.mailing_same_as_billing = 1 then ${sql.raw(`c.billing_${part}`)} else ${sql.raw(`c.mailing_${part}`)} end)`

/**
 * The consent in force for one channel: the latest entry for that channel or for both. The
 * customer's own entries have no address; a person's e-mail consent is the latest entry for their
 * address (consent.ts), falling back to the customer's, except that a customer marked "do not
 * contact" is never contacted through any of their people. The index marketing_consents_in_force
 * (customer_id, email, date, id) gives a person's latest entry without a sort.
 */
const personLatest = sql<ConsentStatus | null>`(select m.status from marketing_consents m
  where m.customer_id = c.id and m.email = lower(ct.email) and m.channel in ('all', 'email')
  order by m.date desc, m.id desc limit 1)`

/** The customer's own, kept on the customer row by migration 0032's trigger. */
const consentInForce = (channel: Channel) =>
  sql<ConsentStatus | 'none'>`${sql.ref(channel === 'post' ? 'c.consent_post' : 'c.consent_email')}`

const personConsent = sql<ConsentStatus | 'none'>`(case when ${consentInForce('email')} = 'do_not_contact'
  then 'do_not_contact' else coalesce(${personLatest}, ${consentInForce('email')}) end)`

/** The first contact's e-mail address (by position), '' when none has one. */
const firstEmail = sql<string>`coalesce((select ct.email from customer_contacts ct
  where ct.customer_id = c.id and ct.email <> '' order by ct.position limit 1), '')`

/** The first contact (by position) with an e-mail address whose own consent lets us write to them. */
const consentingContact = (column: 'email' | 'name') =>
  sql<string>`coalesce((select ${sql.ref(`ct.${column}`)} from customer_contacts ct
    where ct.customer_id = c.id and ct.email <> '' and ${personConsent} = 'granted'
    order by ct.position limit 1), '')`

/** The first contact's name (by position): whom a letter is addressed to. */
const firstContact = sql<string>`coalesce((select ct.name from customer_contacts ct
  where ct.customer_id = c.id order by ct.position limit 1), '')`

const hasPostal = sql<SqlBool>`(${mailing('line1')} <> '' and ${mailing('city')} <> '')`
const hasEmail = sql<SqlBool>`exists (select 1 from customer_contacts ct where ct.customer_id = c.id and ct.email <> '')`

/**
 * Can a campaign on this channel reach the customer. Letters go to the company's mailing address,
 * so the customer's own consent (read from the customer row) decides; e-mails go to a person, so
 * one contact with an address and consent (their own, else the customer's) is needed, which is a
 * lookup per contact and so is only made when the e-mail channel is asked.
 */
const reachable = (channel: Channel) =>
  channel === 'post'
    ? sql<SqlBool>`(${hasPostal} and ${consentInForce('post')} = 'granted')`
    : sql<SqlBool>`(${consentingContact('email')} <> '')`

/**
 * The customer's document language as customers/language.ts decides it (chosen, else the billing
 * country's, else the company's when no country is given), in SQL so the language filter counts.
 */
function customerLanguage(company: Language) {
  const byCountry = Object.entries(countryLanguages).map(
    ([country, language]) => sql`when ${country} then ${language}`
  )
  return sql<Language>`coalesce(c.document_language, case when trim(c.billing_country) = '' then ${company}
    else case upper(trim(c.billing_country)) ${sql.join(byCountry, sql` `)} else 'en' end end)`
}

interface Conditions {
  filters: SegmentFilters
  channel: Channel
  today: string
  language: Language
}

function conditions({ filters: f, channel, today: day, language }: Conditions): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [sql<SqlBool>`c.archived_at is null`]
  const list = (values: readonly (string | number)[]) => sql.join(values.map((v) => sql`${v}`))
  if (f.statuses.length > 0) where.push(sql<SqlBool>`c.status in (${list(f.statuses)})`)
  if (f.countries.length > 0) where.push(sql<SqlBool>`${mailing('country')} in (${list(f.countries)})`)
  if (f.region !== '') where.push(sql<SqlBool>`${mailing('region')} = ${f.region} collate nocase`)
  if (f.city !== '') where.push(sql<SqlBool>`${mailing('city')} = ${f.city} collate nocase`)
  if (f.executiveIds.length > 0) where.push(sql<SqlBool>`c.executive_id in (${list(f.executiveIds)})`)
  if (f.productIds.length > 0)
    where.push(sql<SqlBool>`exists (select 1 from customer_product_preferences p
      where p.customer_id = c.id and p.product_id in (${list(f.productIds)}))`)
  if (f.lastPurchaseFrom !== null || f.lastPurchaseTo !== null) {
    const last = sql`(select max(d.issue_date) from documents d
      where d.customer_id = c.id and d.type = 'invoice' and d.status = 'issued')`
    if (f.lastPurchaseFrom !== null) where.push(sql<SqlBool>`${last} >= ${f.lastPurchaseFrom}`)
    if (f.lastPurchaseTo !== null) where.push(sql<SqlBool>`${last} <= ${f.lastPurchaseTo}`)
  }
  if (f.turnoverMinCents !== null || f.turnoverMaxCents !== null) {
    // Sales of the last 365 days: invoices and price corrections, less credit notes (as the weekly figures count them).
    const turnover = sql`(select coalesce(sum(case d.type when 'credit_note' then -d.net_cents else d.net_cents end), 0)
      from documents d where d.customer_id = c.id and d.status = 'issued'
        and d.type in ('invoice', 'credit_note', 'debit_note') and coalesce(d.debit_kind, '') <> 'fee'
        and d.issue_date > ${addDaysIso(day, -365)} and d.issue_date <= ${day})`
    if (f.turnoverMinCents !== null) where.push(sql<SqlBool>`${turnover} >= ${f.turnoverMinCents}`)
    if (f.turnoverMaxCents !== null) where.push(sql<SqlBool>`${turnover} <= ${f.turnoverMaxCents}`)
  }
  if (f.languages.length > 0)
    where.push(sql<SqlBool>`${customerLanguage(language)} in (${list(f.languages)})`)
  if (f.hasEmail !== null) where.push(f.hasEmail ? hasEmail : sql<SqlBool>`not ${hasEmail}`)
  if (f.hasPostalAddress !== null) where.push(f.hasPostalAddress ? hasPostal : sql<SqlBool>`not ${hasPostal}`)
  if (f.consent !== null) where.push(sql<SqlBool>`${consentInForce(channel)} = ${f.consent}`)
  const words = foldForSearch(f.search).split(' ').filter(Boolean)
  for (const word of words) where.push(sql<SqlBool>`instr(c.search_text, ${word}) > 0`)
  return where
}

export interface SegmentScope {
  filters: SegmentFilters
  channel: Channel
}

async function scopeConditions(ctx: ServiceContext, db: Executor, scope: SegmentScope) {
  return conditions({ ...scope, today: today(ctx), language: await companyLanguage(db) })
}

function members(db: Executor, where: Expression<SqlBool>[], channel: Channel, company: Language) {
  return db
    .selectFrom('customers as c')
    .where((eb) => eb.and(where))
    .select([
      'c.id as customerId',
      'c.code',
      'c.name',
      'c.status',
      mailing('line1').as('line1'),
      mailing('line2').as('line2'),
      mailing('postal_code').as('postalCode'),
      mailing('city').as('city'),
      mailing('region').as('region'),
      mailing('country').as('country'),
      // An e-mail goes to the person who consented; the preview still shows an address for the others.
      (channel === 'email'
        ? sql<string>`coalesce(nullif(${consentingContact('email')}, ''), ${firstEmail})`
        : firstEmail
      ).as('email'),
      customerLanguage(company).as('language'),
      consentInForce(channel).as('consent'),
      reachable(channel).as('reachable'),
      (channel === 'email'
        ? sql<string>`coalesce(nullif(${consentingContact('name')}, ''), ${firstContact})`
        : firstContact
      ).as('contact'),
      sql<string>`coalesce((select e.name from sales_executives e where e.id = c.executive_id), '')`.as(
        'executive'
      )
    ])
    .orderBy('c.sortName')
    .orderBy('c.id')
}

export type MemberRecord = Awaited<ReturnType<ReturnType<typeof members>['execute']>>[number]

/** The live count, how many a campaign would reach, and the first rows. */
export async function previewSegment(
  ctx: ServiceContext,
  query: z.output<typeof segmentPreviewQuery>
): Promise<SegmentPreview> {
  const where = await scopeConditions(ctx, ctx.db, query)
  const counts = await ctx.db
    .selectFrom('customers as c')
    .where((eb) => eb.and(where))
    .select([
      sql<number>`count(*)`.as('total'),
      sql<number>`coalesce(sum(${reachable(query.channel)}), 0)`.as('reachable')
    ])
    .executeTakeFirstOrThrow()
  const company = await companyLanguage(ctx.db)
  const rows =
    query.limit === 0 ? [] : await members(ctx.db, where, query.channel, company).limit(query.limit).execute()
  return {
    total: counts.total,
    reachable: counts.reachable,
    rows: rows.map((r): SegmentMember => ({
      customerId: r.customerId,
      code: r.code,
      name: r.name,
      status: r.status,
      city: r.city,
      country: r.country,
      email: r.email,
      language: r.language,
      consent: r.consent
    }))
  }
}

/** The members a campaign on this channel reaches now: consent granted and an address or e-mail. */
export async function reachableMembers(
  ctx: ServiceContext,
  db: Executor,
  scope: SegmentScope
): Promise<MemberRecord[]> {
  const where = [...(await scopeConditions(ctx, db, scope)), reachable(scope.channel)]
  return members(db, where, scope.channel, await companyLanguage(db)).execute()
}

// ---- Saved segments ----

function parseFilters(json: string): SegmentFilters {
  const parsed = segmentFilters.safeParse(JSON.parse(json))
  // A stored filter that no longer reads matches nobody rather than everyone.
  return parsed.success ? parsed.data : { ...segmentFilters.parse({}), statuses: [], search: '\u0000' }
}

export { parseFilters }

const toSegment = (r: {
  id: number
  name: string
  filters: string
  createdAt: string
  updatedAt: string
}) => ({
  ...r,
  filters: parseFilters(r.filters)
})

export async function listSegments(db: Executor): Promise<Segment[]> {
  return (await db.selectFrom('segments').selectAll().orderBy('name').execute()).map(toSegment)
}

export async function loadSegment(db: Executor, id: number): Promise<Segment> {
  const row = await db.selectFrom('segments').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('segment', id)
  return toSegment(row)
}

export async function saveSegment(
  ctx: ServiceContext,
  id: number | null,
  input: z.output<typeof segmentInput>
): Promise<Segment> {
  return writeTransaction(ctx.db, async (trx) => {
    const clash = await trx
      .selectFrom('segments')
      .select('id')
      .where('name', '=', input.name)
      .where('id', '<>', id ?? 0)
      .executeTakeFirst()
    if (clash) throw conflict('segmentNameTaken', { name: input.name })
    const now = isoNow(ctx)
    const filters = JSON.stringify(input.filters)
    if (id === null) {
      const row = await trx
        .insertInto('segments')
        .values({ name: input.name, filters, createdAt: now, updatedAt: now })
        .returning('id')
        .executeTakeFirstOrThrow()
      return loadSegment(trx, row.id)
    }
    await loadSegment(trx, id)
    await trx
      .updateTable('segments')
      .set({ name: input.name, filters, updatedAt: now })
      .where('id', '=', id)
      .execute()
    return loadSegment(trx, id)
  })
}

/** A segment a campaign was built from stays (the campaign keeps its own copy of the filters). */
export async function deleteSegment(ctx: ServiceContext, id: number): Promise<{ deleted: true }> {
  return writeTransaction(ctx.db, async (trx) => {
    await loadSegment(trx, id)
    await trx.updateTable('campaigns').set({ segmentId: null }).where('segmentId', '=', id).execute()
    await trx.deleteFrom('segments').where('id', '=', id).execute()
    return { deleted: true as const }
  })
}
