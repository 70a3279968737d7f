import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  main: {
    build: {
      // The CLI is bundled beside the Electron entry so `salesdesk` runs the same code as the app.
      rolldownOptions: {
        input: { index: resolve('src/main/index.ts'), cli: resolve('src/main/cli.ts') }
      }
    }
  },
  preload: {
    build: {
      // A sandboxed preload must be CommonJS.
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve('src/renderer'),
    build: { rolldownOptions: { input: { index: resolve('src/renderer/index.html') } } },
    plugins: [react()]
  }
})
