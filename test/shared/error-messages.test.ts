/**
 * The English messages by key live in one file per area (src/shared/error-messages/), assembled by
 * its index. Spreading the areas together would let a key written in two areas silently keep the
 * later text, and an area file left out of the index would leave its keys untranslatable: this test
 * reads every area file and requires each key in exactly one of them, and every one in the assembly.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { errorMessages } from '../../src/shared/error-messages'

const folder = join(process.cwd(), 'src/shared/error-messages')

async function areas(): Promise<Record<string, Record<string, string>>> {
  const out: Record<string, Record<string, string>> = {}
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts') && name !== 'index.ts')) {
    const module = (await import(join(folder, file))) as Record<string, Record<string, string>>
    for (const [name, messages] of Object.entries(module)) out[`${file}:${name}`] = messages
  }
  return out
}

describe('error messages by area', () => {
  it('each key is written in exactly one area file', async () => {
    const seen = new Map<string, string[]>()
    for (const [area, messages] of Object.entries(await areas())) {
      for (const key of Object.keys(messages)) seen.set(key, [...(seen.get(key) ?? []), area])
    }
    const twice = [...seen]
      .filter(([, where]) => where.length > 1)
      .map(([key, where]) => `${key}: ${where.join(', ')}`)
    expect(twice).toEqual([])
  })

  it('the assembly holds every area’s keys with their texts, and nothing else', async () => {
    const all: Record<string, string> = {}
    for (const messages of Object.values(await areas())) Object.assign(all, messages)
    expect(Object.keys(all).length).toBeGreaterThan(500)
    expect(Object.fromEntries(Object.entries(errorMessages).sort())).toEqual(
      Object.fromEntries(Object.entries(all).sort())
    )
  })
})
