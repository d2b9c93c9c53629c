import { describe, expect, it } from 'vitest'
import { msUntilToken, newBucket, take } from '../../../src/live/rateLimit'
import { RATE_LIMITS } from '../../../src/live/protocol'

function acceptedOver(limit: { perSecond: number; burst: number }, sendHz: number, seconds: number): number {
  const bucket = newBucket(limit.burst, 0)
  let ok = 0
  for (let t = 0; t < seconds * 1000; t += 1000 / sendHz) if (take(bucket, limit, t)) ok++
  return ok
}

describe('rate limits', () => {
  it('let a client at the limit through', () => {
    expect(acceptedOver(RATE_LIMITS.pupilPose, 5, 10)).toBe(50)
    expect(acceptedOver(RATE_LIMITS.teacherPose, 20, 10)).toBe(200)
  })

  it('hold a flooding client to the sustained rate plus one burst', () => {
    expect(acceptedOver(RATE_LIMITS.pupilPose, 100, 10)).toBeLessThanOrEqual(5 * 10 + 5)
    expect(acceptedOver(RATE_LIMITS.other, 50, 10)).toBeLessThanOrEqual(2 * 10 + 4)
    expect(acceptedOver(RATE_LIMITS.other, 50, 10)).toBeGreaterThanOrEqual(2 * 10)
  })

  it('say how long a refused client must wait, and that wait is enough', () => {
    const limit = RATE_LIMITS.other
    const bucket = newBucket(limit.burst, 0)
    for (let i = 0; i < limit.burst; i++) expect(take(bucket, limit, 100)).toBe(true)
    expect(msUntilToken(bucket, limit, 100)).toBe(1000 / limit.perSecond)
    expect(take(bucket, limit, 100)).toBe(false)
    const wait = msUntilToken(bucket, limit, 300)
    expect(wait).toBe(1000 / limit.perSecond - 200)
    expect(take(bucket, limit, 300 + wait - 1)).toBe(false)
    expect(take(bucket, limit, 300 + wait)).toBe(true)
    expect(msUntilToken(newBucket(limit.burst, 0), limit, 0)).toBe(0)
  })
})
