import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          environment: 'node',
          // The command line prints in the computer's language (LC_ALL, LC_MESSAGES, LANG): the
          // tests read its English unless they ask for another language.
          env: { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' },
          testTimeout: 30_000
        }
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // expect.poll gives up after 1 s by default: too short for a save and a reload on a
          // loaded two-core CI machine. Playwright's own waits allow 30 s.
          expect: { poll: { timeout: 15_000 } }
        }
      }
    ]
  }
})
