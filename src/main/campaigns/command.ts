/**
 * `salesdesk campaign labels [--db FILE] --segment NAME --layout L7160|L7163|5160 --out FILE.pdf`
 * and `salesdesk campaign letters [--db FILE] --campaign ID --out FILE.pdf` (issue 18): the same
 * files the Campaigns page gives, through the API, so the checks and the consent rules are the same.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { InvalidArgumentError, Option, type Command } from 'commander'
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api'
import { DomainError } from '../../shared/errors'
import { labelLayouts, type LabelLayout } from '../../shared/schemas/campaigns'
import { existingDatabase, startSalesdesk, type Salesdesk } from '../runtime'
import { say } from '../cli-language'

async function call<M extends ApiMethod>(
  app: Salesdesk,
  method: M,
  input: ApiInput<M>
): Promise<ApiOutput<M>> {
  const result = await app.api.dispatch(method, input)
  if (!result.ok) throw DomainError.from(result.error)
  return result.data as ApiOutput<M>
}

/** Opens an existing database (never creates an empty one to find nothing in it), runs, closes. */
async function withDesk<T>(db: string, work: (app: Salesdesk) => Promise<T>): Promise<T> {
  const app = await startSalesdesk({ databasePath: existingDatabase(db) })
  try {
    return await work(app)
  } finally {
    await app.close()
  }
}

function campaignId(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('Use the campaign number, e.g. 3.')
  return n
}

async function labels(options: {
  db: string
  segment: string
  layout: LabelLayout
  out: string
}): Promise<void> {
  await withDesk(options.db, async (app) => {
    const segment = (await call(app, 'segments.list', {})).find((s) => s.name === options.segment)
    if (!segment)
      throw new DomainError('not_found', { key: 'noSegmentCalled', params: { name: options.segment } })
    const file = await call(app, 'campaigns.labels', { segmentId: segment.id, layout: options.layout })
    const out = resolve(options.out)
    writeFileSync(out, file.bytes)
    const count = (
      await call(app, 'segments.preview', { filters: segment.filters, channel: 'post', limit: 0 })
    ).reachable
    console.log(say('wroteLabels', { count, layout: options.layout, path: out }))
  })
}

async function letters(options: { db: string; campaign: number; out: string }): Promise<void> {
  await withDesk(options.db, async (app) => {
    const file = await call(app, 'campaigns.letters', { id: options.campaign })
    const out = resolve(options.out)
    writeFileSync(out, file.bytes)
    console.log(say('wroteLetters', { campaign: options.campaign, path: out }))
  })
}

export function addCampaignCommand(program: Command, dbOption: () => Option): void {
  const campaign = program
    .command('campaign')
    .description('print a postal campaign: address labels and letters')
  campaign
    .command('labels')
    .description("address labels for a saved segment's consenting mailing addresses")
    .addOption(dbOption())
    .requiredOption('--segment <name>', 'the saved segment, by name')
    .addOption(new Option('--layout <layout>', 'the label sheet').choices(labelLayouts).makeOptionMandatory())
    .requiredOption('--out <file>', 'the PDF file to write')
    .action(labels)
  campaign
    .command('letters')
    .description("one letter per recipient, in the recipient's language")
    .addOption(dbOption())
    .requiredOption('--campaign <id>', 'the campaign number', campaignId)
    .requiredOption('--out <file>', 'the PDF file to write')
    .action(letters)
}
