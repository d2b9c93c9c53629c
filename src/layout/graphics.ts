/**
 * Wall graphics made for the exhibition and the lights over works: a chapter title over the far
 * doorway, the room's text panel by the entrance, an enlarged photograph on an empty wall,
 * slogan banners beside the doorways and a slogan band under the cornice. Places only; the words
 * and pictures come from the manifest.
 */
import type { Room, WallSide } from '../manifest/schema'
import {
  BAND_CORNICE_GAP,
  BAND_HEIGHT,
  FRAME_MARGIN,
  GRAPHIC_GAP,
  INTRO_PANEL_HEIGHT,
  INTRO_PANEL_WIDTH,
  MIN_GRAPHIC_STRETCH,
  PICTURE_LIGHT_ABOVE,
  PICTURE_LIGHT_OUT,
  WALL_CORNER_MARGIN,
  WALL_WORK_CENTRE_HEIGHT,
} from './constants'
import { yawAlong } from './geometry'
import { pointAlong, type RoomShell, type WallFrame } from './roomShell'
import { carve, type Interval } from './slots'
import type { ArtifactPlacement, RoomLight, Vec3, WallGraphic } from './types'
import { usableStretches } from './wallRules'

/** Graphics stand this far proud of the wall. */
const GRAPHIC_OUT = 0.015

/** The text panel's centre: a little above the works' centre line, so its first lines read at eye level. */
const INTRO_CENTRE = WALL_WORK_CENTRE_HEIGHT + 0.35

/** A stretch kept for a graphic, along one wall. */
export interface Reserve {
  side: WallSide
  start: number
  end: number
}

function eastDoorHeight(shell: RoomShell): number | null {
  const o = shell.frames.east.openings[0]
  return o ? o.doorway.height : null
}

/** The title wall: over the far doorway, or centred on the east wall of a room without one (which keeps that stretch free of works). */
function titleRect(shell: RoomShell): { along: number; bottom: number; width: number; height: number } | null {
  const door = eastDoorHeight(shell)
  const { height: roomHeight, depth } = shell.layout
  const bottom = door !== null ? door + 0.85 : 1.1
  const height = Math.min(roomHeight - 0.45 - bottom, 2.6)
  if (height < 0.6) return null
  return { along: shell.frames.east.length / 2, bottom, width: Math.min(depth * 0.5, height * 2.4), height }
}

function introRect(shell: RoomShell): Reserve | null {
  const f = shell.frames.north
  const start = WALL_CORNER_MARGIN + 0.5
  const end = start + INTRO_PANEL_WIDTH
  const top = INTRO_CENTRE + INTRO_PANEL_HEIGHT / 2
  return end + GRAPHIC_GAP <= f.length - WALL_CORNER_MARGIN && shell.layout.height >= top + BAND_CORNICE_GAP ? { side: 'north', start, end } : null
}

/** Stretches to keep for graphics while hanging works (given up if the works need them). */
export function graphicReserves(shell: RoomShell): Reserve[] {
  const out: Reserve[] = []
  const intro = introRect(shell)
  if (intro) out.push({ ...intro, start: intro.start - GRAPHIC_GAP, end: intro.end + GRAPHIC_GAP })
  const title = titleRect(shell)
  if (title && eastDoorHeight(shell) === null) out.push({ side: 'east', start: title.along - title.width / 2 - GRAPHIC_GAP, end: title.along + title.width / 2 + GRAPHIC_GAP })
  return out
}

function graphicAt(f: WallFrame, id: string, kind: WallGraphic['kind'], along: number, bottom: number, width: number, height: number, part?: number): WallGraphic {
  const [x, z] = pointAlong(f, along, GRAPHIC_OUT)
  return { id, kind, wall: f.side, position: [x, bottom + height / 2, z], yaw: yawAlong(f.normal), size: [width, height], ...(part === undefined ? {} : { part }) }
}

/** Span of a wall work along its wall (frame included). */
function spanOf(f: WallFrame, p: ArtifactPlacement): [number, number] {
  const along = (p.position[0] - f.a[0]) * f.dir[0] + (p.position[2] - f.a[1]) * f.dir[1]
  return [along - p.size[0] / 2 - FRAME_MARGIN, along + p.size[0] / 2 + FRAME_MARGIN]
}

function graphicSpan(f: WallFrame, g: WallGraphic): [number, number] {
  const along = (g.position[0] - f.a[0]) * f.dir[0] + (g.position[2] - f.a[1]) * f.dir[1]
  return [along - g.size[0] / 2, along + g.size[0] / 2]
}

const overlapsSpan = (s: [number, number], a: number, b: number) => s[0] < b && s[1] > a

/**
 * The title over a doorway narrows to the clear stretch between works hung high enough beside
 * the doorway to reach its height (it stays centred on the doorway); 0 when a work crosses the centre.
 */
function titleWidthBesideWorks(f: WallFrame, title: { along: number; bottom: number; width: number; height: number }, works: ArtifactPlacement[]): number {
  let half = title.width / 2
  for (const w of works) {
    if (w.mount !== 'wall' || w.wall !== f.side) continue
    const top = w.position[1] + w.size[1] / 2 + FRAME_MARGIN
    const bottom = w.position[1] - w.size[1] / 2 - FRAME_MARGIN
    if (top <= title.bottom || bottom >= title.bottom + title.height) continue
    const [a, b] = spanOf(f, w)
    if (a < title.along && b > title.along) return 0
    half = Math.min(half, (b <= title.along ? title.along - b : a - title.along) - GRAPHIC_GAP)
  }
  return Math.max(0, half * 2)
}

/** Places the room's graphics around its hung works. */
export function placeGraphics(shell: RoomShell, room: Room, works: ArtifactPlacement[]): WallGraphic[] {
  const id = room.id
  const graphics: WallGraphic[] = []
  const height = shell.layout.height
  const free = {} as Record<WallSide, Interval[]>
  for (const side of ['north', 'east', 'south', 'west'] as const) {
    let list = usableStretches(shell, side)
    for (const p of works.filter((w) => w.mount === 'wall' && w.wall === side)) {
      const [a, b] = spanOf(shell.frames[side], p)
      list = carve(list, a - GRAPHIC_GAP, b + GRAPHIC_GAP)
    }
    free[side] = list
  }
  const take = (side: WallSide, a: number, b: number) => (free[side] = carve(free[side], a - GRAPHIC_GAP, b + GRAPHIC_GAP))

  const title = titleRect(shell)
  if (title) {
    const f = shell.frames.east
    const door = eastDoorHeight(shell) !== null
    const width = door ? titleWidthBesideWorks(f, title, works) : title.width
    const clearOfWorks = door ? width >= MIN_GRAPHIC_STRETCH : free.east.some((iv) => iv.start <= title.along - title.width / 2 + 1e-9 && iv.end >= title.along + title.width / 2 - 1e-9)
    if (clearOfWorks) {
      graphics.push(graphicAt(f, `${id}:title`, 'title', title.along, title.bottom, width, title.height))
      if (!door) take('east', title.along - title.width / 2, title.along + title.width / 2)
    }
  }

  const intro = introRect(shell)
  if (intro && free.north.some((iv) => iv.start <= intro.start + 1e-9 && iv.end >= intro.end - 1e-9)) {
    const bottom = INTRO_CENTRE - INTRO_PANEL_HEIGHT / 2
    graphics.push(graphicAt(shell.frames.north, `${id}:intro`, 'intro', (intro.start + intro.end) / 2, bottom, INTRO_PANEL_WIDTH, INTRO_PANEL_HEIGHT))
    take('north', intro.start, intro.end)
  }

  const mural = room.graphics?.mural
  const slogan = room.graphics?.slogan
  const bandBottom = height - BAND_CORNICE_GAP - BAND_HEIGHT
  if (mural) {
    // The longest empty stretch, long walls first.
    const candidates = (['north', 'south', 'west', 'east'] as const).flatMap((side) => free[side].map((iv) => ({ side, iv })))
    const best = candidates.filter((c) => c.iv.end - c.iv.start >= 2).sort((p, q) => q.iv.end - q.iv.start - (p.iv.end - p.iv.start))[0]
    if (best) {
      const aspect = mural.aspect
      const topLimit = (slogan ? bandBottom - 0.25 : height - 0.6) - 0.6
      const h = Math.min((Math.min(best.iv.end - best.iv.start - 0.4, 5) / aspect), topLimit, 3.2)
      const w = h * aspect
      const along = (best.iv.start + best.iv.end) / 2
      graphics.push(graphicAt(shell.frames[best.side], `${id}:mural`, 'mural', along, 0.6, w, h))
      take(best.side, along - w / 2, along + w / 2)
    }
  }

  if (slogan) {
    // A tall banner on each stretch of wall that nothing else uses (the piers beside the doorways), the scripts alternating.
    let n = 0
    for (const side of ['east', 'west', 'south', 'north'] as const) {
      const f = shell.frames[side]
      const used = (a: number, b: number) =>
        works.some((w) => w.wall === side && overlapsSpan(spanOf(f, w), a, b)) ||
        graphics.some((g) => g.wall === side && !(g.kind === 'title' && eastDoorHeight(shell) !== null) && overlapsSpan(graphicSpan(f, g), a, b))
      for (const iv of usableStretches(shell, side)) {
        const len = iv.end - iv.start
        if (len < MIN_GRAPHIC_STRETCH || used(iv.start, iv.end)) continue
        const w = Math.min(len - 0.3, 1.1)
        const along = (iv.start + iv.end) / 2
        // Under a title wall that reaches over this pier.
        const over = graphics.find((g) => g.wall === side && g.kind === 'title' && overlapsSpan(graphicSpan(f, g), along - w / 2, along + w / 2))
        const top = Math.min(bandBottom - 0.2, over ? over.position[1] - over.size[1] / 2 - 0.15 : Infinity)
        const h = Math.min(top - 0.5, 3.6)
        if (h < 1.5) continue
        graphics.push(graphicAt(f, `${id}:banner-${n}`, 'banner', along, top - h, w, h, n % 2))
        n++
      }
    }
    // A band under the cornice on each long wall whose works all stay below it.
    for (const side of ['north', 'south'] as const) {
      const f = shell.frames[side]
      const tallest = Math.max(0, ...works.filter((w) => w.wall === side).map((w) => w.position[1] + w.size[1] / 2 + FRAME_MARGIN))
      const tallestGraphic = Math.max(0, ...graphics.filter((g) => g.wall === side && g.kind !== 'band').map((g) => g.position[1] + g.size[1] / 2))
      if (Math.max(tallest, tallestGraphic) > bandBottom - 0.15) continue
      const width = f.length - 2 * WALL_CORNER_MARGIN
      graphics.push(graphicAt(f, `${id}:band-${side}`, 'band', f.length / 2, bandBottom, width, BAND_HEIGHT, side === 'north' ? 0 : 1))
    }
  }
  return graphics
}

/** A picture light over each wall work and graphic, a ceiling spot over each stand. */
export function placeLights(shell: RoomShell, works: ArtifactPlacement[], graphics: WallGraphic[]): RoomLight[] {
  const lights: RoomLight[] = []
  const height = shell.layout.height
  const over = (id: string, centre: Vec3, yaw: number, w: number, h: number, kind: RoomLight['kind']) => {
    const out: [number, number] = [Math.sin(yaw), Math.cos(yaw)]
    const y = Math.min(height - 0.1, centre[1] + h / 2 + FRAME_MARGIN + PICTURE_LIGHT_ABOVE)
    const position: Vec3 = [centre[0] + out[0] * PICTURE_LIGHT_OUT, y, centre[2] + out[1] * PICTURE_LIGHT_OUT]
    lights.push({ id: `light:${id}`, kind, position, target: [...centre], for: id, span: w })
  }
  for (const p of works) {
    if (p.mount === 'wall') over(p.artifactId, p.position, p.yaw, p.size[0], p.size[1], 'picture')
    else if (p.stand) {
      lights.push({ id: `light:${p.artifactId}`, kind: 'spot', position: [p.stand.center[0], height - 0.05, p.stand.center[1]], target: [...p.position], for: p.artifactId, span: p.stand.size[0] })
    }
  }
  for (const g of graphics) if (g.kind !== 'band') over(g.id, g.position, g.yaw, g.size[0], g.size[1], 'wash')
  return lights
}
