/**
 * What a thumbstick means, frame by frame: push forward to aim a teleport and let go to jump,
 * pull back to cancel; flick left or right for one snap turn (the stick must come back to the
 * centre before the next). Pure, so the gestures are tested without a headset.
 */

/** Past this the stick counts as pushed; under `RELEASE` it counts as back at the centre. */
export const PUSH = 0.6
export const RELEASE = 0.3

export const SNAP_TURN_DEGREES = [30, 45] as const
export type SnapTurnDegrees = (typeof SNAP_TURN_DEGREES)[number]

export type StickPhase = 'idle' | 'aiming' | 'turned' | 'cancelled'

export type StickAction = 'none' | 'teleport' | 'cancel' | 'turn-left' | 'turn-right'

export interface StickStep {
  phase: StickPhase
  action: StickAction
}

/**
 * One frame of a stick. `x` right positive; `y` is the gamepad's own axis, forward negative (as
 * xr-standard thumbsticks report). With `teleport` off (the stick moves the visitor instead)
 * only turns are recognised.
 */
export function stepStick(phase: StickPhase, x: number, y: number, options: { teleport: boolean; turn: boolean }): StickStep {
  const ax = Math.abs(x)
  const ay = Math.abs(y)
  const magnitude = Math.hypot(x, y)
  switch (phase) {
    case 'idle':
      if (options.teleport && -y > PUSH && ay >= ax) return { phase: 'aiming', action: 'none' }
      if (options.turn && ax > PUSH && ax > ay) return { phase: 'turned', action: x > 0 ? 'turn-right' : 'turn-left' }
      return { phase: 'idle', action: 'none' }
    case 'aiming':
      // Pulling back while aiming calls the jump off.
      if (y > PUSH) return { phase: 'cancelled', action: 'cancel' }
      if (magnitude < RELEASE) return { phase: 'idle', action: 'teleport' }
      return { phase: 'aiming', action: 'none' }
    case 'turned':
    case 'cancelled':
      return magnitude < RELEASE ? { phase: 'idle', action: 'none' } : { phase, action: 'none' }
  }
}

/** The yaw change of one snap turn: turning right lowers yaw (positive yaw turns left). */
export function snapTurnDelta(action: StickAction, degrees: number): number {
  if (action === 'turn-left') return (degrees * Math.PI) / 180
  if (action === 'turn-right') return (-degrees * Math.PI) / 180
  return 0
}

/** Dead zone for smooth locomotion, rescaled so speed starts from zero at its edge. */
export function deadZone(v: number, zone = 0.15): number {
  const a = Math.abs(v)
  return a <= zone ? 0 : (Math.sign(v) * (a - zone)) / (1 - zone)
}

/**
 * Smooth walking: the stick's push turned into a floor velocity (m/s) along the head's heading.
 * Forward on the stick walks where the visitor looks.
 */
export function stickVelocity(x: number, y: number, headYaw: number, speed: number): [number, number] {
  const sx = deadZone(x)
  const sy = deadZone(y)
  const m = Math.hypot(sx, sy)
  const k = m > 1 ? 1 / m : 1
  const forward = -sy * k
  const strafe = sx * k
  const fx = -Math.sin(headYaw)
  const fz = -Math.cos(headYaw)
  // Right of a heading (fx, fz) is (-fz, fx).
  return [(fx * forward - fz * strafe) * speed, (fz * forward + fx * strafe) * speed]
}
