import { describe, expect, it } from 'vitest'
import { afterSeenFor, type FrameSource } from '../../../src/ui/seenFor'

/** Frames drawn by hand: each `draw(t)` runs what was requested, at page time t. */
function manualFrames() {
  let queued: Array<{ handle: number; cb: (now: number) => void }> = []
  let next = 1
  const frames: FrameSource = {
    request: (cb) => (queued.push({ handle: next, cb }), next++),
    cancel: (handle) => void (queued = queued.filter((q) => q.handle !== handle)),
  }
  const draw = (now: number) => {
    const run = queued
    queued = []
    for (const q of run) q.cb(now)
  }
  return { frames, draw, pending: () => queued.length }
}

describe('afterSeenFor', () => {
  it('fires after the time of smoothly drawn frames', () => {
    const { frames, draw } = manualFrames()
    let fired = 0
    afterSeenFor(1000, () => fired++, { frames })
    for (let t = 0; t <= 980; t += 20) draw(t)
    expect(fired).toBe(0)
    draw(1000)
    expect(fired).toBe(1)
    draw(1020)
    expect(fired).toBe(1)
  })

  it('counts a long frame (a blocked main thread, a hidden tab) as at most maxStepMs', () => {
    const { frames, draw } = manualFrames()
    let fired = false
    afterSeenFor(1000, () => (fired = true), { frames, maxStepMs: 100 })
    draw(0)
    draw(3000) // three seconds without a frame: 100 ms seen
    expect(fired).toBe(false)
    for (let t = 3100; t <= 3800; t += 100) draw(t)
    expect(fired).toBe(false)
    draw(3900)
    expect(fired).toBe(true)
  })

  it('stops when cancelled', () => {
    const { frames, draw, pending } = manualFrames()
    let fired = false
    const stop = afterSeenFor(100, () => (fired = true), { frames })
    draw(0)
    stop()
    expect(pending()).toBe(0)
    draw(500)
    expect(fired).toBe(false)
  })
})
