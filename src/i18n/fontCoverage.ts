/**
 * The page ships its two Noto SC families subset at build time to the characters the exhibition
 * and the interface use (tools/fonts/): a few small slices instead of every unicode-range slice
 * of the whole families. Text with a character outside those slices (another exhibition, a typed
 * name) loads the complete families once, so it still has its glyphs before it is drawn.
 */

/** The code point ranges of a CSS `unicode-range` value ("U+20-7E, U+4E2D, U+4??"). */
export function parseUnicodeRange(value: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (const part of value.split(',')) {
    const m = /^\s*u\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?\s*$/i.exec(part)
    if (!m) continue
    const [, start, end] = m
    if (start!.includes('?')) out.push([parseInt(start!.replace(/\?/g, '0'), 16), parseInt(start!.replace(/\?/g, 'f'), 16)])
    else out.push([parseInt(start!, 16), parseInt(end ?? start!, 16)])
  }
  return out
}

/** Whitespace and control characters need no glyph. */
const NO_GLYPH = /[\s\p{Cc}\p{Cf}]/u

/** The characters of `text` (each once, in order of appearance) that no range covers. */
export function uncovered(text: string, ranges: ReadonlyArray<readonly [number, number]>): string[] {
  const missing = new Set<string>()
  for (const ch of text) {
    if (NO_GLYPH.test(ch) || missing.has(ch)) continue
    const cp = ch.codePointAt(0)!
    if (!ranges.some(([a, b]) => cp >= a && cp <= b)) missing.add(ch)
  }
  return [...missing]
}

/** Every string inside a JSON-like value (a manifest), depth first. */
export function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out)
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out)
  return out
}

/** The family whose subset faces tell what the page has glyphs for (every subset face has the same characters). */
export const SUBSET_FAMILY = 'Noto Serif SC'

function subsetRanges(): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  document.fonts.forEach((face) => {
    if (face.family.replace(/["']/g, '') === SUBSET_FAMILY) ranges.push(...parseUnicodeRange(face.unicodeRange))
  })
  return ranges
}

let full: Promise<void> | null = null

/** The complete families (every unicode-range slice, each downloaded only when a character needs it). */
export function loadFullFonts(): Promise<void> {
  full ??= Promise.all([
    import('@fontsource/noto-serif-sc/400.css'),
    import('@fontsource/noto-serif-sc/700.css'),
    import('@fontsource/noto-sans-sc/400.css'),
  ]).then(
    () => undefined,
    (error: unknown) => {
      // A chunk that did not arrive may be tried again; text falls back to the next font meanwhile.
      full = null
      console.warn('[fonts] the complete fonts did not load:', error)
    },
  )
  return full
}

/** Resolves once the page's fonts can draw every character of `text` (loading the complete families if they must). */
export function ensureGlyphs(text: string): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts || full) return full ?? Promise.resolve()
  return uncovered(text, subsetRanges()).length > 0 ? loadFullFonts() : Promise.resolve()
}
