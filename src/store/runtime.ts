/**
 * Per-frame values, mutated inside useFrame and read by the automation API. Kept out of React
 * state on purpose: writing them 60 times a second through a store would re-render the UI.
 */
import type * as THREE from 'three'
import { CAMERA_FOV } from '../layout/constants'
import { EYE_HEIGHT, type Vec3 } from '../layout/types'
import type { LivePose } from './liveTypes'
import { createSlot } from './slot'

export interface Runtime {
  /** The visitor's eye in world metres. */
  position: Vec3
  /** Heading about y (0 looks toward -z), and look up/down, in radians. */
  yaw: number
  pitch: number
  /** The camera's vertical field of view in degrees: CAMERA_FOV, narrower while leaning in to a small work's close-up. */
  fov: number
  /** The height the eye settles at: EYE_HEIGHT, lower while bending to a small work on a plinth (src/navigation/walking.ts eases `position[1]` to it; in VR the head is the user's own). */
  eyeHeight: number
  /** The artifact whose close-up the visitor was just sent to (goTo, a link, a tour); null once they move on their own. */
  closeUp: string | null
  /** Keyboard/stick intent this frame: forward (+1) / back, strafe right (+1) / left. */
  move: { forward: number; strafe: number; turn: number }
  /** The walking velocity on the floor (x, z), metres a second. */
  velocity: [number, number]
  /** An ongoing glide (click-to-walk, goTo): where to, what yaw to end at, and whether the floor shows its target (a tap or click). */
  glide: { target: [number, number]; yaw: number | null; marked?: boolean; onArrive?: () => void } | null
  /** Frames drawn since start, for tests that wait on frames rather than time. */
  frames: number
  /** Set by the scene: the last frame's renderer stats. */
  renderStats: { calls: number; triangles: number; textures: number; geometries: number }
  /** Narration is being spoken (speech synthesis or a recording): music ducks under it. */
  speechActive: boolean
  /** Called when the visitor takes the controls (keys, drag-walk), so a tour can step aside. */
  onManualMove: (() => void) | null
  /** Resolvers waiting for the next drawn frame. */
  afterFrame: Array<() => void>
  /** Live class: the teacher's streamed pose (pupils), every pupil's (teacher) or visible classmates' (pupils). */
  live: { teacher: LivePose | null; members: Map<string, LivePose> }
  /** While the teacher says "Follow me": the visitor may look around but not walk (keys, clicks, teleports). */
  walkLocked: boolean
}

export const runtime: Runtime = {
  position: [0, EYE_HEIGHT, 0],
  yaw: 0,
  pitch: 0,
  fov: CAMERA_FOV,
  eyeHeight: EYE_HEIGHT,
  closeUp: null,
  move: { forward: 0, strafe: 0, turn: 0 },
  velocity: [0, 0],
  glide: null,
  frames: 0,
  renderStats: { calls: 0, triangles: 0, textures: 0, geometries: 0 },
  speechActive: false,
  onManualMove: null,
  afterFrame: [],
  live: { teacher: null, members: new Map() },
  walkLocked: false,
}

/** Resolves after `count` more frames have been drawn. */
export function nextFrames(count = 1): Promise<void> {
  return new Promise((resolve) => {
    let left = count
    const tick = () => {
      left -= 1
      if (left <= 0) resolve()
      else runtime.afterFrame.push(tick)
    }
    runtime.afterFrame.push(tick)
  })
}

/** The live three.js objects, handed over by the Canvas for the automation API's measurements. */
export interface SceneAccess {
  scene: THREE.Scene
  camera: THREE.Camera
  gl: THREE.WebGLRenderer
  size: { width: number; height: number }
}

/** Filled by the scene while its Canvas is mounted. */
export const sceneSlot = createSlot<SceneAccess>()

/**
 * Filled once the start room's architecture is drawn and the visitor can move (Enter works), while
 * its works' pictures and models may still be arriving (each shows a plain panel meanwhile; the labelled placeholder means its file failed).
 */
export const walkableSlot = createSlot<true>()

/** The start room stands and can be walked: the window hears `gallery:walkable` (before `gallery:ready`). */
export function announceWalkable(): void {
  walkableSlot.set(true)
  window.dispatchEvent(new Event('gallery:walkable'))
}

/** Filled once the start room has drawn its first frame with its assets; `whenReady()` waits on it. */
export const readySlot = createSlot<true>()

/** The start room is on screen: `whenReady()` resolves, and the window hears `gallery:ready`. */
export function announceReady(): void {
  readySlot.set(true)
  window.dispatchEvent(new Event('gallery:ready'))
}
