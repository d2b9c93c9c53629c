/**
 * Per-frame XR values (origin, head, controllers, teleport aim, what is held), mutated by the
 * driver inside useFrame and read by the views and the automation API. Not React state, for the
 * same reason as `runtime`: they change every frame.
 */
import type { Vec3 } from '../layout/types'
import type { OriginPose } from './originMath'
import type { TeleportRefusal } from './teleportArc'

export interface ControllerPose {
  handedness: XRHandedness
  /** The target ray (where it points) in world space. */
  rayOrigin: Vec3
  rayDirection: Vec3
  /** The grip (where the hand holds it) in world space: position and rotation (x, y, z, w). */
  grip: { position: Vec3; quaternion: [number, number, number, number] } | null
  /** Trigger and grip as this frame read them (0..1). */
  trigger: number
  squeeze: number
  /** Every gamepad button's value (xr-standard order: trigger, grip, -, stick, A/X, B/Y). */
  buttons: number[]
}

export interface XRRuntime {
  presenting: boolean
  origin: OriginPose
  /** The head relative to the origin (what the headset reports) and in the world. */
  headLocal: Vec3 | null
  headLocalYaw: number
  head: Vec3 | null
  headYaw: number
  controllers: ControllerPose[]
  teleport: {
    aiming: boolean
    points: Vec3[]
    valid: boolean
    target: Vec3 | null
    reason: TeleportRefusal | null
    done: number
    refused: number
  }
  grabbed: { id: string; position: Vec3 } | null
  /** 0..1: how dark the comfort vignette is now (smooth walking), and a full blink after jumps. */
  vignette: number
  blink: number
  menuOpen: boolean
}

export const xrRuntime: XRRuntime = {
  presenting: false,
  origin: { position: [0, 0, 0], yaw: 0 },
  headLocal: null,
  headLocalYaw: 0,
  head: null,
  headYaw: 0,
  controllers: [],
  teleport: { aiming: false, points: [], valid: false, target: null, reason: null, done: 0, refused: 0 },
  grabbed: null,
  vignette: 0,
  blink: 0,
  menuOpen: false,
}
