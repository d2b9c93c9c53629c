/**
 * Stands works on plinths and in vitrines, in two rows either side of the walking corridor
 * (nominally at z = ±depth/4), clear of the walls that carry works.
 */
import type { WallSide } from '../manifest/schema'
import {
  BARE_WALL_STAND_GAP,
  CORRIDOR_HALF_WIDTH,
  FLOOR_WORK_CEILING_GAP,
  PLINTH_MARGIN,
  PLINTH_MAX_HEIGHT,
  PLINTH_MIN_HEIGHT,
  PLINTH_MIN_SIDE,
  PLINTH_TARGET_CENTRE,
  STAND_GAP,
  VITRINE_HEIGHT,
  VITRINE_MARGIN,
  VITRINE_MIN_DEPTH,
  VITRINE_MIN_WIDTH,
  WALL_WORK_CLEARANCE,
} from './constants'
import { boxGap, clamp } from './geometry'
import type { RoomShell } from './roomShell'
import { bestSlot, carve, type Interval, makeSlot, type Slot, spreadEvenly } from './slots'
import type { Obstacle, Vec2, Vec3 } from './types'
import type { Unplaced } from './wallWorks'
import type { Work } from './works'

export interface Stand {
  center: Vec2
  /** Footprint along world x and z. */
  size: Vec2
  height: number
}

export interface FloorPlacement {
  work: Work
  stand: Stand
  position: Vec3
  yaw: number
}

/** Stand size and height for a work, and the height of the work's centre on it. */
export function standFor(work: Work): { size: Vec2; height: number; workY: number } {
  const [w, h, d] = work.size
  if (work.mount === 'vitrine') {
    const footDepth = work.flat ? h : d
    const size: Vec2 = [Math.max(VITRINE_MIN_WIDTH, w + 2 * VITRINE_MARGIN), Math.max(VITRINE_MIN_DEPTH, footDepth + 2 * VITRINE_MARGIN)]
    return { size, height: VITRINE_HEIGHT, workY: VITRINE_HEIGHT + (work.flat ? d : h) / 2 }
  }
  const size: Vec2 = [Math.max(PLINTH_MIN_SIDE, w + 2 * PLINTH_MARGIN), Math.max(PLINTH_MIN_SIDE, d + 2 * PLINTH_MARGIN)]
  const height = clamp(PLINTH_TARGET_CENTRE - h / 2, PLINTH_MIN_HEIGHT, PLINTH_MAX_HEIGHT)
  return { size, height, workY: height + h / 2 }
}

export function standBox(center: Vec2, size: Vec2): Obstacle {
  return { min: [center[0] - size[0] / 2, center[1] - size[1] / 2], max: [center[0] + size[0] / 2, center[1] + size[1] / 2] }
}

interface RowSlot extends Slot<Work> {
  /** -1 for the row north of the corridor, +1 for the one south of it. */
  sign: -1 | 1
}

export function placeFloorWorks(shell: RoomShell, works: Work[], wallsWithWorks: ReadonlySet<WallSide>): { placed: FloorPlacement[]; unplaced: Unplaced[] } {
  const { bounds, height, depth } = shell.layout
  const clear = (side: WallSide) => (wallsWithWorks.has(side) ? WALL_WORK_CLEARANCE : BARE_WALL_STAND_GAP)
  const zone = {
    min: [bounds.min[0] + clear('west'), bounds.min[1] + clear('north')] as Vec2,
    max: [bounds.max[0] - clear('east'), bounds.max[1] - clear('south')] as Vec2,
  }
  const valid = (box: Obstacle) =>
    box.min[0] >= zone.min[0] - 1e-9 &&
    box.max[0] <= zone.max[0] + 1e-9 &&
    box.min[1] >= zone.min[1] - 1e-9 &&
    box.max[1] <= zone.max[1] + 1e-9 &&
    (box.max[1] <= -CORRIDOR_HALF_WIDTH + 1e-9 || box.min[1] >= CORRIDOR_HALF_WIDTH - 1e-9)
  /** Centre z for a stand of depth sz in a row, or null when the row has no room for it. */
  const rowZ = (sign: -1 | 1, sz: number): number | null => {
    const lo = sign < 0 ? zone.min[1] + sz / 2 : CORRIDOR_HALF_WIDTH + sz / 2
    const hi = sign < 0 ? -CORRIDOR_HALF_WIDTH - sz / 2 : zone.max[1] - sz / 2
    return lo <= hi + 1e-9 ? clamp((sign * depth) / 4, lo, hi) : null
  }

  const placed: FloorPlacement[] = []
  const unplaced: Unplaced[] = []
  const put = (work: Work, center: Vec2) => {
    const s = standFor(work)
    placed.push({ work, stand: { center, size: s.size, height: s.height }, position: [center[0], s.workY, center[1]], yaw: center[1] < 0 ? 0 : Math.PI })
  }

  const fitting: Work[] = []
  for (const work of works) {
    const s = standFor(work)
    const top = s.workY + (work.flat ? work.size[2] : work.size[1]) / 2
    if (top > height - FLOOR_WORK_CEILING_GAP) {
      unplaced.push({ artifactId: work.artifact.id, reason: `stands ${top.toFixed(2)} m high on its ${work.mount}, too tall for a ${height} m room` })
    } else fitting.push(work)
  }

  const rows: Record<'-1' | '1', Interval[]> = { '-1': [{ start: zone.min[0], end: zone.max[0] }], '1': [{ start: zone.min[0], end: zone.max[0] }] }
  const auto: Work[] = []
  for (const work of fitting) {
    const floor = work.artifact.placement?.floor
    if (floor) {
      const center: Vec2 = [bounds.min[0] + floor[0], bounds.min[1] + floor[1]]
      const box = standBox(center, standFor(work).size)
      if (valid(box) && placed.every((p) => boxGap(box, standBox(p.stand.center, p.stand.size)) >= STAND_GAP - 1e-9)) {
        put(work, center)
        const key = center[1] < 0 ? '-1' : '1'
        rows[key] = carve(rows[key], box.min[0] - STAND_GAP, box.max[0] + STAND_GAP)
        continue
      }
    }
    auto.push(work)
  }

  const slots: RowSlot[] = []
  for (const sign of [-1, 1] as const) for (const iv of rows[sign < 0 ? '-1' : '1']) slots.push({ ...makeSlot<Work>(iv), sign })
  auto.sort((p, q) => standFor(q).size[0] - standFor(p).size[0] || p.index - q.index)
  for (const work of auto) {
    const { size } = standFor(work)
    const slot = bestSlot(slots, size[0], STAND_GAP, (s) => rowZ((s as RowSlot).sign, size[1]) !== null)
    if (slot) slot.items.push({ item: work, width: size[0] })
    else unplaced.push({ artifactId: work.artifact.id, reason: `no floor space for a ${size[0].toFixed(2)} × ${size[1].toFixed(2)} m ${work.mount}` })
  }
  for (const slot of slots) {
    const items = [...slot.items].sort((p, q) => p.item.index - q.item.index)
    const centres = spreadEvenly(slot.start, slot.end, items.map((i) => i.width), STAND_GAP)
    items.forEach((i, k) => put(i.item, [centres[k] as number, rowZ(slot.sign, standFor(i.item).size[1]) as number]))
  }
  placed.sort((p, q) => p.work.index - q.work.index)
  return { placed, unplaced }
}
