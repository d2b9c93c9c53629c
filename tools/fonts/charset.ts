/**
 * Which characters the page's fonts are subset to, and how they are cut into slices (pure: the
 * plugin in subsetFonts.ts and the unit tests share it). Every string of the exhibition
 * (content/*.json) and every character written in the interface's source (src/: the strings of
 * src/i18n, the language switcher's labels, ...) plus printable ASCII and common punctuation.
 */
import { stringsOf } from '../../src/i18n/fontCoverage'

/** Always in the subset: printable ASCII, no-break space and the punctuation and signs typed text meets. */
export const BASE_CHARACTERS = `${Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('')}\u00a0‘’“”«»–—…·•×°©№`

const NO_GLYPH = /[\s\p{Cc}\p{Cf}\p{Cs}]/u

/** How often each character occurs in `texts` (whitespace and control characters left out). */
export function characterCounts(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const text of texts) for (const ch of text) if (!NO_GLYPH.test(ch) || ch === ' ' || ch === '\u00a0') counts.set(ch, (counts.get(ch) ?? 0) + 1)
  return counts
}

/** The texts to subset for: the strings of every manifest document, and the non-ASCII characters of every source file. */
export function subsetTexts(jsonDocuments: unknown[], sourceFiles: string[]): string[] {
  return [BASE_CHARACTERS, ...jsonDocuments.flatMap((doc) => stringsOf(doc)), ...sourceFiles.map((src) => src.replace(/[\x00-\x7f]/g, ''))]
}

export interface Slice {
  name: string
  chars: string[]
}

const isCyrillic = (cp: number) => cp >= 0x0400 && cp <= 0x052f
const isWide = (cp: number) => cp >= 0x2e80

/**
 * Latin (and every other narrow script), Cyrillic, then the wide (CJK) characters most frequent
 * first, `cjkSize` to a slice: a page downloads only the slices its text uses, and the frequent
 * characters (an interface's few Chinese words) come in the first.
 */
export function sliceCharacters(counts: ReadonlyMap<string, number>, cjkSize = 150): Slice[] {
  const chars = [...counts.keys()].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)
  const latin = chars.filter((c) => !isCyrillic(c.codePointAt(0)!) && !isWide(c.codePointAt(0)!))
  const cyrillic = chars.filter((c) => isCyrillic(c.codePointAt(0)!))
  const wide = chars.filter((c) => isWide(c.codePointAt(0)!)).sort((a, b) => counts.get(b)! - counts.get(a)! || a.codePointAt(0)! - b.codePointAt(0)!)
  const slices: Slice[] = [{ name: 'latin', chars: latin }]
  if (cyrillic.length) slices.push({ name: 'cyrillic', chars: cyrillic })
  for (let i = 0; i < wide.length; i += cjkSize) slices.push({ name: `cjk${i / cjkSize}`, chars: wide.slice(i, i + cjkSize).sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!) })
  return slices
}

/** A CSS `unicode-range` for these characters, consecutive code points joined ("U+20-7E, U+A0"). */
export function unicodeRange(chars: string[]): string {
  const cps = [...new Set(chars.map((c) => c.codePointAt(0)!))].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < cps.length; ) {
    let j = i
    while (j + 1 < cps.length && cps[j + 1] === cps[j]! + 1) j++
    const hex = (n: number) => n.toString(16).toUpperCase()
    parts.push(i === j ? `U+${hex(cps[i]!)}` : `U+${hex(cps[i]!)}-${hex(cps[j]!)}`)
    i = j + 1
  }
  return parts.join(', ')
}
