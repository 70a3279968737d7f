/**
 * The screens read data one way (issue 9): `useApiQuery` / `useQueryRows` on the query layer
 * (`src/renderer/src/api/query.ts`), and a write invalidates the reads it changes. This scan of
 * src/renderer fails on a new hand-made read guard (`let live = true`), a reload counter
 * (`setX((n) => n + 1)` bumped to load again) or a failure swallowed without a word: a `catch`
 * that does not name the error, `.catch(() => …)`, or a `.then(…, () => …)` needs a comment on its
 * line or the two lines above saying why it is silent. Each exception below says why it stays.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

type Finding = 'live flag' | 'reload counter' | 'silent catch'

const patterns: Array<{ kind: Finding; pattern: RegExp }> = [
  {
    kind: 'live flag',
    pattern: /\blet\s+(live|alive|mounted|cancelled|canceled|ignore)\s*=\s*(true|false)\b/
  },
  {
    kind: 'reload counter',
    pattern: /\bset(Revision|Reload\w*|Refresh\w*|Version|Tick|Nonce|\w*Key)\(\(\w+\)\s*=>\s*\w+\s*\+\s*1\)/
  },
  {
    kind: 'silent catch',
    pattern: /\bcatch\s*\{|\.catch\(\s*\(\s*\)\s*=>|\.then\(.*,\s*\(\s*\)\s*=>/
  }
]

/** file → the kinds allowed there, each with its reason. */
const allowed: Record<string, Partial<Record<Finding, string>>> = {
  'src/renderer/src/weekly/WeeklyPage.tsx': {
    'reload counter':
      'remounts the weekly views (with their own edited state: targets) after an import or a send; each view would first need its edits on the query layer'
  }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(name) ? [path.replace(/\\/g, '/')] : []
  })
}

const hasComment = (line: string) => /\/\/|\/\*/.test(line)

/** What a file's text holds of each kind; a silent catch explained by a comment nearby is not counted. */
function findings(text: string): Array<{ kind: Finding; line: string }> {
  const lines = text.split('\n')
  return lines.flatMap((line, i) =>
    patterns
      .filter(({ pattern }) => pattern.test(line))
      .filter(({ kind }) => {
        if (kind !== 'silent catch') return true
        const around = [lines[i - 2] ?? '', lines[i - 1] ?? '', line, lines[i + 1] ?? '']
        return !around.some(hasComment)
      })
      .map(({ kind }) => ({ kind, line: line.trim() }))
  )
}

describe('renderer data loading', () => {
  it('finds each hand-made pattern', () => {
    const samples = [
      'let live = true',
      'setRevision((r) => r + 1)',
      'setActivityKey((k) => k + 1)',
      '} catch {',
      "api.call('x', {}).catch(() => undefined)",
      '.then((d) => setData(d), () => setData(null))'
    ]
    expect(samples.filter((s) => findings(s).length === 0)).toEqual([])
    expect(findings("api.call('x', {}).catch((e: unknown) => setMessage(messageOf(e)))")).toEqual([])
    expect(findings('// Silent: the menu follows at the next change.\nx.catch(() => undefined)')).toEqual([])
    expect(findings('next={{ go: () => setYear((y) => y + 1) }}')).toEqual([])
  })

  it('src/renderer has none outside the exceptions, and each exception is still needed', () => {
    const found: string[] = []
    const used = new Set<string>()
    for (const file of sourceFiles('src/renderer')) {
      for (const { kind, line } of findings(readFileSync(file, 'utf8'))) {
        if (Object.hasOwn(allowed, file) && allowed[file][kind]) used.add(`${file}|${kind}`)
        else found.push(`${file}: ${kind}: ${line}`)
      }
    }
    expect(found).toEqual([])
    const stale = Object.entries(allowed).flatMap(([file, kinds]) =>
      Object.keys(kinds)
        .filter((kind) => !used.has(`${file}|${kind}`))
        .map((kind) => `${file}|${kind}`)
    )
    expect(stale).toEqual([])
  })
})
