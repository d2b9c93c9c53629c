/**
 * Handwritten letters on ruled or Chinese letter paper. The hand is the bundled font set glyph
 * by glyph with a drifting baseline, small turns and size changes, a slant for Cyrillic and
 * ink that thins as the pen runs dry and darkens when it is dipped again.
 */
import { measure, SERIF, wrap, type Family } from '../fonts'
import { surface } from '../motifs'
import { INK, PAPER } from '../palette'
import type { ArtContext, TemplateParams } from '../params'
import { el, glyphs, n } from '../svg'

export function letter(ctx: ArtContext, p: TemplateParams<'letter'>): string {
  const { W, H, rng, defs } = surface(ctx, 'lt')
  const zh = p.lang === 'zh'
  const parts: string[] = []
  const paper = zh ? '#F3EBD8' : PAPER.white
  parts.push(el('rect', { width: W, height: H, fill: paper }))
  const fibre = defs.id('fibre')
  defs.add(
    `<filter id="${fibre}" x="0" y="0" width="1" height="1"><feTurbulence type="fractalNoise" baseFrequency="${n(30 / W)}" numOctaves="3" seed="${rng.int(1, 99)}"/>` +
      `<feColorMatrix type="matrix" values="0 0 0 0 0.45  0 0 0 0 0.38  0 0 0 0 0.25  0 0 0 0.28 -0.08"/></filter>`,
  )
  parts.push(el('rect', { width: W, height: H, filter: `url(#${fibre})` }))

  const left = W * 0.1
  const right = W * 0.92
  const top = H * 0.1
  const lineGap = zh ? H * 0.045 : H * 0.04
  const rule = zh ? '#C0392B' : '#8FB3D9'
  const rows = Math.floor((H * 0.92 - top) / lineGap)
  if (p.paper === 'xinjian') {
    parts.push(el('rect', { x: W * 0.06, y: H * 0.05, width: W * 0.88, height: H * 0.9, fill: 'none', stroke: rule, 'stroke-width': W * 0.004, opacity: 0.8 }))
    parts.push(el('line', { x1: W * 0.06, y1: H * 0.075, x2: W * 0.94, y2: H * 0.075, stroke: rule, 'stroke-width': W * 0.002, opacity: 0.8 }))
  } else {
    parts.push(el('line', { x1: left - W * 0.02, y1: 0, x2: left - W * 0.02, y2: H, stroke: '#D98A8A', 'stroke-width': W * 0.002, opacity: 0.8 }))
  }
  for (let r = 0; r <= rows; r++) {
    const y = top + r * lineGap
    parts.push(el('line', { x1: p.paper === 'xinjian' ? W * 0.06 : 0, y1: y, x2: p.paper === 'xinjian' ? W * 0.94 : W, y2: y, stroke: rule, 'stroke-width': W * 0.0016, opacity: zh ? 0.55 : 0.7 }))
  }

  // The hand.
  const size = zh ? lineGap * 0.62 : lineGap * 0.7
  const font = { family: SERIF as Family, weight: 400 as const, size }
  const spacing = zh ? size * 0.04 : -size * 0.01
  const spec = { ...font, letterSpacing: spacing }
  const jx = zh ? 0.05 : 0.015
  let ink = 1
  const hand = (x: number, y: number, s: string): string =>
    glyphs(x, y, s, { ...font, fill: INK.penBlue, skew: zh ? -3 : -10, letterSpacing: spacing }, () => {
      ink = ink <= 0.62 || rng.chance(0.02) ? 1 : ink - rng.range(0.005, 0.02)
      return { dx: rng.range(-jx, jx) * size, dy: rng.range(-0.05, 0.05) * size, rotate: rng.range(zh ? -3 : -1.5, zh ? 3 : 1.5), scale: rng.range(0.95, 1.05), opacity: ink }
    })
  let row = 0
  const baseline = (r: number) => top + r * lineGap - lineGap * 0.22
  const drift = () => rng.range(-0.04, 0.04) * lineGap
  parts.push(hand(left, baseline(row + 1) + drift(), p.greeting))
  row += 1
  const width = right - left
  for (const para of p.body) {
    const indent = zh ? size * 2 : size * 1.6
    const lines = wrap(para, spec, width - indent)
    // Only the first line is indented; re-wrap the rest to the full width.
    const first = lines[0] ?? ''
    const rest = wrap(para.slice(first.length).trimStart(), spec, width)
    const all = [first, ...rest.filter((l) => l !== '')]
    all.forEach((l, i) => {
      if (row + 1 > rows) return
      parts.push(hand(left + (i === 0 ? indent : 0), baseline(row + 1) + drift(), l))
      row += 1
    })
  }
  row += 0.5
  for (const c of p.closing) {
    if (row + 1 > rows + 0.5) break
    parts.push(hand(right - measure(c, spec) - size * 0.3, baseline(Math.ceil(row) + 1) + drift(), c))
    row += 1
  }
  if (p.date && row + 1 <= rows + 0.5) parts.push(hand(right - measure(p.date, spec) - size * 0.3, baseline(Math.ceil(row) + 1) + drift(), p.date))
  // Folded twice to fit an envelope.
  for (const f of [1 / 3, 2 / 3]) {
    parts.push(el('line', { x1: 0, y1: H * f, x2: W, y2: H * f, stroke: '#FFFFFF', 'stroke-width': W * 0.005, opacity: 0.6 }))
    parts.push(el('line', { x1: 0, y1: H * f + W * 0.004, x2: W, y2: H * f + W * 0.004, stroke: '#6A5A44', 'stroke-width': W * 0.002, opacity: 0.22 }))
  }
  const edge = defs.radial([[0.6, '#8A6A3A', 0], [1, '#8A6A3A', 0.2]], 0.5, 0.5, 0.72)
  parts.push(el('rect', { width: W, height: H, fill: edge }))
  return defs.toString() + parts.join('')
}
