/**
 * Small helpers for writing SVG as strings: escaping, rounded numbers (so output is stable and
 * compact), a seeded random generator and text placement with measured fonts.
 */
import { seededRandom, seedFromText } from '../../src/layout/random'
import { advances, measure, SERIF, wrap, type Family, type FontSpec, type Weight } from './fonts'

/** Rounds to 0.01 and drops trailing zeros, so the same input always gives the same string. */
export const n = (v: number): string => {
  const r = Math.round(v * 100) / 100
  return Object.is(r, -0) ? '0' : String(r)
}

export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Attributes object to string; undefined values are left out. */
export function attrs(a: Record<string, string | number | undefined>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}="${typeof v === 'number' ? n(v) : esc(v as string)}"`)
    .join(' ')
}

/**
 * One element. On shapes and text, opacity becomes fill- and stroke-opacity: the same look
 * without an isolated layer per shape (faster, and it avoids a resvg panic with layers inside
 * clipped groups whose content reaches far off the canvas).
 */
export function el(tag: string, a: Record<string, string | number | undefined>, body?: string): string {
  let at = a
  if (tag !== 'g' && tag !== 'svg' && a.opacity !== undefined && a.filter === undefined && a.mask === undefined) {
    const { opacity, ...rest } = a
    at = { ...rest, 'fill-opacity': opacity, 'stroke-opacity': a.stroke !== undefined ? opacity : undefined }
  }
  const s = attrs(at)
  const open = s === '' ? `<${tag}` : `<${tag} ${s}`
  return body === undefined ? `${open}/>` : `${open}>${body}</${tag}>`
}

export const group = (body: string, a: Record<string, string | number | undefined> = {}): string => el('g', a, body)

/** The project's seeded generator (src/layout/random.ts), seeded from a string, with the helpers drawing wants. */
export class Rng {
  readonly next: () => number
  constructor(seed: string) {
    this.next = seededRandom(seedFromText(seed) || 1)
  }
  range(a: number, b: number): number {
    return a + (b - a) * this.next()
  }
  int(a: number, b: number): number {
    return Math.floor(this.range(a, b + 1))
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length) % items.length] as T
  }
  chance(p: number): boolean {
    return this.next() < p
  }
}

export type Anchor = 'start' | 'middle' | 'end'

export interface TextOptions {
  family?: Family
  weight?: Weight
  size: number
  fill?: string
  anchor?: Anchor
  letterSpacing?: number
  opacity?: number
  extra?: Record<string, string | number | undefined>
}

const fontOf = (o: TextOptions): FontSpec => ({
  family: o.family ?? SERIF,
  weight: o.weight ?? 400,
  size: o.size,
  letterSpacing: o.letterSpacing ?? 0,
})

/**
 * One line of text. Letter spacing is applied by placing glyphs ourselves (exact and the same in
 * every renderer) rather than with the letter-spacing property.
 */
export function text(x: number, y: number, s: string, o: TextOptions): string {
  const font = fontOf(o)
  const width = measure(s, font) - (font.letterSpacing ?? 0)
  const anchor = o.anchor ?? 'start'
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width
  const base = {
    'font-family': font.family,
    'font-weight': font.weight,
    'font-size': o.size,
    fill: o.fill ?? '#111',
    opacity: o.opacity,
    ...o.extra,
  }
  if (!font.letterSpacing) {
    return el('text', { x: n(left), y: n(y), ...base }, esc(s))
  }
  const adv = advances(s, font)
  const xs: string[] = []
  let cx = left
  for (const a of adv) {
    xs.push(n(cx))
    cx += a
  }
  return el('text', { x: xs.join(' '), y: n(y), ...base }, esc(s))
}

/** Width of a line as text() would set it. */
export function textWidth(s: string, o: TextOptions): number {
  const font = fontOf(o)
  return measure(s, font) - (font.letterSpacing ?? 0)
}

/** Largest font size (up to max) at which s fits in width. */
export function fitSize(s: string, o: Omit<TextOptions, 'size'>, width: number, max: number): number {
  const w1 = textWidth(s, { ...o, size: 1, letterSpacing: 0 })
  const chars = Array.from(s).length
  const spacingPerSize = (o.letterSpacing ?? 0) / max
  const fit = width / (w1 + spacingPerSize * Math.max(0, chars - 1))
  return Math.min(max, fit)
}

/** Wrapped paragraph; returns the SVG and the y after the last line. */
export function paragraph(
  x: number,
  y: number,
  s: string,
  width: number,
  o: TextOptions & { lineHeight?: number },
): { svg: string; y: number; lines: string[] } {
  const lines = wrap(s, fontOf(o), width)
  const lh = o.lineHeight ?? o.size * 1.45
  const out = lines.map((line, i) => text(x, y + i * lh, line, o))
  return { svg: out.join(''), y: y + lines.length * lh, lines }
}

/** Per-glyph placement with a jitter function: typewriter and handwriting effects. */
export function glyphs(
  x: number,
  y: number,
  s: string,
  o: TextOptions & { monospace?: number; skew?: number },
  jitter: (i: number, ch: string) => { dx?: number; dy?: number; rotate?: number; opacity?: number; scale?: number },
): string {
  const font = fontOf(o)
  const own = advances(s, { ...font, letterSpacing: 0 })
  const adv = o.monospace !== undefined ? own.map(() => o.monospace as number) : advances(s, font)
  const chars = Array.from(s)
  const parts: string[] = []
  let cx = x
  chars.forEach((ch, i) => {
    if (ch.trim() !== '') {
      const j = jitter(i, ch)
      const w = own[i] ?? 0
      // On a fixed pitch a glyph wider than its cell is condensed to fit, as typefaces for
      // typewriters are; narrow glyphs sit in the middle of their cell.
      const sx = o.monospace !== undefined ? Math.min(1, (o.monospace * 0.94) / Math.max(w, 1e-6)) : 1
      const gx = cx + (o.monospace !== undefined ? (o.monospace - w * sx) / 2 : 0) + (j.dx ?? 0)
      const gy = y + (j.dy ?? 0)
      const scale = j.scale ?? 1
      const t: string[] = [`translate(${n(gx)} ${n(gy)})`]
      if (j.rotate) t.push(`rotate(${n(j.rotate)})`)
      if (o.skew) t.push(`skewX(${n(o.skew)})`)
      if (sx !== 1 || scale !== 1) t.push(`scale(${n(sx * scale)} ${n(scale)})`)
      parts.push(
        el(
          'text',
          {
            opacity: j.opacity === undefined ? undefined : n(j.opacity),
            transform: t.join(' '),
          },
          esc(ch),
        ),
      )
    }
    cx += adv[i] ?? 0
  })
  return el(
    'g',
    { 'font-family': font.family, 'font-weight': font.weight, 'font-size': o.size, fill: o.fill ?? '#111', ...o.extra },
    parts.join(''),
  )
}

/** Points of a regular five-pointed star. */
export function starPoints(cx: number, cy: number, r: number, rotation = -90, inner = 0.382): string {
  const pts: string[] = []
  for (let i = 0; i < 10; i++) {
    const rr = i % 2 === 0 ? r : r * inner
    const a = ((rotation + i * 36) * Math.PI) / 180
    pts.push(`${n(cx + rr * Math.cos(a))},${n(cy + rr * Math.sin(a))}`)
  }
  return pts.join(' ')
}

export const star = (cx: number, cy: number, r: number, fill: string, extra: Record<string, string | number | undefined> = {}, rotation = -90): string =>
  el('polygon', { points: starPoints(cx, cy, r, rotation), fill, ...extra })

/** Linear interpolation of two #rrggbb colours. */
export function mix(a: string, b: string, t: number): string {
  const pa = parseInt(a.slice(1), 16)
  const pb = parseInt(b.slice(1), 16)
  const ch = (p: number, s: number) => (p >> s) & 255
  const c = (s: number) => Math.round(ch(pa, s) + (ch(pb, s) - ch(pa, s)) * t)
  return '#' + [16, 8, 0].map((s) => c(s).toString(16).padStart(2, '0')).join('')
}

/** A grey of the given lightness 0..1 as #rrggbb. */
export function grey(l: number): string {
  const v = Math.max(0, Math.min(255, Math.round(l * 255)))
  const h = v.toString(16).padStart(2, '0')
  return `#${h}${h}${h}`
}
