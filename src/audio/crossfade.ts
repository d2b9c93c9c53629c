/**
 * Which rooms' ambient music is heard, and how loud, from where the visitor stands.
 *
 * Away from doorways only the visitor's room plays. Within DOORWAY_ZONE metres of a doorway's
 * opening the two rooms crossfade with an equal-power curve: at the opening itself both are at
 * √½, and the share of the other room falls smoothly (zero slope at the zone's edge) with the
 * distance to the opening. Because the distance is measured to the opening and not to the wall
 * plane, music does not leak through solid wall, and the gains are continuous along any path a
 * visitor can walk (they may jump only across a wall, which nobody crosses).
 */
import { roomAt } from '../layout/collision'
import type { Doorway, GalleryLayout, RoomLayout, Vec2 } from '../layout/types'

/** Half-width of the crossfade zone around a doorway, in metres. */
export const DOORWAY_ZONE = 2

function distanceToSegment(p: Vec2, a: Vec2, b: Vec2): number {
  const dx = b[0] - a[0]
  const dz = b[1] - a[1]
  const len2 = dx * dx + dz * dz
  const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dz) / len2))
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dz))
}

/** The doorway's opening as a segment on the floor. */
export function openingOf(d: Doorway): [Vec2, Vec2] {
  const h = d.width / 2
  // axis 'x': the wall runs along x, so the opening does too; 'z': it runs along z.
  return d.axis === 'x'
    ? [
        [d.center[0] - h, d.center[1]],
        [d.center[0] + h, d.center[1]],
      ]
    : [
        [d.center[0], d.center[1] - h],
        [d.center[0], d.center[1] + h],
      ]
}

/** The room a point belongs to: the one holding it, else the nearest one (points just outside, rounding). */
export function roomFor(layout: GalleryLayout, p: Vec2): RoomLayout | null {
  const id = roomAt(layout, p)
  if (id) return layout.rooms.find((r) => r.id === id) ?? null
  let best: RoomLayout | null = null
  let bestD = Infinity
  for (const r of layout.rooms) {
    const dx = Math.max(r.bounds.min[0] - p[0], 0, p[0] - r.bounds.max[0])
    const dz = Math.max(r.bounds.min[1] - p[1], 0, p[1] - r.bounds.max[1])
    const d = Math.hypot(dx, dz)
    if (d < bestD) {
      bestD = d
      best = r
    }
  }
  return best
}

/**
 * Gain 0..1 per room for a visitor at `position` (floor x, z). With `roomIds`, only those rooms
 * are reported (each present, 0 when silent); otherwise every room of the layout.
 */
export function crossfadeGains(position: Vec2, layout: GalleryLayout, roomIds?: readonly string[]): Record<string, number> {
  const ids = roomIds ?? layout.rooms.map((r) => r.id)
  const gains: Record<string, number> = {}
  for (const id of ids) gains[id] = 0
  if (!Number.isFinite(position[0]) || !Number.isFinite(position[1])) return gains
  const here = roomFor(layout, position)
  if (!here) return gains
  const others = new Map<string, number>()
  for (const d of here.doorways) {
    const otherId = d.rooms[0] === here.id ? d.rooms[1] : d.rooms[0]
    const other = layout.rooms.find((r) => r.id === otherId)
    if (!other) continue
    // Zones of a narrow room's two doorways must not overlap.
    const zone = Math.min(DOORWAY_ZONE, here.width / 2, here.depth / 2, other.width / 2, other.depth / 2)
    const [a, b] = openingOf(d)
    const u = Math.min(1, distanceToSegment(position, a, b) / zone)
    // The other room's share of the fade: ½ in the opening, 0 at the zone's edge, flat there.
    const share = 0.5 - 0.5 * Math.sin((u * Math.PI) / 2)
    if (share > 0) others.set(otherId, Math.max(others.get(otherId) ?? 0, Math.sin((share * Math.PI) / 2)))
  }
  let rest = 1
  for (const g of others.values()) rest -= g * g
  const own = Math.sqrt(Math.max(0, rest))
  if (here.id in gains) gains[here.id] = own
  for (const [id, g] of others) if (id in gains) gains[id] = g
  return gains
}

/**
 * The rooms whose sources should be running: the visitor's room and the rooms a doorway joins to
 * it (the only ones a crossfade can reach), the visitor's room first.
 */
export function activeRooms(layout: GalleryLayout, roomId: string | null): string[] {
  const here = roomId === null ? undefined : layout.rooms.find((r) => r.id === roomId)
  if (!here) return []
  const out = [here.id]
  for (const r of layout.rooms) {
    if (r.id === here.id) continue
    if (here.doorways.some((d) => d.rooms.includes(r.id))) out.push(r.id)
  }
  return out
}
