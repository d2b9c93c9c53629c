/**
 * Everything a room's lightmap depends on, built by the same pure code in the browser and in the
 * baker (tools/bake): the lightmapped architecture with its second UV set, the boxes that cast
 * shadows (stands, works, frames), the room's own lights, and a key hashed over exactly these.
 * A text or colour edit leaves the key alone; moving a wall, a plinth or a light changes it, and a
 * lightmap whose key differs from the room's is not used (the room falls back to live lights).
 */
import * as THREE from 'three'
import type { ArtifactPlacement, RoomLayout, Vec3 } from '../layout/types'
import type { ArtifactKind, Theme } from '../manifest/schema'
import { accentGeometry, trimGeometry, wallFaces } from './architecture'
import { fixtureSpots } from './fixtures'
import { merge } from './mergeGeometry'
import { frameMargin } from './frames'
import { packLightmap, type LightmapAtlas } from './lightmapUv'
import { MOODS } from './moods'

/** Bumped when the meaning of a baked texel changes (units, encoding), so old bakes stop matching. */
export const BAKE_FORMAT = 2
export const LIGHTMAP_SIZE = 512

export type SurfaceName = 'walls' | 'floor' | 'ceiling' | 'trim' | 'accent'

export interface BakeLight {
  /** sphere: a chandelier or bulb of `radius`; line: a tube of `length` along x facing down; rect: a skylight `size` facing down; spot: a picture light. */
  kind: 'sphere' | 'line' | 'rect' | 'spot'
  position: Vec3
  /** Linear RGB. */
  color: Vec3
  /** Irradiance factor: a surface facing the light at distance d gets power / d². */
  power: number
  radius?: number
  length?: number
  size?: [number, number]
  direction?: Vec3
  /** Cosine of the beam's half-angle (spots). */
  cosCutoff?: number
}

/** An oriented box that casts shadow: centre, half sizes, yaw. */
export interface Occluder {
  center: Vec3
  half: Vec3
  yaw: number
}

export interface BakeInputs {
  surfaces: Record<SurfaceName, THREE.BufferGeometry | null>
  atlas: LightmapAtlas
  occluders: Occluder[]
  lights: BakeLight[]
  /** Hemisphere fill standing in for light bounced off the room: sky (from above) and ground colours, linear. */
  ambient: { sky: Vec3; ground: Vec3; strength: number }
  key: string
}

export interface PlacedWork {
  placement: ArtifactPlacement
  kind: ArtifactKind
}

function linear(hex: string): Vec3 {
  const c = new THREE.Color(hex)
  return [c.r, c.g, c.b]
}

function horizontalPlane(room: RoomLayout, y: number, facingUp: boolean): THREE.BufferGeometry {
  const g = new THREE.PlaneGeometry(room.width, room.depth)
  g.rotateX(facingUp ? -Math.PI / 2 : Math.PI / 2)
  g.translate(room.center[0], y, room.center[1])
  return merge([g])
}

/** The room's lightmapped architecture in world space, every surface carrying `uv1` into one atlas. */
export function roomSurfaceGeometry(room: RoomLayout, theme: Theme, size = LIGHTMAP_SIZE): { surfaces: BakeInputs['surfaces']; atlas: LightmapAtlas } {
  const surfaces: BakeInputs['surfaces'] = {
    walls: wallFaces(room),
    floor: horizontalPlane(room, 0, true),
    ceiling: horizontalPlane(room, room.height, false),
    trim: trimGeometry(room, theme),
    accent: accentGeometry(room, theme),
  }
  const density: Record<SurfaceName, number> = { walls: 1, floor: 1, ceiling: 0.5, trim: 1, accent: 1 }
  const list = (Object.keys(surfaces) as SurfaceName[]).filter((k) => surfaces[k]).map((k) => ({ geometry: surfaces[k]!, density: density[k] }))
  const atlas = packLightmap(list, size)
  return { surfaces, atlas }
}

/** Stands, the works on them and the framed works on the walls, as shadow-casting boxes. */
export function roomOccluders(works: PlacedWork[]): Occluder[] {
  const out: Occluder[] = []
  for (const { placement: p, kind } of works) {
    if (p.stand) {
      const [x, z] = p.stand.center
      out.push({ center: [x, p.stand.height / 2, z], half: [p.stand.size[0] / 2, p.stand.height / 2, p.stand.size[1] / 2], yaw: 0 })
    }
    if (p.mount === 'wall') {
      const m = frameMargin(kind, p.size[0], p.size[1])
      const depth = 0.05
      const out3: Vec3 = [Math.sin(p.yaw) * (depth / 2 - 0.02), 0, Math.cos(p.yaw) * (depth / 2 - 0.02)]
      out.push({ center: [p.position[0] + out3[0], p.position[1], p.position[2] + out3[2]], half: [p.size[0] / 2 + m, p.size[1] / 2 + m, depth / 2], yaw: p.yaw })
    } else if (!p.flat) {
      // A 3D object above its stand: its catalogued box, a little smaller than the real thing.
      out.push({ center: p.position, half: [p.size[0] * 0.4, p.size[1] * 0.45, Math.max(p.size[2], 0.05) * 0.4], yaw: p.yaw })
    }
  }
  return out
}

/** The room's lights: its ceiling fixtures (by mood) and any picture lights the layout placed. */
export function roomLights(room: RoomLayout, theme: Theme): BakeLight[] {
  const mood = MOODS[theme.lighting]
  const h = room.height
  const spots = fixtureSpots(room)
  const color = linear(mood.key)
  // The whole room's fixture power grows with its floor area, so a big hall is lit like a small one.
  const total = (0.7 * mood.keyIntensity * room.width * room.depth) / 120
  const lights: BakeLight[] = []
  for (const [x, z] of spots) {
    if (mood.fixtures === 'chandelier') {
      lights.push({ kind: 'sphere', position: [x, h - 1.22, z], radius: 0.55, color, power: total / spots.length })
    } else if (mood.fixtures === 'pendant') {
      for (const dz of [-room.depth / 4, room.depth / 4]) {
        lights.push({ kind: 'sphere', position: [x, h - 1.2, z + dz], radius: 0.12, color, power: total / spots.length / 2 })
      }
    } else if (mood.fixtures === 'tube') {
      for (const dz of [-room.depth / 4, 0, room.depth / 4]) {
        lights.push({ kind: 'line', position: [x, h - 0.07, z + dz], length: 1.5, color, power: total / spots.length / 3 })
      }
    } else {
      lights.push({ kind: 'rect', position: [x, h - 0.03, z], size: [(room.width * 0.7) / spots.length, room.depth * 0.5], color, power: total / spots.length })
    }
  }
  for (const l of room.lights ?? []) {
    const d = new THREE.Vector3(...l.target).sub(new THREE.Vector3(...l.position)).normalize()
    lights.push({
      kind: 'spot',
      position: l.position,
      direction: [d.x, d.y, d.z],
      cosCutoff: Math.cos(l.angle ?? 0.6),
      color: linear('#fff0d8'),
      power: 1.2 * (l.intensity ?? 1),
    })
  }
  return lights
}

/** FNV-1a over numbers (rounded to 0.1 mm) and strings: small, synchronous, the same in Node and the browser. */
export class KeyHash {
  private h = 0x811c9dc5
  str(s: string): this {
    for (let i = 0; i < s.length; i++) {
      this.h ^= s.charCodeAt(i)
      this.h = Math.imul(this.h, 0x01000193) >>> 0
    }
    return this
  }
  num(x: number): this {
    return this.str(`${Math.round(x * 1e4)},`)
  }
  nums(xs: ArrayLike<number>): this {
    for (let i = 0; i < xs.length; i++) this.num(xs[i]!)
    return this
  }
  hex(): string {
    return this.h.toString(16).padStart(8, '0')
  }
}

export function bakeKey(inputs: Omit<BakeInputs, 'key'>): string {
  const h = new KeyHash().str(`format${BAKE_FORMAT}|size${inputs.atlas.size}|`)
  for (const [name, g] of Object.entries(inputs.surfaces)) {
    h.str(name)
    if (!g) continue
    h.nums((g.getAttribute('position') as THREE.BufferAttribute).array)
    h.nums((g.getAttribute('uv1') as THREE.BufferAttribute).array)
  }
  for (const o of inputs.occluders) h.str('o').nums([...o.center, ...o.half, o.yaw])
  for (const l of inputs.lights) h.str(`l${l.kind}`).nums([...l.position, ...l.color, l.power, l.radius ?? 0, l.length ?? 0, ...(l.size ?? []), ...(l.direction ?? []), l.cosCutoff ?? 0])
  h.str('a').nums([...inputs.ambient.sky, ...inputs.ambient.ground, inputs.ambient.strength])
  return h.hex()
}

/** All a room's bake inputs, with their key. */
export function roomBakeInputs(room: RoomLayout, theme: Theme, works: PlacedWork[]): BakeInputs {
  const mood = MOODS[theme.lighting]
  const { surfaces, atlas } = roomSurfaceGeometry(room, theme)
  const rest = {
    surfaces,
    atlas,
    occluders: roomOccluders(works),
    lights: roomLights(room, theme),
    ambient: { sky: linear(mood.sky), ground: linear(mood.ground), strength: mood.hemisphere * 0.45 },
  }
  return { ...rest, key: bakeKey(rest) }
}
