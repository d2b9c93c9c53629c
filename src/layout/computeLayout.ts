/** Turns a manifest into a gallery: rooms in a row along +x, with every artifact placed. */
import type { Artifact, Manifest, WallSide } from '../manifest/schema'
import { LayoutError, type RoomOverflow } from './errors'
import { placeFloorWorks, standBox } from './floorWorks'
import { buildShells, pointAlong, type RoomShell } from './roomShell'
import { graphicReserves, placeGraphics, placeLights, type Reserve } from './graphics'
import { standLabel, wallLabel } from './labels'
import type { ArtifactPlacement, GalleryLayout, Obstacle, Vec2, Vec3 } from './types'
import { floorViewpoint, wallViewpoint } from './viewpoints'
import { placeWallWorks } from './wallWorks'
import { framedWidth, usableStretches } from './wallRules'
import { resolveWork, type Work } from './works'

/**
 * Stands need WALL_WORK_CLEARANCE from every wall with works, so in a shallow room works on both
 * long walls can leave no floor for them; then one long wall is kept bare, if that makes all fit.
 */
function placeRoomWorks(shell: RoomShell, works: Work[], reserved: Reserve[]) {
  const onWall = works.filter((w) => w.mount === 'wall')
  const onFloor = works.filter((w) => w.mount !== 'wall')
  let first: { wall: ReturnType<typeof placeWallWorks>; floor: ReturnType<typeof placeFloorWorks> } | null = null
  for (const spare of [[], ['south'], ['north']] as WallSide[][]) {
    const wall = placeWallWorks(shell, onWall, new Set(spare), reserved)
    const floor = placeFloorWorks(shell, onFloor, new Set(wall.placed.map((p) => p.side)))
    const attempt = { wall, floor }
    if (wall.unplaced.length + floor.unplaced.length === 0) return attempt
    first ??= attempt
    if (onFloor.length === 0 || onWall.length === 0) break
  }
  return first as NonNullable<typeof first>
}

/**
 * Lays out the whole exhibition. Throws a LayoutError naming each room whose artifacts do not
 * all fit (works are never overlapped to squeeze them in), and an Error for an artifact whose
 * room does not exist.
 */
export function computeLayout(manifest: Manifest): GalleryLayout {
  const { shells, doorways } = buildShells(manifest.rooms)
  const byRoom = new Map<string, Artifact[]>(shells.map((s) => [s.room.id, []]))
  for (const artifact of manifest.artifacts) {
    const list = byRoom.get(artifact.room)
    if (!list) throw new Error(`Artifact "${artifact.id}" refers to room "${artifact.room}", which does not exist`)
    list.push(artifact)
  }

  const placements: ArtifactPlacement[] = []
  const obstacles: Obstacle[] = []
  const overflows: RoomOverflow[] = []
  // Viewpoints need the finished layout (walls and stands of every room), so they are filled in last.
  const pendingViews: Array<(layout: GalleryLayout) => void> = []
  const noView = { position: [0, 0] as Vec2, yaw: 0, pitch: 0 }
  const noLabel = { position: [0, 0, 0] as Vec3, size: [0, 0] as Vec2 }

  for (const shell of shells) {
    const works = (byRoom.get(shell.room.id) ?? []).map((a, i) => resolveWork(a, i))
    const { wall, floor } = placeRoomWorks(shell, works, graphicReserves(shell))
    const unplaced = [...wall.unplaced, ...floor.unplaced]
    const order = new Map(works.map((w) => [w.artifact.id, w.index]))
    if (unplaced.length > 0) {
      unplaced.sort((p, q) => (order.get(p.artifactId) ?? 0) - (order.get(q.artifactId) ?? 0))
      overflows.push({ roomId: shell.room.id, total: works.length, unplaced })
      continue
    }

    // Labels wall by wall, west to east, each clear of the frames and of the labels already placed.
    const labels = new Map<(typeof wall.placed)[number], ArtifactPlacement['label']>()
    for (const p of [...wall.placed].sort((a, b) => a.along - b.along)) {
      const frame = shell.frames[p.side]
      const taken = wall.placed
        .filter((o) => o !== p && o.side === p.side)
        .map((o): [number, number] => [o.along - framedWidth(o.work) / 2, o.along + framedWidth(o.work) / 2])
      for (const [o, l] of labels) {
        if (o.side !== p.side) continue
        const c = (l.position[0] - frame.a[0]) * frame.dir[0] + (l.position[2] - frame.a[1]) * frame.dir[1]
        taken.push([c - l.size[0] / 2, c + l.size[0] / 2])
      }
      const free = usableStretches(shell, p.side).map((iv): [number, number] => [iv.start, iv.end])
      labels.set(p, wallLabel(frame, p.along, p.position[1], p.work.size, taken, free))
    }

    const roomPlacements: ArtifactPlacement[] = []
    for (const p of wall.placed) {
      const placement: ArtifactPlacement = {
        artifactId: p.work.artifact.id,
        roomId: shell.room.id,
        mount: 'wall',
        wall: p.side,
        position: p.position,
        yaw: p.yaw,
        size: p.work.size,
        ...(p.group ? { group: p.group } : {}),
        ...(p.centrepiece ? { centrepiece: true } : {}),
        label: noLabel,
        viewpoint: noView,
      }
      const frame = shell.frames[p.side]
      placement.label = labels.get(p) as ArtifactPlacement['label']
      pendingViews.push((layout) => {
        // Aim between the work and a label under it, so both are in the close-up.
        const labelBelow = placement.label.position[1] < p.position[1] - p.work.size[1] / 2
        const top = p.position[1] + p.work.size[1] / 2
        const bottom = labelBelow ? placement.label.position[1] - placement.label.size[1] / 2 : p.position[1] - p.work.size[1] / 2
        const aim: Vec3 = [p.position[0], (top + bottom) / 2, p.position[2]]
        placement.viewpoint = wallViewpoint(layout, shell.layout, pointAlong(frame, p.along), frame.normal, placement, aim)
      })
      roomPlacements.push(placement)
    }
    for (const p of floor.placed) {
      const placement: ArtifactPlacement = {
        artifactId: p.work.artifact.id,
        roomId: shell.room.id,
        mount: p.work.mount,
        position: p.position,
        yaw: p.yaw,
        size: p.work.size,
        stand: p.stand,
        label: standLabel(p.stand.center, p.stand.size, p.stand.height, p.stand.center[1] < 0, p.work.size[0]),
        viewpoint: noView,
        ...(p.work.flat ? { flat: true } : {}),
      }
      obstacles.push(standBox(p.stand.center, p.stand.size))
      pendingViews.push((layout) => {
        placement.viewpoint = floorViewpoint(layout, shell.layout, p.stand.center, p.stand.size, placement)
      })
      roomPlacements.push(placement)
    }
    roomPlacements.sort((p, q) => (order.get(p.artifactId) ?? 0) - (order.get(q.artifactId) ?? 0))
    placements.push(...roomPlacements)
    shell.layout.graphics = placeGraphics(shell, shell.room, roomPlacements)
    shell.layout.lights = placeLights(shell, roomPlacements, shell.layout.graphics)
  }
  if (overflows.length > 0) throw new LayoutError(overflows)

  const rooms = shells.map((s) => s.layout)
  const halfDepth = Math.max(...rooms.map((r) => r.depth / 2))
  const last = rooms[rooms.length - 1]
  const layout: GalleryLayout = {
    rooms,
    doorways,
    placements,
    walls: rooms.flatMap((r) => r.walls),
    obstacles,
    bounds: { min: [0, -halfDepth], max: [last ? last.bounds.max[0] : 0, halfDepth] },
  }
  for (const fill of pendingViews) fill(layout)
  return layout
}
