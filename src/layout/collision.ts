/**
 * Walking and line-of-sight queries on a computed layout: the visitor is a circle on the floor,
 * walls are zero-thickness segments (lintels excepted) and stands are boxes.
 */
import { BLOCKING_MAX_BOTTOM } from './constants'
import {
  closestPointOnBox,
  closestPointOnSegment,
  distanceToBox,
  distanceToSegment,
  segmentBoxDistance,
  segmentHitsBox,
  segmentSegmentDistance,
  segmentsIntersect,
} from './geometry'
import { type GalleryLayout, type Obstacle, type Vec2, VISITOR_RADIUS, type WallPiece } from './types'

export { yawToward } from './geometry'

interface Blockers {
  walls: WallPiece[]
  obstacles: Obstacle[]
  wallCount: number
  obstacleCount: number
  segments: Array<{ a: Vec2; b: Vec2 }>
}

/** Layouts are plain data queried every frame, so their blocking segments are kept per layout. */
const cache = new WeakMap<GalleryLayout, Blockers>()

function blockersOf(layout: GalleryLayout): Blockers {
  const hit = cache.get(layout)
  if (hit && hit.walls === layout.walls && hit.obstacles === layout.obstacles && hit.wallCount === layout.walls.length && hit.obstacleCount === layout.obstacles.length) {
    return hit
  }
  const blockers: Blockers = {
    walls: layout.walls,
    obstacles: layout.obstacles,
    wallCount: layout.walls.length,
    obstacleCount: layout.obstacles.length,
    segments: layout.walls.filter((w) => w.bottom < BLOCKING_MAX_BOTTOM).map((w) => ({ a: w.a, b: w.b })),
  }
  cache.set(layout, blockers)
  return blockers
}

function clearanceWith(b: Blockers, p: Vec2): number {
  let best = Infinity
  for (const s of b.segments) best = Math.min(best, distanceToSegment(p, s.a, s.b))
  for (const o of b.obstacles) best = Math.min(best, distanceToBox(p, o))
  return best
}

/** Distance from p to the nearest solid wall or stand. */
export function clearance(layout: GalleryLayout, p: Vec2): number {
  return clearanceWith(blockersOf(layout), p)
}

function finite(p: Vec2): boolean {
  return Number.isFinite(p[0]) && Number.isFinite(p[1])
}

/** The room whose floor holds p (on a shared wall, the room to the east); null outside every room. */
export function roomAt(layout: GalleryLayout, p: Vec2): string | null {
  for (let i = layout.rooms.length - 1; i >= 0; i--) {
    const r = layout.rooms[i]
    if (!r) continue
    const { min, max } = r.bounds
    if (p[0] >= min[0] && p[0] <= max[0] && p[1] >= min[1] && p[1] <= max[1]) return r.id
  }
  return null
}

/** Inside some room and at least `radius` from every solid wall and stand. */
export function isWalkable(layout: GalleryLayout, p: Vec2, radius = VISITOR_RADIUS): boolean {
  return finite(p) && roomAt(layout, p) !== null && clearance(layout, p) >= radius - 1e-6
}

/**
 * Whether the straight floor path a→b crosses a solid wall (lintels do not count). With `radius`,
 * whether a circle of that radius swept along it would touch one; with `obstacles`, stands count too.
 */
export function segmentBlocked(layout: GalleryLayout, a: Vec2, b: Vec2, options: { radius?: number; obstacles?: boolean } = {}): boolean {
  const r = options.radius ?? 0
  const bl = blockersOf(layout)
  for (const s of bl.segments) {
    if (r > 0 ? segmentSegmentDistance(a, b, s.a, s.b) < r - 1e-6 : segmentsIntersect(a, b, s.a, s.b)) return true
  }
  if (options.obstacles) {
    for (const o of bl.obstacles) if (r > 0 ? segmentBoxDistance(a, b, o) < r - 1e-6 : segmentHitsBox(a, b, o)) return true
  }
  return false
}

/** Pushes slightly past the radius so rounding never leaves the visitor a hair inside it. */
const SKIN = 1e-9
/** Enough for kilometres of sliding; a real frame's step needs one or a few. */
const MAX_SUBSTEPS = 20_000

/**
 * Moves p out of every blocker it is within `radius` of, nearest first; `prev` says which side it
 * came from. Nearest first matters where a wall of the next room ends on a shared wall plane:
 * that end point lies on the plane, so once pushed off the plane it no longer touches the visitor,
 * while pushing off the end point first would shove the visitor sideways along the wall.
 */
function pushOut(b: Blockers, p: Vec2, prev: Vec2, radius: number): Vec2 {
  let [x, z] = p
  for (let iteration = 0; iteration < 8; iteration++) {
    let nearest = radius
    let push: (() => void) | null = null
    for (const s of b.segments) {
      const c = closestPointOnSegment([x, z], s.a, s.b)
      const d = Math.hypot(x - c[0], z - c[1])
      if (d >= nearest) continue
      nearest = d
      push = () => {
        let nx = x - c[0]
        let nz = z - c[1]
        if (d < 1e-12) {
          // Exactly on the wall: leave toward the side we came from.
          const len = Math.hypot(s.b[0] - s.a[0], s.b[1] - s.a[1]) || 1
          nx = -(s.b[1] - s.a[1]) / len
          nz = (s.b[0] - s.a[0]) / len
          if ((prev[0] - c[0]) * nx + (prev[1] - c[1]) * nz < 0) {
            nx = -nx
            nz = -nz
          }
        } else {
          nx /= d
          nz /= d
        }
        x = c[0] + nx * (radius + SKIN)
        z = c[1] + nz * (radius + SKIN)
      }
    }
    for (const o of b.obstacles) {
      const c = closestPointOnBox([x, z], o)
      const d = Math.hypot(x - c[0], z - c[1])
      if (d >= nearest) continue
      nearest = d
      push = () => {
        if (d < 1e-12) {
          // Inside the box: leave through the nearest face.
          const exits: Array<[number, Vec2]> = [
            [x - o.min[0], [-1, 0]],
            [o.max[0] - x, [1, 0]],
            [z - o.min[1], [0, -1]],
            [o.max[1] - z, [0, 1]],
          ]
          exits.sort((p1, p2) => p1[0] - p2[0])
          const [depth, n] = exits[0] as [number, Vec2]
          x += n[0] * (depth + radius + SKIN)
          z += n[1] * (depth + radius + SKIN)
        } else {
          x = c[0] + ((x - c[0]) / d) * (radius + SKIN)
          z = c[1] + ((z - c[1]) / d) * (radius + SKIN)
        }
      }
    }
    if (!push) break
    push()
  }
  return [x, z]
}

/**
 * Moves a circle of `radius` from `from` toward `to`, sliding along walls and stands instead of
 * stopping dead. Long moves are taken in sub-steps of at most radius/2, so no wall is tunnelled.
 */
export function moveWithCollisions(layout: GalleryLayout, from: Vec2, to: Vec2, radius = VISITOR_RADIUS): Vec2 {
  let cur: Vec2 = [from[0], from[1]]
  if (!finite(from) || !finite(to)) return cur
  const dx = to[0] - from[0]
  const dz = to[1] - from[1]
  const dist = Math.hypot(dx, dz)
  if (dist === 0) return cur
  const b = blockersOf(layout)
  // Half the radius per sub-step: from a legal spot, one step cannot reach past a wall's plane.
  const stepLength = Math.max(radius / 2, 0.01)
  const steps = Math.ceil(dist / stepLength)
  const sx = dx / steps
  const sz = dz / steps
  let curClear = clearanceWith(b, cur)
  // Until something deflects the visitor, sub-steps are fractions of the whole move, so an
  // unobstructed move lands exactly on `to` instead of on accumulated rounding.
  let deflected = false
  for (let i = 0; i < Math.min(steps, MAX_SUBSTEPS); i++) {
    const wanted: Vec2 = deflected ? [cur[0] + sx, cur[1] + sz] : i === steps - 1 ? [to[0], to[1]] : [from[0] + (dx * (i + 1)) / steps, from[1] + (dz * (i + 1)) / steps]
    const next = pushOut(b, wanted, cur, radius)
    if (next[0] !== wanted[0] || next[1] !== wanted[1]) deflected = true
    const nextClear = clearanceWith(b, next)
    // Wedged (pushes disagree) or through a wall: stay where the last legal sub-step ended.
    if (nextClear < Math.min(radius, curClear) - 1e-9) break
    if (b.segments.some((s) => segmentsIntersect(cur, next, s.a, s.b))) break
    if (Math.abs(next[0] - cur[0]) + Math.abs(next[1] - cur[1]) < 1e-12) break
    cur = next
    curClear = nextClear
  }
  return cur
}
