import { afterEach, describe, expect, it } from 'vitest'
import { applyStick, readStick, STICK_DEAD_ZONE } from '../../../src/navigation/touchStick'
import { runtime } from '../../../src/store/runtime'
import { CAMERA_FOV } from '../../../src/layout/constants'

describe('reading the touch stick', () => {
  it('up walks forward, down walks back, left turns left (+), right turns right (-)', () => {
    expect(readStick(0, -50, 50)).toMatchObject({ forward: 1, turn: 0 })
    expect(readStick(0, 50, 50)).toMatchObject({ forward: -1, turn: 0 })
    expect(readStick(-50, 0, 50)).toMatchObject({ forward: 0, turn: 1 })
    expect(readStick(50, 0, 50)).toMatchObject({ forward: 0, turn: -1 })
  })

  it('a resting thumb inside the dead zone asks for nothing, and speed starts from 0 at its edge', () => {
    const inside = readStick(0, -50 * STICK_DEAD_ZONE * 0.9, 50)
    expect(inside.forward).toBe(0)
    expect(inside.turn).toBe(0)
    const justOut = readStick(0, -50 * (STICK_DEAD_ZONE + 0.01), 50)
    expect(justOut.forward).toBeGreaterThan(0)
    expect(justOut.forward).toBeLessThan(0.05)
    expect(readStick(0, -50 * (STICK_DEAD_ZONE + (1 - STICK_DEAD_ZONE) / 2), 50).forward).toBeCloseTo(0.5)
  })

  it('keeps the knob on the ring when the finger goes past it, and never asks for more than full speed', () => {
    const r = readStick(300, -400, 50)
    expect(Math.hypot(...r.knob)).toBeCloseTo(50)
    expect(r.knob[0]).toBeCloseTo(30)
    expect(r.knob[1]).toBeCloseTo(-40)
    expect(Math.hypot(r.forward, r.turn)).toBeCloseTo(1)
    expect(r.forward).toBeCloseTo(0.8)
    expect(r.turn).toBeCloseTo(-0.6)
  })

  it('reads a centred finger or a degenerate stick as still', () => {
    expect(readStick(0, 0, 50)).toEqual({ knob: [0, 0], forward: 0, turn: 0 })
    expect(readStick(10, 10, 0)).toEqual({ knob: [0, 0], forward: 0, turn: 0 })
  })
})

describe('handing the stick to the visitor', () => {
  afterEach(() => {
    runtime.move = { forward: 0, strafe: 0, turn: 0 }
    runtime.walkLocked = false
    runtime.onManualMove = null
    runtime.glide = null
  })

  it('the first push stops a glide, leaves a close-up and lets a tour step aside', () => {
    let toldTour = 0
    runtime.onManualMove = () => (toldTour += 1)
    runtime.glide = { target: [3, 4], yaw: null }
    runtime.fov = 20
    runtime.closeUp = 'some-work'
    applyStick({ forward: 0.5, turn: 0 })
    expect(runtime.move).toEqual({ forward: 0.5, strafe: 0, turn: 0 })
    expect(runtime.glide).toBeNull()
    expect(runtime.fov).toBe(CAMERA_FOV)
    expect(runtime.closeUp).toBeNull()
    applyStick({ forward: 0.7, turn: 0.1 })
    expect(toldTour).toBe(1)
    applyStick(null)
    expect(runtime.move).toEqual({ forward: 0, strafe: 0, turn: 0 })
  })

  it('while following the teacher the stick turns but does not walk, and keeps the follow glide', () => {
    runtime.walkLocked = true
    runtime.glide = { target: [1, 1], yaw: 0 }
    applyStick({ forward: 1, turn: -0.5 })
    expect(runtime.move).toEqual({ forward: 0, strafe: 0, turn: -0.5 })
    expect(runtime.glide).not.toBeNull()
  })
})
