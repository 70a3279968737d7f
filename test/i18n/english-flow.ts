/**
 * English that reaches a refusal by a detour (see refusals.test.ts): a sentence kept in a variable,
 * returned by a function, looked up in a table or taken from another error's `message`, then given
 * to `new DomainError(…)`, `invalid({…})`, `conflict(key, params, fields)` or a message's params.
 * The regular expressions of english-refusals.ts see only a sentence written inside the call; this
 * follows each argument back through the syntax (no type checker, so it is quick): variables and
 * assignments by name in the same file, functions declared in the file or imported from a relative
 * path (their returned values), tables (`NAMES[key]`), conditionals, `??`/`||`, templates, arrays and
 * `.join`/`.map`. A sentence is a text of two words or more; `x.message` is an English sentence by the
 * convention of src/shared/errors.ts (`message` is the English text of an ApiError or an Error).
 * Run alone: `node --import tsx test/i18n/english-flow.ts src/main/some/file.ts`.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import ts from 'typescript'

export interface EnglishFlow {
  file: string
  line: number
  /** The refusal it reaches: `new DomainError`, `invalid`, `conflict`. */
  sink: string
  /** Where the English comes from: the sentence, or `x.message`, with its file and line when elsewhere. */
  source: string
}

/** Two words or more, not a key (keys are one word) nor keyed text (`§key {params}`). */
function isSentence(text: string): boolean {
  return !text.startsWith('§') && /\p{L}{2,}[\s,.:;!?'’-]+\S*\p{L}/u.test(text)
}

const parsed = new Map<string, ts.SourceFile | null>()

function sourceOf(file: string): ts.SourceFile | null {
  let source = parsed.get(file)
  if (source === undefined) {
    source = existsSync(file)
      ? ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
      : null
    parsed.set(file, source)
  }
  return source
}

function unwrap(node: ts.Expression): ts.Expression {
  let at = node
  while (
    ts.isParenthesizedExpression(at) ||
    ts.isAsExpression(at) ||
    ts.isNonNullExpression(at) ||
    ts.isSatisfiesExpression(at)
  )
    at = at.expression
  return at
}

/** Every node of the file (declarations and assignments are looked up by name). */
function nodesOf(source: ts.SourceFile): ts.Node[] {
  const all: ts.Node[] = []
  const visit = (node: ts.Node) => {
    all.push(node)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return all
}
const nodeLists = new Map<ts.SourceFile, ts.Node[]>()
function allNodes(source: ts.SourceFile): ts.Node[] {
  let list = nodeLists.get(source)
  if (!list) {
    list = nodesOf(source)
    nodeLists.set(source, list)
  }
  return list
}

/** The file a relative import names, or null for a package. */
function importedFile(from: ts.SourceFile, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null
  const base = join(dirname(from.fileName), specifier)
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f)) ?? null
}

interface Origin {
  /** The values a name stands for, in its own file. */
  values: ts.Expression[]
  /** The functions a name stands for, in their own file. */
  functions: ts.SignatureDeclaration[]
}

/** What `name` stands for in `source`: its declarations' values, assignments, or the import's. */
function originOf(source: ts.SourceFile, name: string, depth: number): Origin {
  const origin: Origin = { values: [], functions: [] }
  for (const node of allNodes(source)) {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name) {
      const value = node.initializer && unwrap(node.initializer)
      if (value && (ts.isArrowFunction(value) || ts.isFunctionExpression(value))) origin.functions.push(value)
      else if (value) origin.values.push(value)
    } else if (ts.isFunctionDeclaration(node) && node.name?.text === name && node.body) {
      origin.functions.push(node)
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isIdentifier(node.left) &&
      node.left.text === name
    ) {
      origin.values.push(node.right)
    } else if (
      ts.isImportSpecifier(node) &&
      node.name.text === name &&
      depth < 4 &&
      ts.isStringLiteral(node.parent.parent.parent.moduleSpecifier)
    ) {
      const file = importedFile(source, node.parent.parent.parent.moduleSpecifier.text)
      const other = file ? sourceOf(file) : null
      if (other) {
        const there = originOf(other, (node.propertyName ?? node.name).text, depth + 1)
        origin.values.push(...there.values)
        origin.functions.push(...there.functions)
      }
    }
  }
  return origin
}

/** The expressions a function returns (not those of functions nested in it). */
function returnedBy(fn: ts.SignatureDeclaration): ts.Expression[] {
  if (ts.isArrowFunction(fn) && !ts.isBlock(fn.body)) return [fn.body]
  const returned: ts.Expression[] = []
  const visit = (node: ts.Node) => {
    if (ts.isReturnStatement(node) && node.expression) returned.push(node.expression)
    if (!ts.isFunctionLike(node)) ts.forEachChild(node, visit)
  }
  const body = (fn as ts.FunctionLikeDeclarationBase).body
  if (body) ts.forEachChild(body, visit)
  return returned
}

/** Functions of src/shared/errors.ts that make English out of a message by key. */
const englishMakers = new Set(['messageText', 'englishMessage'])
/** Functions whose result is a key or keyed text whatever they are given. */
const keyMakers = new Set(['keyed', 'word', 'wordList', 'notFound', 'conflict', 'invalid'])

function where(node: ts.Node): string {
  const source = node.getSourceFile()
  return `${source.fileName.replace(/\\/g, '/')}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
}

/** The English sentences an expression can carry, each with where it was written. */
function englishIn(node: ts.Expression, seen: Set<ts.Node>, depth: number): string[] {
  const at = unwrap(node)
  if (seen.has(at) || depth > 12) return []
  seen.add(at)
  const next = (e: ts.Expression) => englishIn(e, seen, depth + 1)
  const source = at.getSourceFile()

  if (ts.isStringLiteral(at) || ts.isNoSubstitutionTemplateLiteral(at))
    return isSentence(at.text) ? [`${JSON.stringify(at.text.slice(0, 80))} (${where(at)})`] : []
  if (ts.isTemplateExpression(at)) {
    const text = [at.head.text, ...at.templateSpans.map((s) => s.literal.text)].join('${}')
    if (isSentence(text.replace(/\$\{\}/g, ' ').trim()) && /\p{L}{2,}/u.test(text.replace(/\$\{\}/g, '')))
      return [`${JSON.stringify(at.getText().slice(0, 80))} (${where(at)})`]
    return at.templateSpans.flatMap((span) => next(span.expression))
  }
  if (ts.isConditionalExpression(at)) return [...next(at.whenTrue), ...next(at.whenFalse)]
  if (ts.isBinaryExpression(at)) {
    const kind = at.operatorToken.kind
    if (kind === ts.SyntaxKind.PlusToken || kind === ts.SyntaxKind.QuestionQuestionToken)
      return [...next(at.left), ...next(at.right)]
    if (kind === ts.SyntaxKind.BarBarToken || kind === ts.SyntaxKind.AmpersandAmpersandToken)
      return [...next(at.left), ...next(at.right)]
    return []
  }
  if (ts.isArrayLiteralExpression(at))
    return at.elements.flatMap((e) => next(ts.isSpreadElement(e) ? e.expression : e))
  if (ts.isObjectLiteralExpression(at)) {
    const isMessage = at.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'key')
    return at.properties.flatMap((p) => {
      if (ts.isSpreadAssignment(p)) return next(p.expression)
      if (ts.isShorthandPropertyAssignment(p)) return next(p.name)
      if (!ts.isPropertyAssignment(p)) return []
      // A message by key: only its parameters can carry English.
      if (isMessage) return p.name.getText() === 'params' ? next(p.initializer) : []
      return next(p.initializer)
    })
  }
  if (ts.isIdentifier(at)) {
    const origin = originOf(source, at.text, 0)
    return origin.values.flatMap(next)
  }
  if (ts.isPropertyAccessExpression(at)) {
    if (at.name.text === 'message') return [`${at.getText()} (${where(at)})`]
    return []
  }
  if (ts.isElementAccessExpression(at)) return next(at.expression)
  if (ts.isCallExpression(at)) {
    const callee = unwrap(at.expression)
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text
      if (['join', 'concat', 'trim', 'slice', 'replace', 'toString', 'filter'].includes(method))
        return [...next(callee.expression), ...(method === 'concat' ? at.arguments.flatMap(next) : [])]
      if (method === 'map' || method === 'flatMap') {
        const first = at.arguments.at(0)
        const callback = first && unwrap(first)
        return callback && (ts.isArrowFunction(callback) || ts.isFunctionExpression(callback))
          ? returnedBy(callback).flatMap(next)
          : []
      }
      return []
    }
    if (ts.isIdentifier(callee)) {
      if (englishMakers.has(callee.text)) return [`${callee.text}(…) (${where(at)})`]
      if (keyMakers.has(callee.text)) return []
      const origin = originOf(source, callee.text, 0)
      return origin.functions.flatMap((fn) => returnedBy(fn).flatMap(next))
    }
  }
  return []
}

/** Each refusal of the file that is given English, with where the English comes from. */
export function englishFlows(file: string): EnglishFlow[] {
  const source = sourceOf(file)
  if (!source) return []
  const found: EnglishFlow[] = []
  const check = (sink: string, call: ts.Node, args: readonly ts.Expression[]) => {
    for (const arg of args)
      for (const from of englishIn(arg, new Set(), 0))
        found.push({
          file: file.replace(/\\/g, '/'),
          line: source.getLineAndCharacterOfPosition(call.getStart()).line + 1,
          sink,
          source: from
        })
  }
  for (const node of allNodes(source)) {
    if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'DomainError'
    )
      check('new DomainError', node, (node.arguments ?? []).slice(1, 3))
    else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const name = node.expression.text
      if (name === 'invalid') check('invalid', node, node.arguments.slice(0, 1))
      else if (name === 'conflict') check('conflict', node, node.arguments.slice(1, 3))
    }
  }
  return found
}

if (process.argv[1]?.endsWith('english-flow.ts'))
  for (const file of process.argv.slice(2))
    for (const f of englishFlows(file)) console.log(`${f.file}:${f.line} ${f.sink} ← ${f.source}`)
