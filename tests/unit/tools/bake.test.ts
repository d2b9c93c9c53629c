/** The light baker on a small scene: a 4 x 4 x 3 m box room, one plinth, one bulb near the east wall. */
import { describe, expect, it } from 'vitest'
import * as THREE from 'three'
import type { ArtifactPlacement, RoomLayout, WallPiece } from '../../../src/layout/types'
import type { Theme } from '../../../src/manifest/schema'
import { bakeKey, roomOccluders, roomSurfaceGeometry, type BakeInputs } from '../../../src/scene/bakeInputs'
import { BakePool, bakeRoom, type BakedRoom } from '../../../tools/bake/bakeRoom'
import { DEFAULT_SETTINGS } from '../../../tools/bake/core'

const room: RoomLayout = {
  id: 'box',
  index: 0,
  bounds: { min: [0, -2], max: [4, 2] },
  center: [2, 0],
  width: 4,
  depth: 4,
  height: 3,
  doorways: [],
  walls: (
    [
      ['north', [0, -2], [4, -2], [0, 1]],
      ['east', [4, -2], [4, 2], [-1, 0]],
      ['south', [4, 2], [0, 2], [0, -1]],
      ['west', [0, 2], [0, -2], [1, 0]],
    ] as const
  ).map(([side, a, b, normal]): WallPiece => ({ roomId: 'box', side, a: [...a], b: [...b], bottom: 0, top: 3, normal: [...normal] })),
  entry: { position: [0.5, 0], yaw: -Math.PI / 2 },
  graphics: [],
  lights: [],
}

const theme: Theme = {
  palette: { wall: '#ffffff', floor: '#ffffff', ceiling: '#ffffff', trim: '#ffffff', accent: '#ffffff' },
  floor: 'concrete',
  wall: 'painted',
  lighting: 'cold',
  ornament: 0,
  floorMotif: 'none',
} as Theme

const plinth: ArtifactPlacement = {
  artifactId: 'vase',
  roomId: 'box',
  mount: 'plinth',
  position: [2, 1.2, 0],
  yaw: 0,
  size: [0.3, 0.3, 0.3],
  stand: { center: [2, 0], size: [0.6, 0.6], height: 1 },
  label: { position: [2, 0.9, 0.31], size: [0.3, 0.1] },
  viewpoint: { position: [2, 1.5], yaw: 0, pitch: 0 },
}

function inputs(): BakeInputs {
  const { surfaces, atlas } = roomSurfaceGeometry(room, theme, 128)
  const rest = {
    surfaces,
    atlas,
    occluders: roomOccluders([{ placement: plinth, kind: 'object' }]),
    // One bulb 2.6 m up, 0.6 m from the east wall.
    lights: [{ kind: 'sphere' as const, position: [3.4, 2.6, 0] as [number, number, number], radius: 0.05, color: [1, 1, 1] as [number, number, number], power: 3 }],
    ambient: { sky: [1, 1, 1] as [number, number, number], ground: [1, 1, 1] as [number, number, number], strength: 0.3 },
  }
  return { ...rest, key: bakeKey(rest) }
}

/** Mean baked value (luminance) over the texels whose surface point passes `where`. */
function mean(baked: BakedRoom, where: (p: THREE.Vector3, n: THREE.Vector3) => boolean): number {
  const p = new THREE.Vector3()
  const n = new THREE.Vector3()
  let sum = 0
  let count = 0
  baked.texels.index.forEach((i, k) => {
    p.fromArray(baked.texels.position, k * 3)
    n.fromArray(baked.texels.normal, k * 3)
    if (!where(p, n)) return
    sum += (baked.rgb[i * 3]! + baked.rgb[i * 3 + 1]! + baked.rgb[i * 3 + 2]!) / 3
    count++
  })
  expect(count, 'texels in the region').toBeGreaterThan(0)
  return sum / count
}

const settings = { ...DEFAULT_SETTINGS, aoSamples: 16 }

describe('light baker', () => {
  it('darkens the floor under and beside a plinth, and lights the wall near the lamp more than the far one', async () => {
    const baked = await bakeRoom(inputs(), { settings })
    const floor = (p: THREE.Vector3, n: THREE.Vector3) => n.y > 0.9 && p.y < 0.01
    // Under the plinth (inside its footprint) against open floor at the same distance from the lamp, north of it.
    const under = mean(baked, (p, n) => floor(p, n) && Math.abs(p.x - 2) < 0.25 && Math.abs(p.z) < 0.25)
    const open = mean(baked, (p, n) => floor(p, n) && Math.abs(p.x - 2) < 0.25 && Math.abs(p.z + 1.2) < 0.25)
    expect(under).toBeLessThan(open * 0.3)
    // The plinth's shadow: the floor just west of it, away from the lamp, against the floor just north of it.
    const shadow = mean(baked, (p, n) => floor(p, n) && p.x > 1.35 && p.x < 1.65 && Math.abs(p.z) < 0.2)
    const beside = mean(baked, (p, n) => floor(p, n) && Math.abs(p.x - 2) < 0.15 && p.z > -0.65 && p.z < -0.35)
    expect(shadow).toBeLessThan(beside)
    const east = mean(baked, (p, n) => n.x < -0.9 && p.x > 3.99 && p.y > 0.5 && p.y < 2.5)
    const west = mean(baked, (p, n) => n.x > 0.9 && p.x < 0.01 && p.y > 0.5 && p.y < 2.5)
    expect(east).toBeGreaterThan(west * 1.5)
    expect(baked.webp.byteLength).toBeLessThan(300 * 1024)
  }, 120_000)

  it('is deterministic: the same bytes in one thread and in two worker threads', async () => {
    const one = await bakeRoom(inputs(), { settings })
    const pool = new BakePool(2)
    try {
      const two = await bakeRoom(inputs(), { settings, pool })
      expect(Buffer.compare(one.webp, two.webp)).toBe(0)
      expect(two.scale).toBe(one.scale)
    } finally {
      await pool.close()
    }
  }, 120_000)

  it('keys a bake on geometry and light only', () => {
    const a = inputs()
    expect(inputs().key).toBe(a.key)
    const moved = { ...a, lights: [{ ...a.lights[0]!, position: [1, 2.6, 0] as [number, number, number] }] }
    expect(bakeKey(moved)).not.toBe(a.key)
  })
})
