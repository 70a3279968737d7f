/**
 * Refusals cross by key (src/shared/errors.ts): a refusal or a schema message written as a plain
 * English sentence reaches every user in English. This scan of the core and the shared schemas
 * fails on a new one. None is left (issue 9 converted the last eleven); a file that really must keep
 * one gets an entry below with its count, which may only go down.
 * English that reaches a refusal by a detour (a variable, a function's result, a table, another
 * error's `message`) is found by english-flow.ts, with its own list below.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { englishFlows, type EnglishFlow } from './english-flow'
import { englishRefusals } from './english-refusals'

/** The refusals still written in English, per file: may only go down. */
const notConvertedYet: Record<string, number> = {}

/** English still reaching a refusal by a detour, per file, and why: the counts may only go down. */
const passedOnYet: Record<string, { count: number; why: string }> = {
  'src/shared/errors.ts': {
    count: 1,
    why: 'DomainError.from keeps the English of an ApiError that came without a key (there is nothing else)'
  },
  'src/main/nav/taxpayer.ts': {
    count: 1,
    why: "NAV's own answer (NavApiError) quoted as the reason a tax number check failed (issue 14)"
  }
}

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

describe('English passed on to a refusal', () => {
  const files = [...sourceFiles('src/main'), ...sourceFiles('src/shared')].map((f) => f.replace(/\\/g, '/'))

  it('no file passes on more English than it did', () => {
    const byFile = new Map<string, EnglishFlow[]>()
    for (const flow of files.flatMap(englishFlows))
      byFile.set(flow.file, [...(byFile.get(flow.file) ?? []), flow])
    const allowed = (file: string) => (Object.hasOwn(passedOnYet, file) ? passedOnYet[file].count : 0)
    const over = [...byFile]
      .filter(([file, list]) => list.length > allowed(file))
      .map(
        ([file, list]) =>
          `${file} (${list.length}, allowed ${allowed(file)}):\n  ${list
            .map((f) => `${f.line} ${f.sink} ← ${f.source}`)
            .join('\n  ')}`
      )
    expect(over).toEqual([])
  })

  it('follows English through variables, functions, tables, imports and messages, not keys', () => {
    const dir = mkdtempSync(join(tmpdir(), 'english-flow-'))
    try {
      writeFileSync(
        join(dir, 'texts.ts'),
        [
          "export const LOCKED = 'The period is locked.'",
          'export function reasonOf(late: boolean) {',
          "  return late ? 'It came too late' : { key: 'periodLocked' }",
          '}'
        ].join('\n')
      )
      const bad = [
        "const message = 'This sent report does not exist.'\nthrow new DomainError('not_found', message)",
        "function why() { return 'The customer is archived.' }\nthrow invalid({ customerId: why() })",
        "const NAMES = { S: 'standard rate' }\nthrow conflict('vatNeeded', { category: NAMES[c] })",
        "import { LOCKED } from './texts'\nthrow new DomainError('conflict', LOCKED)",
        "import { reasonOf } from './texts'\nthrow new DomainError('conflict', reasonOf(late))",
        "throw new DomainError('conflict', { key: 'failed', params: { reason: error.message } })",
        "throw new DomainError(result.error.code, [result.error.message, ...fields].join(' '))",
        "throw new DomainError('conflict', { key: 'x', params: { all: problems.map((p) => p.message).join(' ') } })"
      ]
      const good = [
        "const message = { key: 'sentReportNotFound' }\nthrow new DomainError('not_found', message)",
        "function why() { return keyed('customerArchived') }\nthrow invalid({ customerId: why() })",
        "const KEYS = { S: 'vatStandard' }\nthrow conflict('vatNeeded', { category: word(KEYS[c]) })",
        "throw new DomainError('conflict', { key: 'failed', params: { code: error.code } })",
        'throw DomainError.from(result.error)'
      ]
      const count = (text: string, i: number) => {
        const file = join(dir, `case${i}.ts`)
        writeFileSync(file, text)
        return englishFlows(file).length
      }
      expect(bad.map(count)).toEqual([1, 1, 1, 1, 1, 1, 1, 1])
      expect(good.map((text, i) => count(text, i + bad.length))).toEqual([0, 0, 0, 0, 0])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
