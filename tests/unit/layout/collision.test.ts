import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  clearance,
  computeLayout,
  isWalkable,
  moveWithCollisions,
  roomAt,
  segmentBlocked,
  VISITOR_RADIUS,
  yawToward,
  type GalleryLayout,
  type RoomLayout,
  type Vec2,
} from '../../../src/layout'
import { angleDiff } from '../fixtures/layoutInvariants'
import { makeManifest } from '../fixtures/makeManifest'
import { manifestArb } from '../fixtures/manifestArbitrary'

const R = VISITOR_RADIUS
const EPS = 1e-6

/** Walks in frame-sized steps, as the renderer does, recording the rooms passed through. */
function walk(layout: GalleryLayout, from: Vec2, to: Vec2, step = 0.1): { end: Vec2; rooms: string[] } {
  let p = from
  const rooms: string[] = [roomAt(layout, from) ?? 'outside']
  const n = Math.ceil(Math.hypot(to[0] - from[0], to[1] - from[1]) / step)
  for (let i = 1; i <= n; i++) {
    const target: Vec2 = [from[0] + ((to[0] - from[0]) * i) / n, from[1] + ((to[1] - from[1]) * i) / n]
    p = moveWithCollisions(layout, p, target)
    const id = roomAt(layout, p)
    if (id && rooms[rooms.length - 1] !== id) rooms.push(id)
  }
  return { end: p, rooms }
}

/** A walkable spot in a room picked by two fractions, or null when the random spot is not walkable. */
function spotIn(layout: GalleryLayout, room: RoomLayout, fx: number, fz: number): Vec2 | null {
  const p: Vec2 = [room.bounds.min[0] + fx * room.width, room.bounds.min[1] + fz * room.depth]
  return isWalkable(layout, p) && roomAt(layout, p) === room.id ? p : null
}

const emptyGallery = computeLayout(makeManifest([{ width: 8, depth: 6 }, { width: 10, depth: 10, height: 5 }, { width: 6, depth: 4 }]))

describe('yawToward', () => {
  it('follows the three.js convention: 0 looks north (-z), positive turns left', () => {
    expect(yawToward([0, 0], [0, -1])).toBe(0)
    expect(yawToward([0, 0], [1, 0])).toBeCloseTo(-Math.PI / 2, 12)
    expect(yawToward([0, 0], [-1, 0])).toBeCloseTo(Math.PI / 2, 12)
    expect(angleDiff(yawToward([0, 0], [0, 1]), Math.PI)).toBeLessThan(1e-12)
  })

  it('looks along (-sin θ, -cos θ) toward the target', () => {
    const coord = fc.double({ min: -50, max: 50, noNaN: true })
    fc.assert(
      fc.property(coord, coord, coord, coord, (ax, az, bx, bz) => {
        const d = Math.hypot(bx - ax, bz - az)
        fc.pre(d > 1e-6)
        const yaw = yawToward([ax, az], [bx, bz])
        expect(-Math.sin(yaw)).toBeCloseTo((bx - ax) / d, 9)
        expect(-Math.cos(yaw)).toBeCloseTo((bz - az) / d, 9)
      }),
    )
  })
})

describe('roomAt and isWalkable', () => {
  it('finds rooms by position, the east room on a shared wall, null outside', () => {
    for (const r of emptyGallery.rooms) expect(roomAt(emptyGallery, r.center)).toBe(r.id)
    expect(roomAt(emptyGallery, [8, 0])).toBe('room-2')
    // The 10 m deep room reaches past the 6 m deep one; its wall plane still belongs to it.
    expect(roomAt(emptyGallery, [8, 4])).toBe('room-2')
    expect(roomAt(emptyGallery, [-0.1, 0])).toBeNull()
    expect(roomAt(emptyGallery, [4, 3.1])).toBeNull()
    expect(roomAt(emptyGallery, [30, 0])).toBeNull()
  })

  it('keeps the visitor a radius from walls and stands', () => {
    expect(isWalkable(emptyGallery, [4, 0])).toBe(true)
    expect(isWalkable(emptyGallery, [4, -3 + R + 0.01])).toBe(true)
    expect(isWalkable(emptyGallery, [4, -3 + R - 0.01])).toBe(false)
    expect(isWalkable(emptyGallery, [4, -3 + 0.5], 0.6)).toBe(false)
    // In the doorway, under the lintel.
    expect(isWalkable(emptyGallery, [8, 0])).toBe(true)
    expect(isWalkable(emptyGallery, [8, 0.7])).toBe(false)
    expect(isWalkable(emptyGallery, [-1, 0])).toBe(false)
    const withStand = computeLayout(makeManifest([{ width: 8, depth: 8, artifacts: [{ kind: 'object', width: 40, height: 50, depth: 40 }] }]))
    const stand = withStand.placements[0]!.stand!
    expect(isWalkable(withStand, stand.center)).toBe(false)
    expect(isWalkable(withStand, [stand.center[0], stand.center[1] + stand.size[1] / 2 + R - 0.01])).toBe(false)
    expect(isWalkable(withStand, [stand.center[0], stand.center[1] + stand.size[1] / 2 + R + 0.01])).toBe(true)
  })
})

describe('segmentBlocked', () => {
  it('lets paths through doorways and within rooms, not through walls', () => {
    expect(segmentBlocked(emptyGallery, [1, 0], [23, 0])).toBe(false)
    expect(segmentBlocked(emptyGallery, [1, 1], [7, -2])).toBe(false)
    expect(segmentBlocked(emptyGallery, [7, 2], [9, 2])).toBe(true)
    expect(segmentBlocked(emptyGallery, [4, 0], [4, -5])).toBe(true)
    // The lintel (above 1.8 m) does not block; the jamb does.
    expect(segmentBlocked(emptyGallery, [7, 0.85], [9, 0.85])).toBe(false)
    expect(segmentBlocked(emptyGallery, [7, 0.95], [9, 0.95])).toBe(true)
  })

  it('with a radius, asks whether a visitor fits along the path', () => {
    expect(segmentBlocked(emptyGallery, [7, 0], [9, 0], { radius: R })).toBe(false)
    expect(segmentBlocked(emptyGallery, [7, 0.7], [9, 0.7], { radius: R })).toBe(true)
    const withStand = computeLayout(makeManifest([{ width: 8, depth: 8, artifacts: [{ kind: 'object', width: 40, height: 50, depth: 40 }] }]))
    const [sx, sz] = withStand.placements[0]!.stand!.center
    expect(segmentBlocked(withStand, [sx - 2, sz], [sx + 2, sz])).toBe(false)
    expect(segmentBlocked(withStand, [sx - 2, sz], [sx + 2, sz], { obstacles: true })).toBe(true)
  })
})

describe('moveWithCollisions', () => {
  it('moves freely in open floor', () => {
    expect(moveWithCollisions(emptyGallery, [3, 0], [3.5, 0.2])).toEqual([3.5, 0.2])
  })

  it('stops a radius short of a wall walked straight at', () => {
    const end = moveWithCollisions(emptyGallery, [4, 0], [4, -20])
    expect(end[0]).toBeCloseTo(4, 12)
    expect(end[1]).toBeCloseTo(-3 + R, 6)
    expect(end[1]).toBeGreaterThanOrEqual(-3 + R)
  })

  it('slides along a wall hit at an angle', () => {
    const end = moveWithCollisions(emptyGallery, [3, -2.5], [4, -3.5])
    expect(end[0]).toBeCloseTo(4, 6)
    expect(end[1]).toBeCloseTo(-3 + R, 6)
    // Into a corner: ends a radius from both walls.
    const corner = moveWithCollisions(emptyGallery, [3, 0], [-50, -50])
    expect(corner[0]).toBeCloseTo(R, 6)
    expect(corner[1]).toBeCloseTo(-3 + R, 6)
  })

  it('passes doorways and slides off their jambs into them', () => {
    expect(moveWithCollisions(emptyGallery, [7, 0], [9, 0])).toEqual([9, 0])
    // Aimed a little off centre, the visitor is guided along the jamb and through.
    const end = walk(emptyGallery, [6.5, 0.75], [9.5, 0.75]).end
    expect(end[0]).toBeGreaterThan(9)
    expect(roomAt(emptyGallery, end)).toBe('room-2')
  })

  it('never tunnels through a wall, however long the step', () => {
    // Off the corridor, straight east through the shared wall: stopped by it.
    const end = moveWithCollisions(emptyGallery, [4, 2], [1e4, 2])
    expect(roomAt(emptyGallery, end)).toBe('room-1')
    expect(end[0]).toBeCloseTo(8 - R, 6)
    const north = moveWithCollisions(emptyGallery, [12, 3], [12, -1e6])
    expect(north[1]).toBeCloseTo(-5 + R, 6)
    // Along the corridor the same huge step runs through every doorway to the far end wall.
    const far = moveWithCollisions(emptyGallery, [1.5, 0], [1e4, 0])
    expect(far[0]).toBeCloseTo(24 - R, 6)
    expect(far[1]).toBe(0)
  })

  it('walks the corridor from the first entry to the last through every room in order', () => {
    fc.assert(
      fc.property(manifestArb, (manifest) => {
        const layout = computeLayout(manifest)
        const first = layout.rooms[0]!.entry.position
        const last = layout.rooms[layout.rooms.length - 1]!.entry.position
        const { end, rooms } = walk(layout, first, last, 0.25)
        expect(rooms).toEqual(layout.rooms.map((r) => r.id))
        expect(end[0]).toBeCloseTo(last[0], 9)
        expect(end[1]).toBeCloseTo(last[1], 9)
        // The whole corridor is clear, so one long step goes the same way.
        expect(moveWithCollisions(layout, first, last)).toEqual(last)
        expect(segmentBlocked(layout, first, last, { radius: R, obstacles: true })).toBe(false)
      }),
      { numRuns: 60 },
    )
  })

  it('from anywhere, walking straight at a wall stops a radius from it (or at a stand in the way)', () => {
    const frac = fc.integer({ min: 0, max: 1000 }).map((v) => v / 1000)
    fc.assert(
      fc.property(manifestArb, fc.nat(), frac, frac, fc.constantFrom('north', 'south', 'east', 'west'), (manifest, pick, fx, fz, dir) => {
        const layout = computeLayout(manifest)
        const room = layout.rooms[pick % layout.rooms.length]!
        const from = spotIn(layout, room, fx, fz)
        fc.pre(from !== null)
        const p = from as Vec2
        // East and west only off the corridor, where the wall is solid.
        fc.pre(dir === 'north' || dir === 'south' || Math.abs(p[1]) > 0.9 + R)
        const { min, max } = room.bounds
        const stop: Vec2 = { north: [p[0], min[1] + R], south: [p[0], max[1] - R], east: [max[0] - R, p[1]], west: [min[0] + R, p[1]] }[dir] as Vec2
        const far: Vec2 = { north: [p[0], -1e3], south: [p[0], 1e3], east: [1e3, p[1]], west: [-1e3, p[1]] }[dir] as Vec2
        const end = moveWithCollisions(layout, p, far)
        expect(clearance(layout, end)).toBeGreaterThanOrEqual(R - EPS)
        expect(roomAt(layout, end)).toBe(room.id)
        if (!segmentBlocked(layout, p, stop, { radius: R, obstacles: true })) {
          expect(end[0]).toBeCloseTo(stop[0], 6)
          expect(end[1]).toBeCloseTo(stop[1], 6)
        } else {
          // A stand or a doorway jamb is in the way: stopped by it or slid around it, never past the wall.
          const progress = (q: Vec2) => (dir === 'north' ? -q[1] : dir === 'south' ? q[1] : dir === 'east' ? q[0] : -q[0])
          expect(progress(end)).toBeLessThanOrEqual(progress(stop) + EPS)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('from anywhere to anywhere, never ends inside a wall, a stand or outside the gallery', () => {
    const frac = fc.integer({ min: 0, max: 1000 }).map((v) => v / 1000)
    const target = fc.oneof(fc.integer({ min: -100, max: 100 }), fc.integer({ min: -1e4, max: 1e4 }))
    fc.assert(
      fc.property(manifestArb, fc.nat(), frac, frac, target, target, (manifest, pick, fx, fz, tx, tz) => {
        const layout = computeLayout(manifest)
        const room = layout.rooms[pick % layout.rooms.length]!
        const from = spotIn(layout, room, fx, fz)
        fc.pre(from !== null)
        const end = moveWithCollisions(layout, from as Vec2, [tx, tz])
        expect(isWalkable(layout, end)).toBe(true)
      }),
      { numRuns: 120 },
    )
  })
})
