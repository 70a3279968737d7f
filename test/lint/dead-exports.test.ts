/** No export in src/ is dead weight: something refers to every exported symbol (see dead-exports.ts). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { findDeadExports, projectFiles } from './dead-exports'

describe('dead exports', () => {
  const folder = mkdtempSync(join(tmpdir(), 'salesdesk-dead-'))
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true })
  })

  it('finds an export nothing refers to, and only that one', () => {
    writeFileSync(
      join(folder, 'a.ts'),
      [
        'export const imported = 1',
        'export type UsedAsType = { n: number }',
        'export const usedInFile = 2',
        'export const local = usedInFile + 1',
        'const shorthand = 3',
        'export const holder = { shorthand }',
        'export function nobodyCalls(): number { return 4 }',
        'export interface NobodyNames { n: number }',
        ''
      ].join('\n')
    )
    writeFileSync(
      join(folder, 'b.ts'),
      "import * as a from './a'\nimport { imported, type UsedAsType } from './a'\n" +
        'export const b: UsedAsType = { n: imported + a.local + a.holder.shorthand }\n'
    )
    const dead = findDeadExports(
      folder,
      [join(folder, 'a.ts'), join(folder, 'b.ts')],
      (rel) => rel === 'a.ts'
    )
    expect(dead.map((d) => d.name).sort()).toEqual(['NobodyNames', 'nobodyCalls'])
  })

  it('src/ has none', () => {
    const root = process.cwd()
    expect(findDeadExports(root, projectFiles(root))).toEqual([])
  }, 300_000)
})
