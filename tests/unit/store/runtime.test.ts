import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

describe('two-stage readiness', () => {
  const heard: string[] = []
  beforeEach(() => {
    vi.resetModules()
    heard.length = 0
    vi.stubGlobal('window', { dispatchEvent: (e: Event) => void heard.push(e.type) })
  })
  afterEach(() => vi.unstubAllGlobals())

  it('walkable comes on its own: whenReady() still waits for the assets', async () => {
    const { announceReady, announceWalkable, readySlot, walkableSlot } = await import('../../../src/store/runtime')
    const walkable = walkableSlot.whenSet()
    announceWalkable()
    await walkable
    expect(heard).toEqual(['gallery:walkable'])
    expect(readySlot.get()).toBeNull()
    announceReady()
    expect(readySlot.get()).toBe(true)
    expect(heard).toEqual(['gallery:walkable', 'gallery:ready'])
  })
})
