/**
 * The exhibition's asset budgets, checked file by file: every problem names the file, so a
 * curator knows what to shrink. Used by `npm run content:check`.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { basename, join, relative, resolve } from 'node:path'
import sharp from 'sharp'
import type { Manifest } from '../src/manifest/schema'

export const BUDGETS = {
  textureEdge: 2048,
  modelTriangles: 50_000,
  roomBytes: 6 * 1024 * 1024,
  exhibitionBytes: 40 * 1024 * 1024,
}

export interface BudgetProblem {
  file: string
  message: string
}

export interface SizeReport {
  rooms: Record<string, { files: number; bytes: number }>
  kinds: Record<string, { files: number; bytes: number; uncompressedBytes: number }>
  totalBytes: number
}

const ROOT = resolve(import.meta.dirname, '..')

/** Files the manifest names, as paths under the served root, with who uses them. */
export function referencedFiles(manifest: Manifest, servedRoot: string): Array<{ path: string; room: string; kind: string }> {
  const out: Array<{ path: string; room: string; kind: string }> = []
  const add = (p: string, room: string, kind: string) => out.push({ path: resolve(servedRoot, new URL(p, 'http://x/').pathname.slice(1)), room, kind })
  for (const a of manifest.artifacts) {
    if (a.assets.image) add(a.assets.image, a.room, 'image')
    if (a.assets.thumbnail) add(a.assets.thumbnail, a.room, 'thumbnail')
    if (a.assets.model) add(a.assets.model, a.room, 'model')
    for (const clip of a.clips ?? []) add(clip.file, a.room, 'audio')
  }
  for (const r of manifest.rooms) if (r.ambient) add(r.ambient.file, r.id, 'audio')
  for (const t of manifest.tours) for (const s of t.stops) for (const f of Object.values(s.audio ?? {})) add(f, 'tours', 'audio')
  return out
}

/** Triangles drawn by a glb, counted from its accessors (Draco-compressed primitives included). */
export function glbTriangles(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const jsonLength = view.getUint32(12, true)
  const json = JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + jsonLength))) as {
    meshes?: Array<{ primitives: Array<{ indices?: number; mode?: number; attributes: Record<string, number> }> }>
    accessors?: Array<{ count: number }>
  }
  let triangles = 0
  for (const mesh of json.meshes ?? []) {
    for (const p of mesh.primitives) {
      if ((p.mode ?? 4) !== 4) continue
      const count = p.indices !== undefined ? json.accessors?.[p.indices]?.count : json.accessors?.[p.attributes.POSITION ?? -1]?.count
      triangles += Math.floor((count ?? 0) / 3)
    }
  }
  return triangles
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

export async function checkBudgets(manifest: Manifest, servedRoot: string, budgets = BUDGETS): Promise<{ problems: BudgetProblem[]; report: SizeReport }> {
  const problems: BudgetProblem[] = []
  const report: SizeReport = { rooms: {}, kinds: {}, totalBytes: 0 }
  const files = referencedFiles(manifest, servedRoot).filter((f) => existsSync(f.path))
  const counted = new Set<string>()
  for (const f of files) {
    const name = relative(ROOT, f.path)
    const bytes = statSync(f.path).size
    const room = (report.rooms[f.room] ??= { files: 0, bytes: 0 })
    room.files += 1
    room.bytes += bytes
    if (counted.has(f.path)) continue
    counted.add(f.path)
    report.totalBytes += bytes
    const kind = (report.kinds[f.kind] ??= { files: 0, bytes: 0, uncompressedBytes: 0 })
    kind.files += 1
    kind.bytes += bytes
    if (f.kind === 'image' || f.kind === 'thumbnail') {
      const { width = 0, height = 0 } = await sharp(f.path).metadata()
      kind.uncompressedBytes += width * height * 4
      if (Math.max(width, height) > budgets.textureEdge) problems.push({ file: name, message: `texture is ${width}x${height}; the longest edge may be at most ${budgets.textureEdge} px` })
      if (f.kind === 'image' && ((width & (width - 1)) !== 0 || (height & (height - 1)) !== 0)) problems.push({ file: name, message: `texture is ${width}x${height}; both edges must be powers of two` })
    } else if (f.kind === 'model') {
      const data = new Uint8Array(readFileSync(f.path))
      const uncompressed = join(ROOT, '.cache/models', basename(f.path))
      kind.uncompressedBytes += existsSync(uncompressed) ? statSync(uncompressed).size : bytes
      const triangles = glbTriangles(data)
      if (triangles > budgets.modelTriangles) problems.push({ file: name, message: `model has ${triangles} triangles; at most ${budgets.modelTriangles}` })
      const { validateBytes } = (await import('gltf-validator')) as unknown as { validateBytes: (b: Uint8Array) => Promise<{ issues: { numErrors: number; messages: Array<{ code: string; message: string; severity: number }> } }> }
      const result = await validateBytes(data)
      if (result.issues.numErrors > 0) {
        const first = result.issues.messages.find((m) => m.severity === 0)
        problems.push({ file: name, message: `glTF has ${result.issues.numErrors} validation errors (first: ${first?.code}: ${first?.message})` })
      }
    } else {
      kind.uncompressedBytes += bytes
    }
  }
  // Baked lightmaps are the pipeline's output for a room (named by its id), not manifest media:
  // they count toward that room's budget, and one for a room that does not exist is an orphan.
  const lightmaps = join(servedRoot, 'media', 'lightmaps')
  const baked = new Set<string>()
  for (const file of existsSync(lightmaps) ? walk(lightmaps) : []) {
    baked.add(file)
    const room = basename(file).replace(/\.webp$/, '')
    if (basename(file) === 'index.json') continue
    const r = report.rooms[room]
    if (!r) problems.push({ file: relative(ROOT, file), message: 'is a lightmap for no room of the manifest (rebuild with npm run assets)' })
    else {
      r.bytes += statSync(file).size
      r.files += 1
      report.totalBytes += statSync(file).size
    }
  }
  for (const [room, r] of Object.entries(report.rooms)) {
    if (room !== 'tours' && r.bytes > budgets.roomBytes) problems.push({ file: `room ${room}`, message: `assets weigh ${(r.bytes / 1048576).toFixed(2)} MB; at most ${(budgets.roomBytes / 1048576).toFixed(0)} MB per room` })
  }
  if (report.totalBytes > budgets.exhibitionBytes) problems.push({ file: 'exhibition', message: `assets weigh ${(report.totalBytes / 1048576).toFixed(2)} MB; at most ${(budgets.exhibitionBytes / 1048576).toFixed(0)} MB` })
  // Every file in the exhibition's media folder is used; sidecars the pipeline reads are not media.
  const used = new Set(files.map((f) => f.path))
  for (const file of walk(join(servedRoot, 'media'))) {
    const name = basename(file)
    if (name.startsWith('.') || name === 'music.json' || baked.has(file)) continue
    if (!used.has(file)) problems.push({ file: relative(ROOT, file), message: 'is not referenced by the manifest (remove it, or reference it)' })
  }
  return { problems, report }
}

/** Every visitor-facing text in every language the exhibition lists. */
export function missingTranslations(manifest: Manifest): BudgetProblem[] {
  const problems: BudgetProblem[] = []
  const langs = manifest.exhibition.languages
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${path}[${i}]`))
    if (typeof value !== 'object' || value === null) return
    const record = value as Record<string, unknown>
    if (typeof record.en === 'string' && Object.values(record).every((v) => typeof v === 'string')) {
      const missing = langs.filter((l) => typeof record[l] !== 'string')
      if (missing.length) problems.push({ file: path, message: `has no ${missing.join(', ')} text` })
      return
    }
    for (const [k, v] of Object.entries(record)) if (k !== 'audio' && k !== 'captions') visit(v, `${path}.${k}`)
  }
  visit(manifest, '$')
  return problems
}
