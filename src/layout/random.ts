/**
 * The one seeded random generator of the project (the app's procedural textures, the models, the
 * artwork, music and lightmap builds): the same seed gives the same numbers on every machine, so
 * every visit, screenshot and rebuilt asset is the same. Mulberry32: small, fast, good enough for
 * grain and jitter (not for anything secret).
 */

/** Numbers in [0, 1) from a 32-bit seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A stable 32-bit seed from a string (FNV-1a), so a room or a work can seed by its id. */
export function seedFromText(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}
