/**
 * The teleport arc: a thrown-ball parabola from the controller, sampled into points, cut where it
 * meets the floor or a wall, and the verdict on whether its landing spot may be reached.
 * Pure: no three.js, no React (the scene draws what this computes).
 */
import { isWalkable, roomAt, segmentBlocked } from '../layout/collision'
import { VISITOR_RADIUS, type GalleryLayout, type Vec2, type Vec3, type WallPiece } from '../layout/types'

/** Launch speed (m/s) and gravity: a level throw from hand height lands about 4 m away, a 45° one about 8 m. */
export const ARC_SPEED = 8
export const ARC_GRAVITY = 9.81
/** Seconds between samples, and the longest flight sampled. */
export const ARC_TIME_STEP = 1 / 30
export const ARC_MAX_TIME = 2.5
/** The arc never starts steeper than this: higher throws go no further and would pass the ceiling. */
export const ARC_MAX_PITCH = Math.PI / 4

export interface ArcOptions {
  speed?: number
  gravity?: number
  timeStep?: number
  maxTime?: number
  floorY?: number
}

export interface Arc {
  /** The sampled path, from the controller to where it ends (floor, wall or time out). */
  points: Vec3[]
  /** Where it meets the floor, if it does before anything else. */
  landing: Vec3 | null
  /** The wall it ran into, if any, and where. */
  wall: { piece: WallPiece; point: Vec3 } | null
}

function normalize(v: Vec3): Vec3 {
  const l = Math.hypot(v[0], v[1], v[2]) || 1
  return [v[0] / l, v[1] / l, v[2] / l]
}

/** Limits a direction's pitch to `ARC_MAX_PITCH`, keeping its heading. */
export function clampPitch(direction: Vec3, maxPitch = ARC_MAX_PITCH): Vec3 {
  const d = normalize(direction)
  const horizontal = Math.hypot(d[0], d[2])
  const pitch = Math.atan2(d[1], horizontal)
  if (pitch <= maxPitch) return d
  if (horizontal < 1e-9) return d // straight up: no heading to keep; the arc falls back on the spot.
  const h = Math.cos(maxPitch)
  return [(d[0] / horizontal) * h, Math.sin(maxPitch), (d[2] / horizontal) * h]
}

/** Where a segment p→q (2D) crosses the segment a→b: the fraction along p→q, or null. */
export function crossing(p: Vec2, q: Vec2, a: Vec2, b: Vec2): number | null {
  const rx = q[0] - p[0]
  const rz = q[1] - p[1]
  const sx = b[0] - a[0]
  const sz = b[1] - a[1]
  const denom = rx * sz - rz * sx
  if (Math.abs(denom) < 1e-12) return null
  const t = ((a[0] - p[0]) * sz - (a[1] - p[1]) * sx) / denom
  const u = ((a[0] - p[0]) * rz - (a[1] - p[1]) * rx) / denom
  return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? t : null
}

/**
 * Samples the parabola from `origin` along `direction` (pitch clamped), stopping at the first
 * wall piece it passes through at a height the piece covers (a lintel above a doorway lets the
 * arc through below it), or at the floor.
 */
export function sampleArc(walls: readonly WallPiece[], origin: Vec3, direction: Vec3, options: ArcOptions = {}): Arc {
  const speed = options.speed ?? ARC_SPEED
  const g = options.gravity ?? ARC_GRAVITY
  const dt = options.timeStep ?? ARC_TIME_STEP
  const maxTime = options.maxTime ?? ARC_MAX_TIME
  const floorY = options.floorY ?? 0
  const d = clampPitch(direction)
  const at = (t: number): Vec3 => [origin[0] + d[0] * speed * t, origin[1] + d[1] * speed * t - 0.5 * g * t * t, origin[2] + d[2] * speed * t]
  const points: Vec3[] = [[...origin]]
  let prev: Vec3 = [...origin]
  for (let t = dt; t <= maxTime + 1e-9; t += dt) {
    let next = at(t)
    let landing: Vec3 | null = null
    if (next[1] <= floorY) {
      // Solve for the exact time the parabola reaches the floor within this step.
      const a = -0.5 * g
      const b = d[1] * speed
      const c = origin[1] - floorY
      const disc = b * b - 4 * a * c
      const tf = disc >= 0 ? (-b - Math.sqrt(disc)) / (2 * a) : t
      next = at(Math.min(t, Math.max(t - dt, tf)))
      next[1] = floorY
      landing = next
    }
    let nearest: { piece: WallPiece; f: number } | null = null
    for (const piece of walls) {
      const f = crossing([prev[0], prev[2]], [next[0], next[2]], piece.a, piece.b)
      if (f === null) continue
      const y = prev[1] + (next[1] - prev[1]) * f
      if (y < piece.bottom || y > piece.top) continue
      if (!nearest || f < nearest.f) nearest = { piece, f }
    }
    if (nearest) {
      const f = nearest.f
      const point: Vec3 = [prev[0] + (next[0] - prev[0]) * f, prev[1] + (next[1] - prev[1]) * f, prev[2] + (next[2] - prev[2]) * f]
      points.push(point)
      return { points, landing: null, wall: { piece: nearest.piece, point } }
    }
    points.push(next)
    if (landing) return { points, landing, wall: null }
    prev = next
  }
  return { points, landing: null, wall: null }
}

/**
 * The direction to throw from `origin` so the arc lands on `target` (the flatter of the two
 * solutions), or null when the target is out of reach. The inverse of `sampleArc` without walls.
 */
export function aimAt(origin: Vec3, target: Vec3, options: ArcOptions = {}): Vec3 | null {
  const v = options.speed ?? ARC_SPEED
  const g = options.gravity ?? ARC_GRAVITY
  const dx = target[0] - origin[0]
  const dz = target[2] - origin[2]
  const d = Math.hypot(dx, dz)
  const h = target[1] - origin[1]
  if (d < 1e-6) return null
  const disc = v ** 4 - g * (g * d * d + 2 * h * v * v)
  if (disc < 0) return null
  const pitch = Math.atan((v * v - Math.sqrt(disc)) / (g * d))
  if (pitch > ARC_MAX_PITCH + 1e-9) return null
  const c = Math.cos(pitch)
  return [(dx / d) * c, Math.sin(pitch), (dz / d) * c]
}

export type TeleportRefusal = 'wall' | 'no-floor' | 'outside' | 'too-close' | 'through-wall'

export type TeleportVerdict = { ok: true; target: Vec2; roomId: string } | { ok: false; reason: TeleportRefusal; target: Vec2 | null }

/**
 * Whether the visitor, standing at `from`, may teleport to where `arc` ends: only onto walkable
 * floor inside a room (clear of walls and stands by the visitor's radius), and only where the
 * straight floor path from `from` crosses no wall, so no teleport ever passes into a closed room.
 */
export function judgeLanding(layout: GalleryLayout, from: Vec2, arc: Arc, radius = VISITOR_RADIUS): TeleportVerdict {
  if (arc.wall) return { ok: false, reason: 'wall', target: [arc.wall.point[0], arc.wall.point[2]] }
  if (!arc.landing) return { ok: false, reason: 'no-floor', target: null }
  const target: Vec2 = [arc.landing[0], arc.landing[2]]
  const roomId = roomAt(layout, target)
  if (!roomId) return { ok: false, reason: 'outside', target }
  if (!isWalkable(layout, target, radius)) return { ok: false, reason: 'too-close', target }
  if (segmentBlocked(layout, from, target)) return { ok: false, reason: 'through-wall', target }
  return { ok: true, target, roomId }
}
