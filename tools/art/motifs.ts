/**
 * Drawn motifs shared by the templates: rays, sun, stars, doves, flags, factories, trains,
 * bridges, buildings, trucks and anonymous figures. Each returns an SVG fragment in the
 * caller's units; positions and sizes are parameters, so one motif serves posters (flat,
 * vivid), photographs (greys) and paintings (layered, painterly).
 */
import type { ArtContext } from './params'
import { el, group, n, Rng, star, starPoints } from './svg'

/** Collects <defs> entries and hands out unique ids. */
export class Defs {
  private readonly items: string[] = []
  private count = 0
  constructor(private readonly prefix = 'd') {}
  id(name: string): string {
    return `${this.prefix}-${name}-${this.count++}`
  }
  add(svg: string): void {
    this.items.push(svg)
  }
  /**
   * A Gaussian blur filter per radius, made once each, over a user-space region `margin` (a share
   * of the picture) larger than the picture on every side, so no blur is ever cut off at a box edge.
   * Returns the function that gives a radius's url(#id).
   */
  blurs(W: number, H: number, margin: number): (px: number) => string {
    const made = new Map<number, string>()
    return (px) => {
      const key = Math.round(px * 100)
      let id = made.get(key)
      if (!id) {
        id = this.id('blur')
        this.add(`<filter id="${id}" filterUnits="userSpaceOnUse" x="${n(-margin * W)}" y="${n(-margin * H)}" width="${n((1 + 2 * margin) * W)}" height="${n((1 + 2 * margin) * H)}"><feGaussianBlur stdDeviation="${n(px)}"/></filter>`)
        made.set(key, id)
      }
      return `url(#${id})`
    }
  }
  /** Adds a linear gradient; stops are [offset 0..1, colour, opacity?]. Returns url(#id). */
  linear(stops: Array<[number, string, number?]>, x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
    const id = this.id('lg')
    this.add(
      el(
        'linearGradient',
        { id, x1, y1, x2, y2 },
        stops.map(([o, c, a]) => el('stop', { offset: o, 'stop-color': c, 'stop-opacity': a })).join(''),
      ),
    )
    return `url(#${id})`
  }
  radial(stops: Array<[number, string, number?]>, cx = 0.5, cy = 0.5, r = 0.5, userSpace?: { cx: number; cy: number; r: number }): string {
    const id = this.id('rg')
    const a = userSpace
      ? { id, cx: userSpace.cx, cy: userSpace.cy, r: userSpace.r, gradientUnits: 'userSpaceOnUse' }
      : { id, cx, cy, r }
    this.add(el('radialGradient', a, stops.map(([o, c, op]) => el('stop', { offset: o, 'stop-color': c, 'stop-opacity': op })).join('')))
    return `url(#${id})`
  }
  toString(): string {
    return `<defs>${this.items.join('')}</defs>`
  }
}

/** A template's drawing surface: its size in SVG units (millimetres), its seeded generator (from the work's id) and its defs. */
export function surface(ctx: ArtContext, prefix: string): { W: number; H: number; rng: Rng; defs: Defs } {
  return { W: ctx.widthCm * 10, H: ctx.heightCm * 10, rng: new Rng(ctx.id), defs: new Defs(prefix) }
}

type Pt = [number, number]

/** Sutherland-Hodgman: a convex polygon clipped to an axis-aligned box. */
export function clipPolygon(pts: Pt[], box: { x: number; y: number; w: number; h: number }): Pt[] {
  const edges: Array<[(p: Pt) => boolean, (a: Pt, b: Pt) => Pt]> = [
    [(p) => p[0] >= box.x, (a, b) => lerpAt(a, b, 0, box.x)],
    [(p) => p[0] <= box.x + box.w, (a, b) => lerpAt(a, b, 0, box.x + box.w)],
    [(p) => p[1] >= box.y, (a, b) => lerpAt(a, b, 1, box.y)],
    [(p) => p[1] <= box.y + box.h, (a, b) => lerpAt(a, b, 1, box.y + box.h)],
  ]
  let out = pts
  for (const [inside, cut] of edges) {
    const input = out
    out = []
    for (let i = 0; i < input.length; i++) {
      const cur = input[i] as Pt
      const prev = input[(i + input.length - 1) % input.length] as Pt
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur))
        out.push(cur)
      } else if (inside(prev)) out.push(cut(prev, cur))
    }
    if (out.length === 0) break
  }
  return out
}

function lerpAt(a: Pt, b: Pt, axis: 0 | 1, v: number): Pt {
  const t = (v - a[axis]) / (b[axis] - a[axis])
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]
}

/**
 * A fan of alternating rays from (cx, cy) between two angles (degrees, 0 = right, clockwise),
 * cut to the box so that nothing reaches off the artwork.
 */
export function rays(cx: number, cy: number, r: number, count: number, a0: number, a1: number, colours: [string, string], box: { x: number; y: number; w: number; h: number }): string {
  const out: string[] = []
  const step = (a1 - a0) / count
  for (let i = 0; i < count; i++) {
    const s = ((a0 + i * step) * Math.PI) / 180
    const e = ((a0 + (i + 1) * step) * Math.PI) / 180
    const pts = clipPolygon([[cx, cy], [cx + r * Math.cos(s), cy + r * Math.sin(s)], [cx + r * Math.cos(e), cy + r * Math.sin(e)]], box)
    if (pts.length >= 3) out.push(el('polygon', { points: pts.map(([x, y]) => `${n(x)},${n(y)}`).join(' '), fill: colours[i % 2] }))
  }
  return out.join('')
}

/** A dove in flight, facing right, inside a box of the given size centred on (cx, cy). */
export function dove(cx: number, cy: number, size: number, fill: string, detail: string, flip = false, branch?: string): string {
  const s = size / 100
  const body =
    'M6,58 L24,57 C34,55 44,54 56,53 C62,47 70,43 78,44 C83,44 87,46 89,49 L98,51 L89,54 C87,60 80,65 70,67 C56,70 40,69 26,66 L6,70 L10,64 Z'
  const upperWing = 'M34,56 C30,40 22,24 10,10 C30,16 46,28 56,44 C58,30 62,18 70,6 C74,24 70,40 64,52 Z'
  const feathers = 'M22,26 C30,34 36,42 40,52 M30,22 C38,32 44,40 48,50 M58,18 C60,30 60,40 60,50 M66,14 C66,28 64,40 62,50'
  const parts = [
    el('path', { d: upperWing, fill, stroke: detail, 'stroke-width': 1.2, 'stroke-linejoin': 'round' }),
    el('path', { d: feathers, fill: 'none', stroke: detail, 'stroke-width': 0.9, 'stroke-linecap': 'round', opacity: 0.7 }),
    el('path', { d: body, fill, stroke: detail, 'stroke-width': 1.2, 'stroke-linejoin': 'round' }),
    el('circle', { cx: 80, cy: 48.5, r: 1.6, fill: detail }),
    el('path', { d: 'M20,62 C36,64 52,64 66,60', fill: 'none', stroke: detail, 'stroke-width': 0.8, opacity: 0.6 }),
  ]
  if (branch) {
    const leaves: string[] = [el('path', { d: 'M96,52 C100,60 104,64 110,66', fill: 'none', stroke: branch, 'stroke-width': 1.4 })]
    const spots: Array<[number, number, number]> = [[99, 58, 30], [103, 62, -20], [106, 63, 40], [108, 67, -30]]
    for (const [x, y, r] of spots) leaves.push(el('ellipse', { cx: x, cy: y, rx: 4.2, ry: 1.6, fill: branch, transform: `rotate(${r} ${x} ${y})` }))
    parts.push(group(leaves.join('')))
  }
  const t = flip
    ? `translate(${n(cx + size / 2)},${n(cy - size / 2)}) scale(${n(-s)},${n(s)})`
    : `translate(${n(cx - size / 2)},${n(cy - size / 2)}) scale(${n(s)})`
  return group(parts.join(''), { transform: t })
}

/** The flag of the People's Republic of China, width w, top-left (x, y), with an optional wave. */
export function flagPRC(x: number, y: number, w: number, red = '#DE2910', gold = '#FFDE00', wave = 0): string {
  const h = (w * 2) / 3
  const u = w / 30
  const stars = [star(x + 5 * u, y + 5 * u + wave * 0.2, 3 * u, gold)]
  const small: Array<[number, number]> = [[10, 2], [12, 4], [12, 7], [10, 9]]
  for (const [sx, sy] of small) {
    const angle = (Math.atan2(5 - sy, 5 - sx) * 180) / Math.PI
    stars.push(el('polygon', { points: starPoints(x + sx * u, y + sy * u + wave * 0.2, u, angle), fill: gold }))
  }
  return group(flagCloth(x, y, w, h, red, wave) + stars.join(''))
}

function flagCloth(x: number, y: number, w: number, h: number, fill: string, wave: number): string {
  if (wave === 0) return el('rect', { x, y, width: w, height: h, fill })
  const d = `M${n(x)},${n(y)} C${n(x + w * 0.33)},${n(y - wave)} ${n(x + w * 0.66)},${n(y + wave)} ${n(x + w)},${n(y)} L${n(x + w)},${n(y + h)} C${n(x + w * 0.66)},${n(y + h + wave)} ${n(x + w * 0.33)},${n(y + h - wave)} ${n(x)},${n(y + h)} Z`
  return el('path', { d, fill })
}

/** A hammer and sickle in a box of size s at (x, y) (top-left). */
export function hammerSickle(x: number, y: number, s: number, fill: string): string {
  const k = s / 100
  const sickle =
    'M70,18 C92,34 94,66 72,84 C58,95 38,95 24,86 L14,96 L8,90 L18,80 C12,74 10,68 10,62 C18,74 34,82 50,80 C72,76 86,56 78,34 C76,28 74,22 70,18 Z'
  const hammer = 'M20,30 L38,12 L52,26 L46,32 L40,26 L34,32 L84,82 L76,90 L26,40 L20,46 L14,40 L22,32 Z'
  return group(el('path', { d: sickle, fill }) + el('path', { d: hammer, fill }), {
    transform: `translate(${n(x)},${n(y)}) scale(${n(k)})`,
  })
}

/** The flag of the USSR, width w. */
export function flagUSSR(x: number, y: number, w: number, red = '#CC0000', gold = '#FFD700', wave = 0): string {
  const h = w / 2
  const u = h / 8
  return group(
    flagCloth(x, y, w, h, red, wave) +
      el('polygon', { points: starPoints(x + 2.5 * u, y + 1.1 * u + wave * 0.2, 0.6 * u), fill: 'none', stroke: gold, 'stroke-width': u * 0.12 }) +
      hammerSickle(x + 1.5 * u, y + 2 * u + wave * 0.2, 2.2 * u, gold),
  )
}

/** A flag on a pole: pole from (x, baseY) to (x, baseY - poleH), flag hanging from its top. */
export function poleFlag(kind: 'prc' | 'ussr' | 'plain', x: number, baseY: number, poleH: number, w: number, pole: string, colour?: string, wave = 0): string {
  const top = baseY - poleH
  const flag =
    kind === 'prc'
      ? flagPRC(x, top + w * 0.02, w, colour, undefined, wave)
      : kind === 'ussr'
        ? flagUSSR(x, top + w * 0.02, w, colour, undefined, wave)
        : flagCloth(x, top + w * 0.02, w, w * 0.6, colour ?? '#A4161A', wave)
  return el('line', { x1: x, y1: baseY, x2: x, y2: top - w * 0.04, stroke: pole, 'stroke-width': w * 0.035, 'stroke-linecap': 'round' }) + flag
}

/** Smoke plume of puffs drifting from (x, y) along a direction. */
export function smoke(x: number, y: number, r: number, length: number, dirDeg: number, fill: string, rng: Rng, opacity = 0.8): string {
  const out: string[] = []
  const a = (dirDeg * Math.PI) / 180
  const count = Math.max(4, Math.round(length / r))
  for (let i = 0; i < count; i++) {
    const t = i / count
    const rr = r * (0.7 + t * 1.8) * rng.range(0.85, 1.15)
    const px = x + Math.cos(a) * length * t + rng.range(-r, r) * 0.4
    const py = y + Math.sin(a) * length * t + rng.range(-r, r) * 0.4 - rr * 0.3
    out.push(el('circle', { cx: px, cy: py, r: rr, fill, opacity: n(opacity * (1 - t * 0.75)) }))
  }
  return out.join('')
}

export interface SkylineOptions {
  fill: string
  /** Colour of window rows and structure lines; none when undefined. */
  detail?: string
  smokeFill?: string
  smokeDir?: number
  /** Which elements to favour. */
  kinds?: Array<'shed' | 'chimney' | 'furnace' | 'stoves' | 'block' | 'crane' | 'tower'>
}

/** A row of industrial buildings along baseY from x to x + w, up to height h. */
export function skyline(x: number, baseY: number, w: number, h: number, rng: Rng, o: SkylineOptions): { svg: string; smokeSvg: string } {
  const parts: string[] = []
  const smokes: string[] = []
  const kinds = o.kinds ?? ['shed', 'chimney', 'furnace', 'stoves', 'block', 'chimney', 'shed', 'crane']
  let cx = x
  let i = 0
  while (cx < x + w) {
    const kind = kinds[(i + rng.int(0, kinds.length - 1)) % kinds.length] ?? 'shed'
    i++
    if (kind === 'shed') {
      const sw = h * rng.range(0.5, 0.9)
      const sh = h * rng.range(0.22, 0.34)
      const teeth = Math.max(3, Math.round(sw / (h * 0.12)))
      const tw = sw / teeth
      let d = `M${n(cx)},${n(baseY)} L${n(cx)},${n(baseY - sh)}`
      for (let t = 0; t < teeth; t++) d += ` L${n(cx + t * tw + tw * 0.8)},${n(baseY - sh - tw * 0.55)} L${n(cx + t * tw + tw * 0.8)},${n(baseY - sh)} L${n(cx + (t + 1) * tw)},${n(baseY - sh)}`
      d += ` L${n(cx + sw)},${n(baseY)} Z`
      parts.push(el('path', { d, fill: o.fill }))
      if (o.detail) {
        for (let t = 0; t < teeth; t++) parts.push(el('rect', { x: cx + t * tw + tw * 0.82, y: baseY - sh - tw * 0.45, width: tw * 0.08, height: tw * 0.35, fill: o.detail, opacity: 0.8 }))
        parts.push(el('rect', { x: cx + sw * 0.08, y: baseY - sh * 0.7, width: sw * 0.84, height: sh * 0.18, fill: o.detail, opacity: 0.55 }))
      }
      cx += sw
    } else if (kind === 'chimney') {
      const chH = h * rng.range(0.75, 1)
      const bw = h * 0.07
      parts.push(el('polygon', { points: `${n(cx)},${n(baseY)} ${n(cx + bw * 0.22)},${n(baseY - chH)} ${n(cx + bw * 0.78)},${n(baseY - chH)} ${n(cx + bw)},${n(baseY)}`, fill: o.fill }))
      if (o.detail) for (let b = 1; b <= 2; b++) parts.push(el('rect', { x: cx + bw * 0.2, y: baseY - chH + b * h * 0.06, width: bw * 0.6, height: h * 0.015, fill: o.detail, opacity: 0.7 }))
      if (o.smokeFill) smokes.push(smoke(cx + bw / 2, baseY - chH - h * 0.02, h * 0.05, h * rng.range(0.5, 0.9), o.smokeDir ?? -30, o.smokeFill, rng))
      cx += bw + h * rng.range(0.03, 0.08)
    } else if (kind === 'furnace') {
      // A blast furnace: a tapering shaft on a hearth, a top with downcomers, a skip incline.
      const fw = h * 0.28
      const fh = h * rng.range(0.72, 0.9)
      const m = cx + fw / 2
      const shaft = `M${n(m - fw * 0.4)},${n(baseY)} L${n(m - fw * 0.42)},${n(baseY - fh * 0.35)} L${n(m - fw * 0.5)},${n(baseY - fh * 0.45)} L${n(m - fw * 0.3)},${n(baseY - fh * 0.82)} L${n(m + fw * 0.3)},${n(baseY - fh * 0.82)} L${n(m + fw * 0.5)},${n(baseY - fh * 0.45)} L${n(m + fw * 0.42)},${n(baseY - fh * 0.35)} L${n(m + fw * 0.4)},${n(baseY)} Z`
      parts.push(el('path', { d: shaft, fill: o.fill }))
      parts.push(el('rect', { x: m - fw * 0.12, y: baseY - fh, width: fw * 0.24, height: fh * 0.2, fill: o.fill }))
      parts.push(el('path', { d: `M${n(m - fw * 0.1)},${n(baseY - fh * 0.95)} C${n(m - fw * 0.7)},${n(baseY - fh * 0.95)} ${n(m - fw * 0.75)},${n(baseY - fh * 0.7)} ${n(m - fw * 0.75)},${n(baseY - fh * 0.3)}`, fill: 'none', stroke: o.fill, 'stroke-width': fw * 0.08 }))
      parts.push(el('line', { x1: m + fw * 0.1, y1: baseY - fh * 0.9, x2: m + fw * 1.3, y2: baseY, stroke: o.fill, 'stroke-width': fw * 0.07 }))
      if (o.detail) parts.push(el('rect', { x: m - fw * 0.35, y: baseY - fh * 0.42, width: fw * 0.7, height: fh * 0.02, fill: o.detail, opacity: 0.7 }))
      if (o.smokeFill) smokes.push(smoke(m, baseY - fh * 1.02, h * 0.06, h * rng.range(0.4, 0.7), o.smokeDir ?? -30, o.smokeFill, rng, 0.6))
      cx += fw * 1.4
    } else if (kind === 'stoves') {
      const count = rng.int(3, 4)
      const sw = h * 0.085
      const sh = h * rng.range(0.5, 0.62)
      for (let s = 0; s < count; s++) {
        const sx = cx + s * sw * 1.2
        parts.push(el('rect', { x: sx, y: baseY - sh, width: sw, height: sh, fill: o.fill }))
        parts.push(el('ellipse', { cx: sx + sw / 2, cy: baseY - sh, rx: sw / 2, ry: sw * 0.45, fill: o.fill }))
      }
      cx += count * sw * 1.2 + h * 0.04
    } else if (kind === 'block') {
      const bw = h * rng.range(0.35, 0.6)
      const bh = h * rng.range(0.35, 0.5)
      parts.push(el('rect', { x: cx, y: baseY - bh, width: bw, height: bh, fill: o.fill }))
      if (o.detail) {
        const rows = Math.max(2, Math.round(bh / (h * 0.09)))
        const cols = Math.max(3, Math.round(bw / (h * 0.06)))
        for (let r = 0; r < rows; r++)
          for (let c = 0; c < cols; c++)
            parts.push(el('rect', { x: cx + (c + 0.3) * (bw / cols), y: baseY - bh + (r + 0.35) * (bh / rows), width: (bw / cols) * 0.45, height: (bh / rows) * 0.4, fill: o.detail, opacity: rng.range(0.45, 0.9) }))
      }
      cx += bw + h * 0.02
    } else if (kind === 'crane') {
      const ch = h * rng.range(0.7, 0.95)
      const jib = h * rng.range(0.35, 0.5)
      const sw = h * 0.012
      parts.push(el('rect', { x: cx, y: baseY - ch, width: sw * 2.5, height: ch, fill: o.fill }))
      parts.push(el('line', { x1: cx - jib * 0.25, y1: baseY - ch, x2: cx + jib, y2: baseY - ch, stroke: o.fill, 'stroke-width': sw * 1.6 }))
      parts.push(el('line', { x1: cx + sw, y1: baseY - ch - h * 0.07, x2: cx + jib * 0.9, y2: baseY - ch, stroke: o.fill, 'stroke-width': sw * 0.8 }))
      parts.push(el('line', { x1: cx + sw, y1: baseY - ch - h * 0.07, x2: cx - jib * 0.25, y2: baseY - ch, stroke: o.fill, 'stroke-width': sw * 0.8 }))
      parts.push(el('line', { x1: cx + jib * 0.8, y1: baseY - ch, x2: cx + jib * 0.8, y2: baseY - ch * 0.55, stroke: o.fill, 'stroke-width': sw * 0.5 }))
      cx += jib * 0.9
    } else {
      // A water or gas tower: a drum on a lattice.
      const tw = h * 0.16
      const th = h * rng.range(0.55, 0.7)
      parts.push(el('rect', { x: cx, y: baseY - th, width: tw, height: th * 0.28, rx: tw * 0.1, fill: o.fill }))
      parts.push(el('path', { d: `M${n(cx + tw * 0.1)},${n(baseY)} L${n(cx + tw * 0.3)},${n(baseY - th * 0.72)} L${n(cx + tw * 0.7)},${n(baseY - th * 0.72)} L${n(cx + tw * 0.9)},${n(baseY)}`, fill: 'none', stroke: o.fill, 'stroke-width': tw * 0.06 }))
      parts.push(el('path', { d: `M${n(cx + tw * 0.15)},${n(baseY - th * 0.1)} L${n(cx + tw * 0.7)},${n(baseY - th * 0.45)} M${n(cx + tw * 0.85)},${n(baseY - th * 0.1)} L${n(cx + tw * 0.3)},${n(baseY - th * 0.45)}`, fill: 'none', stroke: o.fill, 'stroke-width': tw * 0.035 }))
      cx += tw * 1.3
    }
  }
  return { svg: parts.join(''), smokeSvg: smokes.join('') }
}

/** A steam locomotive facing right, length len, rail at baseY, left end at x. */
export function locomotive(x: number, baseY: number, len: number, fill: string, detail: string, accent?: string, tender = true): string {
  const k = len / 100
  const p: string[] = []
  const R = (rx: number, ry: number, w: number, h: number, f = fill, r = 0) => p.push(el('rect', { x: rx, y: ry, width: w, height: h, rx: r, fill: f }))
  // In local units: rail at y = 44, front at x = 100.
  if (tender) {
    R(-30, 14, 30, 22, fill, 1.5)
    R(-29, 12, 28, 3, fill, 1)
    for (const wx of [-24, -16, -8]) p.push(el('circle', { cx: wx, cy: 39.5, r: 4.5, fill }), el('circle', { cx: wx, cy: 39.5, r: 1.6, fill: detail }))
  }
  R(22, 12, 58, 20, fill, 3) // boiler
  R(78, 9, 10, 25, fill, 2) // smokebox
  R(74, -1, 6, 12, fill) // chimney
  R(72.5, -2.5, 9, 3, fill, 1)
  p.push(el('ellipse', { cx: 58, cy: 12, rx: 6, ry: 5, fill }), el('ellipse', { cx: 42, cy: 12, rx: 4.5, ry: 4, fill }))
  R(2, 2, 22, 32, fill, 1) // cab
  R(0, 0, 26, 3.5, fill, 1) // cab roof
  R(6, 7, 7, 9, detail, 1) // cab windows
  R(15, 7, 6, 9, detail, 1)
  R(2, 32, 92, 3, fill) // running board
  p.push(el('polygon', { points: '88,34 100,44 88,44', fill })) // pilot
  R(86.5, 4, 4, 4, detail, 1) // headlamp
  // Driving wheels with spokes and coupling rod.
  const drivers = [32, 47, 62, 77]
  for (const wx of drivers) {
    p.push(el('circle', { cx: wx, cy: 37, r: 7, fill }))
    p.push(el('circle', { cx: wx, cy: 37, r: 5.4, fill: 'none', stroke: detail, 'stroke-width': 0.7 }))
    for (let s = 0; s < 6; s++) {
      const a = (s * Math.PI) / 3
      p.push(el('line', { x1: wx, y1: 37, x2: wx + 5.2 * Math.cos(a), y2: 37 + 5.2 * Math.sin(a), stroke: detail, 'stroke-width': 0.5 }))
    }
  }
  p.push(el('line', { x1: 32, y1: 39, x2: 77, y2: 39, stroke: detail, 'stroke-width': 1.4, 'stroke-linecap': 'round' }))
  p.push(el('circle', { cx: 14, cy: 40, r: 4, fill }), el('circle', { cx: 91, cy: 40.5, r: 3.5, fill }))
  if (accent) {
    R(22, 27, 58, 2, accent) // boiler band
    p.push(star(83, 21, 3.8, accent))
  }
  return group(p.join(''), { transform: `translate(${n(x)},${n(baseY - 44 * k)}) scale(${n(k)})` })
}

/** A train of a locomotive and carriages along a line; perspective is left to the caller. */
export function carriages(x: number, baseY: number, count: number, len: number, fill: string, detail: string): string {
  const k = len / 100
  const p: string[] = []
  for (let c = 0; c < count; c++) {
    const cx = c * 104
    p.push(el('rect', { x: cx, y: 6, width: 100, height: 30, rx: 3, fill }))
    p.push(el('path', { d: `M${cx - 1},8 Q${cx + 50},-2 ${cx + 101},8 Z`, fill }))
    for (let w = 0; w < 8; w++) p.push(el('rect', { x: cx + 8 + w * 11.5, y: 12, width: 7, height: 9, rx: 1, fill: detail }))
    for (const wx of [14, 26, 74, 86]) p.push(el('circle', { cx: cx + wx, cy: 39.5, r: 4.5, fill }))
  }
  return group(p.join(''), { transform: `translate(${n(x)},${n(baseY - 44 * k)}) scale(${n(k)})` })
}

/**
 * A double-deck steel truss bridge: spans between x0 and x1, the truss between deckY - th and
 * deckY, piers down to waterY, optional bridgehead towers.
 */
export function trussBridge(x0: number, x1: number, deckY: number, th: number, waterY: number, spans: number, fill: string, o: { towers?: boolean; strokeScale?: number; pierFill?: string } = {}): string {
  const p: string[] = []
  const sw = (x1 - x0) / spans
  const lw = th * 0.06 * (o.strokeScale ?? 1)
  const top = deckY - th
  p.push(el('rect', { x: x0, y: top - lw * 1.6, width: x1 - x0, height: lw * 2.2, fill })) // road deck
  p.push(el('rect', { x: x0, y: deckY - lw, width: x1 - x0, height: lw * 2, fill })) // bottom chord / rail deck
  const panels = Math.max(4, Math.round(sw / th))
  const pw = sw / panels
  let d = ''
  for (let s = 0; s < spans; s++) {
    for (let q = 0; q < panels; q++) {
      const a = x0 + s * sw + q * pw
      d += `M${n(a)},${n(deckY)} L${n(a + pw / 2)},${n(top)} L${n(a + pw)},${n(deckY)} `
      d += `M${n(a + pw / 2)},${n(top)} L${n(a + pw / 2)},${n(deckY)} `
    }
  }
  p.push(el('path', { d, fill: 'none', stroke: fill, 'stroke-width': lw, 'stroke-linejoin': 'round' }))
  for (let s = 0; s <= spans; s++) {
    const px = x0 + s * sw
    const pwid = th * 0.55
    p.push(
      el('path', {
        d: `M${n(px - pwid / 2)},${n(deckY)} L${n(px + pwid / 2)},${n(deckY)} L${n(px + pwid * 0.62)},${n(waterY)} L${n(px - pwid * 0.62)},${n(waterY)} Z`,
        fill: o.pierFill ?? fill,
      }),
    )
  }
  if (o.towers) {
    for (const tx of [x0, x1]) {
      const tw = th * 0.9
      const tH = th * 3.2
      p.push(el('rect', { x: tx - tw / 2, y: deckY - tH, width: tw, height: tH + (waterY - deckY), fill }))
      p.push(el('path', { d: `M${n(tx - tw * 0.75)},${n(deckY - tH)} Q${n(tx)},${n(deckY - tH - tw * 0.25)} ${n(tx + tw * 0.75)},${n(deckY - tH)} L${n(tx + tw * 0.35)},${n(deckY - tH - tw * 0.5)} L${n(tx - tw * 0.35)},${n(deckY - tH - tw * 0.5)} Z`, fill }))
      p.push(el('rect', { x: tx - tw * 0.3, y: deckY - tH - tw * 0.85, width: tw * 0.6, height: tw * 0.38, fill }))
      p.push(el('path', { d: `M${n(tx - tw * 0.5)},${n(deckY - tH - tw * 0.82)} L${n(tx)},${n(deckY - tH - tw * 1.25)} L${n(tx + tw * 0.5)},${n(deckY - tH - tw * 0.82)} Z`, fill }))
    }
  }
  return p.join('')
}

/**
 * An exhibition hall in the manner of the 1950s friendship buildings: long wings, a central
 * portico and a stepped tower carrying a slender spire with a star. Centred on cx, base at
 * baseY, total width w.
 */
export function spireBuilding(cx: number, baseY: number, w: number, fill: string, o: { detail?: string; spire?: string; starFill?: string; light?: string } = {}): string {
  const u = w / 100
  const p: string[] = []
  const R = (x: number, y: number, ww: number, hh: number, f = fill) => p.push(el('rect', { x: cx + x * u, y: baseY - y * u, width: ww * u, height: hh * u, fill: f }))
  R(-50, 14, 100, 14) // wings
  R(-52, 15.5, 104, 1.5)
  R(-50, 17, 9, 3) // end pavilions
  R(41, 17, 9, 3)
  R(-16, 24, 32, 24) // central block
  R(-17, 25.5, 34, 1.5)
  R(-10, 34, 20, 10) // tiers
  R(-11, 35, 22, 1.2)
  R(-7, 42, 14, 8)
  R(-5, 47.5, 10, 5.5)
  p.push(el('polygon', { points: `${n(cx - 2.6 * u)},${n(baseY - 47.5 * u)} ${n(cx + 2.6 * u)},${n(baseY - 47.5 * u)} ${n(cx)},${n(baseY - 80 * u)}`, fill: o.spire ?? fill }))
  p.push(star(cx, baseY - 83 * u, 3.4 * u, o.starFill ?? o.spire ?? fill))
  if (o.detail) {
    // Colonnade and window rows.
    for (let c = 0; c < 8; c++) R(-13 + c * 3.6, 21, 1.3, 19, o.detail)
    p.push(el('polygon', { points: `${n(cx - 15 * u)},${n(baseY - 22 * u)} ${n(cx + 15 * u)},${n(baseY - 22 * u)} ${n(cx)},${n(baseY - 26.5 * u)}`, fill: o.light ?? o.detail, opacity: 0.5 }))
    for (const side of [-1, 1]) {
      for (let c = 0; c < 10; c++) {
        const x = side < 0 ? -47 + c * 3.1 : 18.5 + c * 3.1
        R(x, 11.5, 1.5, 3.5, o.detail)
        R(x, 6.5, 1.5, 3.5, o.detail)
      }
    }
    for (let c = 0; c < 4; c++) R(-8 + c * 4.6, 32, 1.6, 5, o.detail)
    for (let c = 0; c < 3; c++) R(-5 + c * 4, 40.5, 1.4, 4, o.detail)
  }
  return p.join('')
}

/** A standing anonymous figure, feet at (x, baseY), height h. */
export function figure(x: number, baseY: number, h: number, fill: string, rng: Rng, o: { coat?: boolean; cap?: boolean; armUp?: boolean; flag?: string; bag?: boolean } = {}): string {
  const u = h / 100
  const p: string[] = []
  const X = (v: number) => n(x + v * u)
  const Y = (v: number) => n(baseY - v * u)
  p.push(el('circle', { cx: x, cy: baseY - 92 * u, r: 6.5 * u, fill }))
  if (o.cap) p.push(el('ellipse', { cx: x + 1 * u, cy: baseY - 97 * u, rx: 8 * u, ry: 3 * u, fill }))
  p.push(el('rect', { x: x - 2.5 * u, y: baseY - 86 * u, width: 5 * u, height: 4 * u, fill }))
  const hem = o.coat ? 30 : 48
  p.push(el('path', { d: `M${X(-12)},${Y(83)} Q${X(0)},${Y(86)} ${X(12)},${Y(83)} L${X(o.coat ? 13 : 10)},${Y(hem)} L${X(o.coat ? -13 : -10)},${Y(hem)} Z`, fill }))
  const stride = rng.range(-3, 3)
  p.push(el('path', { d: `M${X(-8)},${Y(50)} L${X(-7 + stride)},${Y(0)} L${X(-2 + stride)},${Y(0)} L${X(0)},${Y(44)} L${X(2 - stride)},${Y(0)} L${X(7 - stride)},${Y(0)} L${X(8)},${Y(50)} Z`, fill }))
  p.push(el('path', { d: `M${X(-11)},${Y(82)} L${X(-15)},${Y(50)} L${X(-11)},${Y(49)} L${X(-8)},${Y(76)} Z`, fill }))
  if (o.armUp) {
    p.push(el('path', { d: `M${X(9)},${Y(82)} L${X(20)},${Y(108)} L${X(24)},${Y(106)} L${X(13)},${Y(78)} Z`, fill }))
    if (o.flag) p.push(el('line', { x1: X(22), y1: Y(100), x2: X(26), y2: Y(140), stroke: fill, 'stroke-width': 1.3 * u }), el('path', { d: `M${X(26)},${Y(140)} L${X(50)},${Y(134)} L${X(47)},${Y(120)} L${X(24.5)},${Y(124)} Z`, fill: o.flag }))
  } else {
    p.push(el('path', { d: `M${X(11)},${Y(82)} L${X(15)},${Y(50)} L${X(11)},${Y(49)} L${X(8)},${Y(76)} Z`, fill }))
    if (o.bag) p.push(el('rect', { x: x + 11 * u, y: baseY - 50 * u, width: 14 * u, height: 12 * u, rx: 1.5 * u, fill }))
  }
  return p.join('')
}

/** Head and shoulders seen from behind: audiences, lecture halls, crowds. */
export function bust(x: number, y: number, s: number, fill: string, o: { cap?: boolean; hairFill?: string } = {}): string {
  const shoulders = `M${n(x - s * 0.62)},${n(y + s * 0.9)} Q${n(x - s * 0.6)},${n(y + s * 0.28)} ${n(x)},${n(y + s * 0.25)} Q${n(x + s * 0.6)},${n(y + s * 0.28)} ${n(x + s * 0.62)},${n(y + s * 0.9)} Z`
  const head = el('ellipse', { cx: x, cy: y, rx: s * 0.2, ry: s * 0.24, fill: o.hairFill ?? fill })
  const cap = o.cap ? el('ellipse', { cx: x, cy: y - s * 0.12, rx: s * 0.25, ry: s * 0.1, fill: o.hairFill ?? fill }) : ''
  return el('path', { d: shoulders, fill }) + head + cap
}

/** A crowd: rows of busts between x0 and x1, rows stepping down from y0 to y1 and growing. */
export function crowd(x0: number, x1: number, y0: number, y1: number, rows: number, s0: number, s1: number, fills: string[], rng: Rng, flags?: { every: number; colour: string; pole: string }): string {
  const out: string[] = []
  for (let r = 0; r < rows; r++) {
    const t = rows === 1 ? 1 : r / (rows - 1)
    const y = y0 + (y1 - y0) * t
    const s = s0 + (s1 - s0) * t
    const step = s * 0.95
    let x = x0 - rng.range(0, step)
    let k = 0
    while (x < x1 + step) {
      const jitterY = rng.range(-0.08, 0.08) * s
      const fill = fills[Math.min(fills.length - 1, Math.floor(t * fills.length))] ?? '#333'
      if (flags && k % flags.every === flags.every - 1) {
        const fx = x + rng.range(-0.1, 0.1) * s
        out.push(el('line', { x1: fx, y1: y + jitterY, x2: fx - s * 0.1, y2: y - s * 1.6, stroke: flags.pole, 'stroke-width': s * 0.04 }))
        out.push(el('path', { d: `M${n(fx - s * 0.1)},${n(y - s * 1.6)} L${n(fx + s * 0.6)},${n(y - s * 1.5)} L${n(fx + s * 0.5)},${n(y - s * 1.12)} L${n(fx - s * 0.05)},${n(y - s * 1.18)} Z`, fill: flags.colour }))
      }
      out.push(bust(x, y + jitterY, s * rng.range(0.92, 1.08), fill, { cap: rng.chance(0.25) }))
      x += step * rng.range(0.75, 1.15)
      k++
    }
  }
  return out.join('')
}

/** A truck in the manner of the 1950s four-tonne lorries, facing right, wheels on baseY. */
export function truck(x: number, baseY: number, len: number, fill: string, detail: string, accent?: string): string {
  const k = len / 100
  const p: string[] = []
  p.push(el('path', { d: 'M0,30 L0,14 L58,14 L58,30 Z', fill })) // bed
  p.push(el('rect', { x: 0, y: 18, width: 58, height: 1.2, fill: detail, opacity: 0.6 }))
  p.push(el('rect', { x: 0, y: 23, width: 58, height: 1.2, fill: detail, opacity: 0.6 }))
  p.push(el('path', { d: 'M60,32 L60,4 Q60,1 63,1 L76,1 Q80,1 81,5 L84,16 L97,17 Q100,18 100,22 L100,32 Z', fill })) // cab and bonnet
  p.push(el('path', { d: 'M63,4 L76,4 L80,15 L63,15 Z', fill: detail })) // window
  p.push(el('rect', { x: 97, y: 19, width: 3, height: 9, fill: detail, opacity: 0.7 })) // grille
  p.push(el('path', { d: 'M80,32 Q80,22 89,22 Q98,22 98,32 Z', fill })) // front fender
  for (const wx of [16, 28, 89]) {
    p.push(el('circle', { cx: wx, cy: 33, r: 7, fill }))
    p.push(el('circle', { cx: wx, cy: 33, r: 2.8, fill: detail }))
  }
  p.push(el('rect', { x: 0, y: 30, width: 100, height: 3, fill }))
  if (accent) p.push(el('rect', { x: 65, y: 18, width: 10, height: 4, fill: accent }))
  return group(p.join(''), { transform: `translate(${n(x)},${n(baseY - 40 * k)}) scale(${n(k)})` })
}

/**
 * Two anonymous hands clasped in a handshake, centred on (cx, cy), about size wide. The
 * forearms come in from the left and the right; the left hand lies on top.
 */
export function handshake(cx: number, cy: number, size: number, c: { sleeveL: string; sleeveR: string; skin: string; line: string; cuffL?: string; cuffR?: string; shade?: string }): string {
  const k = size / 200
  const p: string[] = []
  const st = { stroke: c.line, 'stroke-width': 2.4, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' }
  const shade = c.shade ?? c.skin
  // Forearms in sleeves, rising gently toward the clasp (local box -100..100).
  p.push(el('path', { d: 'M-104,58 L-112,10 L-44,-22 L-36,22 Z', fill: c.sleeveL, ...st }))
  p.push(el('path', { d: 'M104,58 L112,10 L46,-20 L38,24 Z', fill: c.sleeveR, ...st }))
  p.push(el('path', { d: 'M-46,-24 L-32,-28 L-24,20 L-38,24 Z', fill: c.cuffL ?? c.sleeveL, ...st }))
  p.push(el('path', { d: 'M48,-22 L34,-26 L26,22 L40,26 Z', fill: c.cuffR ?? c.sleeveR, ...st }))
  // Right hand underneath: palm toward the viewer's left, its fingers curling round below.
  p.push(el('path', { d: 'M34,-24 C14,-26 -6,-22 -22,-14 L-26,10 C-10,22 12,26 30,22 Z', fill: shade, ...st }))
  const under = [
    'M-20,10 C-30,14 -38,22 -36,30 C-34,36 -26,34 -22,28 C-18,22 -10,18 -4,16',
    'M-6,16 C-16,22 -22,30 -18,37 C-14,42 -6,38 -4,32 C-2,26 4,22 10,20',
    'M8,20 C0,26 -4,34 2,39 C7,42 12,37 14,31 C15,27 18,24 22,22',
  ]
  for (const d of under) p.push(el('path', { d: d + ' Z', fill: c.skin, ...st }))
  // Left hand on top: the back of the hand, knuckles, fingers wrapping down on the far side.
  p.push(el('path', { d: 'M-32,-28 C-16,-36 6,-36 22,-30 C30,-26 34,-18 32,-10 L28,14 C18,18 4,16 -8,12 C-18,8 -26,4 -30,-2 Z', fill: c.skin, ...st }))
  const fingers = [
    'M20,-30 C30,-30 38,-24 38,-14 C38,-8 32,-6 28,-10',
    'M26,-10 C34,-10 40,-4 39,4 C38,10 32,10 29,6',
    'M28,6 C35,7 39,12 37,18 C35,23 29,22 27,18',
  ]
  for (const d of fingers) p.push(el('path', { d: d + ' Z', fill: c.skin, ...st }))
  // Knuckle line and the thumb lying along the top.
  p.push(el('path', { d: 'M-4,-30 C4,-24 10,-16 14,-8', fill: 'none', ...st, 'stroke-width': 1.6, opacity: 0.7 }))
  p.push(el('path', { d: 'M-30,-22 C-18,-38 2,-44 16,-40 C22,-38 22,-32 16,-31 C4,-30 -10,-26 -22,-16 Z', fill: c.skin, ...st }))
  return group(p.join(''), { transform: `translate(${n(cx)},${n(cy)}) scale(${n(k)})` })
}

/** An open book seen from above at an angle; pages carry faint lines. */
export function openBook(cx: number, cy: number, w: number, cover: string, page: string, ink: string, lines = 9): string {
  const h = w * 0.42
  const p: string[] = []
  p.push(el('path', { d: `M${n(cx - w * 0.52)},${n(cy - h * 0.42)} L${n(cx)},${n(cy - h * 0.32)} L${n(cx + w * 0.52)},${n(cy - h * 0.42)} L${n(cx + w * 0.5)},${n(cy + h * 0.58)} L${n(cx)},${n(cy + h * 0.68)} L${n(cx - w * 0.5)},${n(cy + h * 0.58)} Z`, fill: cover }))
  for (const side of [-1, 1]) {
    const outer = cx + side * w * 0.48
    p.push(el('path', { d: `M${n(cx)},${n(cy - h * 0.36)} Q${n(cx + side * w * 0.24)},${n(cy - h * 0.52)} ${n(outer)},${n(cy - h * 0.44)} L${n(outer)},${n(cy + h * 0.52)} Q${n(cx + side * w * 0.24)},${n(cy + h * 0.44)} ${n(cx)},${n(cy + h * 0.6)} Z`, fill: page }))
    for (let l = 0; l < lines; l++) {
      const t = (l + 1) / (lines + 1)
      const y0 = cy - h * 0.36 + t * h * 0.92
      const a = cx + side * w * 0.05
      const b = cx + side * w * 0.43
      p.push(el('path', { d: `M${n(a)},${n(y0)} Q${n((a + b) / 2)},${n(y0 - h * 0.1)} ${n(b)},${n(y0 - h * 0.06)}`, fill: 'none', stroke: ink, 'stroke-width': w * 0.006, opacity: 0.55 }))
    }
  }
  return p.join('')
}

/** The gate-tower silhouette of a ceremonial Chinese gate: a walled base with arches and a double-eaved hall. */
export function gateTower(cx: number, baseY: number, w: number, fill: string, o: { detail?: string; roof?: string; lanterns?: string } = {}): string {
  const u = w / 100
  const p: string[] = []
  const Y = (v: number) => n(baseY - v * u)
  const X = (v: number) => n(cx + v * u)
  p.push(el('path', { d: `M${X(-50)},${Y(0)} L${X(-48.5)},${Y(20)} L${X(48.5)},${Y(20)} L${X(50)},${Y(0)} Z`, fill }))
  if (o.detail) {
    for (const [ax, aw] of [[-30, 5], [-15, 5.5], [0, 6.5], [15, 5.5], [30, 5]] as Array<[number, number]>) {
      p.push(el('path', { d: `M${X(ax - aw / 2)},${Y(0)} L${X(ax - aw / 2)},${Y(8)} Q${X(ax)},${Y(12)} ${X(ax + aw / 2)},${Y(8)} L${X(ax + aw / 2)},${Y(0)} Z`, fill: o.detail }))
    }
  }
  p.push(el('rect', { x: cx - 47 * u, y: baseY - 22 * u, width: 94 * u, height: 2 * u, fill: o.roof ?? fill }))
  p.push(el('rect', { x: cx - 38 * u, y: baseY - 34 * u, width: 76 * u, height: 12 * u, fill }))
  if (o.detail) for (let c = 0; c < 9; c++) p.push(el('rect', { x: cx + (-35 + c * 8.6) * u, y: baseY - 33 * u, width: 1.6 * u, height: 11 * u, fill: o.detail, opacity: 0.6 }))
  const roof = (yBase: number, half: number, rise: number, overhang: number) =>
    el('path', {
      d: `M${X(-half - overhang)},${Y(yBase + rise * 0.35)} Q${X(-half)},${Y(yBase)} ${X(-half + overhang * 0.6)},${Y(yBase + rise * 0.05)} L${X(half - overhang * 0.6)},${Y(yBase + rise * 0.05)} Q${X(half)},${Y(yBase)} ${X(half + overhang)},${Y(yBase + rise * 0.35)} L${X(half * 0.62)},${Y(yBase + rise)} L${X(-half * 0.62)},${Y(yBase + rise)} Z`,
      fill: o.roof ?? fill,
    })
  p.push(roof(33, 41, 6, 4))
  p.push(el('rect', { x: cx - 30 * u, y: baseY - 44 * u, width: 60 * u, height: 6 * u, fill }))
  p.push(roof(43, 35, 10, 4))
  p.push(el('rect', { x: cx - 22 * u, y: baseY - 54.5 * u, width: 44 * u, height: 1.5 * u, fill: o.roof ?? fill }))
  if (o.lanterns) for (const lx of [-26, -9, 9, 26]) p.push(el('ellipse', { cx: cx + lx * u, cy: baseY - 28 * u, rx: 2.4 * u, ry: 2 * u, fill: o.lanterns }))
  return p.join('')
}
