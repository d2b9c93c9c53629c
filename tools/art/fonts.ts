/**
 * The fonts the artwork is set in (Noto Serif SC / Noto Sans SC: Latin, Cyrillic and Simplified
 * Chinese in one family) and a small reader of their advance widths, so that text can be
 * wrapped, centred and set glyph by glyph (typewriter and handwriting effects) without a
 * browser. resvg gets the same files, so what is measured is what is drawn.
 */
import { readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { dirname, resolve } from 'node:path'
import { wrapLines } from '../../src/i18n/wrapLines'

export const SERIF: 'Noto Serif SC' = 'Noto Serif SC'
export const SANS: 'Noto Sans SC' = 'Noto Sans SC'
export type Family = typeof SERIF | typeof SANS
export type Weight = 300 | 400 | 700 | 900

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const FONT_DIR = resolve(ROOT, 'node_modules/@expo-google-fonts')

interface FontFile {
  family: Family
  weight: Weight
  path: string
}

export const FONT_FILES: readonly FontFile[] = [
  { family: SERIF, weight: 300, path: `${FONT_DIR}/noto-serif-sc/300Light/NotoSerifSC_300Light.ttf` },
  { family: SERIF, weight: 400, path: `${FONT_DIR}/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf` },
  { family: SERIF, weight: 700, path: `${FONT_DIR}/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf` },
  { family: SERIF, weight: 900, path: `${FONT_DIR}/noto-serif-sc/900Black/NotoSerifSC_900Black.ttf` },
  { family: SANS, weight: 400, path: `${FONT_DIR}/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf` },
  { family: SANS, weight: 700, path: `${FONT_DIR}/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf` },
  { family: SANS, weight: 900, path: `${FONT_DIR}/noto-sans-sc/900Black/NotoSansSC_900Black.ttf` },
]

export const fontPaths = (): string[] => FONT_FILES.map((f) => f.path)

let fontHashCache: string | null = null
/** Hash of every font file's bytes: part of each artwork's input hash. */
export function fontsHash(): string {
  if (fontHashCache) return fontHashCache
  const h = createHash('sha256')
  for (const f of FONT_FILES) {
    h.update(f.path.slice(FONT_DIR.length))
    h.update(readFileSync(f.path))
  }
  fontHashCache = h.digest('hex')
  return fontHashCache
}

/** Advance widths of one font file, read from its cmap and hmtx tables. */
class Metrics {
  private readonly unitsPerEm: number
  private readonly advances: Uint16Array
  private readonly cmap = new Map<number, number>()
  private readonly cache = new Map<number, number>()

  constructor(buf: Buffer) {
    const numTables = buf.readUInt16BE(4)
    const tables = new Map<string, number>()
    for (let i = 0; i < numTables; i++) {
      const rec = 12 + i * 16
      tables.set(buf.toString('latin1', rec, rec + 4), buf.readUInt32BE(rec + 8))
    }
    const table = (tag: string): number => {
      const off = tables.get(tag)
      if (off === undefined) throw new Error(`font has no ${tag} table`)
      return off
    }
    this.unitsPerEm = buf.readUInt16BE(table('head') + 18)
    const numHMetrics = buf.readUInt16BE(table('hhea') + 34)
    const hmtx = table('hmtx')
    this.advances = new Uint16Array(numHMetrics)
    for (let i = 0; i < numHMetrics; i++) this.advances[i] = buf.readUInt16BE(hmtx + i * 4)
    this.readCmap(buf, table('cmap'))
  }

  private readCmap(buf: Buffer, cmap: number): void {
    const n = buf.readUInt16BE(cmap + 2)
    let format12 = -1
    let format4 = -1
    for (let i = 0; i < n; i++) {
      const rec = cmap + 4 + i * 8
      const platform = buf.readUInt16BE(rec)
      const encoding = buf.readUInt16BE(rec + 2)
      const sub = cmap + buf.readUInt32BE(rec + 4)
      const format = buf.readUInt16BE(sub)
      if (format === 12 && (platform === 3 || platform === 0)) format12 = sub
      if (format === 4 && ((platform === 3 && encoding === 1) || platform === 0)) format4 = sub
    }
    if (format12 >= 0) {
      const groups = buf.readUInt32BE(format12 + 12)
      for (let g = 0; g < groups; g++) {
        const rec = format12 + 16 + g * 12
        const start = buf.readUInt32BE(rec)
        const end = buf.readUInt32BE(rec + 4)
        const glyph = buf.readUInt32BE(rec + 8)
        // Only the planes the artwork uses, to keep the map small.
        for (let c = start; c <= end && c < 0x10000; c++) this.cmap.set(c, glyph + (c - start))
      }
    } else if (format4 >= 0) {
      const segX2 = buf.readUInt16BE(format4 + 6)
      const ends = format4 + 14
      const starts = ends + segX2 + 2
      const deltas = starts + segX2
      const ranges = deltas + segX2
      for (let s = 0; s < segX2 / 2; s++) {
        const end = buf.readUInt16BE(ends + s * 2)
        const start = buf.readUInt16BE(starts + s * 2)
        const delta = buf.readInt16BE(deltas + s * 2)
        const rangeOff = buf.readUInt16BE(ranges + s * 2)
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let glyph: number
          if (rangeOff === 0) glyph = (c + delta) & 0xffff
          else {
            const at = ranges + s * 2 + rangeOff + (c - start) * 2
            glyph = buf.readUInt16BE(at)
            if (glyph !== 0) glyph = (glyph + delta) & 0xffff
          }
          this.cmap.set(c, glyph)
        }
      }
    }
  }

  hasGlyph(codePoint: number): boolean {
    return (this.cmap.get(codePoint) ?? 0) !== 0
  }

  /** Advance of one character in em. */
  advance(codePoint: number): number {
    const cached = this.cache.get(codePoint)
    if (cached !== undefined) return cached
    const glyph = this.cmap.get(codePoint) ?? 0
    const adv = this.advances[Math.min(glyph, this.advances.length - 1)] ?? this.unitsPerEm
    const em = adv / this.unitsPerEm
    this.cache.set(codePoint, em)
    return em
  }
}

const metricsCache = new Map<string, Metrics>()
function metricsFor(family: Family, weight: Weight): Metrics {
  // Only the weights that exist; a missing one falls back to the nearest file of the family.
  const candidates = FONT_FILES.filter((f) => f.family === family)
  const file = candidates.reduce((best, f) => (Math.abs(f.weight - weight) < Math.abs(best.weight - weight) ? f : best))
  let m = metricsCache.get(file.path)
  if (!m) {
    m = new Metrics(readFileSync(file.path))
    metricsCache.set(file.path, m)
  }
  return m
}

export interface FontSpec {
  family: Family
  weight: Weight
  size: number
  /** Extra space after each character, in the same units as size. */
  letterSpacing?: number
}

/** Advance of each character of text, in user units. */
export function advances(text: string, font: FontSpec): number[] {
  const m = metricsFor(font.family, font.weight)
  return Array.from(text, (ch) => m.advance(ch.codePointAt(0) ?? 32) * font.size + (font.letterSpacing ?? 0))
}

export function measure(text: string, font: FontSpec): number {
  return advances(text, font).reduce((a, b) => a + b, 0)
}

export function hasGlyphs(text: string, family: Family = SERIF): boolean {
  const m = metricsFor(family, 400)
  return Array.from(text).every((ch) => /\s/.test(ch) || m.hasGlyph(ch.codePointAt(0) ?? 0))
}

const CJK = /[\u3000-\u9fff\uff00-\uffef]/
const BREAK_AFTER_PUNCT = /[，。、；：！？）」』,.;:!?)\-—]/

/**
 * Greedy wrap to a width. Latin and Cyrillic break at spaces; Chinese may break between any two
 * characters, except that no line starts with closing punctuation.
 */
export function wrap(text: string, font: FontSpec, width: number): string[] {
  return wrapLines(text, width, (line) => measure(line, font))
}

export const isCjk = (ch: string): boolean => CJK.test(ch)
export const breaksAfter = (ch: string): boolean => BREAK_AFTER_PUNCT.test(ch)
