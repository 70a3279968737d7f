/**
 * Schema truth (issue 9): the hand-kept Kysely types in src/main/db/types.ts must name exactly the
 * tables and columns the migrations create, so a column added by a migration without its type (or a
 * type left behind after a change) fails here instead of at run time. The columns are read from the
 * migrated database with `pragma table_xinfo`; the types are read with the TypeScript checker, which
 * resolves the mapped and intersected helper types (address columns, …) the file uses.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStore, type Store } from '../../src/main/db/open'

/** Tables the code reaches only through raw SQL, each with the reason it has no Kysely type. */
const UNTYPED_TABLES: Record<string, string> = {}

/** snake_case column → the camelCase property Kysely's CamelCasePlugin maps it to. */
const camel = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())

function typedTables(): Map<string, Set<string>> {
  const file = resolve(__dirname, '../../src/main/db/types.ts')
  const program = ts.createProgram([file], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    noEmit: true
  })
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(file)
  if (!source) throw new Error(`TypeScript could not read ${file}`)
  const database = source.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Database'
  )
  if (!database) throw new Error('src/main/db/types.ts has no `interface Database`')
  const tables = new Map<string, Set<string>>()
  for (const table of checker.getPropertiesOfType(checker.getTypeAtLocation(database))) {
    const tableType = checker.getTypeOfSymbol(table)
    tables.set(table.name, new Set(checker.getPropertiesOfType(tableType).map((column) => column.name)))
  }
  return tables
}

let store: Store
let folder: string

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'salesdesk-schema-'))
  store = await openStore(join(folder, 'schema.db'))
})

afterAll(async () => {
  await store.close()
  rmSync(folder, { recursive: true, force: true })
})

function storedTables(db: Store = store): Map<string, Set<string>> {
  const names = db.sqlite
    .prepare(
      `select name from sqlite_master where type = 'table' and name not like 'sqlite_%'
         and sql not like 'create virtual table%' collate nocase order by name`
    )
    .pluck()
    .all() as string[]
  // FTS5 keeps its index in shadow tables named after the virtual table: not ours to type.
  const virtual = db.sqlite
    .prepare(`select name from sqlite_master where type = 'table' and sql like 'create virtual table%'`)
    .pluck()
    .all() as string[]
  const shadow = (name: string) => virtual.some((v) => name.startsWith(`${v}_`))
  const tables = new Map<string, Set<string>>()
  for (const name of names.filter((n) => !shadow(n))) {
    // table_xinfo, not table_info: generated columns (receivables.open_cents) count too.
    const columns = db.sqlite.prepare(`pragma table_xinfo("${name}")`).all() as { name: string }[]
    tables.set(camel(name), new Set(columns.map((c) => camel(c.name))))
  }
  return tables
}

describe('the Kysely types match the migrated schema', () => {
  it('every stored table has a type, and every typed table is stored', () => {
    const typed = typedTables()
    const stored = storedTables()
    const untyped = new Set(Object.keys(UNTYPED_TABLES).map(camel))
    const missingTypes = [...stored.keys()].filter((t) => !typed.has(t) && !untyped.has(t))
    const missingTables = [...typed.keys()].filter((t) => !stored.has(t))
    expect({ missingTypes, missingTables }).toEqual({ missingTypes: [], missingTables: [] })
  })

  it('every typed table has exactly the stored columns', () => {
    expect(columnDrift(storedTables(), typedTables())).toEqual({})
  })

  it('the check itself sees a drift: a column the types do not know is reported', async () => {
    const other = await openStore(join(folder, 'drift.db'))
    try {
      other.sqlite.exec('alter table settings add column drift_probe text')
      expect(columnDrift(storedTables(other), typedTables())).toEqual({
        settings: { notInTypes: ['driftProbe'], notInSchema: [] }
      })
    } finally {
      await other.close()
    }
  })
})

function columnDrift(stored: Map<string, Set<string>>, typed: Map<string, Set<string>>) {
  const drift: Record<string, { notInTypes: string[]; notInSchema: string[] }> = {}
  for (const [table, columns] of stored) {
    const types = typed.get(table)
    if (!types) continue
    const notInTypes = [...columns].filter((c) => !types.has(c))
    const notInSchema = [...types].filter((c) => !columns.has(c))
    if (notInTypes.length > 0 || notInSchema.length > 0) drift[table] = { notInTypes, notInSchema }
  }
  return drift
}
