// `npm start`: builds Salesdesk and opens it in Electron. When the Electron runtime cannot
// be obtained (it is downloaded on first run, which needs the internet), Salesdesk says so
// in one sentence and serves the same app from the local web host instead.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const extraArgs = process.argv.slice(2)

function build() {
  const result = spawnSync('electron-vite', ['build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32'
  })
  if (result.status !== 0) {
    console.error('Salesdesk could not be built; see the messages above.')
    process.exit(1)
  }
}

/** Asks the electron package for its binary in a child, so a failed download cannot crash us. */
function electronBinary() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 10 * 60 * 1000
  })
  const path = probe.status === 0 ? probe.stdout.trim() : ''
  return path && existsSync(path) ? path : null
}

function serveInBrowser(reason) {
  console.log(`${reason} Salesdesk opens in your browser instead:`)
  // --open: the host opens its address in the default browser once it listens.
  const child = spawn(process.execPath, ['out/main/cli.js', 'serve', '--open', ...extraArgs], {
    stdio: 'inherit'
  })
  child.on('exit', (code) => process.exit(code ?? 0))
}

build()
const binary = electronBinary()
if (!binary) {
  serveInBrowser(
    'The Electron runtime is not installed and could not be downloaded (is this computer offline?).'
  )
} else {
  const started = Date.now()
  const child = spawn(binary, ['.', ...extraArgs], { stdio: 'inherit' })
  child.on('exit', (code) => {
    // Electron that dies at once (no display, missing system libraries) falls back too.
    if (code !== 0 && Date.now() - started < 5000)
      serveInBrowser('The Electron window could not be opened on this computer.')
    else process.exit(code ?? 0)
  })
}
