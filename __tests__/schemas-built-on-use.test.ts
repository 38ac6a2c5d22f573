/**
 * zod builds a schema's parts when the schema is created, and the scan's modules hold hundreds of
 * them: built at load, they cost every run (the CLI, the action) milliseconds before any work, for
 * policy files, lock files and API answers most runs never read. So every schema at a module's top
 * level is a `z.lazy(() => …)`, built on its first parse.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

const SRC = join(import.meta.dirname, '..', 'src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** The identifier a call or property chain starts from (`z` in `z.string().max(3)`), if any. */
function chainRoot(node: ts.Node): ts.Identifier | null {
  let current = node
  for (;;) {
    if (ts.isCallExpression(current)) current = current.expression
    else if (ts.isPropertyAccessExpression(current)) current = current.expression
    else if (ts.isParenthesizedExpression(current)) current = current.expression
    else return ts.isIdentifier(current) ? current : null
  }
}

/** Whether the chain is `z.lazy(...)` itself, with nothing called on its result. */
function isLazyCall(node: ts.Expression): boolean {
  return (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    ts.isIdentifier(node.expression.expression) &&
    node.expression.expression.text === 'z' &&
    node.expression.name.text === 'lazy'
  )
}

/** Module-level `const x = z.…` whose value is built at load: "file:line name". */
function eagerSchemas(path: string, text: string): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true)
  const found: string[] = []
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue
    for (const declaration of statement.declarationList.declarations) {
      const value = declaration.initializer
      if (!value || chainRoot(value)?.text !== 'z' || isLazyCall(value)) continue
      const line = source.getLineAndCharacterOfPosition(declaration.getStart()).line + 1
      found.push(`${relative(SRC, path)}:${line} ${declaration.name.getText()}`)
    }
  }
  return found
}

describe('zod schemas', () => {
  it('are built on first use, not when their module loads', () => {
    const files = sourceFiles(SRC)
    const withZod = files.filter((f) => readFileSync(f, 'utf8').includes("from 'zod'"))
    expect(withZod.length).toBeGreaterThan(5)
    expect(withZod.flatMap((f) => eagerSchemas(f, readFileSync(f, 'utf8')))).toEqual([])
  })

  it('are told apart from lazy ones by the check', () => {
    const text = [
      "import { z } from 'zod'",
      'const a = z.object({ x: z.string() })',
      'const b = z.lazy(() => z.object({ x: z.string() }))',
      'const c = z.lazy(() => z.string()).optional()',
      'export const d = z.string().max(3)',
      'const e = (max: number) => z.string().max(max)',
      'function f() { const g = z.number(); return g }'
    ].join('\n')
    expect(eagerSchemas(join(SRC, 'x.ts'), text)).toEqual(['x.ts:2 a', 'x.ts:4 c', 'x.ts:5 d'])
  })
})
