/**
 * Builds the exhibition's 3D objects from models/<id>.ts into public/media/models/<id>.glb.
 *
 *   npx tsx tools/build-models.ts             build what changed
 *   npx tsx tools/build-models.ts --force     rebuild everything
 *   npx tsx tools/build-models.ts teapot ...  only these ids (substring match)
 *
 * Per model: build the glTF (uncompressed copy in .cache/models/), validate it with
 * gltf-validator (any error fails the build), dedup/prune, Draco-compress with gltf-pipeline,
 * validate again, write. Incremental: a hash of the model's source, the shared helpers, this
 * tool and the pipeline's package versions is kept in public/media/models/.hashes.json.
 * Also copies three's Draco decoder into public/draco/gltf/ so browsers load it from our origin.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { MODELS } from '../models/index.ts'
import { CACHE_DIR, HASH_FILE, OUT_DIR, ROOT, buildModel, sourceHash } from './models/pipeline.ts'

interface HashEntry {
  hash: string
  /** Size in cm [x, y, z]. */
  size: [number, number, number]
  triangles: number
  drawCalls: number
  rawBytes: number
  bytes: number
}

const DRACO_FILES = ['draco_decoder.js', 'draco_decoder.wasm', 'draco_wasm_wrapper.js']

function copyDracoDecoder(): void {
  const src = path.join(ROOT, 'node_modules', 'three', 'examples', 'jsm', 'libs', 'draco', 'gltf')
  const dst = path.join(ROOT, 'public', 'draco', 'gltf')
  mkdirSync(dst, { recursive: true })
  for (const f of DRACO_FILES) {
    const from = path.join(src, f)
    const to = path.join(dst, f)
    const data = readFileSync(from)
    if (!existsSync(to) || !readFileSync(to).equals(data)) copyFileSync(from, to)
  }
}

function readHashes(): Record<string, HashEntry> {
  if (!existsSync(HASH_FILE)) return {}
  try {
    return JSON.parse(readFileSync(HASH_FILE, 'utf8')) as Record<string, HashEntry>
  } catch {
    return {}
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const force = args.includes('--force')
  const only = args.filter((a) => !a.startsWith('--'))
  mkdirSync(OUT_DIR, { recursive: true })
  mkdirSync(CACHE_DIR, { recursive: true })
  copyDracoDecoder()

  const hashes = readHashes()
  const next: Record<string, HashEntry> = {}
  let failed = 0
  for (const def of MODELS) {
    const out = path.join(OUT_DIR, `${def.id}.glb`)
    const hash = sourceHash(def.id)
    const prev = hashes[def.id]
    const selected = only.length === 0 || only.some((o) => def.id.includes(o))
    if (!selected || (!force && prev && prev.hash === hash && existsSync(out))) {
      if (prev) next[def.id] = prev
      if (selected) console.log(`  ${def.id}: unchanged`)
      continue
    }
    const t0 = performance.now()
    try {
      const built = await buildModel(def)
      writeFileSync(path.join(CACHE_DIR, `${def.id}.glb`), built.raw)
      writeFileSync(out, built.compressed)
      next[def.id] = {
        hash,
        size: built.size,
        triangles: built.triangles,
        drawCalls: built.drawCalls,
        rawBytes: built.raw.byteLength,
        bytes: built.compressed.byteLength,
      }
      const warn = built.warnings ? `, ${built.warnings} validator warning(s)` : ''
      console.log(`  ${def.id}: built in ${((performance.now() - t0) / 1000).toFixed(1)} s${warn}`)
    } catch (e) {
      failed++
      console.error(`✗ ${def.id} (models/${def.id}.ts): ${(e as Error).message}`)
      if (prev) next[def.id] = prev
    }
  }
  // Stable key order so the hash file is deterministic too.
  const sorted = Object.fromEntries(Object.keys(next).sort().map((k) => [k, next[k]!]))
  writeFileSync(HASH_FILE, JSON.stringify(sorted, null, 2) + '\n')

  // Size report.
  const rows = MODELS.map((d) => ({ id: d.id, e: sorted[d.id] }))
  const w = Math.max(...rows.map((r) => r.id.length), 5)
  console.log(`\n${'model'.padEnd(w)}  ${'size (cm)'.padEnd(20)}  ${'triangles'.padStart(9)}  ${'draws'.padStart(5)}  ${'glTF'.padStart(11)}  ${'Draco'.padStart(11)}`)
  let tris = 0
  let raw = 0
  let comp = 0
  for (const { id, e } of rows) {
    if (!e) {
      console.log(`${id.padEnd(w)}  (not built)`)
      continue
    }
    tris += e.triangles
    raw += e.rawBytes
    comp += e.bytes
    console.log(
      `${id.padEnd(w)}  ${(e.size ?? []).join(' x ').padEnd(20)}  ${String(e.triangles).padStart(9)}  ${String(e.drawCalls).padStart(5)}  ${kb(e.rawBytes).padStart(11)}  ${kb(e.bytes).padStart(11)}`,
    )
  }
  console.log(`${'total'.padEnd(w)}  ${''.padEnd(20)}  ${String(tris).padStart(9)}  ${''.padStart(5)}  ${kb(raw).padStart(11)}  ${kb(comp).padStart(11)}`)
  if (failed > 0) {
    console.error(`\n${failed} model(s) failed`)
    process.exit(1)
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
