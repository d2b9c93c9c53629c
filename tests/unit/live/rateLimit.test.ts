import { describe, expect, it } from 'vitest'
import { newBucket, take } from '../../../src/live/rateLimit'
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
})
