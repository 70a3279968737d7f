/**
 * Refusals cross by key (src/shared/errors.ts): a refusal or a schema message written as a plain
 * English sentence reaches every user in English. This scan of the core and the shared schemas
 * fails on a new one. None is left (issue 9 converted the last eleven); a file that really must keep
 * one gets an entry below with its count, which may only go down.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { englishRefusals } from './english-refusals'

/** The refusals still written in English, per file: may only go down. */
const notConvertedYet: Record<string, number> = {}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.ts$/.test(name) ? [path] : []
  })
}

describe('refusals by key', () => {
  const files = [...sourceFiles('src/main'), ...sourceFiles('src/shared')].map((f) => f.replace(/\\/g, '/'))
  const found = new Map(files.map((file) => [file, englishRefusals(readFileSync(file, 'utf8'))]))

  it('no file has more English refusals than it had', () => {
    const over = [...found]
      .filter(([file, list]) => list.length > (notConvertedYet[file] ?? 0))
      .map(
        ([file, list]) =>
          `${file} (${list.length}, allowed ${notConvertedYet[file] ?? 0}):\n  ${list.join('\n  ')}`
      )
    expect(over).toEqual([])
  })

  it('the scan finds each kind of English refusal, and passes refusals by key', () => {
    const bad = [
      "throw invalid({ customerId: 'This customer does not exist' })",
      'throw invalid({ [`${prefix}date`]: `Opened on ${date}` })',
      'throw conflict(`${number} is already paid.`)',
      "throw new DomainError('not_found', 'This sent report does not exist.')",
      "z.string().min(1, 'Enter the password')",
      "z.number('Enter an amount').int('Amounts are whole cents')",
      "ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end must be after the start' })"
    ]
    expect(bad.map((line) => englishRefusals(line).length)).toEqual([1, 1, 1, 1, 1, 2, 1])
    const good = [
      "throw invalid({ customerId: { key: 'customerDoesNotExist' } })",
      "throw conflict('draftChangedElsewhere')",
      "throw conflict('documentAlreadyPaidSentence', { number: target.number })",
      "throw new DomainError('not_found', { key: 'segmentNotFound', params: { id } })",
      "z.string().min(1, keyed('fieldRequired')).max(200, keyed('atMostCharacters', { max: 200 }))",
      "ctx.addIssue({ code: 'custom', path: ['to'], message: keyed('endAfterStart') })"
    ]
    expect(good.flatMap(englishRefusals)).toEqual([])
  })
})
