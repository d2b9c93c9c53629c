/**
 * The model pipeline, shared by tools/build-models.ts and the unit tests:
 * build (glTF-Transform Document) -> validate (gltf-validator, zero errors) -> dedup/prune ->
 * Draco (gltf-pipeline) -> validate again.
 */
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { NodeIO, getBounds, type Document } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { dedup, prune } from '@gltf-transform/functions'
import draco3d from 'draco3dgltf'
import gltfPipeline from 'gltf-pipeline'
import { validateBytes, type ValidatorReport } from 'gltf-validator'
import type { ModelDefinition } from '../../models/lib/model.ts'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const OUT_DIR = path.join(ROOT, 'public', 'media', 'models')
export const CACHE_DIR = path.join(ROOT, '.cache', 'models')
export const HASH_FILE = path.join(OUT_DIR, '.hashes.json')

/** Draco settings: precise enough for 1 m objects (14 bits ~ 0.07 mm) and legible page UVs. */
export const DRACO_OPTIONS = {
  compressionLevel: 10,
  quantizePositionBits: 14,
  quantizeNormalBits: 10,
  quantizeTexcoordBits: 12,
} as const

let ioPromise: Promise<NodeIO> | undefined

/** A NodeIO that reads and writes every extension, Draco included. */
export function getIO(): Promise<NodeIO> {
  ioPromise ??= (async () =>
    new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({
      'draco3d.decoder': await draco3d.createDecoderModule(),
      'draco3d.encoder': await draco3d.createEncoderModule(),
    }))()
  return ioPromise
}

export class ValidationError extends Error {}

/** Validates a GLB; throws naming the file and the first errors when there are any. */
export async function validate(glb: Uint8Array, name: string): Promise<ValidatorReport> {
  const report = await validateBytes(glb, { uri: name, format: 'glb', maxIssues: 200 })
  if (report.issues.numErrors > 0) {
    const errors = report.issues.messages
      .filter((m) => m.severity === 0)
      .slice(0, 10)
      .map((m) => `  ${m.code} at ${m.pointer ?? '?'}: ${m.message}`)
      .join('\n')
    throw new ValidationError(`${name}: gltf-validator found ${report.issues.numErrors} error(s):\n${errors}`)
  }
  return report
}

export function countTriangles(doc: Document): number {
  let n = 0
  for (const mesh of doc.getRoot().listMeshes()) {
    for (const prim of mesh.listPrimitives()) {
      if (prim.getMode() !== 4) continue
      const idx = prim.getIndices()
      n += (idx ? idx.getCount() : (prim.getAttribute('POSITION')?.getCount() ?? 0)) / 3
    }
  }
  return n
}

export interface BuiltModel {
  id: string
  /** Uncompressed GLB straight from the source (validated). */
  raw: Uint8Array
  /** Draco-compressed GLB (validated). */
  compressed: Uint8Array
  triangles: number
  drawCalls: number
  warnings: number
  /** Outer size in centimetres [x, y, z]. */
  size: [number, number, number]
}

/** Bounding-box size in centimetres [x, y, z] and the lowest point (cm). */
export function measure(doc: Document): { size: [number, number, number]; minY: number } {
  const scene = doc.getRoot().getDefaultScene() ?? doc.getRoot().listScenes()[0]!
  const { min, max } = getBounds(scene)
  const r = (v: number) => Math.round(v * 1000) / 10
  return { size: [r(max[0] - min[0]), r(max[1] - min[1]), r(max[2] - min[2])], minY: r(min[1]) }
}

export async function compress(glb: Uint8Array): Promise<Uint8Array> {
  const { glb: out } = await gltfPipeline.processGlb(Buffer.from(glb), { dracoOptions: { ...DRACO_OPTIONS } })
  return new Uint8Array(out)
}

/** Runs the whole pipeline for one model definition, in memory. */
export async function buildModel(def: ModelDefinition): Promise<BuiltModel> {
  const io = await getIO()
  const doc = await def.build()
  const raw = await io.writeBinary(doc)
  const report = await validate(raw, `${def.id}.glb (uncompressed)`)
  await doc.transform(dedup(), prune())
  const triangles = countTriangles(doc)
  const { size } = measure(doc)
  const d = def.dimensions
  const stated = [d.width, d.height, d.depth]
  const over = size.map((v, i) => (v > stated[i]! * 1.005 ? `${'xyz'[i]} ${v} cm > ${stated[i]} cm` : '')).filter(Boolean)
  if (over.length) throw new Error(`${def.id}: larger than its stated dimensions: ${over.join(', ')}`)
  if (triangles > 50_000) throw new Error(`${def.id}: ${triangles} triangles, over the 50k budget`)
  const optimised = await io.writeBinary(doc)
  const compressed = await compress(optimised)
  await validate(compressed, `public/media/models/${def.id}.glb`)
  const drawCalls = doc.getRoot().listMeshes().reduce((n, m) => n + m.listPrimitives().length, 0)
  return { id: def.id, raw, compressed, triangles, drawCalls, warnings: report.issues.numWarnings, size }
}

// ---------------------------------------------------------------------------------------------
// Incremental builds

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = path.join(dir, f)
      return statSync(p).isDirectory() ? listFiles(p) : [p]
    })
}

/** Files every model depends on: the shared helpers and the tool itself. */
export function sharedSources(): string[] {
  return [
    ...listFiles(path.join(ROOT, 'models', 'lib')),
    path.join(ROOT, 'tools', 'build-models.ts'),
    path.join(ROOT, 'tools', 'models', 'pipeline.ts'),
    path.join(ROOT, 'src', 'layout', 'random.ts'),
  ]
}

function pkgVersion(name: string): string {
  const p = path.join(ROOT, 'node_modules', name, 'package.json')
  return (JSON.parse(readFileSync(p, 'utf8')) as { version: string }).version
}

/** Hash of what determines a model's bytes: its source, the shared helpers, the tool, versions. */
export function sourceHash(id: string): string {
  const h = createHash('sha256')
  const files = [path.join(ROOT, 'models', `${id}.ts`), ...sharedSources()]
  for (const f of files) {
    h.update(path.relative(ROOT, f).split(path.sep).join('/'))
    h.update('\0')
    h.update(readFileSync(f))
    h.update('\0')
  }
  for (const p of ['@gltf-transform/core', 'gltf-pipeline', 'draco3dgltf', 'sharp', '@resvg/resvg-js', 'three']) {
    h.update(`${p}@${pkgVersion(p)}\0`)
  }
  return h.digest('hex')
}
