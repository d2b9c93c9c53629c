/**
 * Reading the headset and controllers out of an XR frame into world space, through the XR
 * origin that carries the play space through the gallery. The maths is plain (quaternions as
 * {x, y, z, w}), so it is unit-tested without a headset.
 */
import type { Vec3 } from '../layout/types'
import type { GripPose } from './grab'
import { localDirectionToWorld, localToWorld, yawOfQuaternion, type OriginPose } from './originMath'
import type { ControllerPose } from './xrRuntime'

type Quaternion = { x: number; y: number; z: number; w: number }

/** Where a rotation points its local -z (a target ray's forward). */
export function forwardOf(q: Quaternion): Vec3 {
  return [-(2 * (q.x * q.z + q.w * q.y)), -(2 * (q.y * q.z - q.w * q.x)), -(1 - 2 * (q.x * q.x + q.y * q.y))]
}

/** A grip pose in the world: the origin's yaw times the local rotation. */
export function gripInWorld(origin: OriginPose, position: Vec3, q: Quaternion): GripPose {
  const half = origin.yaw / 2
  const sy = Math.sin(half)
  const cy = Math.cos(half)
  return {
    position: localToWorld(origin, position),
    quaternion: [cy * q.x + sy * q.z, cy * q.y + sy * q.w, cy * q.z - sy * q.x, cy * q.w - sy * q.y],
  }
}

/** The head as the headset reports it (relative to the origin): position, heading, and pitch as three's 'YXZ' Euler reads it (asin(-m23)). */
export function headOf(transform: { position: { x: number; y: number; z: number }; orientation: Quaternion }): { local: Vec3; yaw: number; pitch: number } {
  const { position: p, orientation: o } = transform
  return {
    local: [p.x, p.y, p.z],
    yaw: yawOfQuaternion([o.x, o.y, o.z, o.w]),
    pitch: Math.asin(Math.max(-1, Math.min(1, 2 * (o.w * o.x - o.y * o.z)))),
  }
}

/** One controller's ray, grip and buttons this frame, in world space; null while it is not tracked. */
export function readController(frame: XRFrame, source: XRInputSource, space: XRReferenceSpace, origin: OriginPose): ControllerPose | null {
  const rayPose = frame.getPose(source.targetRaySpace, space)
  if (!rayPose) return null
  const rp = rayPose.transform.position
  const gripPose = source.gripSpace ? frame.getPose(source.gripSpace, space) : null
  const gp = gripPose?.transform.position
  return {
    handedness: source.handedness,
    rayOrigin: localToWorld(origin, [rp.x, rp.y, rp.z]),
    rayDirection: localDirectionToWorld(origin, forwardOf(rayPose.transform.orientation)),
    grip: gripPose && gp ? gripInWorld(origin, [gp.x, gp.y, gp.z], gripPose.transform.orientation) : null,
    trigger: source.gamepad?.buttons[0]?.value ?? 0,
    squeeze: source.gamepad?.buttons[1]?.value ?? 0,
    buttons: source.gamepad ? Array.from(source.gamepad.buttons, (b) => b?.value ?? 0) : [],
  }
}
