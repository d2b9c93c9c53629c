/** Hangs wall works: explicit spots first, then the rest spread over the free stretches of wall. */
import type { WallSide } from '../manifest/schema'
import {
  GROUP_MAX,
  EAST_WEST_PENALTY,
  WALL_WORK_GAP,
  WALL_WORK_OFFSET,
} from './constants'
import { yawAlong } from './geometry'
import { pointAlong, type RoomShell, WALL_SIDES } from './roomShell'
import { bestSlot, carve, containing, type Interval, makeSlot, type Slot, spreadEvenly } from './slots'
import type { Vec3 } from './types'
import { framedWidth, groupGap, isCentrepiece, rowWidth, usableStretches, wallCentreHeight } from './wallRules'
import type { Work } from './works'

export interface WallPlacement {
  work: Work
  side: WallSide
  /** Centre of the work from the wall's left end, in metres. */
  along: number
  position: Vec3
  yaw: number
  group?: string
  centrepiece?: boolean
}

export interface Unplaced {
  artifactId: string
  reason: string
}

interface WallSlot extends Slot<Work> {
  side: WallSide
  /** Group id of each item, in the order they were added. */
  groups: Map<Work, string>
}

function slotWorks(slot: WallSlot): Work[] {
  return slot.items.map((i) => i.item)
}

/** Whether a row of works fits the slot beside what it holds (kept WALL_WORK_GAP apart from it). */
function rowFits(slot: WallSlot, works: Work[]): boolean {
  const held = slotWorks(slot)
  const need = held.length ? rowWidth(held) + WALL_WORK_GAP + rowWidth(works) : rowWidth(works)
  return need <= slot.end - slot.start + 1e-9
}

/** Splits works (in manifest order) into runs of at most GROUP_MAX, as even as can be. */
function runs(works: Work[]): Work[][] {
  if (works.length === 0) return []
  const count = Math.ceil(works.length / GROUP_MAX)
  const out: Work[][] = []
  let k = 0
  for (let g = 0; g < count; g++) {
    const size = Math.ceil((works.length - k) / (count - g))
    out.push(works.slice(k, k + size))
    k += size
  }
  return out
}

/** Centres for the slot's items: one group (or a centrepiece) centred with its own gaps; several groups spread evenly. */
function arrange(slot: WallSlot, items: Work[]): number[] {
  const groupIds = [...new Set(items.map((w) => slot.groups.get(w)))]
  const blocks = groupIds.map((g) => items.filter((w) => slot.groups.get(w) === g))
  const widths = blocks.map(rowWidth)
  const starts = spreadEvenly(slot.start, slot.end, widths, WALL_WORK_GAP).map((c, i) => c - (widths[i] as number) / 2)
  const centres = new Map<Work, number>()
  blocks.forEach((block, b) => {
    let cursor = starts[b] as number
    block.forEach((w, i) => {
      if (i > 0) cursor += groupGap(block[i - 1] as Work, w)
      centres.set(w, cursor + framedWidth(w) / 2)
      cursor += framedWidth(w)
    })
  })
  return items.map((w) => centres.get(w) as number)
}

/**
 * `spare`: walls that get no automatically placed works (explicit spots on them are still honoured).
 * `reserved`: stretches kept for wall graphics, given up only when the works need them.
 */
export function placeWallWorks(
  shell: RoomShell,
  works: Work[],
  spare: ReadonlySet<WallSide> = new Set(),
  reserved: Array<{ side: WallSide; start: number; end: number }> = [],
): { placed: WallPlacement[]; unplaced: Unplaced[] } {
  const first = hang(shell, works, spare, reserved)
  return first.unplaced.length === 0 || reserved.length === 0 ? first : hang(shell, works, spare, [])
}

function hang(shell: RoomShell, works: Work[], spare: ReadonlySet<WallSide>, reserved: Array<{ side: WallSide; start: number; end: number }>) {
  const height = shell.layout.height
  const placed: Array<{ work: Work; side: WallSide; along: number; group?: string; centrepiece?: boolean }> = []
  const unplaced: Unplaced[] = []
  const free = Object.fromEntries(WALL_SIDES.map((s) => [s, usableStretches(shell, s)])) as Record<WallSide, Interval[]>
  for (const r of reserved) free[r.side] = carve(free[r.side], r.start, r.end)

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
    for (const iv of free[side]) slots.push({ ...makeSlot<Work>(iv, penalty), side, groups: new Map() })
  }
  const length = (s: WallSlot) => s.end - s.start
  const put = (slot: WallSlot, row: Work[], group: string) => {
    for (const w of row) {
      slot.items.push({ item: w, width: framedWidth(w) })
      slot.groups.set(w, group)
    }
  }
  const centrepieces = new Set<Work>()

  // A wish for a wall (without a spot) is kept when that wall has room; it hangs alone there.
  const loose: Work[] = []
  for (const work of auto) {
    const wall = work.artifact.placement?.wall
    const slot = wall === undefined ? null : slots.filter((s) => s.side === wall && rowFits(s, [work])).sort((p, q) => slotWorks(p).length - slotWorks(q).length || length(q) - length(p))[0]
    if (slot) put(slot, [work], `${work.artifact.id}`)
    else loose.push(work)
  }

  // Centrepieces take an empty wall each, the longest first; small works hang in groups.
  const big = loose.filter(isCentrepiece).sort((p, q) => framedWidth(q) - framedWidth(p) || p.index - q.index)
  const small = loose.filter((w) => !isCentrepiece(w)).sort((p, q) => p.index - q.index)
  const leftover: Work[] = []
  for (const work of big) {
    const slot = slots.filter((s) => s.items.length === 0 && rowFits(s, [work])).sort((p, q) => p.penalty - q.penalty || length(q) - length(p))[0]
    if (slot) {
      put(slot, [work], work.artifact.id)
      centrepieces.add(work)
    } else leftover.push(work)
  }
  for (const row of runs(small)) {
    const empty = slots.filter((s) => s.items.length === 0 && rowFits(s, row))
    // One work alone goes to the shortest wall that takes it; a group to the longest (the long walls first).
    const slot =
      row.length === 1
        ? empty.sort((p, q) => length(p) - length(q))[0]
        : empty.sort((p, q) => p.penalty - q.penalty || length(q) - length(p))[0] ?? slots.filter((s) => rowFits(s, row)).sort((p, q) => slotWorks(p).length - slotWorks(q).length)[0]
    if (slot) put(slot, row, (row[0] as Work).artifact.id)
    else leftover.push(...row)
  }
  // What no group could take goes one by one wherever there is room, widest first.
  leftover.sort((p, q) => framedWidth(q) - framedWidth(p) || p.index - q.index)
  for (const work of leftover) {
    const slot = bestSlot(slots, framedWidth(work), WALL_WORK_GAP, (s) => rowFits(s as WallSlot, [work])) as WallSlot | null
    if (slot) put(slot, [work], work.artifact.id)
    else unplaced.push({ artifactId: work.artifact.id, reason: `no free wall for a ${framedWidth(work).toFixed(2)} m wide frame` })
  }

  for (const slot of slots) {
    // The south wall is measured from its east end; reversing keeps manifest order running west to east.
    const items = slotWorks(slot).sort((p, q) => (slot.side === 'south' ? q.index - p.index : p.index - q.index))
    const groupOf = (w: Work) => slot.groups.get(w) as string
    // Keep each group's members together, the groups in order of their first member.
    const order = [...new Set(items.map(groupOf))]
    items.sort((p, q) => order.indexOf(groupOf(p)) - order.indexOf(groupOf(q)))
    const centres = arrange(slot, items)
    items.forEach((w, k) => {
      const members = items.filter((o) => groupOf(o) === groupOf(w)).length
      placed.push({
        work: w,
        side: slot.side,
        along: centres[k] as number,
        ...(members > 1 ? { group: groupOf(w) } : {}),
        ...(items.length === 1 && centrepieces.has(w) ? { centrepiece: true } : {}),
      })
    })
  }

  // A centrepiece is alone on its whole stretch of wall, explicit spots included.
  const stretches = Object.fromEntries(WALL_SIDES.map((s) => [s, usableStretches(shell, s)])) as Record<WallSide, Interval[]>
  const stretchOf = (side: WallSide, along: number) => stretches[side].findIndex((iv) => along >= iv.start - 1e-9 && along <= iv.end + 1e-9)
  for (const p of placed) {
    if (!p.centrepiece) continue
    const k = stretchOf(p.side, p.along)
    if (placed.some((o) => o !== p && o.side === p.side && stretchOf(o.side, o.along) === k)) delete p.centrepiece
  }

  const result = placed
    .sort((p, q) => p.work.index - q.work.index)
    .map(({ work, side, along, group, centrepiece }): WallPlacement => {
      const f = shell.frames[side]
      const [x, z] = pointAlong(f, along, WALL_WORK_OFFSET + work.size[2] / 2)
      return {
        work,
        side,
        along,
        position: [x, wallCentreHeight(work, height) as number, z],
        yaw: yawAlong(f.normal),
        ...(group ? { group } : {}),
        ...(centrepiece ? { centrepiece } : {}),
      }
    })
  return { placed: result, unplaced }
}
