/**
 * Curation properties of the layout: works hang in groups or alone as centrepieces, nothing
 * overlaps on a wall, graphics fill the walls, lights sit over works, close-ups fill the view.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CAMERA_FOV,
  CLOSE_UP_EYE_MIN,
  computeLayout,
  EYE_HEIGHT,
  FRAME_MARGIN,
  GROUP_GAP_LARGE,
  GROUP_GAP_SMALL,
  LONE_WORK_MAX_WALL,
  MIN_GRAPHIC_STRETCH,
  type ArtifactPlacement,
  type GalleryLayout,
} from '../../../src/layout'
import { viewFill, workCorners } from '../../../src/layout/closeUp'
import { graphicReserves } from '../../../src/layout/graphics'
import { buildShells, type RoomShell } from '../../../src/layout/roomShell'
import { carve } from '../../../src/layout/slots'
import { usableStretches } from '../../../src/layout/wallRules'
import type { Manifest, WallSide } from '../../../src/manifest/schema'
import { manifestArb } from '../fixtures/manifestArbitrary'
import { shippedManifest } from '../fixtures/shipped'

const EPS = 1e-6
const SIDES: WallSide[] = ['north', 'east', 'south', 'west']
const SMALL = new Set(['photograph', 'document', 'letter'])

/** A rectangle on one wall: along the wall from its left end, and up from the floor. */
interface WallRect {
  id: string
  a0: number
  a1: number
  y0: number
  y1: number
}

function alongOf(shell: RoomShell, side: WallSide, x: number, z: number): number {
  const f = shell.frames[side]
  return (x - f.a[0]) * f.dir[0] + (z - f.a[1]) * f.dir[1]
}

/** Works (with frames), labels and graphics on each wall of a room, and the doorway openings. */
function wallRects(layout: GalleryLayout, shell: RoomShell): Record<WallSide, { things: WallRect[]; doors: WallRect[] }> {
  const out = Object.fromEntries(SIDES.map((s) => [s, { things: [] as WallRect[], doors: [] as WallRect[] }])) as Record<WallSide, { things: WallRect[]; doors: WallRect[] }>
  const room = layout.rooms.find((r) => r.id === shell.room.id)!
  for (const p of layout.placements.filter((q) => q.roomId === room.id && q.mount === 'wall')) {
    const c = alongOf(shell, p.wall!, p.position[0], p.position[2])
    const [w, h] = p.size
    out[p.wall!].things.push({ id: p.artifactId, a0: c - w / 2 - FRAME_MARGIN, a1: c + w / 2 + FRAME_MARGIN, y0: p.position[1] - h / 2 - FRAME_MARGIN, y1: p.position[1] + h / 2 + FRAME_MARGIN })
    const l = p.label
    const lc = alongOf(shell, p.wall!, l.position[0], l.position[2])
    out[p.wall!].things.push({ id: `label:${p.artifactId}`, a0: lc - l.size[0] / 2, a1: lc + l.size[0] / 2, y0: l.position[1] - l.size[1] / 2, y1: l.position[1] + l.size[1] / 2 })
  }
  for (const g of room.graphics) {
    const c = alongOf(shell, g.wall, g.position[0], g.position[2])
    out[g.wall].things.push({ id: g.id, a0: c - g.size[0] / 2, a1: c + g.size[0] / 2, y0: g.position[1] - g.size[1] / 2, y1: g.position[1] + g.size[1] / 2 })
  }
  for (const side of SIDES) {
    for (const o of shell.frames[side].openings) out[side].doors.push({ id: o.doorway.id, a0: o.from, a1: o.to, y0: 0, y1: o.doorway.height })
  }
  return out
}

const overlaps = (p: WallRect, q: WallRect) => p.a0 < q.a1 - EPS && q.a0 < p.a1 - EPS && p.y0 < q.y1 - EPS && q.y0 < p.y1 - EPS

function checkCuration(manifest: Manifest, layout: GalleryLayout): void {
  const { shells } = buildShells(manifest.rooms)
  const kind = new Map(manifest.artifacts.map((a) => [a.id, a.kind]))
  for (const shell of shells) {
    const room = layout.rooms.find((r) => r.id === shell.room.id)!
    const here = layout.placements.filter((p) => p.roomId === room.id)
    const rects = wallRects(layout, shell)

    for (const side of SIDES) {
      const { things, doors } = rects[side]
      const f = shell.frames[side]
      for (const t of things) {
        // Nothing over a doorway, nothing past the wall's ends, nothing on top of anything else.
        for (const d of doors) expect(overlaps(t, d), `${t.id} over ${d.id}`).toBe(false)
        expect(t.a0).toBeGreaterThanOrEqual(-EPS)
        expect(t.a1).toBeLessThanOrEqual(f.length + EPS)
        expect(t.y1).toBeLessThanOrEqual(room.height + EPS)
        for (const u of things) if (u !== t) expect(overlaps(t, u), `${t.id} overlaps ${u.id}`).toBe(false)
      }

      // No small work alone on a long stretch while a shorter stretch could have taken it.
      const stretches = usableStretches(shell, side)
      const works = here.filter((p) => p.mount === 'wall' && p.wall === side)
      for (const iv of stretches) {
        const on = works.filter((p) => {
          const c = alongOf(shell, side, p.position[0], p.position[2])
          return c >= iv.start - EPS && c <= iv.end + EPS
        })
        if (on.length !== 1 || iv.end - iv.start <= LONE_WORK_MAX_WALL) continue
        // A graphic beside it (a title wall, a text panel) is company.
        const company = room.graphics.some((g) => g.wall === side && g.kind !== 'band' && (() => {
          const c = alongOf(shell, side, g.position[0], g.position[2])
          return c >= iv.start - EPS && c <= iv.end + EPS
        })())
        if (company) continue
        const lone = on[0]!
        if (lone.centrepiece || manifest.artifacts.find((a) => a.id === lone.artifactId)!.placement?.wall !== undefined) continue
        const need = lone.size[0] + 2 * FRAME_MARGIN
        // Only walls that hang works count: a bare one may be kept bare so the floor can hold the stands.
        const hung = SIDES.filter((s) => here.some((p) => p.mount === 'wall' && p.wall === s))
        const emptyShorter = hung.flatMap((s) =>
          usableStretches(shell, s)
            .filter((o) => o.end - o.start <= LONE_WORK_MAX_WALL && o.end - o.start >= need)
            .filter((o) => !here.some((p) => p.mount === 'wall' && p.wall === s && (() => {
              const c = alongOf(shell, s, p.position[0], p.position[2])
              return c >= o.start - EPS && c <= o.end + EPS
            })())),
        )
        expect(emptyShorter, `${lone.artifactId} alone on a ${(iv.end - iv.start).toFixed(1)} m wall`).toEqual([])
      }
    }

    // Groups: one wall, one centre line, even gaps in the order they hang.
    const groups = new Map<string, ArtifactPlacement[]>()
    for (const p of here) if (p.group) groups.set(p.group, [...(groups.get(p.group) ?? []), p])
    for (const [id, members] of groups) {
      expect(members.length, id).toBeGreaterThan(1)
      expect(new Set(members.map((m) => m.wall)).size).toBe(1)
      const side = members[0]!.wall!
      const heights = new Set(members.map((m) => m.position[1].toFixed(6)))
      const explicitHeight = members.some((m) => manifest.artifacts.find((a) => a.id === m.artifactId)!.placement?.height !== undefined)
      if (!explicitHeight) expect(heights.size, `${id} centre line`).toBe(1)
      const spans = members
        .map((m) => {
          const c = alongOf(shell, side, m.position[0], m.position[2])
          return { a0: c - m.size[0] / 2 - FRAME_MARGIN, a1: c + m.size[0] / 2 + FRAME_MARGIN, kind: kind.get(m.artifactId)! }
        })
        .sort((p, q) => p.a0 - q.a0)
      for (let i = 1; i < spans.length; i++) {
        const want = SMALL.has(spans[i]!.kind) && SMALL.has(spans[i - 1]!.kind) ? GROUP_GAP_SMALL : GROUP_GAP_LARGE
        expect(spans[i]!.a0 - spans[i - 1]!.a1).toBeCloseTo(want, 6)
      }
    }

    // A centrepiece hangs alone, centred on its stretch of wall.
    for (const p of here.filter((q) => q.centrepiece)) {
      const side = p.wall!
      const c = alongOf(shell, side, p.position[0], p.position[2])
      const iv = usableStretches(shell, side).find((o) => c >= o.start - EPS && c <= o.end + EPS)!
      const others = here.filter((q) => q !== p && q.mount === 'wall' && q.wall === side).filter((q) => {
        const d = alongOf(shell, side, q.position[0], q.position[2])
        return d >= iv.start - EPS && d <= iv.end + EPS
      })
      expect(others).toEqual([])
      // Centred on the stretch, or on what the graphics' reservations left of it.
      let left = [iv]
      for (const r of graphicReserves(shell).filter((g) => g.side === side)) left = carve(left, r.start, r.end)
      const centres = [iv, ...left.filter((o) => c >= o.start - EPS && c <= o.end + EPS)].map((o) => (o.start + o.end) / 2)
      expect(Math.min(...centres.map((m) => Math.abs(m - c))), p.artifactId).toBeLessThan(1e-6)
    }

    // A picture light over each wall work, a spot over each stand, inside the room.
    for (const p of here) {
      const light = room.lights.find((l) => l.for === p.artifactId)
      expect(light, p.artifactId).toBeDefined()
      expect(light!.kind).toBe(p.mount === 'wall' ? 'picture' : 'spot')
      expect(light!.position[1]).toBeGreaterThan(p.position[1] + p.size[1] / 2 - EPS)
      expect(light!.position[1]).toBeLessThanOrEqual(room.height + EPS)
      expect(light!.target).toEqual(p.position)
      expect(light!.position[0]).toBeGreaterThan(room.bounds.min[0])
      expect(light!.position[0]).toBeLessThan(room.bounds.max[0])
    }

    // Every close-up fills 40-70 % of the view height, at the camera's field of view or the one the viewpoint asks for.
    for (const p of here) {
      const v = p.viewpoint
      const fill = viewFill(v.position, v.yaw, v.pitch, v.fov ?? CAMERA_FOV, workCorners(p), v.eyeHeight)
      expect(fill.inFront, p.artifactId).toBe(true)
      expect(fill.height, p.artifactId).toBeGreaterThanOrEqual(0.4)
      expect(fill.height, p.artifactId).toBeLessThanOrEqual(0.7)
      // A bent visitor stays within what a person does: down to CLOSE_UP_EYE_MIN, never on tiptoe.
      expect(v.eyeHeight ?? EYE_HEIGHT, p.artifactId).toBeGreaterThanOrEqual(CLOSE_UP_EYE_MIN - EPS)
      expect(v.eyeHeight ?? EYE_HEIGHT, p.artifactId).toBeLessThanOrEqual(EYE_HEIGHT)
    }
  }
}

describe('curation on generated manifests', () => {
  it('groups, centrepieces, graphics, lights and close-ups keep their rules', () => {
    fc.assert(
      fc.property(manifestArb, (manifest) => checkCuration(manifest, computeLayout(manifest))),
      { numRuns: 120 },
    )
  })
})

describe('curation of the shipped exhibition', () => {
  const manifest = shippedManifest()
  const layout = computeLayout(manifest)

  it('keeps the curation rules', () => checkCuration(manifest, layout))

  it('has rooms in the proportions of halls, 1:1 to 1:2, with hall ceilings', () => {
    for (const r of layout.rooms) {
      const ratio = Math.max(r.width, r.depth) / Math.min(r.width, r.depth)
      expect(ratio, r.id).toBeLessThanOrEqual(2)
      expect(r.height).toBeGreaterThanOrEqual(4.5)
      expect(r.height).toBeLessThanOrEqual(6)
    }
  })

  it('leaves no wall of a chapter room bare: every stretch carries a work or a graphic', () => {
    const { shells } = buildShells(manifest.rooms)
    for (const shell of shells) {
      const room = layout.rooms.find((r) => r.id === shell.room.id)!
      const rects = wallRects(layout, shell)
      for (const side of SIDES) {
        for (const iv of usableStretches(shell, side)) {
          if (iv.end - iv.start < MIN_GRAPHIC_STRETCH) continue
          const used = rects[side].things.some((t) => t.a0 < iv.end && t.a1 > iv.start && t.y0 < 2.5)
          expect(used, `${room.id} ${side} wall ${iv.start.toFixed(1)}-${iv.end.toFixed(1)} m`).toBe(true)
        }
      }
      expect(room.graphics.some((g) => g.kind === 'intro'), `${room.id} has its text panel`).toBe(true)
    }
  })

  it('bends to each upright work on a stand, looking down at it no steeper than 20°, the work filling 40-70 % of the view', () => {
    const upright = layout.placements.filter((p) => p.mount !== 'wall' && !p.flat)
    expect(upright.length).toBeGreaterThan(0)
    for (const p of upright) {
      const v = p.viewpoint
      expect(v.pitch, p.artifactId).toBeGreaterThan((-20 * Math.PI) / 180)
      const fill = viewFill(v.position, v.yaw, v.pitch, v.fov ?? CAMERA_FOV, workCorners(p), v.eyeHeight)
      expect(fill.inFront, p.artifactId).toBe(true)
      expect(fill.height, p.artifactId).toBeGreaterThanOrEqual(0.4)
      expect(fill.height, p.artifactId).toBeLessThanOrEqual(0.7)
    }
    // Small objects close to the eye are where standing would peer down: those visitors bend.
    expect(upright.filter((p) => (p.viewpoint.eyeHeight ?? EYE_HEIGHT) < EYE_HEIGHT - 0.1).length).toBeGreaterThan(upright.length / 2)
    // A book or paper lying in a vitrine is read from above, standing.
    for (const p of layout.placements.filter((q) => q.flat)) {
      expect(p.viewpoint.eyeHeight, p.artifactId).toBeUndefined()
      expect(p.viewpoint.pitch, p.artifactId).toBeLessThan((-30 * Math.PI) / 180)
    }
  })

  it('hangs the small works of each room in groups, not one by one', () => {
    for (const room of layout.rooms) {
      const small = layout.placements.filter((p) => p.roomId === room.id && p.mount === 'wall' && !p.centrepiece)
      const alone = small.filter((p) => !p.group)
      expect(alone.map((p) => p.artifactId), room.id).toEqual(small.length > 1 ? [] : alone.map((p) => p.artifactId))
    }
  })
})
