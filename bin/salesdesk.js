#!/usr/bin/env node
// The `salesdesk` command. Salesdesk's database driver needs Node 22.14 or newer; on an
// older system Node we re-run ourselves with the Node 24 that ships in node_modules.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'out', 'main', 'cli.js')
const [major, minor] = process.versions.node.split('.').map(Number)

if (!existsSync(cli)) {
  console.error('salesdesk: Salesdesk is not built yet. Run "npm run build" in ' + root + ' first.')
  process.exit(1)
}

if (major < 22 || (major === 22 && minor < 14)) {
  let bundledNode
  try {
    bundledNode = createRequire(join(root, 'package.json')).resolve('node/bin/node')
  } catch {
    console.error(
      'salesdesk: Node 22.14 or newer is needed; install it or run "npm install" in ' + root + '.'
    )
    process.exit(1)
  }
  const result = spawnSync(bundledNode, [cli, ...process.argv.slice(2)], { stdio: 'inherit' })
  process.exit(result.status ?? 1)
} else {
  const { runCli } = await import(pathToFileURL(cli).href)
  process.exitCode = await runCli(process.argv.slice(2))
}
