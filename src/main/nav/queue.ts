/**
 * The reporting queue, kept in the store so it survives restarts: reports wait until NAV has
 * them, are sent up to 100 per manageInvoice (annulments through manageAnnulment), then asked
 * after with queryTransactionStatus until DONE or ABORTED. A failure (no connection, NAV's
 * technical errors, a refused signature) leaves the reports waiting with the reason, and
 * they are tried again later with growing back-off.
 */
import { conflict, DomainError, wordList, type ErrorKey } from '../../shared/errors'
import type { NavRun, NavSecretName, NavStatus } from '../../shared/schemas/nav'
import { isoNow, type ServiceContext } from '../context'
import { readSettings } from '../settings/service'
import {
  createNavClient,
  NavApiError,
  type NavClient,
  type NavOperation,
  type NavProcessingResult
} from './client'
import { reportQuery, toReportRow } from './reports'
import { readCredentials, type SecretStore } from './secrets'
import { navBaseUrl, readNavSettings } from './settings'
import { fullHungarianTaxNumber } from './tax-numbers'
import { writeTransaction } from '../db/write-transaction'

export interface NavDeps {
  secrets: SecretStore
  /** Extra trusted CA (PEM) for the NAV address, e.g. a local test server's. */
  ca?: string
  /** How long to wait between status queries, and how many to make in one run. */
  pollDelayMs?: number
  maxPolls?: number
}

export const BATCH_SIZE = 100
const MINUTE = 60_000

/** 1, 2, 4, 8… minutes after each failed attempt, at most 6 hours. */
export function backoffMs(attempts: number): number {
  return Math.min(MINUTE * 2 ** Math.max(0, attempts - 1), 6 * 60 * MINUTE)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const SECRET_WORDS: Record<NavSecretName, ErrorKey> = {
  login: 'navSecretLogin',
  passwordHash: 'navSecretPassword',
  signatureKey: 'navSecretSignatureKey',
  exchangeKey: 'navSecretExchangeKey'
}

export async function navClientFor(ctx: ServiceContext, deps: NavDeps): Promise<NavClient> {
  const settings = await readNavSettings(ctx.db)
  const credentials = await readCredentials(deps.secrets)
  if ('missing' in credentials)
    throw new DomainError('invalid_input', {
      key: deps.secrets.kind === 'session' ? 'navCredentialsMissingSession' : 'navCredentialsMissing',
      params: { missing: wordList(credentials.missing.map((name) => SECRET_WORDS[name])) }
    })
  const { company } = await readSettings(ctx.db)
  const tax = fullHungarianTaxNumber(company.taxId)
  if (!tax) throw conflict('navNeedsTaxNumber')
  return createNavClient({
    baseUrl: navBaseUrl(settings),
    credentials,
    taxpayerId: tax.taxpayerId,
    software: settings.software,
    now: ctx.now,
    ca: deps.ca
  })
}

async function applyResults(ctx: ServiceContext, transactionId: string, results: NavProcessingResult[]) {
  let done = 0
  let aborted = 0
  const now = isoNow(ctx)
  await writeTransaction(ctx.db, async (trx) => {
    for (const result of results) {
      if (result.status !== 'DONE' && result.status !== 'ABORTED') continue
      const updated = await trx
        .updateTable('navReports')
        .set({
          status: result.status === 'DONE' ? 'done' : 'aborted',
          messages: JSON.stringify(result.messages),
          lastError: '',
          finishedAt: now,
          updatedAt: now
        })
        .where('transactionId', '=', transactionId)
        .where('batchIndex', '=', result.index)
        .where('status', '=', 'sent')
        .executeTakeFirst()
      if (Number(updated.numUpdatedRows) > 0) {
        if (result.status === 'DONE') done++
        else aborted++
      }
    }
  })
  return { done, aborted }
}

async function failed(ctx: ServiceContext, ids: number[], error: NavApiError) {
  const now = ctx.now()
  await writeTransaction(ctx.db, async (trx) => {
    for (const id of ids) {
      const row = await trx
        .selectFrom('navReports')
        .select('attempts')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
      const attempts = row.attempts + 1
      await trx
        .updateTable('navReports')
        .set({
          attempts,
          lastError: error.message,
          nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)).toISOString(),
          updatedAt: now.toISOString()
        })
        .where('id', '=', id)
        .execute()
    }
  })
}

/** The reports due now, in order; a modification waits until NAV has its original. */
async function dueReports(ctx: ServiceContext, retryNow: boolean) {
  const rows = await ctx.db
    .selectFrom('navReports as r')
    .leftJoin('navReports as o', (join) =>
      join
        .onRef('o.documentId', '=', 'r.originalDocumentId')
        .on('o.kind', '=', 'invoice')
        .on('o.status', '<>', 'replaced')
    )
    .select(['r.id', 'r.kind', 'r.operation', 'r.xml', 'o.status as originalStatus', 'r.originalDocumentId'])
    .where('r.status', '=', 'waiting')
    .$if(!retryNow, (q) => q.where('r.nextAttemptAt', '<=', isoNow(ctx)))
    .orderBy('r.id')
    .execute()
  return rows.filter(
    (r) =>
      r.kind === 'annulment' ||
      r.originalDocumentId === null ||
      r.originalStatus === null ||
      r.originalStatus === 'done'
  )
}

const running = new WeakMap<object, Promise<NavRun>>()

/** Sends what is due and collects NAV's answers; one run at a time per store. */
export function runQueue(
  ctx: ServiceContext,
  deps: NavDeps,
  options: { retryNow?: boolean } = {}
): Promise<NavRun> {
  const current = running.get(ctx.db)
  if (current) return current
  const run = runOnce(ctx, deps, options.retryNow ?? false).finally(() => running.delete(ctx.db))
  running.set(ctx.db, run)
  return run
}

async function runOnce(ctx: ServiceContext, deps: NavDeps, retryNow: boolean): Promise<NavRun> {
  const startedAt = isoNow(ctx)
  const settings = await readNavSettings(ctx.db)
  if (!settings.enabled) throw conflict('navReportingOff')
  const client = await navClientFor(ctx, deps)
  let sent = 0
  let done = 0
  let aborted = 0
  let error = ''
  const poll = async (transactionId: string) => {
    const outcome = await applyResults(ctx, transactionId, await client.queryTransactionStatus(transactionId))
    done += outcome.done
    aborted += outcome.aborted
  }
  const pendingTransactions = async () =>
    (
      await ctx.db
        .selectFrom('navReports')
        .select('transactionId')
        .distinct()
        .where('status', '=', 'sent')
        .where('transactionId', 'is not', null)
        .execute()
    ).flatMap((r) => (r.transactionId === null ? [] : [r.transactionId]))
  try {
    // First what NAV already has from earlier runs (or from before a restart).
    for (const transactionId of await pendingTransactions()) await poll(transactionId)
    const due = await dueReports(ctx, retryNow)
    for (const kind of ['invoice', 'annulment'] as const) {
      const reports = due.filter((r) => r.kind === kind)
      for (let start = 0; start < reports.length; start += BATCH_SIZE) {
        const batch = reports.slice(start, start + BATCH_SIZE)
        const operations: NavOperation[] = batch.map((r, i) => ({
          index: i + 1,
          operation: r.operation,
          xml: r.xml
        }))
        let transactionId: string
        try {
          transactionId =
            kind === 'invoice'
              ? await client.manageInvoice(operations)
              : await client.manageAnnulment(operations)
        } catch (failure) {
          if (!(failure instanceof NavApiError)) throw failure
          await failed(
            ctx,
            batch.map((r) => r.id),
            failure
          )
          throw failure
        }
        const now = isoNow(ctx)
        await writeTransaction(ctx.db, async (trx) => {
          for (const [i, r] of batch.entries())
            await trx
              .updateTable('navReports')
              .set((eb) => ({
                status: 'sent',
                transactionId,
                batchIndex: i + 1,
                attempts: eb('attempts', '+', 1),
                lastError: '',
                sentAt: now,
                updatedAt: now
              }))
              .where('id', '=', r.id)
              .execute()
        })
        sent += batch.length
      }
    }
    // NAV processes asynchronously: ask a few times, the rest is collected by the next run.
    for (let i = 0; i < (deps.maxPolls ?? 5); i++) {
      const pending = await pendingTransactions()
      if (pending.length === 0) break
      if (i > 0 || sent > 0) await sleep(deps.pollDelayMs ?? 2_000)
      for (const transactionId of pending) await poll(transactionId)
    }
  } catch (failure) {
    if (!(failure instanceof NavApiError)) throw failure
    error = failure.message
  }
  const waiting = await ctx.db
    .selectFrom('navReports')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'in', ['waiting', 'sent'])
    .executeTakeFirstOrThrow()
  const run: NavRun = {
    startedAt,
    finishedAt: isoNow(ctx),
    sent,
    done,
    aborted,
    waiting: waiting.n,
    error
  }
  await writeTransaction(ctx.db, (trx) => trx.insertInto('navRuns').values(run).execute())
  return run
}

export async function navStatus(ctx: ServiceContext): Promise<NavStatus> {
  const settings = await readNavSettings(ctx.db)
  const counts = { waiting: 0, sent: 0, done: 0, aborted: 0 }
  const grouped = await ctx.db
    .selectFrom('navReports')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute()
  for (const row of grouped) if (row.status in counts) counts[row.status as keyof typeof counts] = row.n
  const lastRun = await ctx.db
    .selectFrom('navRuns')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
  const problems = await reportQuery(ctx.db)
    .where((eb) =>
      eb.or([
        eb('r.status', '=', 'aborted'),
        eb.and([eb('r.status', '=', 'waiting'), eb('r.lastError', '<>', '')])
      ])
    )
    .orderBy('r.id')
    .limit(200)
    .execute()
  const recent = await reportQuery(ctx.db)
    .where('r.status', '<>', 'replaced')
    .orderBy('r.id', 'desc')
    .limit(20)
    .execute()
  return {
    enabled: settings.enabled,
    environment: settings.environment,
    counts,
    lastRun: lastRun
      ? {
          startedAt: lastRun.startedAt,
          finishedAt: lastRun.finishedAt,
          sent: lastRun.sent,
          done: lastRun.done,
          aborted: lastRun.aborted,
          waiting: lastRun.waiting,
          error: lastRun.error
        }
      : null,
    problems: problems.map(toReportRow),
    recent: recent.map(toReportRow)
  }
}
