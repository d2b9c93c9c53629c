/** Where a visitor stands to see each work whole, facing it. */
import { isWalkable, segmentBlocked } from './collision'
import { distanceForFill, fovFor, type Framed, pitchToward } from './closeUp'
import { CLOSE_UP_EYE_MIN, CLOSE_UP_STEEPEST_PITCH, LEAN_DISTANCE, VIEWPOINT_ROOM_MARGIN } from './constants'
import { clamp, yawToward } from './geometry'
import { EYE_HEIGHT, type GalleryLayout, type RoomLayout, type Vec2, type Vec3, type Viewpoint, VISITOR_RADIUS } from './types'

const STEP = 0.05


/** Walkable, and a clear line to the target; for wall works no stand may stand in the way either (an object would hide the work). */
function sees(layout: GalleryLayout, p: Vec2, target: Vec2, overStands: boolean): boolean {
  return isWalkable(layout, p) && !segmentBlocked(layout, p, target, { obstacles: overStands })
}

function inside(room: RoomLayout, p: Vec2): Vec2 {
  const m = VIEWPOINT_ROOM_MARGIN
  return [clamp(p[0], room.bounds.min[0] + m, room.bounds.max[0] - m), clamp(p[1], room.bounds.min[1] + m, room.bounds.max[1] - m)]
}

/**
 * Walks out from `preferred` along origin + t·dir (t within [tMin, tMax]), nearest first, to the
 * first spot that is walkable and sees the target; failing that, the nearest such spot in the room.
 */
function searchLine(layout: GalleryLayout, room: RoomLayout, origin: Vec2, dir: Vec2, preferred: number, tMin: number, tMax: number, target: Vec2, overStands: boolean): Vec2 {
  const at = (t: number): Vec2 => inside(room, [origin[0] + dir[0] * t, origin[1] + dir[1] * t])
  const start = clamp(preferred, tMin, Math.max(tMin, tMax))
  for (let k = 0; k <= Math.ceil(Math.abs(tMax - tMin) / STEP) * 2 + 1; k++) {
    const t = start + (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * STEP
    if (t < tMin - 1e-9 || t > tMax + 1e-9) continue
    const p = at(t)
    if (sees(layout, p, target, overStands)) return p
  }
  return nearestInRoom(layout, room, at(start), target, overStands)
}

function nearestInRoom(layout: GalleryLayout, room: RoomLayout, wanted: Vec2, target: Vec2, overStands: boolean): Vec2 {
  let best: Vec2 | null = null
  let bestD = Infinity
  const cell = 0.1
  for (let x = room.bounds.min[0] + cell; x < room.bounds.max[0]; x += cell) {
    for (let z = room.bounds.min[1] + cell; z < room.bounds.max[1]; z += cell) {
      const d = Math.hypot(x - wanted[0], z - wanted[1])
      if (d < bestD && sees(layout, [x, z], target, overStands)) {
        best = [x, z]
        bestD = d
      }
    }
  }
  // Unreachable in practice: every room keeps its corridor free.
  return best ?? room.entry.position
}

/**
 * Finishes a close-up from a floor spot and an eye height: the yaw and pitch that look at the aim
 * point, and the field of view when the spot cannot frame the work at the camera's own.
 */
function closeUp(position: Vec2, work: Framed, aim: Vec3, eyeHeight = EYE_HEIGHT): Viewpoint {
  const fov = fovFor(position, work, aim, eyeHeight)
  return {
    position,
    yaw: yawToward(position, [aim[0], aim[2]]),
    pitch: pitchToward(position, aim, eyeHeight),
    ...(fov === undefined ? {} : { fov }),
    ...(eyeHeight === EYE_HEIGHT ? {} : { eyeHeight }),
  }
}

/**
 * In front of a wall work along the wall's normal, where the work fills about half the view
 * height (a visitor leans in to a photograph and steps back from a panorama).
 */
export function wallViewpoint(layout: GalleryLayout, room: RoomLayout, wallPoint: Vec2, normal: Vec2, work: Framed, aim: Vec3): Viewpoint {
  const target: Vec2 = [work.position[0], work.position[2]]
  const across = normal[0] !== 0 ? room.width : room.depth
  // Measured from the wall: a work that stands out from it (a relief, a shelf object) keeps the visitor off its front.
  const tMin = Math.min(work.size[2] + VISITOR_RADIUS + 0.02, across / 2)
  const tMax = across - VIEWPOINT_ROOM_MARGIN
  const wanted = distanceForFill(wallPoint, normal, tMin, tMax, work, aim)
  const position = searchLine(layout, room, wallPoint, normal, wanted, tMin, tMax, target, true)
  return closeUp(position, work, aim)
}

/**
 * On the corridor side of a stand, leaning over it for a small work, stepping back for a tall one.
 * Close to an upright work the visitor bends, a couple of centimetres at a time, until the look
 * down to it is gentle; a flat work in a vitrine is read from above, standing, as a book on a desk.
 */
export function floorViewpoint(layout: GalleryLayout, room: RoomLayout, standCenter: Vec2, standSize: Vec2, work: Framed): Viewpoint {
  const target: Vec2 = [work.position[0], work.position[2]]
  const toward: Vec2 = [0, standCenter[1] < 0 ? 1 : -1]
  const half = standSize[1] / 2
  const farSide = standCenter[1] < 0 ? room.bounds.max[1] - standCenter[1] : standCenter[1] - room.bounds.min[1]
  const tMin = half + VISITOR_RADIUS + LEAN_DISTANCE
  const spotFor = (eyeHeight: number): Vec2 => {
    const wanted = distanceForFill(standCenter, toward, tMin, Math.max(tMin, farSide - VIEWPOINT_ROOM_MARGIN), work, work.position, eyeHeight)
    return searchLine(layout, room, standCenter, toward, wanted, half, farSide, target, false)
  }
  // Whole centimetres, so the heights stay round numbers in the layout.
  let cm = Math.round(EYE_HEIGHT * 100)
  let position = spotFor(EYE_HEIGHT)
  while (!work.flat && cm > CLOSE_UP_EYE_MIN * 100 && pitchToward(position, work.position, cm / 100) < CLOSE_UP_STEEPEST_PITCH) {
    cm = Math.max(Math.round(CLOSE_UP_EYE_MIN * 100), cm - 2)
    position = spotFor(cm / 100)
  }
  return closeUp(position, work, work.position, cm / 100)
}
