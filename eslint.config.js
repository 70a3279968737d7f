// ESLint flat config. Type-aware typescript-eslint (strictTypeChecked), the React hooks rules, and
// the layering rules of docs/ARCHITECTURE.md as import restrictions whose messages name the rule.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const ELECTRON_SHELL = ['src/main/index.ts', 'src/main/menu.ts', 'src/main/ipc.ts', 'src/main/pdf-viewer.ts']

const rendererMayImportOnlyShared = {
  group: ['**/main/**', '**/preload/**', 'electron', 'node:*', 'better-sqlite3', 'kysely'],
  message:
    'Layering rule "renderer-imports-shared-only": src/renderer and src/preload may import only src/shared (and UI libraries).'
}
const electronOnlyInShell = {
  name: 'electron',
  message:
    'Layering rule "electron-only-in-shell": only src/main/index.ts, menu.ts, ipc.ts and pdf-viewer.ts may import electron; the core stays Electron-free.'
}
const sharedImportsNothing = {
  group: ['**/main/**', '**/renderer/**', '**/preload/**', 'electron'],
  message: 'Layering rule "shared-is-a-leaf": src/shared imports nothing from main, renderer or preload.'
}

export default tseslint.config(
  {
    ignores: ['node_modules/', 'out/', 'dist/', '.bench/', 'test-results/', 'test/standards/', 'resources/']
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node }
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      // Template strings with numbers are how messages and file names are built here.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // An arrow that only calls a void function reads better without braces (onClick={() => save()}).
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [rendererMayImportOnlyShared] }]
    }
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ ...rendererMayImportOnlyShared, group: ['**/main/**', '**/renderer/**'] }] }
      ]
    }
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'], patterns: [sharedImportsNothing] }] }
  },
  {
    files: ['src/main/**/*.ts', 'src/cli/**/*.ts', 'bench/**/*.ts'],
    ignores: ELECTRON_SHELL,
    rules: { 'no-restricted-imports': ['error', { paths: [electronOnlyInShell] }] }
  }
)
