/**
 * The light baker's core, pure and synchronous so the unit tests run it in-process and the
 * worker threads run exactly the same code: find the world point behind every lightmap texel,
 * trace ambient occlusion and the direct light of the room's lights with three-mesh-bvh, dilate
 * the charts into their padding, encode.
 *
 * What a texel holds: the factor the surface's own colour is multiplied by (1 = lit as by a
 * white light of unit strength), in linear RGB, before tone mapping.
 */
import * as THREE from 'three'
import { MeshBVH } from 'three-mesh-bvh'
import type { BakeLight, Occluder } from '../../src/scene/bakeInputs'
import type { Vec3 } from '../../src/layout/types'
import { seededRandom } from '../../src/layout/random'

export interface BakeSettings {
  /** Cosine-weighted ambient occlusion rays per texel. */
  aoSamples: number
  /** Distance within which a hit counts as occluding, in metres. */
  aoRadius: number
  /** Shadow rays per light per texel (area lights get twice as many). */
  lightSamples: number
}

export const DEFAULT_SETTINGS: BakeSettings = { aoSamples: 24, aoRadius: 1.4, lightSamples: 3 }

export interface Texels {
  size: number
  /** Atlas index (y * size + x) of each sample. */
  index: Int32Array
  position: Float32Array
  normal: Float32Array
}

export interface ShadeJob {
  /** Non-indexed triangle soup of everything that casts shadow. */
  occluders: Float32Array
  position: Float32Array
  normal: Float32Array
  /** Index of the first texel of this job in the whole room, for the per-texel random seed. */
  first: number
  lights: BakeLight[]
  ambient: { sky: Vec3; ground: Vec3; strength: number }
  settings: BakeSettings
}

const va = new THREE.Vector2()
const vb = new THREE.Vector2()
const vc = new THREE.Vector2()

/**
 * Rasterizes every triangle's `uv1` into the atlas: a texel takes the surface point under its
 * centre, or - for texels the triangle only grazes - the nearest point of the triangle, so texels
 * along chart edges are baked too rather than left to guesswork.
 */
export function rasterize(surfaces: THREE.BufferGeometry[], size: number): Texels {
  const best = new Float32Array(size * size).fill(Infinity)
  const pos = new Float32Array(size * size * 3)
  const nor = new Float32Array(size * size * 3)
  const p = new THREE.Vector3()
  const nrm = new THREE.Vector3()
  for (const g of surfaces) {
    const P = g.getAttribute('position') as THREE.BufferAttribute
    const N = g.getAttribute('normal') as THREE.BufferAttribute
    const U = g.getAttribute('uv1') as THREE.BufferAttribute
    for (let t = 0; t < P.count; t += 3) {
      va.fromBufferAttribute(U, t).multiplyScalar(size)
      vb.fromBufferAttribute(U, t + 1).multiplyScalar(size)
      vc.fromBufferAttribute(U, t + 2).multiplyScalar(size)
      const x0 = Math.max(0, Math.floor(Math.min(va.x, vb.x, vc.x) - 1))
      const x1 = Math.min(size - 1, Math.ceil(Math.max(va.x, vb.x, vc.x) + 1))
      const y0 = Math.max(0, Math.floor(Math.min(va.y, vb.y, vc.y) - 1))
      const y1 = Math.min(size - 1, Math.ceil(Math.max(va.y, vb.y, vc.y) + 1))
      const det = (vb.y - vc.y) * (va.x - vc.x) + (vc.x - vb.x) * (va.y - vc.y)
      if (Math.abs(det) < 1e-12) continue
      for (let y = y0; y <= y1; y++) {
        for (let x = x0; x <= x1; x++) {
          const px = x + 0.5
          const py = y + 0.5
          let l1 = ((vb.y - vc.y) * (px - vc.x) + (vc.x - vb.x) * (py - vc.y)) / det
          let l2 = ((vc.y - va.y) * (px - vc.x) + (va.x - vc.x) * (py - vc.y)) / det
          let l3 = 1 - l1 - l2
          // Clamp into the triangle, then measure how far (in texels) the texel centre is from it.
          l1 = Math.max(0, l1); l2 = Math.max(0, l2); l3 = Math.max(0, l3)
          const s = l1 + l2 + l3
          l1 /= s; l2 /= s; l3 /= s
          const qx = va.x * l1 + vb.x * l2 + vc.x * l3
          const qy = va.y * l1 + vb.y * l2 + vc.y * l3
          const dist = Math.hypot(qx - px, qy - py)
          const i = y * size + x
          if (dist > 0.75 || dist >= best[i]!) continue
          best[i] = dist
          p.set(0, 0, 0)
            .addScaledVector(new THREE.Vector3().fromBufferAttribute(P, t), l1)
            .addScaledVector(new THREE.Vector3().fromBufferAttribute(P, t + 1), l2)
            .addScaledVector(new THREE.Vector3().fromBufferAttribute(P, t + 2), l3)
          nrm.fromBufferAttribute(N, t).normalize()
          pos.set([p.x, p.y, p.z], i * 3)
          nor.set([nrm.x, nrm.y, nrm.z], i * 3)
        }
      }
    }
  }
  const covered: number[] = []
  for (let i = 0; i < best.length; i++) if (best[i]! < Infinity) covered.push(i)
  const index = Int32Array.from(covered)
  const position = new Float32Array(index.length * 3)
  const normal = new Float32Array(index.length * 3)
  index.forEach((i, k) => {
    position.set(pos.subarray(i * 3, i * 3 + 3), k * 3)
    normal.set(nor.subarray(i * 3, i * 3 + 3), k * 3)
  })
  return { size, index, position, normal }
}

/** Everything that casts shadow as one triangle soup: the lightmapped surfaces and the occluder boxes. */
export function occluderSoup(surfaces: THREE.BufferGeometry[], boxes: Occluder[]): Float32Array {
  const parts: Float32Array[] = surfaces.map((g) => (g.getAttribute('position') as THREE.BufferAttribute).array as Float32Array)
  for (const o of boxes) {
    const box = new THREE.BoxGeometry(o.half[0] * 2, o.half[1] * 2, o.half[2] * 2).toNonIndexed()
    box.rotateY(o.yaw)
    box.translate(...o.center)
    parts.push((box.getAttribute('position') as THREE.BufferAttribute).array as Float32Array)
  }
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

export function buildBvh(soup: Float32Array): MeshBVH {
  const g = new THREE.BufferGeometry()
  g.setAttribute('position', new THREE.BufferAttribute(soup, 3))
  return new MeshBVH(g, { targetLeafSize: 8 })
}

/** Bakes the texels of one job: linear RGB per texel. */
export function shade(job: ShadeJob, bvh: MeshBVH = buildBvh(job.occluders)): Float32Array {
  const count = job.position.length / 3
  const out = new Float32Array(count * 3)
  const { aoSamples, aoRadius, lightSamples } = job.settings
  const ray = new THREE.Ray()
  const p = new THREE.Vector3()
  const n = new THREE.Vector3()
  const t1 = new THREE.Vector3()
  const t2 = new THREE.Vector3()
  const dir = new THREE.Vector3()
  const sky = job.ambient.sky
  const ground = job.ambient.ground
  for (let k = 0; k < count; k++) {
    // Seeded per texel: the same texel gets the same rays on any thread.
    const rnd = seededRandom((job.first + k) * 2654435761)
    n.fromArray(job.normal, k * 3)
    // 2 mm off the surface so a ray never hits the face it starts on.
    p.fromArray(job.position, k * 3).addScaledVector(n, 0.002)
    // A tangent frame for the hemisphere.
    t1.set(Math.abs(n.x) > 0.9 ? 0 : 1, Math.abs(n.x) > 0.9 ? 1 : 0, 0).cross(n).normalize()
    t2.crossVectors(n, t1)
    let open = 0
    for (let s = 0; s < aoSamples; s++) {
      // Stratified cosine-weighted directions, jittered per texel.
      const u1 = (s + rnd()) / aoSamples
      const u2 = rnd()
      const r = Math.sqrt(u1)
      const phi = 2 * Math.PI * u2
      dir.set(0, 0, 0).addScaledVector(t1, r * Math.cos(phi)).addScaledVector(t2, r * Math.sin(phi)).addScaledVector(n, Math.sqrt(Math.max(0, 1 - u1)))
      ray.set(p, dir)
      const hit = bvh.raycastFirst(ray, THREE.DoubleSide, 0, aoRadius)
      // A near hit occludes fully, one towards the radius hardly at all: softer, less blotchy corners.
      open += hit ? Math.min(1, hit.distance / aoRadius) ** 0.7 : 1
    }
    const ao = open / aoSamples
    const up = 0.5 + 0.5 * n.y
    let r = (ground[0] + (sky[0] - ground[0]) * up) * job.ambient.strength * ao
    let g = (ground[1] + (sky[1] - ground[1]) * up) * job.ambient.strength * ao
    let b = (ground[2] + (sky[2] - ground[2]) * up) * job.ambient.strength * ao
    for (const light of job.lights) {
      const e = light.kind === 'sphere' || light.kind === 'spot' ? pointLight(light, p, n, bvh, ray, rnd, lightSamples) : areaLight(light, p, n, bvh, ray, lightSamples * 2)
      r += e * light.color[0]
      g += e * light.color[1]
      b += e * light.color[2]
    }
    out[k * 3] = r
    out[k * 3 + 1] = g
    out[k * 3 + 2] = b
  }
  return out
}

const lq = new THREE.Vector3()
const ld = new THREE.Vector3()

/**
 * A bulb, chandelier or picture light: the light falling from its centre, times the fraction of
 * rays to random points of the fitting that arrive unblocked. Shading from the centre keeps walls
 * and ceiling free of noise; the visibility rays still give shadows soft edges.
 */
function pointLight(light: BakeLight, p: THREE.Vector3, n: THREE.Vector3, bvh: MeshBVH, ray: THREE.Ray, rnd: () => number, samples: number): number {
  const [lx, ly, lz] = light.position
  ld.set(lx, ly, lz).sub(p)
  const d2 = Math.max(ld.lengthSq(), 0.04)
  ld.normalize()
  const cos = n.dot(ld)
  if (cos <= 0) return 0
  let emit = 1
  if (light.kind === 'spot') {
    const [dx, dy, dz] = light.direction ?? [0, -1, 0]
    const c = -(ld.x * dx + ld.y * dy + ld.z * dz)
    const cut = light.cosCutoff ?? 0.8
    emit = THREE.MathUtils.smoothstep(c, cut, cut + (1 - cut) * 0.5)
    if (emit <= 0) return 0
  }
  const radius = light.kind === 'spot' ? 0.03 : (light.radius ?? 0.1)
  let open = 0
  for (let s = 0; s < samples; s++) {
    const rad = radius * Math.cbrt(rnd())
    const th = 2 * Math.PI * rnd()
    const cz = 2 * rnd() - 1
    const sz = Math.sqrt(1 - cz * cz)
    lq.set(lx + rad * sz * Math.cos(th), ly + rad * cz, lz + rad * sz * Math.sin(th)).sub(p)
    const dist = lq.length()
    ray.set(p, lq.divideScalar(dist))
    if (!bvh.raycastFirst(ray, THREE.DoubleSide, 0, dist - 0.02)) open++
  }
  return ((light.power * cos * emit) / d2) * (open / samples)
}

/**
 * A tube or skylight, facing down like a Lambert emitter: the same evenly spaced points of it for
 * every texel, so its light falls in smooth gradients rather than grain.
 */
function areaLight(light: BakeLight, p: THREE.Vector3, n: THREE.Vector3, bvh: MeshBVH, ray: THREE.Ray, samples: number): number {
  const [lx, ly, lz] = light.position
  const [w, d] = light.kind === 'line' ? [light.length ?? 1, 0] : (light.size ?? [1, 1])
  const cols = light.kind === 'line' ? samples : Math.ceil(Math.sqrt(samples * 1.5))
  const rows = light.kind === 'line' ? 1 : Math.ceil(samples / cols)
  let e = 0
  for (let i = 0; i < cols; i++) {
    for (let j = 0; j < rows; j++) {
      ld.set(lx + ((i + 0.5) / cols - 0.5) * w, ly, lz + ((j + 0.5) / rows - 0.5) * d).sub(p)
      const d2 = Math.max(ld.lengthSq(), 0.04)
      const dist = Math.sqrt(d2)
      ld.divideScalar(dist)
      const cos = n.dot(ld)
      const emit = ld.y * 2
      if (cos <= 0 || emit <= 0) continue
      ray.set(p, ld)
      if (bvh.raycastFirst(ray, THREE.DoubleSide, 0, dist - 0.02)) continue
      e += (light.power * cos * emit) / d2
    }
  }
  return e / (cols * rows)
}

/** Spreads baked texels into the empty ones around them, `passes` texels deep, so filtering never reads black. */
export function dilate(rgb: Float32Array, filled: Uint8Array, size: number, passes = 4): void {
  for (let pass = 0; pass < passes; pass++) {
    const add: Array<[number, number, number, number]> = []
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const i = y * size + x
        if (filled[i]) continue
        let r = 0, g = 0, b = 0, c = 0
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const xx = x + dx
            const yy = y + dy
            if (xx < 0 || yy < 0 || xx >= size || yy >= size) continue
            const j = yy * size + xx
            if (!filled[j]) continue
            r += rgb[j * 3]!; g += rgb[j * 3 + 1]!; b += rgb[j * 3 + 2]!; c++
          }
        }
        if (c) add.push([i, r / c, g / c, b / c])
      }
    }
    for (const [i, r, g, b] of add) {
      rgb[i * 3] = r; rgb[i * 3 + 1] = g; rgb[i * 3 + 2] = b
      filled[i] = 1
    }
  }
}

/** Linear RGB to 8-bit sRGB after dividing by `scale` (the runtime multiplies it back with lightMapIntensity). */
export function encode(rgb: Float32Array, scale: number): Uint8Array {
  const out = new Uint8Array(rgb.length)
  for (let i = 0; i < rgb.length; i++) {
    const v = Math.min(1, Math.max(0, rgb[i]! / scale))
    const s = v <= 0.0031308 ? v * 12.92 : 1.055 * v ** (1 / 2.4) - 0.055
    out[i] = Math.round(s * 255)
  }
  return out
}

/** The encoding's range: the brightest texels (one in a thousand may clip), at least 1. */
export function rangeOf(rgb: Float32Array, filled: Uint8Array): number {
  const values: number[] = []
  for (let i = 0; i < filled.length; i++) if (filled[i]) values.push(Math.max(rgb[i * 3]!, rgb[i * 3 + 1]!, rgb[i * 3 + 2]!))
  values.sort((p, q) => p - q)
  const v = values[Math.floor(values.length * 0.999)] ?? 1
  return Math.max(1, Math.ceil(v * 100) / 100)
}
