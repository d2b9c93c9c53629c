import { describe, expect, it } from 'vitest'
import { isWalkKey, keyIntent } from '../../../src/navigation/keys'
import { RUN_SPEED, WALK_SPEED } from '../../../src/navigation/walking'

describe('walking keys', () => {
  it('maps WASD, arrows and Q/E to walking, strafing and turning', () => {
    expect(keyIntent(['KeyW'], false, false)).toEqual({ forward: 1, strafe: 0, turn: 0 })
    expect(keyIntent(['ArrowDown', 'KeyD'], false, false)).toEqual({ forward: -1, strafe: 1, turn: 0 })
    expect(keyIntent(['ArrowLeft'], false, false)).toEqual({ forward: 0, strafe: 0, turn: 1 })
    expect(keyIntent(['KeyE'], false, false)).toEqual({ forward: 0, strafe: 0, turn: -1 })
    expect(isWalkKey('KeyW') && !isWalkKey('KeyM') && !isWalkKey('Space')).toBe(true)
  })

  it('cancels opposite keys and does not add up two keys for one direction', () => {
    expect(keyIntent(['KeyW', 'KeyS'], false, false).forward).toBe(0)
    expect(keyIntent(['KeyW', 'ArrowUp'], false, false).forward).toBe(1)
    expect(keyIntent(['KeyQ', 'ArrowLeft'], false, false).turn).toBe(1)
  })

  it('runs with Shift at the running speed', () => {
    expect(keyIntent(['KeyW'], true, false).forward * WALK_SPEED).toBeCloseTo(RUN_SPEED)
  })

  it('lets a led visitor turn to look but not walk', () => {
    expect(keyIntent(['KeyW', 'KeyA', 'KeyQ'], true, true)).toEqual({ forward: 0, strafe: 0, turn: 1 })
  })
})
