/** Small 2D helpers on the floor plane (x, z). */
import type { Obstacle, Vec2 } from './types'

/**
 * The yaw (as three.js rotation.y) of a viewer at `from` looking at `to`: a yaw θ looks along
 * (-sin θ, -cos θ). Returns 0 (north) when the points coincide.
 */
export function yawToward(from: Vec2, to: Vec2): number {
  const dx = to[0] - from[0]
  const dz = to[1] - from[1]
  if (dx === 0 && dz === 0) return 0
  // `+ 0` keeps due north a plain 0 rather than -0.
  return Math.atan2(-dx, -dz) + 0
}

/** The yaw that turns an object's local +z onto `normal`: local +z rotated by θ is (sin θ, cos θ). */
export function yawAlong(normal: Vec2): number {
  return Math.atan2(normal[0], normal[1]) + 0
}

/** Wraps an angle into (-π, π]: the shortest turn from one heading to another is `wrapAngle(to - from)`. */
export function wrapAngle(a: number): number {
  const w = Math.atan2(Math.sin(a), Math.cos(a))
  return w === -Math.PI ? Math.PI : w
}

export function closestPointOnSegment(p: Vec2, a: Vec2, b: Vec2): Vec2 {
  const dx = b[0] - a[0]
  const dz = b[1] - a[1]
  const len2 = dx * dx + dz * dz
  if (len2 === 0) return [a[0], a[1]]
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dz) / len2))
  return [a[0] + t * dx, a[1] + t * dz]
}

export function distanceToSegment(p: Vec2, a: Vec2, b: Vec2): number {
  const c = closestPointOnSegment(p, a, b)
  return Math.hypot(p[0] - c[0], p[1] - c[1])
}

export function closestPointOnBox(p: Vec2, box: Obstacle): Vec2 {
  return [Math.max(box.min[0], Math.min(box.max[0], p[0])), Math.max(box.min[1], Math.min(box.max[1], p[1]))]
}

/** Distance from a point to a box; 0 inside. */
export function distanceToBox(p: Vec2, box: Obstacle): number {
  const c = closestPointOnBox(p, box)
  return Math.hypot(p[0] - c[0], p[1] - c[1])
}

function orient(a: Vec2, b: Vec2, c: Vec2): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
}

function onSegment(a: Vec2, b: Vec2, p: Vec2): boolean {
  return (
    Math.min(a[0], b[0]) - 1e-12 <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) + 1e-12 &&
    Math.min(a[1], b[1]) - 1e-12 <= p[1] &&
    p[1] <= Math.max(a[1], b[1]) + 1e-12
  )
}

/** Whether segments ab and cd meet, touching included. */
export function segmentsIntersect(a: Vec2, b: Vec2, c: Vec2, d: Vec2): boolean {
  const d1 = orient(c, d, a)
  const d2 = orient(c, d, b)
  const d3 = orient(a, b, c)
  const d4 = orient(a, b, d)
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true
  return (
    (d1 === 0 && onSegment(c, d, a)) ||
    (d2 === 0 && onSegment(c, d, b)) ||
    (d3 === 0 && onSegment(a, b, c)) ||
    (d4 === 0 && onSegment(a, b, d))
  )
}

export function segmentSegmentDistance(a: Vec2, b: Vec2, c: Vec2, d: Vec2): number {
  if (segmentsIntersect(a, b, c, d)) return 0
  return Math.min(distanceToSegment(a, c, d), distanceToSegment(b, c, d), distanceToSegment(c, a, b), distanceToSegment(d, a, b))
}

/** Whether segment ab passes through the box (Liang–Barsky clipping). */
export function segmentHitsBox(a: Vec2, b: Vec2, box: Obstacle): boolean {
  let t0 = 0
  let t1 = 1
  const d: Vec2 = [b[0] - a[0], b[1] - a[1]]
  for (let axis = 0; axis < 2; axis++) {
    const p = a[axis] as number
    const v = d[axis] as number
    const lo = box.min[axis] as number
    const hi = box.max[axis] as number
    if (v === 0) {
      if (p < lo || p > hi) return false
      continue
    }
    let ta = (lo - p) / v
    let tb = (hi - p) / v
    if (ta > tb) [ta, tb] = [tb, ta]
    t0 = Math.max(t0, ta)
    t1 = Math.min(t1, tb)
    if (t0 > t1) return false
  }
  return true
}

export function segmentBoxDistance(a: Vec2, b: Vec2, box: Obstacle): number {
  if (segmentHitsBox(a, b, box)) return 0
  const corners: Vec2[] = [box.min, [box.max[0], box.min[1]], box.max, [box.min[0], box.max[1]]]
  let best = Math.min(distanceToBox(a, box), distanceToBox(b, box))
  for (const c of corners) best = Math.min(best, distanceToSegment(c, a, b))
  return best
}

/** Euclidean gap between two boxes; 0 when they touch or overlap. */
export function boxGap(p: Obstacle, q: Obstacle): number {
  const dx = Math.max(0, q.min[0] - p.max[0], p.min[0] - q.max[0])
  const dz = Math.max(0, q.min[1] - p.max[1], p.min[1] - q.max[1])
  return Math.hypot(dx, dz)
}

/** Rounds away float noise (0.8999999999999999) so coordinates read and compare as authored. */
export function snap(v: number): number {
  return Math.round(v * 1e9) / 1e9 + 0
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v))
}
