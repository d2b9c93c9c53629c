/** What the baker should produce for the exhibition as it stands: shared by the build step and the out-of-date test. */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { computeLayout } from '../../src/layout'
import { validateManifest } from '../../src/manifest/validate'
import { roomBakeInputs, type BakeInputs } from '../../src/scene/bakeInputs'
import { DEFAULT_SETTINGS } from './core.ts'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const OUT_DIR = path.join(ROOT, 'public', 'media', 'lightmaps')
export const LIGHTMAP_INDEX = path.join(OUT_DIR, 'index.json')
export const MANIFEST = path.join(ROOT, 'content', 'exhibition.json')

export interface LightmapIndex {
  /** Hash of the baker's code and settings: a change to how light is computed rebakes every room. */
  tool: string
  rooms: Record<string, { key: string; file: string; scale: number; size: number; bytes: number; texels: number; seconds: number }>
}

/** The baker's code and settings (not the geometry: that is in each room's key). */
export function toolHash(): string {
  const h = createHash('sha256')
  for (const f of ['core.ts', 'bakeRoom.ts', 'worker.ts']) h.update(readFileSync(path.join(ROOT, 'tools', 'bake', f)))
  h.update(readFileSync(path.join(ROOT, 'src', 'layout', 'random.ts')))
  h.update(JSON.stringify(DEFAULT_SETTINGS))
  return h.digest('hex').slice(0, 16)
}

export function expectedBakes(manifestFile = MANIFEST): Array<{ roomId: string; inputs: BakeInputs }> {
  const result = validateManifest(JSON.parse(readFileSync(manifestFile, 'utf8')))
  if (!result.ok) throw new Error(`manifest invalid: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`)
  const manifest = result.manifest
  const layout = computeLayout(manifest)
  const kinds = new Map(manifest.artifacts.map((a) => [a.id, a.kind]))
  return layout.rooms.map((room) => {
    const theme = manifest.rooms.find((r) => r.id === room.id)!.theme
    const works = layout.placements.filter((p) => p.roomId === room.id).map((placement) => ({ placement, kind: kinds.get(placement.artifactId)! }))
    return { roomId: room.id, inputs: roomBakeInputs(room, theme, works) }
  })
}
