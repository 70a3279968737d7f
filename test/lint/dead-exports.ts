/**
 * Exports nothing uses: a symbol exported from src/ that no identifier anywhere (src, test, bench,
 * not even its own file) refers to. Such code is kept alive only by its `export`, so it rots
 * unnoticed. Run alone: `node --import tsx test/lint/dead-exports.ts` lists them.
 */
import { relative } from 'node:path'
import ts from 'typescript'

export interface DeadExport {
  file: string
  name: string
}

/** Files nothing imports: their exports are entry points for Electron, the browser or the CLI. */
const entryPoints = [
  /^src\/main\/index\.ts$/,
  /^src\/preload\//,
  /^src\/renderer\/src\/main\.tsx$/,
  /^src\/main\/cli\.ts$/
]

/** The project's files, as the two tsconfigs (main + tests, renderer) list them. */
export function projectFiles(root: string): string[] {
  const files = new Set<string>()
  for (const config of ['tsconfig.node.json', 'tsconfig.web.json']) {
    const parsed = ts.getParsedCommandLineOfConfigFile(
      `${root}/${config}`,
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'))
        }
      }
    )
    for (const file of parsed?.fileNames ?? []) files.add(file)
  }
  return [...files]
}

export function findDeadExports(
  root: string,
  files: string[],
  judged = (rel: string) => rel.startsWith('src/')
) {
  const program = ts.createProgram(files, {
    jsx: ts.JsxEmit.ReactJSX,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    skipLibCheck: true,
    types: []
  })
  const checker = program.getTypeChecker()
  const ours = program.getSourceFiles().filter((f) => !f.fileName.includes('/node_modules/'))
  const original = (symbol: ts.Symbol): ts.Symbol =>
    symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol

  // Every symbol some identifier refers to, except the identifier that declares it.
  const used = new Set<ts.Symbol>()
  const note = (symbol: ts.Symbol | undefined) => {
    if (symbol) used.add(original(symbol))
  }
  for (const file of ours) {
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node)) {
        const parent = node.parent as ts.Node & { name?: ts.Node }
        const declares = parent.name === node && ts.isDeclarationStatement(parent)
        const declaresVariable = ts.isVariableDeclaration(parent) && parent.name === node
        if (ts.isShorthandPropertyAssignment(parent)) note(checker.getShorthandAssignmentValueSymbol(parent))
        else if (!declares && !declaresVariable) note(checker.getSymbolAtLocation(node))
      }
      ts.forEachChild(node, visit)
    }
    visit(file)
  }

  const dead: DeadExport[] = []
  for (const file of ours) {
    const rel = relative(root, file.fileName)
    if (!judged(rel) || entryPoints.some((entry) => entry.test(rel))) continue
    const module = checker.getSymbolAtLocation(file)
    if (!module) continue
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = original(exported)
      // A re-export is judged where the symbol is declared.
      if (symbol.declarations?.[0]?.getSourceFile() !== file) continue
      if (!used.has(symbol)) dead.push({ file: rel, name: exported.name })
    }
  }
  return dead
}

if (process.argv[1]?.endsWith('dead-exports.ts')) {
  const root = process.cwd()
  for (const d of findDeadExports(root, projectFiles(root))) console.log(`${d.file}\t${d.name}`)
}
