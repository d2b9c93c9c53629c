/** Rooms in a row along +x: their bounds, doorways, wall pieces and entry points. */
import type { Room, WallSide } from '../manifest/schema'
import { DOORWAY_HEADROOM, DOORWAY_HEIGHT, DOORWAY_WIDTH, ENTRY_INSET, FIRST_ENTRY_INSET } from './constants'
import { snap } from './geometry'
import type { Doorway, RoomLayout, Vec2, WallPiece } from './types'

export const WALL_SIDES: readonly WallSide[] = ['north', 'east', 'south', 'west']

/**
 * One whole wall of a room. `a` is its left end as seen from inside the room facing it, so
 * `along` (manifest `placement.along`) is measured from `a` toward `b`.
 */
export interface WallFrame {
  side: WallSide
  a: Vec2
  b: Vec2
  /** Unit vector from a to b. */
  dir: Vec2
  /** Unit normal into the room. */
  normal: Vec2
  length: number
  /** Doorway openings as [from, to] along the wall. */
  openings: Array<{ from: number; to: number; doorway: Doorway }>
}

export interface RoomShell {
  room: Room
  layout: RoomLayout
  frames: Record<WallSide, WallFrame>
}

export function pointAlong(frame: WallFrame, along: number, out = 0): Vec2 {
  return [snap(frame.a[0] + frame.dir[0] * along + frame.normal[0] * out), snap(frame.a[1] + frame.dir[1] * along + frame.normal[1] * out)]
}

function frame(side: WallSide, a: Vec2, b: Vec2): WallFrame {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1])
  // `0 +` turns -0 into 0, so normals compare equal to the plain literals consumers write.
  const dir: Vec2 = [0 + (b[0] - a[0]) / length, 0 + (b[1] - a[1]) / length]
  // Walls run clockwise seen from above (x right, z down), so the inward normal is dir turned by +90°.
  return { side, a, b, dir, normal: [0 - dir[1], 0 + dir[0]], length, openings: [] }
}

function piecesOf(roomId: string, f: WallFrame, height: number): WallPiece[] {
  const pieces: WallPiece[] = []
  const base = { roomId, side: f.side, normal: f.normal }
  let start = 0
  for (const o of [...f.openings].sort((p, q) => p.from - q.from)) {
    if (o.from > start) pieces.push({ ...base, a: pointAlong(f, start), b: pointAlong(f, o.from), bottom: 0, top: height })
    if (height > o.doorway.height) pieces.push({ ...base, a: pointAlong(f, o.from), b: pointAlong(f, o.to), bottom: o.doorway.height, top: height })
    start = o.to
  }
  if (f.length > start) pieces.push({ ...base, a: pointAlong(f, start), b: f.b, bottom: 0, top: height })
  return pieces
}

export function buildShells(rooms: Room[]): { shells: RoomShell[]; doorways: Doorway[] } {
  const sorted = [...rooms].sort((p, q) => p.order - q.order)
  const shells: RoomShell[] = []
  let x0 = 0
  for (const [index, room] of sorted.entries()) {
    const { width, depth, height } = room.size
    const x1 = x0 + width
    const z0 = -depth / 2
    const z1 = depth / 2
    const frames: Record<WallSide, WallFrame> = {
      north: frame('north', [x0, z0], [x1, z0]),
      east: frame('east', [x1, z0], [x1, z1]),
      south: frame('south', [x1, z1], [x0, z1]),
      west: frame('west', [x0, z1], [x0, z0]),
    }
    const layout: RoomLayout = {
      id: room.id,
      index,
      bounds: { min: [x0, z0], max: [x1, z1] },
      center: [x0 + width / 2, 0],
      width,
      depth,
      height,
      doorways: [],
      walls: [],
      graphics: [],
      lights: [],
      entry: { position: [x0 + (index === 0 ? FIRST_ENTRY_INSET : ENTRY_INSET), 0], yaw: -Math.PI / 2 },
    }
    shells.push({ room, layout, frames })
    x0 = x1
  }

  const doorways: Doorway[] = []
  for (let i = 0; i + 1 < shells.length; i++) {
    const west = shells[i] as RoomShell
    const east = shells[i + 1] as RoomShell
    const x = west.layout.bounds.max[0]
    const doorway: Doorway = {
      id: `${west.room.id}--${east.room.id}`,
      rooms: [west.room.id, east.room.id],
      center: [x, 0],
      axis: 'z',
      width: DOORWAY_WIDTH,
      height: snap(Math.min(DOORWAY_HEIGHT, Math.min(west.layout.height, east.layout.height) - DOORWAY_HEADROOM)),
    }
    doorways.push(doorway)
    west.layout.doorways.push(doorway)
    east.layout.doorways.push(doorway)
    // z = 0 is the middle of both walls, whatever their depths; along runs from -z on the east wall, from +z on the west.
    for (const f of [west.frames.east, east.frames.west]) {
      const c = f.length / 2
      f.openings.push({ from: c - DOORWAY_WIDTH / 2, to: c + DOORWAY_WIDTH / 2, doorway })
    }
  }

  for (const shell of shells) {
    shell.layout.walls = WALL_SIDES.flatMap((side) => piecesOf(shell.room.id, shell.frames[side], shell.layout.height))
  }
  return { shells, doorways }
}
