/**
 * The layering rules of eslint.config.js really fail on a violation: each case lints a small
 * deliberate break, as if it were a file at the named path, and expects the rule's message.
 */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// Type-aware rules need files the TypeScript project knows, so the text is linted as if it were
// an existing file of the layer (nothing is written to disk).
const cases = [
  {
    rule: 'renderer-imports-shared-only',
    file: 'src/renderer/src/main.tsx',
    code: "import { openStore } from '../../main/db/open'\nexport const x = openStore\n"
  },
  {
    rule: 'electron-only-in-shell',
    file: 'src/main/customers/service.ts',
    code: "import { app } from 'electron'\nexport const x = app\n"
  },
  {
    rule: 'shared-is-a-leaf',
    file: 'src/shared/money.ts',
    code: "import { api } from '../renderer/src/api/client'\nexport const x = api\n"
  },
  {
    rule: 'renderer-imports-shared-only',
    file: 'src/preload/index.ts',
    code: "import { migrations } from '../main/db/migrations/index'\nexport const x = migrations\n"
  }
] as const

describe('the layering rules fail on deliberate violations', () => {
  const eslint = new ESLint()
  for (const c of cases) {
    it(`${c.rule}: ${c.file}`, async () => {
      const [result] = await eslint.lintText(c.code, { filePath: c.file })
      const layering = result.messages.filter((m) => m.ruleId === 'no-restricted-imports')
      expect(layering.map((m) => m.message)).toEqual([expect.stringContaining(`Layering rule "${c.rule}"`)])
    }, 180_000)
  }

  it('the same imports are fine where the layers allow them', async () => {
    const [result] = await eslint.lintText("import { app } from 'electron'\nexport const x = app\n", {
      filePath: 'src/main/menu.ts'
    })
    expect(result.messages.filter((m) => m.ruleId === 'no-restricted-imports')).toEqual([])
  }, 180_000)
})
