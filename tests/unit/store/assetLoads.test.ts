/** The start screen's progress: asset loads settled out of those started, told to listeners. */
import { describe, expect, it } from 'vitest'
import { assetsSettled, loadShare, onLoads, track } from '../../../src/store/assetLoads'

describe('asset load progress', () => {
  it('is 0 before any load, counts settled (failed too) out of started, and tells listeners', async () => {
    expect(loadShare()).toBe(0)
    let told = 0
    const stop = onLoads(() => (told += 1))
    let finish!: () => void
    const a = track(new Promise<void>((r) => (finish = r)))
    const b = track(Promise.reject(new Error('404'))).catch(() => undefined)
    expect(loadShare()).toBe(0)
    await b
    expect(loadShare()).toBe(0.5)
    finish()
    await a
    expect(loadShare()).toBe(1)
    await assetsSettled()
    expect(told).toBe(4)
    stop()
    await track(Promise.resolve())
    expect(told).toBe(4)
  })
})
