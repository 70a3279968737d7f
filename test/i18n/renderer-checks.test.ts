/**
 * The screens' own checks (a field validated before the API is called) give a key of the `checks`
 * table (components/strings.ts) or a core key (`keyed(...)`), never an English sentence: an English
 * literal reached every user in English (issue 9). This scan of src/renderer fails on a new one in
 * the places a check puts its message: a field error, a problem or message setter, a `message:` or
 * `error:` property, a `…Message` constant, a ternary's branch, a function's returned text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/** An English sentence: a capital letter first and at least one space (keys have neither). */
const english = String.raw`(?:'[A-Z][^'\n]*\s[^'\n]*'|\x60[A-Z][^\x60]*\s[^\x60]*\x60|"[A-Z][^"\n]*\s[^"\n]*")`

const patterns: { name: string; pattern: RegExp }[] = [
  {
    name: 'property',
    pattern: new RegExp(String.raw`\b(?:message|error|problem|text)\s*:\s*${english}`, 'g')
  },
  { name: 'setter', pattern: new RegExp(String.raw`\bset[A-Z]\w*\(\s*${english}`, 'g') },
  { name: 'assignment', pattern: new RegExp(String.raw`[\w\]]\s*=\s*${english}`, 'g') },
  { name: 'ternary', pattern: new RegExp(String.raw`\?\s*${english}\s*:|:\s*${english}\s*\)`, 'g') },
  { name: 'return', pattern: new RegExp(String.raw`\breturn\s+${english}`, 'g') }
]

/** The text without comments, so a comment quoting an old message does not count. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')

function englishChecks(text: string): string[] {
  const source = code(text)
  return patterns.flatMap(({ name, pattern }) =>
    [...source.matchAll(pattern)].map((m) => `${name}: ${m[0].replace(/\s+/g, ' ').slice(0, 100)}`)
  )
}

/** The string tables hold English on purpose; everything else in the renderer is screens and helpers. */
function screenFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return screenFiles(path)
    return /\.tsx?$/.test(name) && !/strings\.ts$/.test(name) ? [path.replace(/\\/g, '/')] : []
  })
}

describe("the screens' own checks by key", () => {
  it('finds an English message in each place a check puts one', () => {
    const samples = [
      "if (values.customerId === null) fields.customerName = 'Pick a customer'",
      "errors[line.id] = 'Enter a quantity'",
      "setProblem('Pick at least one line')",
      "setError('logo', { type: 'client', message: 'The logo is too large' })",
      "const quantityMessage = 'Enter a quantity'",
      "setReasonError(reason.trim() === '' ? 'Reason is required' : undefined)",
      'return `Something went wrong`'
    ]
    expect(samples.filter((sample) => englishChecks(sample).length === 0)).toEqual([])
    const keyedSamples = [
      "fields.customerName = 'checks.pickCustomer'",
      "setProblem('checks.pickLine' satisfies CheckKey)",
      "setReasonError(reason.trim() === '' ? keyed('reasonRequired') : undefined)",
      "const currency = 'EUR'"
    ]
    expect(keyedSamples.flatMap(englishChecks)).toEqual([])
  })

  it('src/renderer has none', () => {
    const found = screenFiles('src/renderer').flatMap((file) =>
      englishChecks(readFileSync(file, 'utf8')).map((hit) => `${file}: ${hit}`)
    )
    expect(found).toEqual([])
  })
})
