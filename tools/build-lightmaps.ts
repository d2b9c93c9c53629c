/**
 * `npm run assets` (lightmaps step): bakes every room's light - ambient occlusion plus the direct
 * light of its own fixtures and picture lights - into public/media/lightmaps/<room>.webp.
 *
 *   npx tsx tools/build-lightmaps.ts           bake what changed
 *   npx tsx tools/build-lightmaps.ts --force   bake every room
 *   npx tsx tools/build-lightmaps.ts hall ...  only rooms whose id contains one of these
 *
 * Incremental: a room is baked again only when its bake key (geometry, shadow casters, lights -
 * see src/scene/bakeInputs.ts) or the baker's own code changed; the keys live in index.json,
 * which the runtime reads to match lightmaps to rooms.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { BakePool, bakeRoom } from './bake/bakeRoom.ts'
import { LIGHTMAP_INDEX, OUT_DIR, expectedBakes, toolHash, type LightmapIndex } from './bake/plan.ts'

function readIndex(): LightmapIndex | null {
  try {
    return JSON.parse(readFileSync(LIGHTMAP_INDEX, 'utf8')) as LightmapIndex
  } catch {
    return null
  }
}

/** Stable key order, only rooms the exhibition still has: the index is deterministic too. */
function writeIndex(tool: string, rooms: LightmapIndex['rooms'], ids: string[]): void {
  const sorted = Object.fromEntries(Object.keys(rooms).filter((k) => ids.includes(k)).sort().map((k) => [k, rooms[k]!]))
  const index: LightmapIndex = { tool, rooms: sorted }
  writeFileSync(LIGHTMAP_INDEX, `${JSON.stringify(index, null, 2)}\n`)
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const force = args.includes('--force')
  const only = args.filter((a) => !a.startsWith('--'))
  mkdirSync(OUT_DIR, { recursive: true })
  const tool = toolHash()
  const prev = readIndex()
  const rooms: LightmapIndex['rooms'] = {}
  const plan = expectedBakes()
  let pool: BakePool | null = null
  const t0 = performance.now()
  for (const { roomId, inputs } of plan) {
    const file = `${roomId}.webp`
    const old = prev?.rooms[roomId]
    const selected = only.length === 0 || only.some((o) => roomId.includes(o))
    const fresh = old && old.key === inputs.key && prev?.tool === tool && existsSync(path.join(OUT_DIR, file))
    if (!selected || (!force && fresh)) {
      if (old) rooms[roomId] = old
      if (selected) console.log(`  ${roomId}: unchanged`)
      continue
    }
    pool ??= new BakePool()
    const baked = await bakeRoom(inputs, { pool })
    writeFileSync(path.join(OUT_DIR, file), baked.webp)
    rooms[roomId] = { key: inputs.key, file, scale: baked.scale, size: baked.size, bytes: baked.webp.byteLength, texels: baked.texels.index.length, seconds: Math.round(baked.seconds * 10) / 10 }
    // Written after every room, so an interrupted run keeps what it finished.
    writeIndex(tool, prev?.tool === tool ? { ...prev.rooms, ...rooms } : rooms, plan.map((p) => p.roomId))
    console.log(`  ${roomId}: baked in ${baked.seconds.toFixed(1)} s, ${baked.texels.index.length} texels, ${(baked.webp.byteLength / 1024).toFixed(0)} KB, range ${baked.scale}`)
  }
  await pool?.close()
  writeIndex(tool, rooms, plan.map((p) => p.roomId))
  console.log(`lightmaps: ${plan.length} rooms in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
