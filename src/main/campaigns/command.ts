/**
 * `salesdesk campaign labels [--db FILE] --segment NAME --layout L7160|L7163|5160 --out FILE.pdf`
 * and `salesdesk campaign letters [--db FILE] --campaign ID --out FILE.pdf` (issue 18): the same
 * files the Campaigns page gives, through the API, so the checks and the consent rules are the same.
 */
import { Option, type Command } from 'commander'
import { DomainError } from '../../shared/errors'
import { labelLayouts, type LabelLayout } from '../../shared/schemas/campaigns'
import { callApi, withExistingDatabase } from '../runtime'
import { say } from '../cli-language'
import { help } from '../cli-help'
import { fileCommand, recordNumber, saveFile } from '../cli-file-command'

async function labels(options: {
  db: string
  segment: string
  layout: LabelLayout
  out: string
}): Promise<void> {
  await withExistingDatabase(options.db, async (app) => {
    const segment = (await callApi(app.api, 'segments.list', {})).find((s) => s.name === options.segment)
    if (!segment)
      throw new DomainError('not_found', { key: 'noSegmentCalled', params: { name: options.segment } })
    const file = await callApi(app.api, 'campaigns.labels', { segmentId: segment.id, layout: options.layout })
    const out = saveFile(file, options.out)
    const count = (
      await callApi(app.api, 'segments.preview', { filters: segment.filters, channel: 'post', limit: 0 })
    ).reachable
    console.log(say('wroteLabels', { count, layout: options.layout, path: out }))
  })
}

async function letters(options: { db: string; campaign: number; out: string }): Promise<void> {
  await withExistingDatabase(options.db, async (app) => {
    const file = await callApi(app.api, 'campaigns.letters', { id: options.campaign })
    console.log(say('wroteLetters', { campaign: options.campaign, path: saveFile(file, options.out) }))
  })
}

export function addCampaignCommand(program: Command): void {
  const campaign = program.command('campaign').description(help('campaign'))
  fileCommand(campaign, 'labels', 'campaignLabels')
    .requiredOption('--segment <name>', help('campaignSegment'))
    .addOption(
      new Option('--layout <layout>', help('campaignLayout')).choices(labelLayouts).makeOptionMandatory()
    )
    .requiredOption('--out <file>', help('pdfFile'))
    .action(labels)
  fileCommand(campaign, 'letters', 'campaignLetters')
    .requiredOption('--campaign <id>', help('campaignNumber'), recordNumber('campaignNumberArgument'))
    .requiredOption('--out <file>', help('pdfFile'))
    .action(letters)
}
