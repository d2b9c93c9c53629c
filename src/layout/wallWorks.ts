/** Hangs wall works: explicit spots first, then the rest spread over the free stretches of wall. */
import type { WallSide } from '../manifest/schema'
import {
  DOORWAY_MARGIN,
  EAST_WEST_PENALTY,
  FRAME_MARGIN,
  WALL_CORNER_MARGIN,
  WALL_WORK_CEILING_GAP,
  WALL_WORK_CENTRE_HEIGHT,
  WALL_WORK_FLOOR_GAP,
  WALL_WORK_GAP,
  WALL_WORK_MIN_BOTTOM,
  WALL_WORK_OFFSET,
} from './constants'
import { yawAlong } from './geometry'
import { pointAlong, type RoomShell, WALL_SIDES } from './roomShell'
import { bestSlot, carve, containing, type Interval, makeSlot, type Slot, spreadEvenly } from './slots'
import type { Vec3 } from './types'
import type { Work } from './works'

export interface WallPlacement {
  work: Work
  side: WallSide
  /** Centre of the work from the wall's left end, in metres. */
  along: number
  position: Vec3
  yaw: number
}

export interface Unplaced {
  artifactId: string
  reason: string
}

/** The wall a framed work occupies along its wall: its width plus the frame on both sides. */
export function framedWidth(work: Work): number {
  return work.size[0] + 2 * FRAME_MARGIN
}

/**
 * Height of the centre: as asked (or eye level), raised clear of the floor and lowered clear of
 * the ceiling, the ceiling winning when both cannot hold; null when the work cannot hang at all.
 */
export function wallCentreHeight(work: Work, roomHeight: number): number | null {
  const h = work.size[1]
  const wanted = work.artifact.placement?.height ?? WALL_WORK_CENTRE_HEIGHT
  const centre = Math.min(Math.max(wanted, WALL_WORK_MIN_BOTTOM + h / 2), roomHeight - WALL_WORK_CEILING_GAP - h / 2)
  return centre - h / 2 >= WALL_WORK_FLOOR_GAP - 1e-9 ? centre : null
}

/** Usable stretches of one wall: clear of the corners and of doorways with their margins. */
export function usableStretches(shell: RoomShell, side: WallSide): Interval[] {
  const f = shell.frames[side]
  let free: Interval[] = f.length - 2 * WALL_CORNER_MARGIN > 0 ? [{ start: WALL_CORNER_MARGIN, end: f.length - WALL_CORNER_MARGIN }] : []
  for (const o of f.openings) free = carve(free, o.from - DOORWAY_MARGIN, o.to + DOORWAY_MARGIN)
  return free
}

interface WallSlot extends Slot<Work> {
  side: WallSide
}

/** `spare`: walls that get no automatically placed works (explicit spots on them are still honoured). */
export function placeWallWorks(shell: RoomShell, works: Work[], spare: ReadonlySet<WallSide> = new Set()): { placed: WallPlacement[]; unplaced: Unplaced[] } {
  const height = shell.layout.height
  const placed: Array<{ work: Work; side: WallSide; along: number }> = []
  const unplaced: Unplaced[] = []
  const free = Object.fromEntries(WALL_SIDES.map((s) => [s, usableStretches(shell, s)])) as Record<WallSide, Interval[]>

  const hangable: Work[] = []
  for (const work of works) {
    if (wallCentreHeight(work, height) === null) {
      unplaced.push({ artifactId: work.artifact.id, reason: `${work.size[1].toFixed(2)} m tall, too tall for a ${height} m high wall` })
    } else hangable.push(work)
  }

  // Explicit spots are honoured in manifest order; one that collides or overhangs falls back to auto.
  const auto: Work[] = []
  for (const work of hangable) {
    const { wall, along } = work.artifact.placement ?? {}
    const half = framedWidth(work) / 2
    if (wall !== undefined && along !== undefined && containing(free[wall], along - half, along + half)) {
      placed.push({ work, side: wall, along })
      free[wall] = carve(free[wall], along - half - WALL_WORK_GAP, along + half + WALL_WORK_GAP)
    } else auto.push(work)
  }

  const slots: WallSlot[] = []
  for (const side of ['north', 'south', 'east', 'west'] as const) {
    const penalty = side === 'east' || side === 'west' ? EAST_WEST_PENALTY : 0
    if (spare.has(side)) continue
    for (const iv of free[side]) slots.push({ ...makeSlot<Work>(iv, penalty), side })
  }

  const general: Work[] = []
  for (const work of auto) {
    const wall = work.artifact.placement?.wall
    const slot = wall === undefined ? null : bestSlot(slots, framedWidth(work), WALL_WORK_GAP, (s) => (s as WallSlot).side === wall)
    if (slot) slot.items.push({ item: work, width: framedWidth(work) })
    else general.push(work)
  }
  // Widest first packs better; each then goes where the walls are emptiest.
  general.sort((p, q) => framedWidth(q) - framedWidth(p) || p.index - q.index)
  for (const work of general) {
    const slot = bestSlot(slots, framedWidth(work), WALL_WORK_GAP)
    if (slot) slot.items.push({ item: work, width: framedWidth(work) })
    else unplaced.push({ artifactId: work.artifact.id, reason: `no free wall for a ${framedWidth(work).toFixed(2)} m wide frame` })
  }

  for (const slot of slots) {
    // The south wall is measured from its east end; reversing keeps manifest order running west to east.
    const items = [...slot.items].sort((p, q) => (slot.side === 'south' ? q.item.index - p.item.index : p.item.index - q.item.index))
    const centres = spreadEvenly(slot.start, slot.end, items.map((i) => i.width), WALL_WORK_GAP)
    items.forEach((i, k) => placed.push({ work: i.item, side: slot.side, along: centres[k] as number }))
  }

  const result = placed
    .sort((p, q) => p.work.index - q.work.index)
    .map(({ work, side, along }): WallPlacement => {
      const f = shell.frames[side]
      const [x, z] = pointAlong(f, along, WALL_WORK_OFFSET + work.size[2] / 2)
      return { work, side, along, position: [x, wallCentreHeight(work, height) as number, z], yaw: yawAlong(f.normal) }
    })
  return { placed: result, unplaced }
}
