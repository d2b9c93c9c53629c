/**
 * Calls `done` once something has been on screen for `ms`: time counts only while frames are
 * drawn, and one long frame counts as at most `maxStepMs`. A card timed by the wall clock is
 * gone before it is read when a slow device spends its first seconds in a room uploading
 * textures, or when the tab was hidden; timed by the frames a visitor saw, it is not.
 */
export interface FrameSource {
  request(cb: (now: number) => void): number
  cancel(handle: number): void
}

const animationFrames: FrameSource = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (handle) => cancelAnimationFrame(handle),
}

/** Starts counting at the next frame; returns a function that stops it. */
export function afterSeenFor(ms: number, done: () => void, { maxStepMs = 100, frames = animationFrames }: { maxStepMs?: number; frames?: FrameSource } = {}): () => void {
  let seen = 0
  let last: number | null = null
  let handle = frames.request(function tick(now) {
    if (last !== null) seen += Math.min(maxStepMs, Math.max(0, now - last))
    last = now
    if (seen >= ms) return done()
    handle = frames.request(tick)
  })
  return () => frames.cancel(handle)
}
