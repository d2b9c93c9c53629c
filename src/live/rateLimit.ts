/** A token bucket per socket and kind of message (`RATE_LIMITS`); pure, the clock is passed in. */
export interface Bucket {
  tokens: number
  at: number
}

export function newBucket(burst: number, now: number): Bucket {
  return { tokens: burst, at: now }
}

/** Takes one token when there is one (returns true); refills at `perSecond` up to `burst`. */
export function take(bucket: Bucket, limit: { perSecond: number; burst: number }, now: number): boolean {
  const elapsed = Math.max(0, now - bucket.at) / 1000
  bucket.tokens = Math.min(limit.burst, bucket.tokens + elapsed * limit.perSecond)
  bucket.at = now
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1
    return true
  }
  return false
}

/** How long until `take` would succeed (0 when it would now): what a refused client is told to wait. */
export function msUntilToken(bucket: Bucket, limit: { perSecond: number; burst: number }, now: number): number {
  const elapsed = Math.max(0, now - bucket.at) / 1000
  const tokens = Math.min(limit.burst, bucket.tokens + elapsed * limit.perSecond)
  return tokens >= 1 ? 0 : Math.ceil(((1 - tokens) * 1000) / limit.perSecond)
}
