/** Fails when a room's lightmap is out of date: run `npm run assets` (or `npx tsx tools/build-lightmaps.ts`) and commit public/media/lightmaps/. */
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LIGHTMAP_INDEX, OUT_DIR, expectedBakes, toolHash, type LightmapIndex } from '../../../tools/bake/plan'

describe('baked lightmaps', () => {
  const index = JSON.parse(readFileSync(LIGHTMAP_INDEX, 'utf8')) as LightmapIndex
  it('were baked by the baker as it is now', () => {
    expect(index.tool, 'the baker changed since the last bake: run npx tsx tools/build-lightmaps.ts').toBe(toolHash())
  })
  it('match every room as laid out now, each under 300 KB', () => {
    for (const { roomId, inputs } of expectedBakes()) {
      const entry = index.rooms[roomId]
      expect(entry?.key, `${roomId}: lightmap out of date (geometry, stands or lights changed): run npx tsx tools/build-lightmaps.ts`).toBe(inputs.key)
      const file = path.join(OUT_DIR, entry!.file)
      expect(existsSync(file), file).toBe(true)
      expect(statSync(file).size, `${roomId}: lightmap bytes`).toBeLessThanOrEqual(300 * 1024)
    }
  })
})
