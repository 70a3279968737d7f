/**
 * Writes outside a write transaction (issue 9, "one writeTransaction used by every write"): every
 * statement that changes the store (Kysely's insertInto/updateTable/deleteFrom/replaceInto/mergeInto,
 * an sql`insert|update|delete|replace …` template, a better-sqlite3 prepare/exec of one) must run on
 * the executor a `writeTransaction` / `writeTransactionSync` callback is given, or on a function
 * parameter named `trx` (the caller's write transaction) — and every call that passes a `trx`
 * parameter must pass such an executor too. Syntax only (no type checker), so it is quick; names,
 * not types, carry the rule. Run alone: `node --import tsx test/lint/write-transactions.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import ts from 'typescript'

export interface WriteFinding {
  file: string
  line: number
  /** The enclosing function's name ('' at the top level). */
  inFunction: string
  /** insertInto, sql, prepare, … or `call <name>` for an executor handed to a `trx` parameter. */
  what: string
  executor: string
}

const kyselyWrites = new Set(['insertInto', 'updateTable', 'deleteFrom', 'replaceInto', 'mergeInto'])
const writeSql = /^\s*(insert|update|delete|replace)\b/i
const transactionCalls = /(^|\.)(writeTransaction|writeTransactionSync)$/

/** The identifier (or `this.x`, `ctx.db`) an expression chain starts from. */
function rootOf(node: ts.Expression): ts.Expression {
  let at: ts.Expression = node
  for (;;) {
    // A method call: the object it is called on (`trx.withoutPlugins()` → trx).
    if (ts.isCallExpression(at))
      at = ts.isPropertyAccessExpression(at.expression) ? at.expression.expression : at.expression
    else if (ts.isPropertyAccessExpression(at) && !isPlainReference(at)) at = at.expression
    else if (ts.isParenthesizedExpression(at) || ts.isAsExpression(at) || ts.isNonNullExpression(at))
      at = at.expression
    else return at
  }
}

/** `ctx.db`, `store.sqlite`, `this.sqlite`: a reference to a stored executor, kept whole. */
function isPlainReference(node: ts.PropertyAccessExpression): boolean {
  return ts.isIdentifier(node.expression) || node.expression.kind === ts.SyntaxKind.ThisKeyword
}

function functionName(fn: ts.Node): string {
  if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) && fn.name) return fn.name.getText()
  if (ts.isVariableDeclaration(fn.parent)) return fn.parent.name.getText()
  return ''
}

function enclosingFunctionName(node: ts.Node): string {
  for (let at = node.parent as ts.Node | undefined; at; at = at.parent) {
    if (ts.isFunctionLike(at)) {
      const name = functionName(at)
      if (name) return name
    }
  }
  return ''
}

function isTransactionCallback(fn: ts.Node): boolean {
  return (
    (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) &&
    ts.isCallExpression(fn.parent) &&
    fn.parent.arguments.includes(fn) &&
    transactionCalls.test(fn.parent.expression.getText())
  )
}

/** Is `name` a parameter of a transaction callback or a `trx` parameter, of a function around `node`? */
function isTransactionExecutor(name: string, node: ts.Node): boolean {
  for (let at = node.parent as ts.Node | undefined; at; at = at.parent) {
    if (!ts.isFunctionLike(at)) continue
    const declared = at.parameters.some((p) => p.name.getText() === name)
    if (declared) return name === 'trx' || isTransactionCallback(at)
  }
  return false
}

function insideTransactionCallback(node: ts.Node): boolean {
  for (let at = node.parent as ts.Node | undefined; at; at = at.parent)
    if (isTransactionCallback(at)) return true
  return false
}

/** Follows `const raw = trx.withoutPlugins()` back to `trx`: the nearest declaration in scope. */
function resolve(root: ts.Expression, site: ts.Node, seen = new Set<string>()): ts.Expression {
  if (!ts.isIdentifier(root) || seen.has(root.text)) return root
  seen.add(root.text)
  const declaredIn = (scope: ts.Node): ts.Expression | undefined => {
    let found: ts.Expression | undefined
    const visit = (node: ts.Node) => {
      if (found || (node !== scope && ts.isFunctionLike(node))) return
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === root.text)
        found = node.initializer
      else ts.forEachChild(node, visit)
    }
    visit(scope)
    return found
  }
  for (let at = site.parent as ts.Node | undefined; at; at = at.parent) {
    if (!ts.isFunctionLike(at) && !ts.isSourceFile(at)) continue
    if (ts.isFunctionLike(at) && at.parameters.some((p) => p.name.getText() === root.text)) return root
    const initializer = declaredIn(at)
    if (initializer) return resolve(rootOf(initializer), site, seen)
  }
  return root
}

function executorFine(executor: ts.Expression, site: ts.Node): boolean {
  const root = resolve(executor, site)
  if (ts.isIdentifier(root)) return isTransactionExecutor(root.text, site)
  // A stored executor (ctx.db, this.sqlite) is fine only inside a transaction callback of the
  // better-sqlite3 kind (the connection itself is in the transaction); ctx.db inside
  // writeTransaction's callback would wait for itself.
  return insideTransactionCallback(site) && !/\.db$/.test(root.getText())
}

interface Site {
  node: ts.Node
  what: string
  executor: ts.Expression
}

function writeSites(sf: ts.SourceFile): Site[] {
  const sites: Site[] = []
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text
      const first = node.arguments.at(0)
      if (kyselyWrites.has(method))
        sites.push({ node, what: method, executor: rootOf(node.expression.expression) })
      else if (
        (method === 'prepare' || method === 'exec') &&
        first &&
        (ts.isStringLiteral(first) ||
          ts.isNoSubstitutionTemplateLiteral(first) ||
          ts.isTemplateExpression(first)) &&
        writeSql.test(first.getText().slice(1))
      )
        sites.push({ node, what: method, executor: rootOf(node.expression.expression) })
    }
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'sql') {
      const text = node.template.getText().slice(1)
      const execute = node.parent
      const on =
        ts.isPropertyAccessExpression(execute) &&
        execute.name.text === 'execute' &&
        ts.isCallExpression(execute.parent)
          ? execute.parent.arguments.at(0)
          : undefined
      if (writeSql.test(text) && on) sites.push({ node, what: 'sql', executor: rootOf(on) })
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return sites
}

/** Functions with a parameter named trx, by name: the parameter's position. */
function trxParameters(files: ts.SourceFile[]): Map<string, number> {
  const found = new Map<string, number>()
  for (const sf of files) {
    const visit = (node: ts.Node) => {
      if (ts.isFunctionLike(node)) {
        const index = node.parameters.findIndex((p) => p.name.getText() === 'trx')
        const name = functionName(node)
        if (index >= 0 && name && !isTransactionCallback(node)) found.set(name, index)
      }
      ts.forEachChild(node, visit)
    }
    visit(sf)
  }
  return found
}

export function findWritesOutsideTransactions(files: { path: string; text: string }[]): WriteFinding[] {
  const parsed = files.map((f) => ts.createSourceFile(f.path, f.text, ts.ScriptTarget.ES2022, true))
  const takesTrx = trxParameters(parsed)
  const findings: WriteFinding[] = []
  for (const sf of parsed) {
    const report = (node: ts.Node, what: string, executor: ts.Expression) =>
      findings.push({
        file: sf.fileName,
        line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        inFunction: enclosingFunctionName(node),
        what,
        executor: executor.getText().split('\n')[0] ?? ''
      })
    for (const site of writeSites(sf))
      if (!executorFine(site.executor, site.node)) report(site.node, site.what, site.executor)
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const index = takesTrx.get(node.expression.text)
        const argument = index === undefined ? undefined : node.arguments[index]
        if (argument && !executorFine(rootOf(argument), node))
          report(node, `call ${node.expression.text}`, argument)
      }
      ts.forEachChild(node, visit)
    }
    visit(sf)
  }
  return findings
}

/**
 * Transactions begun any other way than the two helpers: Kysely's `db.transaction()` and
 * better-sqlite3's `sqlite.transaction(fn)` begin DEFERRED, as does a bare `begin`; a deferred
 * transaction that reads and then writes fails with SQLITE_BUSY when another process wrote meanwhile.
 */
export function findDeferredTransactions(files: { path: string; text: string }[]): WriteFinding[] {
  const findings: WriteFinding[] = []
  for (const f of files) {
    const sf = ts.createSourceFile(f.path, f.text, ts.ScriptTarget.ES2022, true)
    const visit = (node: ts.Node) => {
      let what = ''
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'transaction'
      )
        what = 'transaction'
      const text = ts.isTaggedTemplateExpression(node)
        ? node.template.getText()
        : ts.isStringLiteral(node) ||
            (ts.isNoSubstitutionTemplateLiteral(node) && !ts.isTaggedTemplateExpression(node.parent))
          ? node.getText()
          : ''
      if (/^.\s*begin(\s+(deferred|transaction))?\s*;?\s*.$/i.test(text)) what = 'begin'
      if (what)
        findings.push({
          file: f.path,
          line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1,
          inFunction: enclosingFunctionName(node),
          what,
          executor:
            (ts.isCallExpression(node) ? node.expression.getText() : node.getText()).split('\n')[0] ?? ''
        })
      ts.forEachChild(node, visit)
    }
    visit(sf)
  }
  return findings
}

/** The core's source files, but the migrations (the runner in db/open.ts holds their transaction). */
export function coreFiles(root: string): { path: string; text: string }[] {
  return readdirSync(`${root}/src/main`, { recursive: true, encoding: 'utf8' })
    .map((name) => `src/main/${name.replaceAll('\\', '/')}`)
    .filter((path) => path.endsWith('.ts') && !path.startsWith('src/main/db/migrations/'))
    .sort()
    .map((path) => ({ path, text: readFileSync(`${root}/${path}`, 'utf8') }))
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const files = coreFiles(process.cwd())
  for (const f of [...findWritesOutsideTransactions(files), ...findDeferredTransactions(files)])
    console.log(`${f.file}:${String(f.line)} ${f.inFunction}: ${f.what} on ${f.executor}`)
}
