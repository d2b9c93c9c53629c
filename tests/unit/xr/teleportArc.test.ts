import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeLayout, type Vec3 } from '../../../src/layout'
import { ARC_MAX_PITCH, aimAt, clampPitch, judgeLanding, sampleArc } from '../../../src/xr/teleportArc'
import { makeManifest } from '../fixtures/makeManifest'

// room-1 spans x 0..10, room-2 x 10..18 (z -4..4); the doorway is at x = 10, z -0.9..0.9, 2.6 m high.
const layout = computeLayout(makeManifest([{ width: 10, depth: 8 }, { width: 8, depth: 8 }]))
const hand: Vec3 = [7, 1.2, 0]

function throwAt(from: Vec3, target: Vec3) {
  const direction = aimAt(from, target)
  expect(direction, `reachable ${target}`).not.toBeNull()
  return sampleArc(layout.walls, from, direction!)
}

describe('teleport arc', () => {
  it('lands where it was aimed (aimAt inverts sampleArc)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 7.5, noNaN: true }), fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }), (d, heading) => {
        const from: Vec3 = [100, 1.3, 100] // far from every wall
        const target: Vec3 = [100 + Math.cos(heading) * d, 0, 100 + Math.sin(heading) * d]
        const arc = throwAt(from, target)
        expect(arc.wall).toBeNull()
        expect(Math.hypot(arc.landing![0] - target[0], arc.landing![2] - target[2])).toBeLessThan(1e-6)
        expect(arc.landing![1]).toBe(0)
      }),
    )
  })

  it('never starts steeper than 45°, and reaches about 8 m', () => {
    const d = clampPitch([0, 1, -0.1])
    expect(Math.atan2(d[1], Math.hypot(d[0], d[2]))).toBeCloseTo(ARC_MAX_PITCH)
    expect(aimAt([0, 1.2, 0], [0, 0, -7.5])).not.toBeNull()
    expect(aimAt([0, 1.2, 0], [0, 0, -9])).toBeNull()
  })

  it('passes a doorway below its lintel and lands in the next room', () => {
    const arc = throwAt(hand, [12.5, 0, 0])
    expect(arc.wall).toBeNull()
    const verdict = judgeLanding(layout, [7, 0], arc)
    expect(verdict).toMatchObject({ ok: true, roomId: 'room-2' })
  })

  it('is stopped by a wall, and a teleport aimed through it is refused', () => {
    const arc = throwAt(hand, [12.5, 0, -3])
    expect(arc.wall).not.toBeNull()
    expect(arc.wall!.point[0]).toBeCloseTo(10)
    expect(arc.landing).toBeNull()
    expect(judgeLanding(layout, [7, 0], arc)).toMatchObject({ ok: false, reason: 'wall' })
  })

  it('refuses a landing whose floor path crosses a wall, even when the arc flew over it', () => {
    // An arc can clear a wall's top only in a low room; judge the path on the floor anyway.
    const arc = { points: [], landing: [12.5, 0, -3] as Vec3, wall: null }
    expect(judgeLanding(layout, [7, 0], arc)).toMatchObject({ ok: false, reason: 'through-wall' })
  })

  it('refuses spots outside the rooms, against a wall, or with no floor reached', () => {
    expect(judgeLanding(layout, [7, 0], { points: [], landing: [5, 0, 20], wall: null })).toMatchObject({ ok: false, reason: 'outside' })
    expect(judgeLanding(layout, [7, 0], { points: [], landing: [5, 0, 3.9], wall: null })).toMatchObject({ ok: false, reason: 'too-close' })
    expect(judgeLanding(layout, [7, 0], { points: [], landing: null, wall: null })).toMatchObject({ ok: false, reason: 'no-floor' })
    expect(judgeLanding(layout, [7, 0], { points: [], landing: [4, 0, 1], wall: null })).toMatchObject({ ok: true, roomId: 'room-1' })
  })

  it('ends every sampled arc on the floor, on a wall, or at the time limit, never below the floor', () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), (x, y, z) => {
        fc.pre(Math.hypot(x, y, z) > 0.1)
        const arc = sampleArc(layout.walls, hand, [x, y, z])
        for (const p of arc.points) expect(p[1]).toBeGreaterThanOrEqual(-1e-9)
        if (arc.landing) expect(arc.points[arc.points.length - 1]).toEqual(arc.landing)
      }),
    )
  })
})
