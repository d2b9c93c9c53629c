import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeLayout, roomAt, segmentBlocked, yawToward, type Vec2, type Vec3 } from '../../../src/layout'
import { placePanel, PANEL_DISTANCE } from '../../../src/xr/panelPlacement'
import { CAP_HEIGHT_RATIO, TYPE } from '../../../src/xr/panelCanvas'
import { makeManifest } from '../fixtures/makeManifest'
import { readFileSync } from 'node:fs'

/** Cap height over units per em, read from a TrueType font's `head` and `OS/2` tables. */
function capHeightRatio(file: string): number {
  const font = readFileSync(new URL(`../../../node_modules/${file}`, import.meta.url))
  const tables = new Map<string, number>()
  for (let i = 0; i < font.readUInt16BE(4); i++) tables.set(font.toString('latin1', 12 + 16 * i, 16 + 16 * i), font.readUInt32BE(20 + 16 * i))
  const unitsPerEm = font.readUInt16BE(tables.get('head')! + 18)
  const os2 = tables.get('OS/2')!
  expect(font.readUInt16BE(os2)).toBeGreaterThanOrEqual(2) // sCapHeight exists from version 2
  return font.readInt16BE(os2 + 88) / unitsPerEm
}

const layout = computeLayout(
  makeManifest([
    { width: 10, depth: 8, artifacts: [{ kind: 'poster', width: 60, height: 90 }, { kind: 'object', width: 30, height: 40, depth: 30 }, { kind: 'painting', width: 120, height: 80 }] },
    { width: 8, depth: 8 },
  ]),
)
const PANEL = { width: 0.72, height: 1.1 }
const angle = (v: Vec2) => Math.atan2(-v[0], -v[1])

describe('in-world panel', () => {
  it('sets body text whose capitals stand at least 12 mm tall (read from 1 m), measured in the font it uses', () => {
    // The panel sets its small text in Noto Sans SC; its capitals' height comes from the font file.
    const ratio = capHeightRatio('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')
    expect(Math.abs(ratio - CAP_HEIGHT_RATIO)).toBeLessThan(0.02)
    for (const size of [TYPE.body, TYPE.meta, TYPE.hint, TYPE.counter]) expect(size * ratio).toBeGreaterThanOrEqual(0.012)
  })

  it('floats about 1 m from the visitor, beside each work as seen from its viewpoint, facing the visitor, inside the room', () => {
    for (const p of layout.placements) {
      const head: Vec3 = [p.viewpoint.position[0], 1.6, p.viewpoint.position[1]]
      const spot = placePanel(layout, head, { position: p.position, width: p.size[0] }, PANEL)
      const h: Vec2 = [head[0], head[2]]
      const c: Vec2 = [spot.position[0], spot.position[2]]
      const distance = Math.hypot(c[0] - h[0], c[1] - h[1])
      expect(distance).toBeLessThanOrEqual(PANEL_DISTANCE + 1e-9)
      expect(distance).toBeGreaterThanOrEqual(0.7 - 1e-9)
      expect(roomAt(layout, c)).toBe(p.roomId)
      expect(segmentBlocked(layout, h, c)).toBe(false)
      // Turned to face the visitor: its normal (+z after yaw) points back at the head.
      expect(Math.abs(spot.yaw - yawToward(h, c))).toBeLessThan(1e-9)
      // Beside, not over, the work: their directions from the eye differ by more than both half-widths.
      if (spot.side !== 'front') {
        const toWork = angle([p.position[0] - h[0], p.position[2] - h[1]])
        const toPanel = angle([c[0] - h[0], c[1] - h[1]])
        const apart = Math.abs(Math.atan2(Math.sin(toWork - toPanel), Math.cos(toWork - toPanel)))
        const dWork = Math.hypot(p.position[0] - h[0], p.position[2] - h[1])
        expect(apart).toBeGreaterThan(Math.atan2(p.size[0] / 2, dWork) + Math.atan2(PANEL.width / 2, distance))
      }
      // Its top not far above the eye, its foot off the floor.
      expect(spot.position[1] + PANEL.height / 2).toBeLessThanOrEqual(head[1] + 0.35 + 1e-9)
      expect(spot.position[1] - PANEL.height / 2).toBeGreaterThanOrEqual(0.35 - 1e-9)
    }
  })

  it('always finds a place inside the room, wherever the visitor stands', () => {
    const room = layout.rooms[0]!
    fc.assert(
      fc.property(fc.double({ min: 0.4, max: 9.6, noNaN: true }), fc.double({ min: -3.6, max: 3.6, noNaN: true }), (x, z) => {
        for (const p of layout.placements) {
          const spot = placePanel(layout, [x, 1.6, z], { position: p.position, width: p.size[0] }, PANEL)
          if (spot.side !== 'front') expect(roomAt(layout, [spot.position[0], spot.position[2]])).toBe(room.id)
        }
      }),
    )
  })
})

describe('panel type for Chinese', () => {
  it('recognises mostly-Chinese text, not a Latin text with a Chinese name in it', async () => {
    const { isCjk } = await import('../../../src/xr/panelCanvas')
    expect(isCjk('1954年，北京一座新建的展览馆落成。')).toBe(true)
    expect(isCjk('The slogan 苏联的今天就是我们的明天 was painted on walls across the country in the 1950s.')).toBe(false)
  })
})
