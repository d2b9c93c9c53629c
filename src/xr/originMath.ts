/**
 * Where the XR origin (the visitor's play-space floor, the parent of the headset and controllers)
 * stands in the gallery. Pure maths on plain numbers, with the gallery's axes and yaw convention:
 * y up, yaw 0 looks toward -z, positive yaw turns left (three.js rotation.y).
 *
 * The headset reports its pose relative to the origin ("local"); the world pose is the origin's
 * transform applied to it. Every locomotion step is a new origin chosen so that the head lands
 * where it should: the visitor's real body never moves, the gallery moves around them.
 */
import { wrapAngle } from '../layout/geometry'
import type { Vec2, Vec3 } from '../layout/types'

export interface OriginPose {
  /** The origin's floor point in world metres (y > 0 only in seated mode). */
  position: Vec3
  /** Rotation about y, radians. */
  yaw: number
}

/** Rotates (x, z) about y by `yaw`, as three.js does for rotation.y. */
export function rotateXZ(x: number, z: number, yaw: number): Vec2 {
  const c = Math.cos(yaw)
  const s = Math.sin(yaw)
  return [x * c + z * s, -x * s + z * c]
}

/** A point given relative to the origin, in world metres. */
export function localToWorld(origin: OriginPose, local: Vec3): Vec3 {
  const [x, z] = rotateXZ(local[0], local[2], origin.yaw)
  return [origin.position[0] + x, origin.position[1] + local[1], origin.position[2] + z]
}

/** A world point relative to the origin (what a headset or controller would report there). */
export function worldToLocal(origin: OriginPose, world: Vec3): Vec3 {
  const [x, z] = rotateXZ(world[0] - origin.position[0], world[2] - origin.position[2], -origin.yaw)
  return [x, world[1] - origin.position[1], z]
}

/** A direction given relative to the origin, in world axes. */
export function localDirectionToWorld(origin: OriginPose, local: Vec3): Vec3 {
  const [x, z] = rotateXZ(local[0], local[2], origin.yaw)
  return [x, local[1], z]
}

/** The heading of a rotation (quaternion x, y, z, w): the yaw its forward (-z) points to on the floor. */
export function yawOfQuaternion(q: readonly [number, number, number, number]): number {
  const [x, y, z, w] = q
  // forward = q * (0, 0, -1)
  const fx = -(2 * (x * z + w * y))
  const fz = -(1 - 2 * (x * x + y * y))
  return Math.atan2(-fx, -fz)
}

/**
 * The origin that puts a head seen at `headLocal` (heading `headLocalYaw`) at the world floor
 * point `target`, heading `targetYaw`. Used on entering (the visitor keeps the place and heading
 * they had on the desktop), for teleports (`targetYaw` = the current heading) and for jumps.
 */
export function originPlacingHead(headLocal: Vec3, headLocalYaw: number, target: Vec2, targetYaw: number, floorY = 0): OriginPose {
  const yaw = wrapAngle(targetYaw - headLocalYaw)
  const [x, z] = rotateXZ(headLocal[0], headLocal[2], yaw)
  return { position: [target[0] - x, floorY, target[1] - z], yaw }
}

/** The head's world pose for an origin and a head pose relative to it. */
export function headInWorld(origin: OriginPose, headLocal: Vec3, headLocalYaw: number): { position: Vec3; yaw: number } {
  return { position: localToWorld(origin, headLocal), yaw: wrapAngle(origin.yaw + headLocalYaw) }
}

/**
 * Turns the origin by `delta` radians about the head's world point (not the origin's): after a
 * snap turn the visitor stands exactly where they stood, only facing elsewhere.
 */
export function turnOriginAboutHead(origin: OriginPose, head: Vec2, delta: number): OriginPose {
  const [x, z] = rotateXZ(origin.position[0] - head[0], origin.position[2] - head[1], delta)
  return { position: [head[0] + x, origin.position[1], head[1] + z], yaw: wrapAngle(origin.yaw + delta) }
}

/** Moves the origin so the head's floor point moves from `from` to `to` (smooth locomotion). */
export function shiftOrigin(origin: OriginPose, from: Vec2, to: Vec2): OriginPose {
  return { position: [origin.position[0] + to[0] - from[0], origin.position[1], origin.position[2] + to[1] - from[1]], yaw: origin.yaw }
}

/** Seated mode lifts the origin so a seated eye (about 1.2 m) sees from standing height. */
export const MAX_SEATED_OFFSET = 1

/** How far to lift the origin for a visitor whose eye is `headLocalY` above their real floor. */
export function seatedOffset(headLocalY: number, eyeHeight: number): number {
  if (!Number.isFinite(headLocalY)) return 0
  return Math.min(MAX_SEATED_OFFSET, Math.max(0, eyeHeight - headLocalY))
}
