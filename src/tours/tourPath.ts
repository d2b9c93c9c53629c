/**
 * The route a tour glides along between two floor points. Rooms stand in a row joined by
 * doorways on z = 0, so the route is: from, the centre of each doorway between the two rooms in
 * order, to. Between those it may add a point on the free corridor along z = 0 and approach
 * points that cross a doorway square-on, each only where a straight line would not keep a
 * visitor's radius clear of walls and stands. Every leg stays inside one
 * room or passes through an opening, so a glide never cuts through a wall.
 */
import { roomAt, segmentBlocked } from '../layout/collision'
import { doorwayBetween } from '../layout/doorways'
import { type GalleryLayout, type RoomLayout, type Vec2, VISITOR_RADIUS } from '../layout/types'

/** How far before and after a doorway the route lines up with it, metres. */
export const DOORWAY_APPROACH = 0.8

function roomIndexAt(layout: GalleryLayout, p: Vec2): number {
  const id = roomAt(layout, p)
  const i = id === null ? -1 : layout.rooms.findIndex((r) => r.id === id)
  if (i >= 0) return i
  // Outside every room (rounding at a wall): the room whose x range is nearest.
  let best = 0
  let bestD = Infinity
  layout.rooms.forEach((r, k) => {
    const d = Math.max(r.bounds.min[0] - p[0], 0, p[0] - r.bounds.max[0])
    if (d < bestD) {
      bestD = d
      best = k
    }
  })
  return best
}

/** Whether a visitor gliding straight from a to b keeps clear of walls and stands. */
function clear(layout: GalleryLayout, a: Vec2, b: Vec2): boolean {
  return !segmentBlocked(layout, a, b, { radius: VISITOR_RADIUS, obstacles: true })
}

/** Waypoints from `from` to `to`, both included. */
export function tourPath(layout: GalleryLayout, from: Vec2, to: Vec2): Vec2[] {
  if (layout.rooms.length === 0) return [from, to]
  const i = roomIndexAt(layout, from)
  const j = roomIndexAt(layout, to)
  // Doorway centres are kept; the corridor and approach points are dropped where not needed.
  const raw: Array<{ p: Vec2; keep: boolean }> = [{ p: from, keep: true }]
  // The corridor along z = 0 is kept free of stands: use it to leave and reach the end points.
  raw.push({ p: [from[0], 0], keep: false })
  const step = j >= i ? 1 : -1
  for (let k = i; k !== j; k += step) {
    const here = layout.rooms[k] as RoomLayout
    const next = layout.rooms[k + step] as RoomLayout
    const door = doorwayBetween(here, next)
    if (!door) continue
    const [cx, cz] = door.center
    // Cross square-on: an approach point before the doorway and one after it.
    const along: Vec2 = door.axis === 'z' ? [step, 0] : [0, step]
    const before = Math.min(DOORWAY_APPROACH, (door.axis === 'z' ? here.width : here.depth) / 2 - 0.05)
    const after = Math.min(DOORWAY_APPROACH, (door.axis === 'z' ? next.width : next.depth) / 2 - 0.05)
    raw.push({ p: [cx - along[0] * before, cz - along[1] * before], keep: false }, { p: [cx, cz], keep: true }, { p: [cx + along[0] * after, cz + along[1] * after], keep: false })
  }
  raw.push({ p: [to[0], 0], keep: false }, { p: to, keep: true })
  // String-pulling: from each kept point jump to the furthest later point in clear view, never
  // past the next point that must be kept.
  const out: Vec2[] = [from]
  let at = 0
  while (at < raw.length - 1) {
    let limit = at + 1
    while (!(raw[limit] as { keep: boolean }).keep) limit++
    let next = at + 1
    for (let k = limit; k > at + 1; k--) {
      if (clear(layout, (raw[at] as { p: Vec2 }).p, (raw[k] as { p: Vec2 }).p)) {
        next = k
        break
      }
    }
    out.push((raw[next] as { p: Vec2 }).p)
    at = next
  }
  // Drop repeated points (a corridor point equal to its neighbour).
  return out.filter((p, k) => k === 0 || Math.hypot(p[0] - (out[k - 1] as Vec2)[0], p[1] - (out[k - 1] as Vec2)[1]) > 1e-9)
}
