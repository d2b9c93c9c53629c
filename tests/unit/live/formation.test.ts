import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { computeLayout, isWalkable, roomAt, segmentBlocked, type Vec2 } from '../../../src/layout'
import { validateManifest } from '../../../src/manifest/validate'
import { bearing, followStep, formation, slotOffset, toWorld, FOLLOW_SLACK, SPACING } from '../../../src/live/formation'

const result = validateManifest(JSON.parse(readFileSync('content/exhibition.json', 'utf8')))
if (!result.ok) throw new Error('the shipped manifest must validate')
const layout = computeLayout(result.manifest)
const room = layout.rooms[1]!
const entry = { position: room.entry.position, yaw: room.entry.yaw }

describe('gather formation', () => {
  it('puts slot 0 straight behind the teacher and later slots beside and further back', () => {
    expect(toWorld({ position: [0, 0], yaw: 0 }, slotOffset(0))).toEqual([0, expect.closeTo(1.4)])
    // Facing -x (yaw +90°), "behind" is +x and "right" is -z.
    const turned = toWorld({ position: [0, 0], yaw: Math.PI / 2 }, [1, 2])
    expect(turned[0]).toBeCloseTo(2)
    expect(turned[1]).toBeCloseTo(-1)
    expect(slotOffset(5)[1]).toBeGreaterThan(slotOffset(4)[1])
  })

  it('gives 40 pupils distinct walkable spots in the teacher’s room, in sight of the teacher, all facing the teacher’s way', () => {
    const spots = formation(layout, entry, 40)
    expect(spots).toHaveLength(40)
    for (const [i, s] of spots.entries()) {
      expect(isWalkable(layout, s.position), `spot ${i}`).toBe(true)
      expect(roomAt(layout, s.position)).toBe(room.id)
      expect(segmentBlocked(layout, entry.position, s.position)).toBe(false)
      expect(s.yaw).toBe(entry.yaw)
      for (const other of spots.slice(0, i)) expect(Math.hypot(other.position[0] - s.position[0], other.position[1] - s.position[1])).toBeGreaterThanOrEqual(SPACING * 0.7 - 1e-9)
    }
  })

  it('is the same plan for everyone who computes it (each pupil takes its own slot)', () => {
    expect(formation(layout, entry, 12)).toEqual(formation(layout, entry, 12))
    expect(formation(layout, entry, 12).slice(0, 5)).toEqual(formation(layout, entry, 5))
  })

  it('gives pupils with different places different spots, each computing only their own', () => {
    const teacher = { position: layout.rooms[2]!.entry.position, yaw: layout.rooms[2]!.entry.yaw }
    const mine = (slot: number) => formation(layout, teacher, slot + 1)[slot]!.position
    const spots = [0, 1, 2, 3, 7, 12, 19].map(mine)
    for (const [i, a] of spots.entries()) for (const b of spots.slice(0, i)) expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThanOrEqual(SPACING * 0.7 - 1e-9)
  })

  it('moves a slot that would fall in a wall to free floor nearby', () => {
    // The teacher stands with her back against a wall: the rows behind her are inside it or beyond.
    const min = room.bounds.min
    const teacher = { position: [min[0] + 0.8, (room.bounds.min[1] + room.bounds.max[1]) / 2] as Vec2, yaw: -Math.PI / 2 }
    const spots = formation(layout, teacher, 8)
    for (const s of spots) expect(isWalkable(layout, s.position)).toBe(true)
  })
})

describe('following the teacher', () => {
  it('stays put within the slack, glides to a near spot in sight, fades to a far or hidden one', () => {
    const here = entry.position
    expect(followStep(layout, here, [here[0] + FOLLOW_SLACK / 2, here[1]])).toEqual({ kind: 'stay' })
    const near: Vec2 = formation(layout, entry, 1)[0]!.position
    expect(followStep(layout, here, near)).toEqual({ kind: 'glide', to: near })
    const other = layout.rooms[3]!.entry.position
    expect(followStep(layout, here, other).kind).toBe('jump')
  })
})

describe('bearing toward a highlighted work', () => {
  it('is zero straight ahead, positive to the left, and out of view behind', () => {
    const view = { position: [0, 0] as Vec2, yaw: 0 }
    expect(bearing(view, [0, -5]).angle).toBeCloseTo(0)
    expect(bearing(view, [0, -5]).inView).toBe(true)
    expect(bearing(view, [-5, 0]).angle).toBeCloseTo(Math.PI / 2)
    expect(bearing(view, [5, 0]).angle).toBeCloseTo(-Math.PI / 2)
    expect(bearing(view, [0, 5]).inView).toBe(false)
    expect(bearing({ position: [0, 0], yaw: Math.PI }, [0, 5]).inView).toBe(true)
  })
})
