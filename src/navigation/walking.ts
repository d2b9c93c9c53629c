/**
 * The visitor's walking physics, one frame at a time: keys and sticks accelerate toward a
 * walking velocity, a glide (click-to-walk, a tour, the teacher's call) carries the visitor to
 * a floor point and eases in, and every step slides along walls and around stands. Plain
 * TypeScript on a runtime-shaped body, so it is unit-tested without a browser.
 */
import { moveWithCollisions } from '../layout/collision'
import { wrapAngle } from '../layout/geometry'
import type { GalleryLayout } from '../layout/types'
import type { Runtime } from '../store/runtime'

export const WALK_SPEED = 1.4
export const RUN_SPEED = 2.8
/** Radians a second, keys or stick fully over. */
export const TURN_SPEED = 1.8
/** How fast the velocity closes on what the keys ask (1/s): soft starts and stops. */
const ACCELERATION = 8
/** A glide turns toward its final heading at this many radians a second. */
const GLIDE_TURN_SPEED = 3
/** A glide ends this close to its target, metres. */
const ARRIVED = 0.05
/** How fast the eye closes on the height it settles at (1/s): bending to a close-up or straightening up takes about half a second. */
const BEND_RATE = 6
/** A long stall (tab hidden) must not turn into a jump; a slow software-rendered frame still walks in real time. */
const MAX_STEP_S = 0.25
export const LOOK_SENSITIVITY = 0.0035
export const MAX_PITCH = 1.2

/** What of the runtime one walking step reads and moves. */
export type WalkBody = Pick<Runtime, 'position' | 'yaw' | 'move' | 'velocity' | 'glide' | 'eyeHeight'>

/** Turns `from` toward `to` by at most `step` radians, the short way round. */
export function approachAngle(from: number, to: number, step: number): number {
  const d = wrapAngle(to - from)
  return Math.abs(d) <= step ? to : from + Math.sign(d) * step
}

/** The eye's height `dt` seconds on, easing from `y` toward `target` (and landing on it once within a millimetre). */
export function easeHeight(y: number, target: number, dt: number): number {
  const next = y + (target - y) * (1 - Math.exp(-BEND_RATE * dt))
  return Math.abs(target - next) < 1e-3 ? target : next
}

/** Eases `velocity` toward `wanted` over `dt` seconds. */
function accelerate(velocity: [number, number], wanted: readonly [number, number], dt: number): void {
  const k = 1 - Math.exp(-ACCELERATION * dt)
  velocity[0] += (wanted[0] - velocity[0]) * k
  velocity[1] += (wanted[1] - velocity[1]) * k
}

/**
 * Advances the body by `rawDt` seconds. `walking` is false whenever the visitor may not move
 * (a panel is open, the start screen): then the body coasts to a stop. A glide that arrives is
 * cleared before its `onArrive` runs; one that is blocked by a wall is dropped.
 */
export function walkStep(layout: GalleryLayout, body: WalkBody, rawDt: number, walking: boolean): void {
  const dt = Math.min(rawDt, MAX_STEP_S)
  const { move, velocity } = body
  const [x, , z] = body.position
  if (walking && (move.forward !== 0 || move.strafe !== 0 || (move.turn !== 0 && !body.glide))) {
    body.yaw += move.turn * TURN_SPEED * dt
    const fx = -Math.sin(body.yaw)
    const fz = -Math.cos(body.yaw)
    accelerate(velocity, [(fx * move.forward - fz * move.strafe) * WALK_SPEED, (fz * move.forward + fx * move.strafe) * WALK_SPEED], dt)
  } else if (body.glide && walking) {
    const [tx, tz] = body.glide.target
    const dist = Math.hypot(tx - x, tz - z)
    // A visitor led by the teacher turns to look while the glide carries them.
    if (move.turn !== 0) body.yaw += move.turn * TURN_SPEED * dt
    else if (body.glide.yaw !== null) body.yaw = approachAngle(body.yaw, body.glide.yaw, GLIDE_TURN_SPEED * dt)
    if (dist < ARRIVED) {
      const done = body.glide
      body.glide = null
      done.onArrive?.()
    } else {
      // Ease out over the last metre so arrival is soft.
      const speed = Math.min(WALK_SPEED * 1.3, dist * 2.5)
      velocity[0] = ((tx - x) / dist) * speed
      velocity[1] = ((tz - z) / dist) * speed
    }
  } else {
    accelerate(velocity, [0, 0], dt)
  }
  let floor: [number, number] = [x, z]
  if (Math.abs(velocity[0]) > 1e-4 || Math.abs(velocity[1]) > 1e-4) {
    floor = moveWithCollisions(layout, [x, z], [x + velocity[0] * dt, z + velocity[1] * dt])
    if (body.glide && Math.hypot(floor[0] - x, floor[1] - z) < 1e-4) body.glide = null
  }
  // Bent to a close-up, the visitor straightens up as they walk on (standUp() set the standing height).
  const y = easeHeight(body.position[1], body.eyeHeight, dt)
  if (floor[0] !== x || floor[1] !== z || y !== body.position[1]) body.position = [floor[0], y, floor[1]]
}

/**
 * Whether the next walking step would still move the body: a key or stick held, a glide under
 * way, the velocity not yet coasted out, the eye still bending or straightening. The gallery
 * draws frames on demand and keeps drawing while this holds (src/scene/FrameDemand.tsx).
 */
export function inMotion(body: WalkBody, walking: boolean): boolean {
  const { move, velocity } = body
  if (walking && (move.forward !== 0 || move.strafe !== 0 || move.turn !== 0 || body.glide)) return true
  return Math.abs(velocity[0]) > 1e-4 || Math.abs(velocity[1]) > 1e-4 || body.position[1] !== body.eyeHeight
}

/** Drag to look: the pointer moved by (dx, dy) CSS pixels; dragging right turns the view left, as when grabbing a photo sphere. */
export function dragLook(view: { yaw: number; pitch: number }, dx: number, dy: number): void {
  view.yaw += dx * LOOK_SENSITIVITY
  view.pitch = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, view.pitch + dy * LOOK_SENSITIVITY))
}
