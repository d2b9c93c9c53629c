/**
 * The second UV set (`uv1`, read by three through `texture.channel = 1`) for a room's lightmap:
 * every flat face of the architecture gets its own rectangle in one atlas, packed in shelves.
 *
 * Why not a general unwrapper (xatlas/watlas through glTF-Transform's `unwrap`): the room is
 * built only of boxes and planes, so every chart is an exact rectangle and a shelf packer wastes
 * nothing a general one would save; the same pure code runs in the browser at load and in the
 * baker, so the vertex order and count of the runtime geometry stay exactly the baked ones and no
 * geometry needs downloading; and it is deterministic by construction.
 */
import * as THREE from 'three'

export interface LightmapSurface {
  geometry: THREE.BufferGeometry
  /** Texel density relative to the others (a ceiling nobody studies can take 0.5). */
  density: number
}

export interface LightmapAtlas {
  size: number
  /** Texels per metre at density 1. */
  texelsPerMetre: number
  /** Texels covered by charts (padding excluded). */
  usedTexels: number
}

/** Empty texels around each chart, so bilinear filtering and mipmaps never mix two charts. */
export const CHART_PADDING = 2

interface Chart {
  surface: number
  /** First vertex of the chart in its (non-indexed) geometry, and how many vertices. */
  start: number
  count: number
  /** Each vertex's position in the chart's plane, in metres. */
  local: Float32Array
  width: number
  height: number
  density: number
  x: number
  y: number
  w: number
  h: number
}

// Scratch vectors shared by the helpers below, so charting allocates nothing per triangle.
const [a, b, c, n, u, v] = Array.from({ length: 6 }, () => new THREE.Vector3()) as [THREE.Vector3, THREE.Vector3, THREE.Vector3, THREE.Vector3, THREE.Vector3, THREE.Vector3]

function triangleNormal(pos: THREE.BufferAttribute, t: number, out: THREE.Vector3): THREE.Vector3 {
  a.fromBufferAttribute(pos, t * 3)
  b.fromBufferAttribute(pos, t * 3 + 1)
  c.fromBufferAttribute(pos, t * 3 + 2)
  return out.subVectors(c, b).cross(a.clone().sub(b)).normalize()
}

function sameVertex(pos: THREE.BufferAttribute, i: number, j: number): boolean {
  return Math.abs(pos.getX(i) - pos.getX(j)) < 1e-6 && Math.abs(pos.getY(i) - pos.getY(j)) < 1e-6 && Math.abs(pos.getZ(i) - pos.getZ(j)) < 1e-6
}

/** Two consecutive triangles are one quad when they share an edge and lie in one plane (boxes and planes are built so). */
function isQuad(pos: THREE.BufferAttribute, t: number): boolean {
  if ((t + 2) * 3 > pos.count) return false
  let shared = 0
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) if (sameVertex(pos, t * 3 + i, t * 3 + 3 + j)) shared++
  if (shared !== 2) return false
  const n1 = triangleNormal(pos, t, new THREE.Vector3())
  const n2 = triangleNormal(pos, t + 1, new THREE.Vector3())
  if (n1.dot(n2) < 0.9999) return false
  // Coplanar, not just parallel.
  a.fromBufferAttribute(pos, t * 3)
  b.fromBufferAttribute(pos, t * 3 + 3)
  return Math.abs(b.sub(a).dot(n1)) < 1e-5
}

function chartOf(pos: THREE.BufferAttribute, surface: number, start: number, count: number, density: number): Chart {
  triangleNormal(pos, start / 3, n)
  // The chart's u axis runs along the face's longest edge seen from its first vertex.
  a.fromBufferAttribute(pos, start)
  let best = 0
  for (let i = 1; i < count; i++) {
    b.fromBufferAttribute(pos, start + i)
    const d = b.distanceTo(a)
    if (d > best + 1e-9) {
      best = d
      u.subVectors(b, a)
    }
  }
  // Prefer an axis-aligned u when the face is axis aligned, so the rectangle is tight.
  u.sub(n.clone().multiplyScalar(u.dot(n))).normalize()
  const axes = [new THREE.Vector3(1, 0, 0), new THREE.Vector3(0, 1, 0), new THREE.Vector3(0, 0, 1)]
  for (const axis of axes) if (Math.abs(axis.dot(n)) < 1e-6) { u.copy(axis); break }
  v.crossVectors(n, u).normalize()
  const local = new Float32Array(count * 2)
  let minU = Infinity, minV = Infinity, maxU = -Infinity, maxV = -Infinity
  for (let i = 0; i < count; i++) {
    b.fromBufferAttribute(pos, start + i)
    const pu = b.dot(u)
    const pv = b.dot(v)
    local[i * 2] = pu
    local[i * 2 + 1] = pv
    minU = Math.min(minU, pu); maxU = Math.max(maxU, pu)
    minV = Math.min(minV, pv); maxV = Math.max(maxV, pv)
  }
  for (let i = 0; i < count; i++) {
    local[i * 2] = local[i * 2]! - minU
    local[i * 2 + 1] = local[i * 2 + 1]! - minV
  }
  return { surface, start, count, local, width: maxU - minU, height: maxV - minV, density, x: 0, y: 0, w: 0, h: 0 }
}

/** Shelf packing, tallest first; returns false when the charts do not fit at this scale. */
function pack(charts: Chart[], size: number, scale: number): boolean {
  for (const ch of charts) {
    // At least one texel, so a thin moulding's edge still has a light value of its own.
    ch.w = Math.max(1, Math.ceil(ch.width * scale * ch.density))
    ch.h = Math.max(1, Math.ceil(ch.height * scale * ch.density))
  }
  const order = charts.map((_, i) => i).sort((p, q) => charts[q]!.h - charts[p]!.h || charts[q]!.w - charts[p]!.w || p - q)
  let x = 0
  let y = 0
  let shelf = 0
  for (const i of order) {
    const ch = charts[i]!
    const w = ch.w + CHART_PADDING * 2
    const h = ch.h + CHART_PADDING * 2
    if (w > size) return false
    if (x + w > size) {
      x = 0
      y += shelf
      shelf = 0
    }
    if (y + h > size) return false
    ch.x = x + CHART_PADDING
    ch.y = y + CHART_PADDING
    x += w
    shelf = Math.max(shelf, h)
  }
  return true
}

/**
 * Gives every surface a `uv1` attribute placing its faces in one `size` x `size` atlas, at the
 * largest texel density that fits. UVs are image coordinates: v = 0 is the top row (the lightmap
 * is uploaded with `flipY = false`). Geometries must be non-indexed (as `merge` makes them).
 */
export function packLightmap(surfaces: LightmapSurface[], size: number): LightmapAtlas {
  const charts: Chart[] = []
  let area = 0
  surfaces.forEach((s, index) => {
    const g = s.geometry
    if (g.index) throw new Error('packLightmap needs non-indexed geometry')
    const pos = g.getAttribute('position') as THREE.BufferAttribute
    const triangles = pos.count / 3
    for (let t = 0; t < triangles; ) {
      const quad = isQuad(pos, t)
      const chart = chartOf(pos, index, t * 3, quad ? 6 : 3, s.density)
      charts.push(chart)
      area += chart.width * chart.height * s.density * s.density
      t += quad ? 2 : 1
    }
  })
  // Start from the density that would fill the atlas with no padding, and step down until it packs.
  let scale = Math.sqrt((size * size) / Math.max(area, 1e-6))
  for (let attempt = 0; attempt < 200 && !pack(charts, size, scale); attempt++) scale *= 0.97
  const uvs = surfaces.map((s) => new Float32Array((s.geometry.getAttribute('position') as THREE.BufferAttribute).count * 2))
  let used = 0
  for (const ch of charts) {
    const out = uvs[ch.surface]!
    const sx = ch.width > 0 ? ch.w / ch.width : 0
    const sy = ch.height > 0 ? ch.h / ch.height : 0
    for (let i = 0; i < ch.count; i++) {
      out[(ch.start + i) * 2] = (ch.x + ch.local[i * 2]! * sx) / size
      out[(ch.start + i) * 2 + 1] = (ch.y + ch.local[i * 2 + 1]! * sy) / size
    }
    used += ch.w * ch.h
  }
  surfaces.forEach((s, i) => s.geometry.setAttribute('uv1', new THREE.BufferAttribute(uvs[i]!, 2)))
  return { size, texelsPerMetre: scale, usedTexels: used }
}

/**
 * Gives `target` (something lying on a flat surface, such as a carpet on the floor) the `uv1`
 * of the surface's chart under it, by the affine map of the surface's first triangle.
 */
export function projectOntoChart(target: THREE.BufferGeometry, surface: THREE.BufferGeometry): void {
  const P = surface.getAttribute('position') as THREE.BufferAttribute
  const U = surface.getAttribute('uv1') as THREE.BufferAttribute
  const p0 = new THREE.Vector3().fromBufferAttribute(P, 0)
  const e1 = new THREE.Vector3().fromBufferAttribute(P, 1).sub(p0)
  const e2 = new THREE.Vector3().fromBufferAttribute(P, 2).sub(p0)
  const u0 = new THREE.Vector2().fromBufferAttribute(U, 0)
  const f1 = new THREE.Vector2().fromBufferAttribute(U, 1).sub(u0)
  const f2 = new THREE.Vector2().fromBufferAttribute(U, 2).sub(u0)
  // Solve q - p0 = s e1 + t e2 in the plane (least squares through the Gram matrix).
  const a11 = e1.dot(e1), a12 = e1.dot(e2), a22 = e2.dot(e2)
  const det = a11 * a22 - a12 * a12
  const T = target.getAttribute('position') as THREE.BufferAttribute
  const out = new Float32Array(T.count * 2)
  const q = new THREE.Vector3()
  for (let i = 0; i < T.count; i++) {
    q.fromBufferAttribute(T, i).sub(p0)
    const b1 = q.dot(e1), b2 = q.dot(e2)
    const s = (b1 * a22 - b2 * a12) / det
    const t = (b2 * a11 - b1 * a12) / det
    out[i * 2] = u0.x + s * f1.x + t * f2.x
    out[i * 2 + 1] = u0.y + s * f1.y + t * f2.y
  }
  target.setAttribute('uv1', new THREE.BufferAttribute(out, 2))
}
