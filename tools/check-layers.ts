/**
 * `npm run layers:check`: reads every import in `src/` and fails on an import that points up the
 * layers, or on an import circle. The layer order is written here and only here (the README
 * draws it); a module may import its own layer and any layer below it.
 *
 *   manifest → layout → store → i18n → audio → tours → navigation → live → scene → xr → ui → api → app
 *
 * `app` is what sits directly in `src/` (App.tsx, main.tsx, boot.ts, sw.ts). Type-only imports
 * count too: a type that a lower layer needs belongs in that lower layer.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'

/** Bottom to top. */
export const LAYERS = ['manifest', 'layout', 'store', 'i18n', 'audio', 'tours', 'navigation', 'live', 'scene', 'xr', 'ui', 'api', 'app'] as const

export type Layer = (typeof LAYERS)[number]

/** Module path (relative to src/, with '/' separators) → the modules it imports. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>

export type LayerProblem =
  | { kind: 'upward'; from: string; to: string; fromLayer: Layer; toLayer: Layer }
  | { kind: 'circle'; modules: string[] }
  | { kind: 'unknownLayer'; module: string; folder: string }

/** The layer of a module path relative to src/: its first folder, or `app` for a file at the top. */
export function layerOf(module: string): Layer | null {
  const slash = module.indexOf('/')
  if (slash < 0) return 'app'
  const folder = module.slice(0, slash)
  return (LAYERS as readonly string[]).includes(folder) && folder !== 'app' ? (folder as Layer) : null
}

const rank = (layer: Layer): number => LAYERS.indexOf(layer)

/** Every set of modules that import one another in a circle (Tarjan's strongly connected components). */
export function findCircles(graph: ImportGraph): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const circles: string[][] = []
  const visit = (v: string): void => {
    index.set(v, counter)
    low.set(v, counter)
    counter += 1
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!))
      }
    }
    if (low.get(v) !== index.get(v)) return
    const component: string[] = []
    let w: string
    do {
      w = stack.pop()!
      onStack.delete(w)
      component.push(w)
    } while (w !== v)
    const selfImport = component.length === 1 && (graph.get(v) ?? []).includes(v)
    if (component.length > 1 || selfImport) circles.push(component.sort())
  }
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v)
  return circles
}

/** Every upward import, every circle and every folder of src/ that has no place in the order. */
export function checkLayers(graph: ImportGraph): LayerProblem[] {
  const problems: LayerProblem[] = []
  const unknown = new Set<string>()
  for (const [from, targets] of graph) {
    const fromLayer = layerOf(from)
    if (!fromLayer) {
      const folder = from.split('/')[0]!
      if (!unknown.has(folder)) problems.push({ kind: 'unknownLayer', module: from, folder })
      unknown.add(folder)
      continue
    }
    for (const to of targets) {
      const toLayer = layerOf(to)
      if (toLayer && rank(toLayer) > rank(fromLayer)) problems.push({ kind: 'upward', from, to, fromLayer, toLayer })
    }
  }
  for (const modules of findCircles(graph)) problems.push({ kind: 'circle', modules })
  return problems
}

export function describe(problem: LayerProblem): string {
  switch (problem.kind) {
    case 'upward':
      return `upward import: ${problem.from} (${problem.fromLayer}) imports ${problem.to} (${problem.toLayer})`
    case 'circle':
      return `import circle: ${problem.modules.join(' <-> ')}`
    case 'unknownLayer':
      return `src/${problem.folder}/ is not in the layer order (tools/check-layers.ts): ${problem.module}`
  }
}

const SOURCE = /\.(ts|tsx)$/
const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : []
  })
}

/** The src/-relative module a relative specifier names (code only: styles and data import nothing). */
function resolveSpecifier(root: string, fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null
  const base = resolve(dirname(fromFile), specifier.replace(/\?.*$/, ''))
  for (const suffix of RESOLVE_SUFFIXES) {
    const file = base + suffix
    if (SOURCE.test(file) && existsSync(file) && statSync(file).isFile()) {
      const module = relative(root, file).split(sep).join('/')
      return module.startsWith('..') ? null : module
    }
  }
  return null
}

/** The import graph of a source folder: static, re-export, side-effect and dynamic imports. */
export function readImportGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of sourceFiles(root)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
    const targets = info.importedFiles.map((f) => resolveSpecifier(root, file, f.fileName)).filter((m): m is string => m !== null)
    graph.set(relative(root, file).split(sep).join('/'), [...new Set(targets)])
  }
  return graph
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const root = resolve(import.meta.dirname, '../src')
  const problems = checkLayers(readImportGraph(root))
  for (const problem of problems) console.error(describe(problem))
  if (problems.length > 0) {
    console.error(`\n${problems.length} layer problem(s). Order, bottom to top: ${LAYERS.join(' → ')}`)
    process.exit(1)
  }
  console.log(`layers: ${LAYERS.join(' → ')}; no upward import, no circle`)
}
