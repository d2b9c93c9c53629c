import { describe, expect, it } from 'vitest'
import { fitLabel, measure, wrap } from '../../../src/ui/mapLabel'
import { markerTransform, planFrame, planMinSize, planScrollFor, PLAN_ROOM_MIN_PX } from '../../../src/ui/mapMarker'
import { roomSequence } from '../../../src/layout/roomSequence'

describe('floor plan labels', () => {
  it('measures CJK wider than Latin', () => {
    expect(measure('展厅')).toBe(2)
    expect(measure('ab')).toBeCloseTo(1.12)
  })

  it('wraps at spaces, and anywhere in Chinese', () => {
    expect(wrap('When the East Met the East', 6)).toEqual(['When the', 'East Met', 'the East'])
    expect(wrap('When the East Met the East', 10)).toEqual(['When the East Met', 'the East'])
    expect(wrap('东方与东方相遇的时候', 4)).toEqual(['东方与东', '方相遇的', '时候'])
  })

  it('keeps Chinese punctuation with the character before it', () => {
    expect(wrap('知识，桥梁', 2)).toEqual(['知识，', '桥梁'])
  })

  it('fits a title into a room, shrinking it when needed', () => {
    const big = fitLabel('Entrance hall', 20, 12)
    expect(big.fontSize).toBeCloseTo(1.2)
    expect(big.lines).toEqual(['Entrance hall'])
    const small = fitLabel('Rediscovering a Forgotten Legacy', 6, 6)
    expect(small.fontSize).toBeLessThan(1.2)
    for (const line of small.lines) expect(measure(line) * small.fontSize).toBeLessThanOrEqual(6 * 0.86)
  })
})

describe('visitor marker', () => {
  it('points up (north, -z) at yaw 0', () => {
    expect(markerTransform(1, 2, 0)).toBe('translate(1.000 2.000) rotate(0.00)')
  })

  it('turns counter-clockwise on screen for a positive yaw (a left turn, toward -x)', () => {
    // SVG's rotate(a) (y down) takes the arrow (0, -1) to (sin a, -cos a); three.js's rotation.y = yaw
    // takes the view (0, 0, -1) to (-sin yaw, -cos yaw) in (x, z). The marker must point where the view does.
    for (const yaw of [0.7, Math.PI / 2, -2.1, 3]) {
      const match = /^translate\(0\.000 0\.000\) rotate\((-?\d+\.\d+)\)$/.exec(markerTransform(0, 0, yaw))
      expect(match).not.toBeNull()
      const a = (Number(match![1]) * Math.PI) / 180
      expect(Math.sin(a)).toBeCloseTo(-Math.sin(yaw), 3)
      expect(-Math.cos(a)).toBeCloseTo(-Math.cos(yaw), 3)
    }
  })
})

describe('previous / next within a room', () => {
  const artifacts = [
    { id: 'a', room: 'one' },
    { id: 'b', room: 'two' },
    { id: 'c', room: 'one' },
    { id: 'd', room: 'one' },
  ]

  it('follows manifest order and wraps', () => {
    const first = roomSequence(artifacts, artifacts[0]!)
    expect(first).toMatchObject({ index: 0, total: 3 })
    expect(first.previous.id).toBe('d')
    expect(first.next.id).toBe('c')
    const last = roomSequence(artifacts, artifacts[3]!)
    expect(last.next.id).toBe('a')
  })

  it('keeps a lone artifact as its own neighbour', () => {
    const lone = roomSequence(artifacts, artifacts[1]!)
    expect(lone).toMatchObject({ index: 0, total: 1 })
    expect(lone.next.id).toBe('b')
  })
})

describe('floor plan size on small screens', () => {
  const bounds = { min: [0, -6], max: [100, 6] }
  const rooms = [
    { width: 16, depth: 12 },
    { width: 12, depth: 9 },
  ]

  it('frames the gallery with a margin of four units', () => {
    const f = planFrame(bounds)
    expect(f.unit).toBeCloseTo(1.25)
    expect([f.x, f.y, f.width, f.height]).toEqual([-5, -11, 110, 22])
  })

  it('is drawn at least so large that the smallest room side is a finger target', () => {
    const f = planFrame(bounds)
    const least = planMinSize(f, rooms)
    // 9 m is the smallest side: drawn at the least size it spans PLAN_ROOM_MIN_PX or more.
    expect((9 / f.width) * least.width).toBeGreaterThanOrEqual(PLAN_ROOM_MIN_PX)
    expect((9 / f.height) * least.height).toBeGreaterThanOrEqual(PLAN_ROOM_MIN_PX)
    expect((9 / f.width) * (least.width - 2)).toBeLessThan(PLAN_ROOM_MIN_PX)
  })

  it('scrolls to centre a room, never past either end', () => {
    expect(planScrollFor(50, -5, 110, 600, 300)).toBeCloseTo((55 / 110) * 600 - 150)
    expect(planScrollFor(0, -5, 110, 600, 300)).toBe(0)
    expect(planScrollFor(100, -5, 110, 600, 300)).toBe(300)
  })
})
