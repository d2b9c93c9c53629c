import { describe, expect, it } from 'vitest'
import { snapTurnDelta, stepStick, stickVelocity, type StickPhase } from '../../../src/xr/thumbstick'

/** Feeds a sequence of stick positions, returning the actions that came out. */
function run(samples: Array<[number, number]>, options = { teleport: true, turn: true }) {
  let phase: StickPhase = 'idle'
  const actions: string[] = []
  for (const [x, y] of samples) {
    const step = stepStick(phase, x, y, options)
    phase = step.phase
    if (step.action !== 'none') actions.push(step.action)
  }
  return { phase, actions }
}

describe('thumbstick gestures', () => {
  it('forward aims, letting go teleports', () => {
    expect(run([[0, -0.3], [0, -0.9], [0.1, -0.8], [0, 0]])).toEqual({ phase: 'idle', actions: ['teleport'] })
  })

  it('pulling back while aiming cancels, and nothing happens on release', () => {
    expect(run([[0, -0.9], [0, 0.9], [0, 0]])).toEqual({ phase: 'idle', actions: ['cancel'] })
  })

  it('one flick, one snap turn: the stick must return to the centre before the next', () => {
    expect(run([[0.9, 0], [0.95, 0.1], [0.8, 0], [0.1, 0], [-0.9, 0], [0, 0]]).actions).toEqual(['turn-right', 'turn-left'])
  })

  it('does not aim when teleporting is off for this stick (smooth walking)', () => {
    expect(run([[0, -0.9], [0, 0]], { teleport: false, turn: true }).actions).toEqual([])
  })

  it('turning right lowers the yaw by the step (positive yaw turns left)', () => {
    expect(snapTurnDelta('turn-right', 30)).toBeCloseTo(-Math.PI / 6)
    expect(snapTurnDelta('turn-left', 45)).toBeCloseTo(Math.PI / 4)
    expect(snapTurnDelta('teleport', 45)).toBe(0)
  })

  it('walks where the head looks: stick forward at yaw 0 goes to -z; right goes to +x', () => {
    const [fx, fz] = stickVelocity(0, -1, 0, 1.4)
    expect(fx).toBeCloseTo(0)
    expect(fz).toBeCloseTo(-1.4)
    const [rx, rz] = stickVelocity(1, 0, 0, 1.4)
    expect(rx).toBeCloseTo(1.4)
    expect(rz).toBeCloseTo(0)
    expect(stickVelocity(0.1, -0.1, 0, 1.4)).toEqual([0, 0])
    const [dx, dz] = stickVelocity(1, -1, 0, 1.4)
    expect(Math.hypot(dx, dz)).toBeCloseTo(1.4)
  })
})
