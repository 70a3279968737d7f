/**
 * Issue 18 figures: a segment over the whole large demo (100 000 customers) counted with its
 * reachable members (target < 100 ms), against a bare count of the same customers, and 10 000
 * address labels printed to one PDF (target: seconds).
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderLabels } from '../src/main/campaigns/print'
import { postalLines } from '../src/main/campaigns/service'
import { previewSegment, reachableMembers } from '../src/main/campaigns/segments'
import { segmentFilters } from '../src/shared/schemas/campaigns'
import type { Salesdesk } from '../src/main/runtime'
import { heading, median, ms, report, timeOnce, timeRuns } from './stats'

export async function benchCampaigns(app: Salesdesk, folder: string): Promise<void> {
  heading('Campaigns')
  const ctx = app.api.context
  const sqlite = app.store.sqlite
  const customers = (
    sqlite.prepare('select count(*) as n from customers where archived_at is null').get() as { n: number }
  ).n
  const everyone = segmentFilters.parse({})
  const catalonia = segmentFilters.parse({ statuses: ['active'], region: 'Catalunya' })
  const bare = await timeRuns(25, () =>
    sqlite.prepare('select count(*) from customers where archived_at is null').get()
  )
  for (const [name, filters] of [
    ['all customers', everyone],
    ['active customers in Catalonia', catalonia]
  ] as const) {
    const preview = await previewSegment(ctx, { filters, channel: 'post', limit: 0 })
    const runs = await timeRuns(15, () => previewSegment(ctx, { filters, channel: 'post', limit: 0 }))
    report(
      `segment count: ${name}`,
      ms(median(runs)),
      `${preview.total.toLocaleString('en')} of ${customers.toLocaleString('en')}, ${preview.reachable.toLocaleString('en')} reachable by post; ${(median(runs) / median(bare)).toFixed(0)}× a bare count; target < 100 ms`
    )
  }
  const members = (await reachableMembers(ctx, ctx.db, { filters: everyone, channel: 'post' })).slice(
    0,
    10_000
  )
  const addresses = members.map(postalLines)
  while (addresses.length < 10_000) addresses.push(...addresses.slice(0, 10_000 - addresses.length))
  const printed = await timeOnce(() => renderLabels(addresses, 'L7160', 'es'))
  writeFileSync(join(folder, 'labels-10000.pdf'), printed.result)
  report(
    '10 000 labels, L7160 (21 a sheet)',
    ms(printed.ms),
    `${String(Math.ceil(addresses.length / 21))} sheets, ${(printed.result.length / 1e6).toFixed(1)} MB; target: seconds`
  )
}
