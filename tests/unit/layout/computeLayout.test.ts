import { existsSync } from 'node:fs'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { CAMERA_FOV, computeLayout, LayoutError, type ArtifactPlacement } from '../../../src/layout'
import { viewFill, workCorners } from '../../../src/layout/closeUp'
import { manifestSchema } from '../../../src/manifest/schema'
import { validateManifest } from '../../../src/manifest/validate'
import { angleDiff, checkLayoutInvariants } from '../fixtures/layoutInvariants'
import { makeManifest } from '../fixtures/makeManifest'
import { fitStats, manifestArb } from '../fixtures/manifestArbitrary'
import { SHIPPED_MANIFEST, shippedManifest } from '../fixtures/shipped'

const place = (placements: ArtifactPlacement[], id: string) => {
  const p = placements.find((q) => q.artifactId === id)
  if (!p) throw new Error(`no placement for ${id}`)
  return p
}

describe('makeManifest', () => {
  it('builds manifests the schema and cross-reference checks accept', () => {
    const m = makeManifest([{ artifacts: [{ kind: 'poster', width: 60, height: 90 }] }, { artifacts: [{ kind: 'object', width: 20, height: 30, depth: 10 }] }])
    expect(manifestSchema.safeParse(m).success).toBe(true)
    expect(validateManifest(m).ok).toBe(true)
  })
})

describe('computeLayout on a hand-written gallery', () => {
  const manifest = makeManifest([
    {
      id: 'hall',
      order: 2,
      width: 12,
      depth: 9,
      height: 4.5,
      artifacts: [
        { id: 'poster-a', kind: 'poster', width: 70, height: 100 },
        { id: 'photo-b', kind: 'photograph', width: 30, height: 24 },
        { id: 'book-c', kind: 'book', width: 20, height: 28, depth: 4 },
        { id: 'vase-d', kind: 'object', width: 30, height: 45, depth: 30 },
        { id: 'painting-e', kind: 'painting', width: 120, height: 90, depth: 5 },
      ],
    },
    { id: 'foyer', order: 1, width: 8, depth: 6, height: 3.2, artifacts: [{ id: 'letter-f', kind: 'letter', width: 21, height: 29 }] },
    { id: 'study', order: 3, width: 6, depth: 10, height: 2.6, artifacts: [{ id: 'notebook-g', kind: 'notebook', width: 15, height: 21 }] },
  ])
  const layout = computeLayout(manifest)

  it('satisfies every layout invariant', () => {
    checkLayoutInvariants(manifest, layout)
  })

  it('orders rooms by `order` in a row along +x starting at x = 0', () => {
    expect(layout.rooms.map((r) => r.id)).toEqual(['foyer', 'hall', 'study'])
    expect(layout.rooms.map((r) => r.bounds.min[0])).toEqual([0, 8, 20])
    expect(layout.bounds).toEqual({ min: [0, -5], max: [26, 5] })
  })

  it('puts doorways at z = 0 in the shared walls, below the lower ceiling', () => {
    expect(layout.doorways.map((d) => [d.id, d.center])).toEqual([
      ['foyer--hall', [8, 0]],
      ['hall--study', [20, 0]],
    ])
    expect(layout.doorways[0]!.height).toBe(2.6)
    // The study is 2.6 m high, so its doorway drops to 2.3 m to keep a lintel.
    expect(layout.doorways[1]!.height).toBeCloseTo(2.3, 9)
    const lintelBottom = layout.rooms[1]!.walls.find((w) => w.side === 'east' && w.bottom > 0)!.bottom
    const hall = layout.rooms[1]!
    expect(hall.doorways.map((d) => d.id)).toEqual(['foyer--hall', 'hall--study'])
    // Two jambs and a lintel on each doorway wall; one piece on the solid walls.
    expect(hall.walls.filter((w) => w.side === 'east').map((w) => [w.a, w.b, w.bottom, w.top])).toEqual([
      [[20, -4.5], [20, -0.9], 0, 4.5],
      [[20, -0.9], [20, 0.9], lintelBottom, 4.5],
      [[20, 0.9], [20, 4.5], 0, 4.5],
    ])
    expect(hall.walls.filter((w) => w.side === 'north')).toHaveLength(1)
  })

  it('places entries just inside the west doorway, the first 1.5 m from the west wall, facing east', () => {
    expect(layout.rooms.map((r) => r.entry.position)).toEqual([
      [1.5, 0],
      [9, 0],
      [21, 0],
    ])
  })

  it('chooses mounts by kind and sizes in metres', () => {
    expect(place(layout.placements, 'poster-a')).toMatchObject({ mount: 'wall', size: [0.7, 1, 0.02] })
    expect(place(layout.placements, 'book-c')).toMatchObject({ mount: 'vitrine', size: [0.2, 0.28, 0.04], flat: true })
    const vase = place(layout.placements, 'vase-d')
    expect(vase).toMatchObject({ mount: 'plinth', size: [0.3, 0.45, 0.3] })
    expect(vase.flat).toBeUndefined()
    // Plinth brings the vase's middle to about 1.2 m.
    expect(vase.stand!.height).toBeCloseTo(0.975, 9)
    expect(vase.position[1]).toBeCloseTo(1.2, 9)
    const book = place(layout.placements, 'book-c')
    // Lying flat, the book's footprint is width × height, plus 0.25 m each way (at least 0.8 × 0.6).
    expect(book.stand!.size[0]).toBe(0.8)
    expect(book.stand!.size[1]).toBeCloseTo(0.78, 9)
    expect(book.stand!.height).toBe(0.9)
    expect(book.position[1]).toBeCloseTo(0.92, 9)
    // Thin defaults: sheets 2 cm, books and objects 0.3 of their smaller side.
    expect(place(layout.placements, 'notebook-g').size[2]).toBeCloseTo(0.045, 9)
  })

  it('hangs small wall works at 1.55 m as one group on a long wall', () => {
    const hallWall = layout.placements.filter((p) => p.roomId === 'hall' && p.mount === 'wall')
    expect(hallWall.every((p) => p.position[1] === 1.55)).toBe(true)
    expect(new Set(hallWall.map((p) => p.wall)).size).toBe(1)
    expect(['north', 'south']).toContain(hallWall[0]!.wall)
    expect(new Set(hallWall.map((p) => p.group)).size).toBe(1)
    expect(hallWall[0]!.group).toBeDefined()
  })

  it('frames every work from its viewpoint at about half the view height', () => {
    const m = makeManifest([
      {
        width: 10,
        depth: 12,
        artifacts: [
          { id: 'small', kind: 'painting', width: 120, height: 90, placement: { wall: 'north' } },
          { id: 'big', kind: 'painting', width: 300, height: 200, placement: { wall: 'south' } },
        ],
      },
    ])
    const l = computeLayout(m)
    const small = place(l.placements, 'small')
    const big = place(l.placements, 'big')
    // Straight in front, the big one seen from further back, both filling 40-70 % of the view height.
    expect(small.viewpoint.position[0]).toBeCloseTo(small.position[0], 9)
    expect(big.viewpoint.position[0]).toBeCloseTo(big.position[0], 9)
    const fromWall = (p: ArtifactPlacement) => Math.abs(p.viewpoint.position[1] - (p.wall === 'north' ? -6 : 6))
    expect(fromWall(big)).toBeGreaterThan(fromWall(small) + 0.5)
    for (const p of [...l.placements, ...layout.placements]) {
      const fill = viewFill(p.viewpoint.position, p.viewpoint.yaw, p.viewpoint.pitch, p.viewpoint.fov ?? CAMERA_FOV, workCorners(p), p.viewpoint.eyeHeight)
      expect(fill.inFront).toBe(true)
      expect(fill.height).toBeGreaterThanOrEqual(0.4)
      expect(fill.height).toBeLessThanOrEqual(0.7)
    }
    // A book in a vitrine is looked down on from the corridor side, close.
    const book = place(layout.placements, 'book-c')
    expect(book.viewpoint.position[0]).toBeCloseTo(book.position[0], 9)
    expect(Math.abs(book.viewpoint.position[1])).toBeLessThan(Math.abs(book.stand!.center[1]))
    expect(book.viewpoint.pitch).toBeLessThan(-0.3)
  })

  it('gives yaw so a wall work faces into the room and its viewer faces it', () => {
    for (const p of layout.placements.filter((q) => q.mount === 'wall')) {
      const expected = { north: 0, south: Math.PI, east: -Math.PI / 2, west: Math.PI / 2 }[p.wall!]
      expect(angleDiff(p.yaw, expected)).toBeLessThan(1e-12)
      expect(angleDiff(p.viewpoint.yaw, expected)).toBeLessThan(1e-9)
    }
  })
})

describe('explicit placement', () => {
  it('honours wall, along and height when they fit', () => {
    const m = makeManifest([
      {
        width: 10,
        depth: 8,
        height: 4,
        artifacts: [
          { id: 'a', kind: 'painting', width: 80, height: 60, placement: { wall: 'south', along: 2, height: 2 } },
          { id: 'b', kind: 'painting', width: 80, height: 60, placement: { wall: 'west', along: 3 } },
          { id: 'c', kind: 'poster', width: 60, height: 90 },
        ],
      },
    ])
    const layout = computeLayout(m)
    checkLayoutInvariants(m, layout)
    const a = place(layout.placements, 'a')
    // The south wall's left end, seen from inside, is its east end.
    expect(a.wall).toBe('south')
    expect(a.position[0]).toBeCloseTo(8, 9)
    expect(a.position[1]).toBe(2)
    const b = place(layout.placements, 'b')
    expect(b.wall).toBe('west')
    expect(b.position[2]).toBeCloseTo(1, 9)
  })

  it('honours floor positions when valid and turns the work toward the corridor', () => {
    const m = makeManifest([{ width: 10, depth: 10, artifacts: [{ id: 'v', kind: 'object', width: 30, height: 40, depth: 30, placement: { floor: [3, 8] } }] }])
    const layout = computeLayout(m)
    checkLayoutInvariants(m, layout)
    const v = place(layout.placements, 'v')
    expect(v.stand!.center).toEqual([3, 3])
    expect(angleDiff(v.yaw, Math.PI)).toBeLessThan(1e-12)
  })

  it('falls back to automatic placement, without overlap, when a wish does not fit', () => {
    const m = makeManifest([
      {
        width: 10,
        depth: 8,
        artifacts: [
          { id: 'a', kind: 'painting', width: 100, height: 80, placement: { wall: 'north', along: 5 } },
          // Same spot: collides with a.
          { id: 'b', kind: 'painting', width: 100, height: 80, placement: { wall: 'north', along: 5.5 } },
          // Past the wall's end.
          { id: 'c', kind: 'painting', width: 100, height: 80, placement: { wall: 'north', along: 40 } },
          // In the corridor, which must stay free.
          { id: 'd', kind: 'object', width: 30, height: 40, placement: { floor: [5, 4] } },
        ],
      },
      { width: 8, depth: 8, artifacts: [{ id: 'e', kind: 'poster', width: 60, height: 90, placement: { wall: 'west', along: 4 } }] },
    ])
    const layout = computeLayout(m)
    checkLayoutInvariants(m, layout)
    expect(place(layout.placements, 'a').position[0]).toBeCloseTo(5, 9)
    expect(place(layout.placements, 'b').position[0]).not.toBeCloseTo(5.5, 3)
    // A wall that was asked for is kept when the spot on it is not.
    expect(place(layout.placements, 'c').wall).toBe('north')
    expect(Math.abs(place(layout.placements, 'd').stand!.center[1])).toBeGreaterThan(1.2)
    // The doorway is in the middle of the west wall, so e cannot hang there.
    expect(Math.abs(place(layout.placements, 'e').position[2])).toBeGreaterThan(1.3)
  })

  it('clamps an asked-for height so the work stays clear of floor and ceiling', () => {
    const m = makeManifest([
      {
        height: 3,
        artifacts: [
          { id: 'low', kind: 'painting', width: 50, height: 60, placement: { height: 0.5 } },
          { id: 'high', kind: 'painting', width: 50, height: 60, placement: { height: 2.9 } },
          // Taller than the band between 0.4 m and the ceiling gap: the ceiling gap wins.
          { id: 'huge', kind: 'painting', width: 120, height: 250 },
        ],
      },
    ])
    const layout = computeLayout(m)
    checkLayoutInvariants(m, layout)
    expect(place(layout.placements, 'low').position[1]).toBeCloseTo(0.7, 9)
    expect(place(layout.placements, 'high').position[1]).toBeCloseTo(2.4, 9)
    expect(place(layout.placements, 'huge').position[1] + 1.25).toBeCloseTo(2.7, 9)
  })
})

describe('overfull rooms', () => {
  it('throws naming the room and how many did not fit, rather than overlapping', () => {
    const posters = Array.from({ length: 20 }, () => ({ kind: 'poster' as const, width: 80, height: 120 }))
    const m = makeManifest([{ id: 'tiny', width: 5, depth: 5, artifacts: posters }, { id: 'fine', artifacts: posters.slice(0, 2) }])
    let error: unknown
    try {
      computeLayout(m)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(LayoutError)
    const e = error as LayoutError
    expect(e.rooms.map((r) => r.roomId)).toEqual(['tiny'])
    const n = e.rooms[0]!.unplaced.length
    expect(n).toBeGreaterThan(0)
    expect(e.message).toContain(`room "tiny": ${n} of 20 artifacts did not fit`)
  })

  it('throws for a work taller than the room', () => {
    const m = makeManifest([{ id: 'low', height: 2.6, artifacts: [{ id: 'banner', kind: 'poster', width: 100, height: 300 }] }])
    expect(() => computeLayout(m)).toThrow(/room "low": 1 of 1 artifacts did not fit: "banner" \(3\.00 m tall/)
  })

  it('throws for an artifact in a room that does not exist', () => {
    const m = makeManifest([{ artifacts: [{ kind: 'poster', width: 50, height: 70 }] }])
    m.artifacts[0]!.room = 'nowhere'
    expect(() => computeLayout(m)).toThrow(/refers to room "nowhere"/)
  })

  it('keeps one long wall bare when a shallow room needs its floor for stands', () => {
    const posters = Array.from({ length: 4 }, () => ({ kind: 'poster' as const, width: 60, height: 90 }))
    const m = makeManifest([{ width: 10, depth: 5.5, artifacts: [...posters, { id: 'vase', kind: 'object', width: 30, height: 40, depth: 30 }] }])
    const layout = computeLayout(m)
    checkLayoutInvariants(m, layout)
    const vaseSide = place(layout.placements, 'vase').stand!.center[1] < 0 ? 'north' : 'south'
    expect(layout.placements.filter((p) => p.wall === vaseSide)).toHaveLength(0)
  })

  it('fits a full but feasible room without complaint', () => {
    // 8 m wall, 0.5 m corners: 7 m usable per long wall holds four 1.2 m frames with 0.3 m gaps.
    const works = Array.from({ length: 8 }, () => ({ kind: 'painting' as const, width: 104, height: 80 }))
    const m = makeManifest([{ width: 8, depth: 5, artifacts: works }])
    const layout = computeLayout(m)
    checkLayoutInvariants(m, layout)
    const count = (side: string) => layout.placements.filter((p) => p.wall === side).length
    // The long walls take the most; the end walls take the overflow.
    expect(count('north')).toBeGreaterThanOrEqual(Math.max(count('east'), count('west')))
    expect(count('south')).toBeGreaterThanOrEqual(Math.max(count('east'), count('west')))
  })
})

describe('computeLayout on generated manifests', () => {
  afterAll(() => {
    // The generator should mostly make manifests that fit; otherwise the properties say little.
    expect(fitStats.generated).toBeGreaterThan(0)
    expect(fitStats.dropped / fitStats.generated).toBeLessThan(0.25)
  })

  it('keeps every invariant', () => {
    fc.assert(
      fc.property(manifestArb, (manifest) => {
        checkLayoutInvariants(manifest, computeLayout(manifest))
      }),
      { numRuns: 300 },
    )
    // Generous: 300 generated galleries on a shared machine.
  }, 180_000)

  it('is deterministic', () => {
    fc.assert(
      fc.property(manifestArb, (manifest) => {
        expect(computeLayout(manifest)).toEqual(computeLayout(manifest))
      }),
      { numRuns: 30 },
    )
  })
})

describe('the shipped exhibition', () => {
  // Reported as skipped (not silently passed) until content/exhibition.json exists.
  it.skipIf(!existsSync(SHIPPED_MANIFEST))('lays out with every invariant', () => {
    const manifest = shippedManifest()
    checkLayoutInvariants(manifest, computeLayout(manifest))
  })
})

describe('viewpoints in the shipped exhibition', () => {
  it('see every wall work over no stand, so no object on a plinth hides it', async () => {
    const { segmentBlocked } = await import('../../../src/layout')
    const layout = computeLayout(shippedManifest())
    const hidden = layout.placements
      .filter((p) => p.mount === 'wall')
      .filter((p) => segmentBlocked(layout, p.viewpoint.position, [p.position[0], p.position[2]], { obstacles: true }))
      .map((p) => p.artifactId)
    expect(hidden).toEqual([])
  })
})
