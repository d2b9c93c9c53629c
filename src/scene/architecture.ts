/**
 * Builds each room's architecture as a handful of merged geometries, one per material, so a
 * room costs about ten draw calls however rich its mouldings are.
 */
import * as THREE from 'three'
import type { Doorway, RoomLayout, WallPiece } from '../layout/types'
import type { Theme } from '../manifest/schema'
import { merge } from './mergeGeometry'

/** A box of size (along, up, out) standing on a wall: its back on the wall plane, facing into the room. */
function wallBox(piece: Pick<WallPiece, 'a' | 'b' | 'normal'>, from: number, to: number, bottom: number, height: number, depth: number, offset = 0): THREE.BufferGeometry {
  const [ax, az] = piece.a
  const [bx, bz] = piece.b
  const length = Math.hypot(bx - ax, bz - az)
  const dx = (bx - ax) / length
  const dz = (bz - az) / length
  const along = (from + to) / 2
  const g = new THREE.BoxGeometry(to - from, height, depth)
  const [nx, nz] = piece.normal
  g.rotateY(Math.atan2(nx, nz))
  g.translate(ax + dx * along + nx * (depth / 2 + offset), bottom + height / 2, az + dz * along + nz * (depth / 2 + offset))
  return g
}

function length(piece: Pick<WallPiece, 'a' | 'b'>): number {
  return Math.hypot(piece.b[0] - piece.a[0], piece.b[1] - piece.a[1])
}

/** The inner faces of the walls, with UVs in metres so wall textures keep their physical size. */
export function wallFaces(room: RoomLayout): THREE.BufferGeometry {
  const parts = room.walls.map((piece) => {
    const L = length(piece)
    const h = piece.top - piece.bottom
    const g = new THREE.PlaneGeometry(L, h)
    const uv = g.getAttribute('uv') as THREE.BufferAttribute
    for (let i = 0; i < uv.count; i++) uv.setXY(i, uv.getX(i) * L, piece.bottom + uv.getY(i) * h)
    const [nx, nz] = piece.normal
    g.rotateY(Math.atan2(nx, nz))
    g.translate((piece.a[0] + piece.b[0]) / 2, (piece.bottom + piece.top) / 2, (piece.a[1] + piece.b[1]) / 2)
    return g
  })
  return merge(parts)
}

/** The full-length walls of a room (doorway pieces joined back), for mouldings that run past openings. */
function fullWalls(room: RoomLayout): Array<Pick<WallPiece, 'a' | 'b' | 'normal'> & { side: WallPiece['side'] }> {
  const [x0, z0] = room.bounds.min
  const [x1, z1] = room.bounds.max
  return [
    { side: 'north', a: [x0, z0], b: [x1, z0], normal: [0, 1] },
    { side: 'east', a: [x1, z0], b: [x1, z1], normal: [-1, 0] },
    { side: 'south', a: [x1, z1], b: [x0, z1], normal: [0, -1] },
    { side: 'west', a: [x0, z1], b: [x0, z0], normal: [1, 0] },
  ]
}

function doorwayAlong(door: Doorway, wall: Pick<WallPiece, 'a' | 'b'>): number | null {
  const onWall = door.axis === 'z' ? Math.abs(door.center[0] - wall.a[0]) < 1e-3 && Math.abs(wall.a[0] - wall.b[0]) < 1e-3 : Math.abs(door.center[1] - wall.a[1]) < 1e-3 && Math.abs(wall.a[1] - wall.b[1]) < 1e-3
  if (!onWall) return null
  return Math.hypot(door.center[0] - wall.a[0], door.center[1] - wall.a[1])
}

/** Stretches of a wall [from, to] left free by its doorways. */
function solidRuns(L: number, doors: number[], halfWidth: number): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  let start = 0
  for (const c of [...doors].sort((p, q) => p - q)) {
    if (c - halfWidth > start) runs.push([start, c - halfWidth])
    start = c + halfWidth
  }
  if (L > start) runs.push([start, L])
  return runs
}

/** Each whole wall of the room, its length, and where along it doorways open. */
function wallsAndDoors(room: RoomLayout) {
  return fullWalls(room).map((wall) => ({ wall, L: length(wall), doors: room.doorways.map((d) => doorwayAlong(d, wall)).filter((v): v is number => v !== null) }))
}

/** The size of the room's doorways (they are all alike). */
const doorSize = (room: RoomLayout) => ({ width: room.doorways[0]?.width ?? 1.8, height: room.doorways[0]?.height ?? 2.6 })

/** Skirting, dado rail, cornice, door architraves: everything in the trim colour. */
export function trimGeometry(room: RoomLayout, theme: Theme): THREE.BufferGeometry {
  const parts: THREE.BufferGeometry[] = []
  const ornate = theme.ornament
  const { width: doorWidth, height: doorHeight } = doorSize(room)
  for (const { wall, L, doors } of wallsAndDoors(room)) {
    for (const [from, to] of solidRuns(L, doors, doorWidth / 2 + 0.12)) {
      parts.push(wallBox(wall, from, to, 0, 0.16 + ornate * 0.06, 0.025))
      if (ornate >= 0.3) parts.push(wallBox(wall, from, to, 0.92, 0.05, 0.03))
    }
    // The cornice runs the full wall; a deeper, stepped one in the grander rooms.
    parts.push(wallBox(wall, 0, L, room.height - 0.12, 0.12, 0.1 + ornate * 0.12))
    if (ornate >= 0.5) parts.push(wallBox(wall, 0, L, room.height - 0.3, 0.18, 0.06))
    for (const c of doors) {
      const w = doorWidth / 2
      parts.push(wallBox(wall, c - w - 0.14, c - w, 0, doorHeight + 0.14, 0.05))
      parts.push(wallBox(wall, c + w, c + w + 0.14, 0, doorHeight + 0.14, 0.05))
      parts.push(wallBox(wall, c - w - 0.2, c + w + 0.2, doorHeight, 0.18, 0.07))
      if (ornate >= 0.5) parts.push(wallBox(wall, c - w - 0.3, c + w + 0.3, doorHeight + 0.18, 0.1, 0.12))
    }
  }
  // Door linings: the thickness of the opening, drawn once per doorway (by its first room).
  for (const door of room.doorways) {
    if (door.rooms[0] !== room.id) continue
    const lining = 0.3
    const w = door.width / 2
    const jamb = (along: number) => {
      const g = new THREE.BoxGeometry(door.axis === 'z' ? lining : 0.06, door.height, door.axis === 'z' ? 0.06 : lining)
      const x = door.axis === 'z' ? door.center[0] : door.center[0] + along
      const z = door.axis === 'z' ? door.center[1] + along : door.center[1]
      g.translate(x, door.height / 2, z)
      return g
    }
    parts.push(jamb(-w - 0.03), jamb(w + 0.03))
    const head = new THREE.BoxGeometry(door.axis === 'z' ? lining : door.width + 0.12, 0.06, door.axis === 'z' ? door.width + 0.12 : lining)
    head.translate(door.center[0], door.height + 0.03, door.center[1])
    parts.push(head)
  }
  return merge(parts)
}

/** Pilasters flanking the doorways and in the corners, a frieze band; gilded where the theme is ornate. */
export function accentGeometry(room: RoomLayout, theme: Theme): THREE.BufferGeometry | null {
  if (theme.ornament < 0.35) return null
  const parts: THREE.BufferGeometry[] = []
  const h = room.height
  const { width: doorWidth, height: doorHeight } = doorSize(room)
  for (const { wall, L, doors } of wallsAndDoors(room)) {
    for (const c of doors) {
      // A portal: pilasters in the strip between the architrave and the first hanging slot (layout keeps
      // 1.3 m clear), under an entablature; kept low so the wall text above the door stays clear.
      const top = doorHeight + 0.55
      for (const side of [-1, 1]) {
        const x = c + side * (doorWidth / 2 + 0.26)
        parts.push(wallBox(wall, x - 0.11, x + 0.11, 0, top, 0.08))
        parts.push(wallBox(wall, x - 0.14, x + 0.14, top - 0.16, 0.16, 0.12))
        parts.push(wallBox(wall, x - 0.14, x + 0.14, 0, 0.3, 0.12))
      }
      parts.push(wallBox(wall, c - doorWidth / 2 - 0.45, c + doorWidth / 2 + 0.45, top, 0.14, 0.14))
    }
    for (const x of [0.25, L - 0.25]) parts.push(wallBox(wall, x - 0.25, x + 0.25, 0, h - 0.3, 0.05))
    if (theme.ornament >= 0.6) parts.push(wallBox(wall, 0, L, h - 0.42, 0.06, 0.035))
  }
  return merge(parts)
}

/** A floor inlay, runner carpet or crack, in the accent colour (or dark for the crack). */
export function motifGeometry(room: RoomLayout, motif: Theme['floorMotif']): THREE.BufferGeometry | null {
  const [cx, cz] = room.center
  if (motif === 'star') {
    const shape = new THREE.Shape()
    const R = Math.min(room.width, room.depth) * 0.18
    for (let i = 0; i < 10; i++) {
      const r = i % 2 === 0 ? R : R * 0.4
      const a = (i / 10) * Math.PI * 2 - Math.PI / 2
      if (i === 0) shape.moveTo(Math.cos(a) * r, Math.sin(a) * r)
      else shape.lineTo(Math.cos(a) * r, Math.sin(a) * r)
    }
    const ring = new THREE.RingGeometry(R * 1.1, R * 1.18, 64)
    const star = new THREE.ShapeGeometry(shape)
    for (const g of [ring, star]) {
      g.rotateX(-Math.PI / 2)
      g.translate(cx, 0.004, cz)
    }
    return merge([star, ring])
  }
  if (motif === 'runner') {
    const g = new THREE.BoxGeometry(room.width, 0.012, 1.6)
    g.translate(cx, 0.006, 0)
    const border = [-0.72, 0.72].map((z) => {
      const b = new THREE.BoxGeometry(room.width, 0.014, 0.06)
      b.translate(cx, 0.007, z)
      return b
    })
    return merge([g, ...border])
  }
  if (motif === 'crack') {
    const parts: THREE.BufferGeometry[] = []
    let x = room.bounds.min[0] + 0.3
    let z = room.bounds.min[1] + room.depth * 0.3
    let seed = 7
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
    while (x < room.bounds.max[0] - 0.3) {
      const nx = x + 0.4 + rnd() * 0.5
      const nz = THREE.MathUtils.clamp(z + (rnd() - 0.45) * 0.6, room.bounds.min[1] + 0.5, room.bounds.max[1] - 0.5)
      const seg = new THREE.PlaneGeometry(Math.hypot(nx - x, nz - z), 0.02 + rnd() * 0.03)
      seg.rotateX(-Math.PI / 2)
      seg.rotateY(-Math.atan2(nz - z, nx - x))
      seg.translate((x + nx) / 2, 0.004, (z + nz) / 2)
      parts.push(seg)
      x = nx
      z = nz
    }
    return merge(parts)
  }
  return null
}
