/**
 * The on-screen stick of touch screens, as numbers: where the finger is against the stick's
 * centre becomes how fast to walk and to turn. Up walks forward, down walks back, left and
 * right turn (as the arrow keys do here; dragging the view is the other way to look). Pure, so
 * the feel is tested without a screen.
 */
import { runtime } from '../store/runtime'
import { takeControls } from './motion'

/** Inside this share of the radius the stick reads as centred: a resting thumb does not creep. */
export const STICK_DEAD_ZONE = 0.18

export interface StickReading {
  /** Where to draw the knob, in CSS pixels from the centre (never outside the ring). */
  knob: [number, number]
  /** Walk forward (+1) or back (-1). */
  forward: number
  /** Turn left (+1) or right (-1), as `runtime.move.turn`. */
  turn: number
}

/**
 * Reads a finger `dx`, `dy` CSS pixels right of and below the centre of a stick of `radius`
 * pixels. The dead zone is round, and the push is rescaled from its edge so speed starts at 0.
 */
export function readStick(dx: number, dy: number, radius: number): StickReading {
  const distance = Math.hypot(dx, dy)
  if (radius <= 0 || distance === 0) return { knob: [0, 0], forward: 0, turn: 0 }
  const reach = Math.min(distance, radius)
  const knob: [number, number] = [(dx / distance) * reach, (dy / distance) * reach]
  const push = reach / radius
  if (push <= STICK_DEAD_ZONE) return { knob, forward: 0, turn: 0 }
  const strength = (push - STICK_DEAD_ZONE) / (1 - STICK_DEAD_ZONE)
  const ux = dx / distance
  const uy = dy / distance
  // -0 would read as "moving" to strict comparisons elsewhere; keep plain zeros.
  return { knob, forward: -uy * strength || 0, turn: -ux * strength || 0 }
}

/**
 * Hands the stick's reading to the walking visitor (read every frame by `Visitor`). The first
 * push takes the controls from a glide or a tour; while the teacher leads ("Follow me") the
 * visitor may still turn to look, but not walk.
 */
export function applyStick(reading: Pick<StickReading, 'forward' | 'turn'> | null): void {
  const forward = reading?.forward ?? 0
  const turn = reading?.turn ?? 0
  const moving = forward !== 0 || turn !== 0
  const wasMoving = runtime.move.forward !== 0 || runtime.move.turn !== 0
  if (moving && !wasMoving && !runtime.walkLocked) takeControls()
  runtime.move = { forward: runtime.walkLocked ? 0 : forward, strafe: 0, turn }
}
