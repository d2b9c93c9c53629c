/** The measures of hanging a work: the wall it takes, the height of its centre, the gaps in a group, what hangs alone. */
import type { WallSide } from '../manifest/schema'
import {
  CENTREPIECE_MIN_HEIGHT,
  CENTREPIECE_MIN_WIDTH,
  DOORWAY_MARGIN,
  FRAME_MARGIN,
  GROUP_GAP_LARGE,
  GROUP_GAP_SMALL,
  WALL_CORNER_MARGIN,
  WALL_WORK_CEILING_GAP,
  WALL_WORK_CENTRE_HEIGHT,
  WALL_WORK_FLOOR_GAP,
  WALL_WORK_MIN_BOTTOM,
} from './constants'
import type { RoomShell } from './roomShell'
import { carve, type Interval } from './slots'
import type { Work } from './works'

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

/** Photographs, documents and letters hang close (5-10 cm); posters and paintings further apart. */
const SMALL_KINDS = new Set(['photograph', 'document', 'letter'])

/** The gap between two neighbouring frames in a hung group. */
export function groupGap(a: Work, b: Work): number {
  return SMALL_KINDS.has(a.artifact.kind) && SMALL_KINDS.has(b.artifact.kind) ? GROUP_GAP_SMALL : GROUP_GAP_LARGE
}

/** A work big enough to hang alone, centred on its wall. */
export function isCentrepiece(work: Work): boolean {
  return framedWidth(work) >= CENTREPIECE_MIN_WIDTH || work.size[1] >= CENTREPIECE_MIN_HEIGHT
}

/** Width of works hung side by side in the given order with their group gaps. */
export function rowWidth(works: Work[]): number {
  return works.reduce((s, w, i) => s + framedWidth(w) + (i > 0 ? groupGap(works[i - 1] as Work, w) : 0), 0)
}
