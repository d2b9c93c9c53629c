/** Small shaping functions shared by the audio maths. Pure: no Web Audio, no three.js. */

export function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0
}

/** Hermite smoothstep: 0 at or below edge0, 1 at or above edge1, smooth in between. */
export function smoothStep(edge0: number, edge1: number, x: number): number {
  if (edge0 === edge1) return x < edge0 ? 0 : 1
  const t = clamp01((x - edge0) / (edge1 - edge0))
  return t * t * (3 - 2 * t)
}

/**
 * Equal-power crossfade at position t (0: all A, 1: all B): [gainA, gainB] with
 * gainA² + gainB² = 1, so uncorrelated sources keep a steady loudness through the fade.
 */
export function equalPower(t: number): [number, number] {
  const x = clamp01(t) * (Math.PI / 2)
  return [Math.cos(x), Math.sin(x)]
}
