import { describe, expect, it } from 'vitest'
import { createSlot } from '../../../src/store/slot'

describe('register-and-wait slots', () => {
  it('wakes everyone who waited once a value is set, and answers later askers at once', async () => {
    const slot = createSlot<string>()
    expect(slot.get()).toBeNull()
    const early = [slot.whenSet(), slot.whenSet()]
    slot.set('scene')
    expect(await Promise.all(early)).toEqual(['scene', 'scene'])
    expect(await slot.whenSet()).toBe('scene')
    expect(slot.get()).toBe('scene')
  })

  it('withdraws a value only while it is still the current one', () => {
    const slot = createSlot<number>()
    const releaseFirst = slot.set(1)
    const releaseSecond = slot.set(2)
    // The first provider unmounting late must not take the second one's value away.
    releaseFirst()
    expect(slot.get()).toBe(2)
    releaseSecond()
    expect(slot.get()).toBeNull()
  })

  it('keeps a consumer waiting after a withdrawal until the next value', async () => {
    const slot = createSlot<string>()
    slot.set('old')()
    let got: string | null = null
    void slot.whenSet().then((v) => (got = v))
    await Promise.resolve()
    expect(got).toBeNull()
    slot.set('new')
    await Promise.resolve()
    expect(got).toBe('new')
  })
})
