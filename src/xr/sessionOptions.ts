/**
 * The session's rendering choices, as plain values (see xrStore.ts for why each is what it is),
 * kept apart from the store so they are tested without WebXR.
 */
export const XR_FRAME_RATE = 72
export const XR_FOVEATION = 1
export const XR_FRAMEBUFFER_SCALING = 1

/** Picks 72 Hz, or else the lowest rate of at least 72, or else the highest the headset offers. */
export function pickFrameRate(rates: ArrayLike<number>): number | false {
  const list = Array.from(rates).sort((a, b) => a - b)
  if (list.length === 0) return false
  return list.find((r) => r === XR_FRAME_RATE) ?? list.find((r) => r >= XR_FRAME_RATE) ?? list[list.length - 1] ?? false
}
