import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Finds the built renderer (out/renderer) whether we run from the bundle (out/main)
 * or from the sources (src/main/host under tsx or vitest).
 */
export function rendererFolder(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url))
  const candidates = [
    join(here, '../renderer'),
    resolve(here, '../../../out/renderer'),
    resolve('out/renderer')
  ]
  return candidates.find((folder) => existsSync(join(folder, 'index.html')))
}
