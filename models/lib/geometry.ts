/**
 * Procedural geometry helpers for the exhibition's 3D objects.
 *
 * Every helper returns an indexed three.js BufferGeometry with exactly three attributes:
 * `position`, `normal` and `uv` (three's UV convention: v = 0 at the bottom of the image;
 * the glTF writer flips it). Units are metres. Faces wind counter-clockwise seen from outside.
 *
 * three's geometry generators are plain maths (no DOM), so they run in Node unchanged.
 */
import {
  BufferAttribute,
  BufferGeometry,
  CylinderGeometry,
  Euler,
  ExtrudeGeometry,
  Matrix4,
  Quaternion,
  Shape,
  SphereGeometry,
  TorusGeometry,
  Vector2,
  Vector3,
  type ExtrudeGeometryOptions,
} from 'three'
import { RoundedBoxGeometry } from 'three/examples/jsm/geometries/RoundedBoxGeometry.js'

export type V2 = [number, number]
export type V3 = [number, number, number]

/** A placement: translate `p`, rotate `r` (Euler XYZ, radians), scale `s`. Applied as T*R*S. */
export interface Xf {
  p?: V3
  r?: V3
  s?: V3 | number
}

export const DEG = Math.PI / 180

/** Keeps only position/normal/uv, makes the geometry indexed and drops groups. */
export function normalise(geo: BufferGeometry): BufferGeometry {
  const out = new BufferGeometry()
  const pos = geo.getAttribute('position')
  if (!pos) throw new Error('geometry has no positions')
  if (!geo.getAttribute('normal')) geo.computeVertexNormals()
  out.setAttribute('position', geo.getAttribute('position'))
  out.setAttribute('normal', geo.getAttribute('normal'))
  const uv = geo.getAttribute('uv')
  out.setAttribute('uv', uv ?? new BufferAttribute(new Float32Array(pos.count * 2), 2))
  const index = geo.getIndex()
  if (index) out.setIndex(index)
  else out.setIndex(Array.from({ length: pos.count }, (_, i) => i))
  return out
}

export function matrixOf(t: Xf): Matrix4 {
  const m = new Matrix4()
  const s = t.s === undefined ? [1, 1, 1] : typeof t.s === 'number' ? [t.s, t.s, t.s] : t.s
  const q = new Quaternion().setFromEuler(new Euler(...(t.r ?? [0, 0, 0]), 'XYZ'))
  m.compose(new Vector3(...(t.p ?? [0, 0, 0])), q, new Vector3(s[0], s[1], s[2]))
  return m
}

/** Applies a placement in place (normals are transformed and renormalised by three). */
export function xf(geo: BufferGeometry, t?: Xf | Matrix4): BufferGeometry {
  if (!t) return geo
  const m = t instanceof Matrix4 ? t : matrixOf(t)
  geo.applyMatrix4(m)
  // A mirroring transform flips the winding: restore counter-clockwise faces.
  if (m.determinant() < 0) flipWinding(geo)
  return geo
}

export function flipWinding(geo: BufferGeometry): BufferGeometry {
  const index = geo.getIndex()
  if (!index) return geo
  const a = index.array
  for (let i = 0; i < a.length; i += 3) {
    const t = a[i + 1]!
    a[i + 1] = a[i + 2]!
    a[i + 2] = t
  }
  index.needsUpdate = true
  return geo
}

// ---------------------------------------------------------------------------------------------
// Primitives

/** Axis-aligned box centred on the origin. UVs 0..1 per face. */
export function box(w: number, h: number, d: number, t?: Xf): BufferGeometry {
  return xf(boxGeometry(w, h, d), t)
}

function boxGeometry(w: number, h: number, d: number): BufferGeometry {
  // Hand-written (not BoxGeometry) so each face is exactly 2 triangles.
  const faces: { n: V3; u: V3; v: V3 }[] = [
    { n: [1, 0, 0], u: [0, 0, -1], v: [0, 1, 0] },
    { n: [-1, 0, 0], u: [0, 0, 1], v: [0, 1, 0] },
    { n: [0, 1, 0], u: [1, 0, 0], v: [0, 0, -1] },
    { n: [0, -1, 0], u: [1, 0, 0], v: [0, 0, 1] },
    { n: [0, 0, 1], u: [1, 0, 0], v: [0, 1, 0] },
    { n: [0, 0, -1], u: [-1, 0, 0], v: [0, 1, 0] },
  ]
  const half: V3 = [w / 2, h / 2, d / 2]
  const pos: number[] = []
  const nor: number[] = []
  const uvs: number[] = []
  const idx: number[] = []
  for (const f of faces) {
    const base = pos.length / 3
    for (const [su, sv] of [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ] as const) {
      for (let k = 0; k < 3; k++) pos.push((f.n[k]! + su * f.u[k]! + sv * f.v[k]!) * half[k]!)
      nor.push(...f.n)
      uvs.push((su + 1) / 2, (sv + 1) / 2)
    }
    idx.push(base, base + 1, base + 2, base, base + 2, base + 3)
  }
  return build(pos, nor, uvs, idx)
}

/** Box with rounded edges, centred on the origin. */
export function rbox(w: number, h: number, d: number, radius: number, segments = 2, t?: Xf): BufferGeometry {
  const r = Math.min(radius, w / 2 - 1e-5, h / 2 - 1e-5, d / 2 - 1e-5)
  return xf(normalise(new RoundedBoxGeometry(w, h, d, segments, r)), t)
}

/** Cylinder (or cone frustum) standing on y = 0, axis +y. */
export function cyl(
  rTop: number,
  rBottom: number,
  h: number,
  segments = 24,
  t?: Xf,
  opts: { open?: boolean; thetaStart?: number; thetaLength?: number } = {},
): BufferGeometry {
  const g = normalise(
    new CylinderGeometry(rTop, rBottom, h, segments, 1, opts.open ?? false, opts.thetaStart ?? 0, opts.thetaLength ?? Math.PI * 2),
  )
  g.translate(0, h / 2, 0)
  return xf(g, t)
}

/** Cylinder between two points. */
export function rod(a: V3, b: V3, radius: number, segments = 8, rEnd = radius): BufferGeometry {
  const A = new Vector3(...a)
  const B = new Vector3(...b)
  const len = A.distanceTo(B)
  const g = cyl(rEnd, radius, len, segments)
  return orientY(g, A, B)
}

/** Box beam between two points; `w` across (horizontal-ish), `h` the other way. */
export function beam(a: V3, b: V3, w: number, h = w, roll = 0): BufferGeometry {
  const A = new Vector3(...a)
  const B = new Vector3(...b)
  const len = A.distanceTo(B)
  const g = box(w, len, h, { p: [0, len / 2, 0], r: [0, roll, 0] })
  return orientY(g, A, B)
}

/** Rotates a geometry built along +y from the origin so that it runs from A to B. */
function orientY(g: BufferGeometry, A: Vector3, B: Vector3): BufferGeometry {
  const dir = B.clone().sub(A).normalize()
  const q = new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), dir)
  const m = new Matrix4().compose(A, q, new Vector3(1, 1, 1))
  return xf(g, m)
}

export function sphere(r: number, wSeg = 16, hSeg = 10, t?: Xf, phi?: [number, number], theta?: [number, number]): BufferGeometry {
  return xf(
    normalise(new SphereGeometry(r, wSeg, hSeg, phi?.[0] ?? 0, phi?.[1] ?? Math.PI * 2, theta?.[0] ?? 0, theta?.[1] ?? Math.PI)),
    t,
  )
}

/** Torus in the xy plane (axis +z), like three's TorusGeometry. */
export function torus(R: number, r: number, radialSeg = 8, tubularSeg = 32, t?: Xf, arc = Math.PI * 2): BufferGeometry {
  return xf(normalise(new TorusGeometry(R, r, radialSeg, tubularSeg, arc)), t)
}

// ---------------------------------------------------------------------------------------------
// Lathe

export interface LatheOptions {
  segments?: number
  /** Angle (degrees) above which the profile gets a hard edge instead of smooth normals. */
  crease?: number
  phiStart?: number
  phiLength?: number
  /** Maps the profile onto this v range of the texture (three convention, bottom = 0). */
  v?: [number, number]
  /** Maps the angle onto this u range. */
  u?: [number, number]
  /** v proportional to height between these y values instead of arc length. */
  vByY?: [number, number]
  /** Faceted (flat) sides, like a hand-beaten polygonal vessel. */
  flat?: boolean
}

/**
 * Surface of revolution around +y. `profile` is [radius, y] from bottom to top, traced with the
 * outside on the right (radius increasing = outward), so the faces point outward.
 */
export function lathe(profile: V2[], opts: LatheOptions = {}, t?: Xf): BufferGeometry {
  const segs = opts.segments ?? 32
  const crease = (opts.crease ?? 40) * DEG
  const phi0 = opts.phiStart ?? 0
  const phiL = opts.phiLength ?? Math.PI * 2
  const [u0, u1] = opts.u ?? [0, 1]
  const [v0, v1] = opts.v ?? [0, 1]
  // Segment normals in the (r, y) plane.
  const segN: V2[] = []
  for (let i = 0; i < profile.length - 1; i++) {
    const [r0, y0] = profile[i]!
    const [r1, y1] = profile[i + 1]!
    const dr = r1 - r0
    const dy = y1 - y0
    const l = Math.hypot(dr, dy) || 1
    segN.push([dy / l, -dr / l])
  }
  // Cumulative length for v.
  const cum: number[] = [0]
  for (let i = 1; i < profile.length; i++) {
    const a = profile[i - 1]!
    const b = profile[i]!
    cum.push(cum[i - 1]! + Math.hypot(b[0] - a[0], b[1] - a[1]))
  }
  const total = cum[cum.length - 1] || 1
  // Profile rows: split at creases (a row per side of the crease).
  interface Row {
    r: number
    y: number
    n: V2
    v: number
  }
  const rows: Row[][] = [] // runs of rows
  let run: Row[] = []
  for (let i = 0; i < profile.length; i++) {
    const [r, y] = profile[i]!
    const frac = opts.vByY ? (y - opts.vByY[0]) / (opts.vByY[1] - opts.vByY[0]) : cum[i]! / total
    const v = v0 + (v1 - v0) * frac
    const nPrev = i > 0 ? segN[i - 1]! : undefined
    const nNext = i < segN.length ? segN[i]! : undefined
    if (nPrev && nNext) {
      const ang = Math.acos(Math.max(-1, Math.min(1, nPrev[0] * nNext[0] + nPrev[1] * nNext[1])))
      if (ang > crease) {
        run.push({ r, y, n: nPrev, v })
        rows.push(run)
        run = [{ r, y, n: nNext, v }]
        continue
      }
      const sx = nPrev[0] + nNext[0]
      const sy = nPrev[1] + nNext[1]
      const l = Math.hypot(sx, sy) || 1
      run.push({ r, y, n: [sx / l, sy / l], v })
    } else {
      run.push({ r, y, n: (nPrev ?? nNext)!, v })
    }
  }
  rows.push(run)

  const pos: number[] = []
  const nor: number[] = []
  const uvs: number[] = []
  const idx: number[] = []
  for (const rr of rows) {
    if (rr.length < 2) continue
    const n = rr.length
    if (opts.flat) {
      for (let j = 0; j < segs; j++) {
        const pa = phi0 + (j / segs) * phiL
        const pb = phi0 + ((j + 1) / segs) * phiL
        const pm = (pa + pb) / 2
        const base = pos.length / 3
        for (const [phi, uu] of [
          [pa, j / segs],
          [pb, (j + 1) / segs],
        ] as const) {
          for (const row of rr) {
            pos.push(row.r * Math.sin(phi), row.y, row.r * Math.cos(phi))
            nor.push(row.n[0] * Math.sin(pm), row.n[1], row.n[0] * Math.cos(pm))
            uvs.push(u0 + (u1 - u0) * uu, row.v)
          }
        }
        for (let i = 0; i < n - 1; i++) {
          const a = base + i
          const b = base + n + i
          if (rr[i]!.r > 1e-9) idx.push(a, b, a + 1)
          if (rr[i + 1]!.r > 1e-9) idx.push(b + 1, a + 1, b)
        }
      }
      continue
    }
    const base = pos.length / 3
    for (let j = 0; j <= segs; j++) {
      const phi = phi0 + (j / segs) * phiL
      const s = Math.sin(phi)
      const c = Math.cos(phi)
      for (const row of rr) {
        pos.push(row.r * s, row.y, row.r * c)
        nor.push(row.n[0] * s, row.n[1], row.n[0] * c)
        uvs.push(u0 + (u1 - u0) * (j / segs), row.v)
      }
    }
    for (let j = 0; j < segs; j++) {
      for (let i = 0; i < n - 1; i++) {
        const a = base + j * n + i
        const b = base + (j + 1) * n + i
        const c = b + 1
        const d = a + 1
        // Skip triangles that collapse on the axis.
        const rA = rr[i]!.r
        const rD = rr[i + 1]!.r
        if (rA > 1e-9) idx.push(a, b, d)
        if (rD > 1e-9) idx.push(c, d, b)
      }
    }
  }
  return xf(build(pos, nor, uvs, idx), t)
}

// ---------------------------------------------------------------------------------------------
// Sweep (tube along a path with varying radius)

export interface SweepOptions {
  radialSegments?: number
  caps?: boolean
  closed?: boolean
  /** Elliptic cross-section: scale of the radius along the binormal. */
  aspect?: number
  /** Preferred "up" for the first frame. */
  up?: V3
}

/** A tube along `path`; `radius` is one number or one per path point. */
export function sweep(path: V3[], radius: number | number[], opts: SweepOptions = {}): BufferGeometry {
  const rs = opts.radialSegments ?? 12
  const closed = opts.closed ?? false
  const aspect = opts.aspect ?? 1
  const P = path.map((p) => new Vector3(...p))
  const N = P.length
  const radii = typeof radius === 'number' ? P.map(() => radius) : radius
  const T: Vector3[] = P.map((_, i) => {
    const prev = P[closed ? (i - 1 + N) % N : Math.max(0, i - 1)]!
    const next = P[closed ? (i + 1) % N : Math.min(N - 1, i + 1)]!
    return next.clone().sub(prev).normalize()
  })
  // Rotation-minimising frames (double reflection).
  const up = new Vector3(...(opts.up ?? [0, 1, 0]))
  let n0 = up.clone().sub(T[0]!.clone().multiplyScalar(up.dot(T[0]!)))
  if (n0.lengthSq() < 1e-8) {
    const alt = Math.abs(T[0]!.x) < 0.9 ? new Vector3(1, 0, 0) : new Vector3(0, 0, 1)
    n0 = alt.sub(T[0]!.clone().multiplyScalar(alt.dot(T[0]!)))
  }
  const Ns: Vector3[] = [n0.normalize()]
  for (let i = 0; i < N - 1; i++) {
    const v1 = P[i + 1]!.clone().sub(P[i]!)
    const c1 = v1.dot(v1) || 1e-12
    const rL = Ns[i]!.clone().sub(v1.clone().multiplyScalar((2 / c1) * v1.dot(Ns[i]!)))
    const tL = T[i]!.clone().sub(v1.clone().multiplyScalar((2 / c1) * v1.dot(T[i]!)))
    const v2 = T[i + 1]!.clone().sub(tL)
    const c2 = v2.dot(v2)
    const n = c2 < 1e-12 ? rL : rL.sub(v2.clone().multiplyScalar((2 / c2) * v2.dot(rL)))
    Ns.push(n.normalize())
  }
  const pos: number[] = []
  const nor: number[] = []
  const uvs: number[] = []
  const idx: number[] = []
  const cum: number[] = [0]
  for (let i = 1; i < N; i++) cum.push(cum[i - 1]! + P[i]!.distanceTo(P[i - 1]!))
  const total = cum[N - 1] || 1
  for (let i = 0; i < N; i++) {
    const n = Ns[i]!
    const b = new Vector3().crossVectors(T[i]!, n).normalize()
    const r = radii[i] ?? radii[radii.length - 1]!
    for (let j = 0; j <= rs; j++) {
      const a = (j / rs) * Math.PI * 2
      const c = Math.cos(a)
      const s = Math.sin(a)
      const dir = n.clone().multiplyScalar(c).add(b.clone().multiplyScalar(s * aspect))
      const nn = n.clone().multiplyScalar(c * aspect).add(b.clone().multiplyScalar(s)).normalize()
      const p = P[i]!.clone().add(dir.multiplyScalar(r))
      pos.push(p.x, p.y, p.z)
      nor.push(nn.x, nn.y, nn.z)
      uvs.push(j / rs, cum[i]! / total)
    }
  }
  const ring = rs + 1
  const segCount = closed ? N : N - 1
  for (let i = 0; i < segCount; i++) {
    const i2 = (i + 1) % N
    for (let j = 0; j < rs; j++) {
      const a = i * ring + j
      const b = i2 * ring + j
      const c = i2 * ring + j + 1
      const d = i * ring + j + 1
      idx.push(a, d, b, b, d, c)
    }
  }
  if (opts.caps && !closed) {
    for (const [i, sign] of [
      [0, -1],
      [N - 1, 1],
    ] as const) {
      const centre = pos.length / 3
      const t = T[i]!.clone().multiplyScalar(sign)
      pos.push(P[i]!.x, P[i]!.y, P[i]!.z)
      nor.push(t.x, t.y, t.z)
      uvs.push(0.5, 0.5)
      const start = pos.length / 3
      for (let j = 0; j <= rs; j++) {
        const k = i * ring + j
        pos.push(pos[k * 3]!, pos[k * 3 + 1]!, pos[k * 3 + 2]!)
        nor.push(t.x, t.y, t.z)
        const a = (j / rs) * Math.PI * 2
        uvs.push(0.5 + 0.5 * Math.cos(a), 0.5 + 0.5 * Math.sin(a))
      }
      for (let j = 0; j < rs; j++) {
        if (sign > 0) idx.push(centre, start + j, start + j + 1)
        else idx.push(centre, start + j + 1, start + j)
      }
    }
  }
  return build(pos, nor, uvs, idx)
}

/** Points along a quadratic/cubic Bezier or a Catmull-Rom through the given points. */
export function bezier(p0: V3, p1: V3, p2: V3, p3: V3, n: number): V3[] {
  const out: V3[] = []
  for (let i = 0; i <= n; i++) {
    const t = i / n
    const a = (1 - t) ** 3
    const b = 3 * (1 - t) ** 2 * t
    const c = 3 * (1 - t) * t * t
    const d = t ** 3
    out.push([0, 1, 2].map((k) => a * p0[k]! + b * p1[k]! + c * p2[k]! + d * p3[k]!) as V3)
  }
  return out
}

export function arcPoints(cx: number, cy: number, r: number, a0: number, a1: number, n: number): V2[] {
  const out: V2[] = []
  for (let i = 0; i <= n; i++) {
    const a = a0 + ((a1 - a0) * i) / n
    out.push([cx + r * Math.cos(a), cy + r * Math.sin(a)])
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Extrusion of 2D outlines

export interface ExtrudeOptions {
  bevel?: number
  bevelSegments?: number
  curveSegments?: number
  holes?: V2[][]
}

/**
 * Extrudes a 2D outline (x, y) along +z from z = 0 to z = depth (or centred with `centre`).
 * Bevel grows the outline by `bevel` and adds `bevel` at each end.
 */
export function extrude(outline: V2[] | Shape, depth: number, opts: ExtrudeOptions = {}, t?: Xf): BufferGeometry {
  const shape = outline instanceof Shape ? outline : shapeOf(outline, opts.holes)
  const bevel = opts.bevel ?? 0
  const o: ExtrudeGeometryOptions = {
    depth: Math.max(1e-6, depth - 2 * bevel),
    bevelEnabled: bevel > 0,
    bevelThickness: bevel,
    bevelSize: bevel,
    bevelOffset: -bevel,
    bevelSegments: opts.bevelSegments ?? 2,
    curveSegments: opts.curveSegments ?? 12,
  }
  const g = new ExtrudeGeometry(shape, o)
  g.translate(0, 0, bevel)
  return xf(normalise(g), t)
}

export function shapeOf(outline: V2[], holes?: V2[][]): Shape {
  const s = new Shape(outline.map(([x, y]) => new Vector2(x, y)))
  for (const h of holes ?? []) s.holes.push(new Shape(h.map(([x, y]) => new Vector2(x, y))))
  return s
}

/** Regular star outline (points up). */
export function starOutline(outer: number, inner = outer * 0.382, points = 5, rot = Math.PI / 2): V2[] {
  const out: V2[] = []
  for (let i = 0; i < points * 2; i++) {
    const r = i % 2 === 0 ? outer : inner
    const a = rot + (i * Math.PI) / points
    out.push([r * Math.cos(a), r * Math.sin(a)])
  }
  return out
}

export function circleOutline(r: number, n = 32, cx = 0, cy = 0): V2[] {
  return Array.from({ length: n }, (_, i) => [cx + r * Math.cos((i / n) * Math.PI * 2), cy + r * Math.sin((i / n) * Math.PI * 2)] as V2)
}

export function roundRectOutline(w: number, h: number, r: number, n = 4, cx = 0, cy = 0): V2[] {
  const out: V2[] = []
  const corners: V2[] = [
    [w / 2 - r, h / 2 - r],
    [-w / 2 + r, h / 2 - r],
    [-w / 2 + r, -h / 2 + r],
    [w / 2 - r, -h / 2 + r],
  ]
  corners.forEach(([x, y], k) => {
    for (let i = 0; i <= n; i++) {
      const a = (k * Math.PI) / 2 + (i / n) * (Math.PI / 2)
      out.push([cx + x + r * Math.cos(a), cy + y + r * Math.sin(a)])
    }
  })
  return out
}

/** A star "relief": a 5-pointed star whose arms are ridged (each arm is two sloped facets). */
export function ridgedStar(outer: number, height: number, inner = outer * 0.4, points = 5): BufferGeometry {
  const pos: number[] = []
  const nor: number[] = []
  const uvs: number[] = []
  const idx: number[] = []
  const pts = starOutline(outer, inner, points)
  const apex = new Vector3(0, 0, height)
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i]!
    const b = pts[(i + 1) % pts.length]!
    const A = new Vector3(a[0], a[1], 0)
    const B = new Vector3(b[0], b[1], 0)
    const n = new Vector3().subVectors(B, A).cross(new Vector3().subVectors(apex, A)).normalize()
    const base = pos.length / 3
    for (const p of [A, B, apex]) {
      pos.push(p.x, p.y, p.z)
      nor.push(n.x, n.y, n.z)
      uvs.push(0.5 + p.x / (2 * outer), 0.5 + p.y / (2 * outer))
    }
    idx.push(base, base + 1, base + 2)
  }
  return build(pos, nor, uvs, idx)
}

// ---------------------------------------------------------------------------------------------
// Parametric surfaces

/**
 * A grid surface: `fn(u, v)` gives the point for u, v in [0, 1]; UVs are (u, v). Normals are
 * computed from the grid; the front side is the one where (dP/du x dP/dv) points.
 */
export function surface(nu: number, nv: number, fn: (u: number, v: number) => V3, uv?: (u: number, v: number) => V2): BufferGeometry {
  const pos: number[] = []
  const uvs: number[] = []
  const idx: number[] = []
  for (let j = 0; j <= nv; j++) {
    for (let i = 0; i <= nu; i++) {
      const u = i / nu
      const v = j / nv
      pos.push(...fn(u, v))
      uvs.push(...(uv ? uv(u, v) : ([u, v] as V2)))
    }
  }
  for (let j = 0; j < nv; j++) {
    for (let i = 0; i < nu; i++) {
      const a = j * (nu + 1) + i
      const b = a + 1
      const c = a + nu + 2
      const d = a + nu + 1
      idx.push(a, b, c, a, c, d)
    }
  }
  const g = new BufferGeometry()
  g.setAttribute('position', new BufferAttribute(new Float32Array(pos), 3))
  g.setAttribute('uv', new BufferAttribute(new Float32Array(uvs), 2))
  g.setIndex(idx)
  g.computeVertexNormals()
  return normalise(g)
}

/**
 * A closed loft of an outline curve y = top(x) for x in [x0, x1], between z0 and z1 (a slab
 * whose upper surface is a curve, flat bottom at y = 0). Top surface UVs: u along x, v along z
 * (v = 0 at z1, the front edge, so a texture reads upright seen from +z/+y).
 */
export function curvedSlab(x0: number, x1: number, z0: number, z1: number, top: (x: number) => number, nx = 24): BufferGeometry[] {
  // u follows arc length along the curve so that a printed page is not stretched where it bends.
  const cum: number[] = [0]
  for (let i = 1; i <= nx; i++) {
    const xa = x0 + ((x1 - x0) * (i - 1)) / nx
    const xb = x0 + ((x1 - x0) * i) / nx
    cum.push(cum[i - 1]! + Math.hypot(xb - xa, top(xb) - top(xa)))
  }
  const len = cum[nx]!
  const topG = surface(
    nx,
    1,
    (u, v) => {
      const x = x0 + (x1 - x0) * u
      return [x, top(x), z1 + (z0 - z1) * v]
    },
    (u, v) => [cum[Math.round(u * nx)]! / len, v],
  )
  // Side walls: front (z1) and back (z0) as fans of quads between y = 0 and top.
  const side = (z: number, front: boolean): BufferGeometry =>
    surface(nx, 1, (u, v) => {
      const x = front ? x0 + (x1 - x0) * u : x1 + (x0 - x1) * u
      return [x, v * top(x), z]
    })
  const endWall = (x: number, left: boolean): BufferGeometry =>
    surface(1, 1, (u, v) => {
      const z = left ? z0 + (z1 - z0) * u : z1 + (z0 - z1) * u
      return [x, v * top(x), z]
    })
  const bottom = surface(1, 1, (u, v) => [x0 + (x1 - x0) * u, 0, z0 + (z1 - z0) * v])
  return [topG, side(z1, true), side(z0, false), endWall(x0, true), endWall(x1, false), bottom]
}

// ---------------------------------------------------------------------------------------------

export function build(pos: number[], nor: number[], uvs: number[], idx: number[]): BufferGeometry {
  const g = new BufferGeometry()
  g.setAttribute('position', new BufferAttribute(new Float32Array(pos), 3))
  g.setAttribute('normal', new BufferAttribute(new Float32Array(nor), 3))
  g.setAttribute('uv', new BufferAttribute(new Float32Array(uvs), 2))
  g.setIndex(idx)
  return g
}

/** Rewrites UVs with a function of the old ones. */
export function remapUV(geo: BufferGeometry, fn: (u: number, v: number) => V2): BufferGeometry {
  const uv = geo.getAttribute('uv')
  for (let i = 0; i < uv.count; i++) {
    const [u, v] = fn(uv.getX(i), uv.getY(i))
    uv.setXY(i, u, v)
  }
  uv.needsUpdate = true
  return geo
}

/**
 * Planar projection of UVs: `axes` picks the world axes for u and v; `rect` = [u0, v0, u1, v1]
 * is the world rectangle that maps onto 0..1 (then onto `target` = [a0, b0, a1, b1] if given).
 */
export function planarUV(geo: BufferGeometry, axes: 'xy' | 'xz' | 'zy' | 'yz' | 'zx' | 'yx', rect: [number, number, number, number], target: [number, number, number, number] = [0, 0, 1, 1]): BufferGeometry {
  const pos = geo.getAttribute('position')
  const uv = geo.getAttribute('uv')
  const get = (i: number, a: string) => (a === 'x' ? pos.getX(i) : a === 'y' ? pos.getY(i) : pos.getZ(i))
  for (let i = 0; i < pos.count; i++) {
    const u = (get(i, axes[0]!) - rect[0]) / (rect[2] - rect[0])
    const v = (get(i, axes[1]!) - rect[1]) / (rect[3] - rect[1])
    uv.setXY(i, target[0] + (target[2] - target[0]) * u, target[1] + (target[3] - target[1]) * v)
  }
  uv.needsUpdate = true
  return geo
}

/** Repeats a geometry at each placement. */
export function instances(make: () => BufferGeometry, placements: Xf[]): BufferGeometry[] {
  return placements.map((p) => xf(make(), p))
}

/** Clones with a placement. */
export function at(g: BufferGeometry, t: Xf): BufferGeometry {
  return xf(g.clone(), t)
}

/** Every [x, z] of a grid, row by row (z outer, x inner): feet, screws and posts set out in rows. */
export function grid(xs: readonly number[], zs: readonly number[]): [number, number][] {
  return zs.flatMap((z) => xs.map((x): [number, number] => [x, z]))
}
