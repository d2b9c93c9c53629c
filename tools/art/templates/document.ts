/**
 * Papers: telegram forms with pasted tape, typewritten notes and reports, printed bilingual
 * treaty pages, book title pages, a pamphlet cover and a hand-drawn sketch map. Typewriting is
 * set glyph by glyph on a fixed pitch with small jitter in position and inking; stamps are
 * inked unevenly; signatures are scribbles, never names.
 */
import { measure, SANS, SERIF, wrap, type Family } from '../fonts'
import { Defs, surface } from '../motifs'
import { INK, PAPER } from '../palette'
import type { ArtContext, TemplateParams } from '../params'
import { el, esc, fitSize, glyphs, group, n, Rng, star, text } from '../svg'

const PAPERS: Record<TemplateParams<'document'>['paper'], string> = {
  white: PAPER.white,
  ivory: PAPER.ivory,
  yellowed: PAPER.yellowed,
  grey: PAPER.grey,
}

const CJK = /[\u3000-\u9fff\uff00-\uffef]/

interface TypeOpts {
  size: number
  ink: string
  lang: 'ru' | 'zh'
  family?: Family
}

/** Wraps typed text on a fixed pitch: Chinese by character, Russian at spaces. */
function wrapTyped(s: string, cols: number, lang: 'ru' | 'zh'): string[] {
  const out: string[] = []
  for (const para of s.split('\n')) {
    const chars = Array.from(para)
    if (lang === 'zh') {
      let line: string[] = []
      let width = 0
      for (const ch of chars) {
        const w = CJK.test(ch) ? 2 : 1
        if (width + w > cols && !/[，。、；：！？）」]/.test(ch)) {
          out.push(line.join(''))
          line = []
          width = 0
        }
        line.push(ch)
        width += w
      }
      out.push(line.join(''))
    } else {
      let line = ''
      for (const word of para.split(' ')) {
        const cand = line === '' ? word : `${line} ${word}`
        if (Array.from(cand).length > cols && line !== '') {
          out.push(line)
          line = word
        } else line = cand
      }
      out.push(line)
    }
  }
  return out
}

/** One typed line on a fixed pitch: Chinese characters take two cells, others one. */
function typeLine(x: number, y: number, s: string, o: TypeOpts, rng: Rng): string {
  const cell = o.size * 0.62
  const parts: string[] = []
  let cx = x
  let run = ''
  let runX = x
  const flush = () => {
    if (run === '') return
    parts.push(
      glyphs(runX, y, run, { family: o.family ?? SERIF, weight: 400, size: o.size, fill: o.ink, monospace: CJK.test(run[0] ?? '') ? cell * 2 : cell }, () => ({
        dx: rng.range(-0.04, 0.04) * o.size,
        dy: rng.range(-0.05, 0.05) * o.size,
        opacity: rng.range(0.72, 1),
        rotate: rng.range(-1.2, 1.2),
      })),
    )
    run = ''
  }
  for (const ch of Array.from(s)) {
    const wide = CJK.test(ch)
    if (run !== '' && CJK.test(run[0] ?? '') !== wide) flush()
    if (run === '') runX = cx
    run += ch
    cx += wide ? cell * 2 : cell
  }
  flush()
  return parts.join('')
}

/** A scribbled signature: a tall initial loop, uneven humps and an underline; no letters. */
function scribble(x: number, y: number, w: number, ink: string, rng: Rng): string {
  const hgt = w * 0.22
  let d = `M${n(x)},${n(y)} C${n(x + w * 0.02)},${n(y - hgt * 1.4)} ${n(x + w * 0.14)},${n(y - hgt * 1.5)} ${n(x + w * 0.1)},${n(y - hgt * 0.3)}`
  d += ` C${n(x + w * 0.08)},${n(y + hgt * 0.3)} ${n(x + w * 0.02)},${n(y + hgt * 0.1)} ${n(x + w * 0.12)},${n(y - hgt * 0.2)}`
  let cx = x + w * 0.12
  const humps = rng.int(5, 8)
  for (let i = 0; i < humps; i++) {
    const step = ((w * 0.7) / humps) * rng.range(0.6, 1.4)
    const up = hgt * rng.range(0.2, i % 3 === 1 ? 1.1 : 0.6)
    d += ` Q${n(cx + step * 0.3)},${n(y - up)} ${n(cx + step * 0.55)},${n(y - up * 0.4)} T${n(cx + step)},${n(y + hgt * rng.range(-0.05, 0.1))}`
    cx += step
  }
  d += ` C${n(cx + w * 0.08)},${n(y - hgt * 0.4)} ${n(cx + w * 0.02)},${n(y + hgt * 0.5)} ${n(x + w * 0.05)},${n(y + hgt * 0.45)}`
  return el('path', { d, fill: 'none', stroke: ink, 'stroke-width': w * 0.011, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', opacity: 0.9 })
}

/** An unevenly inked stamp. */
function stampSvg(s: TemplateParams<'document'>['stamps'][number], W: number, H: number, defs: Defs, rng: Rng): string {
  const x = s.at[0] * W
  const y = s.at[1] * H
  const fid = defs.id('ink')
  defs.add(
    `<filter id="${fid}" x="-0.2" y="-0.2" width="1.4" height="1.4"><feTurbulence type="fractalNoise" baseFrequency="${n(60 / W)}" numOctaves="2" seed="${rng.int(1, 99)}" result="t"/>` +
      `<feColorMatrix in="t" type="matrix" values="0 0 0 0 0  0 0 0 0 0  0 0 0 0 0  0 0 0 -2.2 2.0" result="m"/><feComposite in="SourceGraphic" in2="m" operator="in"/></filter>`,
  )
  const parts: string[] = []
  if (s.shape === 'round') {
    const r = W * 0.1
    const pid = defs.id('ring')
    defs.add(el('path', { id: pid, d: `M${n(x - r * 0.78)},${n(y)} a${n(r * 0.78)},${n(r * 0.78)} 0 1,1 ${n(r * 1.56)},0 a${n(r * 0.78)},${n(r * 0.78)} 0 1,1 ${n(-r * 1.56)},0` }))
    parts.push(el('circle', { cx: x, cy: y, r, fill: 'none', stroke: s.colour, 'stroke-width': r * 0.05 }))
    parts.push(el('circle', { cx: x, cy: y, r: r * 0.62, fill: 'none', stroke: s.colour, 'stroke-width': r * 0.025 }))
    const size = r * 0.17
    // Repeat the words round the whole ring, as on a received-date stamp.
    const unit = `${s.text.trim()} · `
    const circumference = 2 * Math.PI * r * 0.78
    const reps = Math.max(1, Math.floor(circumference / Math.max(1e-6, measure(unit, { family: SANS, weight: 700, size, letterSpacing: size * 0.08 }))))
    const ring = unit.repeat(reps)
    parts.push(
      `<text font-family="${SANS}" font-weight="700" font-size="${n(size)}" fill="${s.colour}" letter-spacing="${n(size * 0.08)}"><textPath href="#${pid}" xlink:href="#${pid}" startOffset="0">${esc(ring)}</textPath></text>`,
    )
    if (s.centre) parts.push(text(x, y + r * 0.1, s.centre, { family: SANS, weight: 700, size: Math.min(r * 0.26, fitSize(s.centre, { family: SANS, weight: 700 }, r * 1.1, r * 0.26)), fill: s.colour, anchor: 'middle' }))
    else parts.push(star(x, y, r * 0.35, s.colour))
  } else {
    const size = W * 0.045
    const tw = Math.max(...s.text.split('|').map((l) => Array.from(l).length)) * size * (CJK.test(s.text) ? 1.05 : 0.72)
    const lines = s.text.split('|')
    const bw = tw + size * 1.6
    const bh = lines.length * size * 1.3 + size * 0.9
    parts.push(el('rect', { x: x - bw / 2, y: y - bh / 2, width: bw, height: bh, fill: 'none', stroke: s.colour, 'stroke-width': size * 0.14 }))
    parts.push(el('rect', { x: x - bw / 2 + size * 0.25, y: y - bh / 2 + size * 0.25, width: bw - size * 0.5, height: bh - size * 0.5, fill: 'none', stroke: s.colour, 'stroke-width': size * 0.05 }))
    lines.forEach((l, i) => parts.push(text(x, y - bh / 2 + size * 1.25 + i * size * 1.3, l, { family: SANS, weight: 900, size, fill: s.colour, anchor: 'middle', letterSpacing: size * 0.12 })))
  }
  return group(group(parts.join(''), { filter: `url(#${fid})` }), { transform: `rotate(${n(s.rotate)} ${n(x)} ${n(y)})`, opacity: 0.86 })
}

function paperBase(W: number, H: number, colour: string, defs: Defs, rng: Rng, age: number): string {
  const fid = defs.id('fibre')
  defs.add(
    `<filter id="${fid}" x="0" y="0" width="1" height="1"><feTurbulence type="fractalNoise" baseFrequency="${n(40 / W)}" numOctaves="3" seed="${rng.int(1, 99)}"/>` +
      `<feColorMatrix type="matrix" values="0 0 0 0 0.42  0 0 0 0 0.35  0 0 0 0 0.24  0 0 0 0.3 -0.1"/></filter>`,
  )
  const edge = defs.radial([[0.6, '#8A6A3A', 0], [1, '#8A6A3A', 0.22 * age]], 0.5, 0.5, 0.72)
  return el('rect', { width: W, height: H, fill: colour }) + el('rect', { width: W, height: H, filter: `url(#${fid})` }) + el('rect', { width: W, height: H, fill: edge })
}

function cable(W: number, H: number, p: TemplateParams<'document'>, rng: Rng, _defs: Defs): string {
  const printInk = '#4A5A78'
  const parts: string[] = []
  const m = W * 0.07
  parts.push(el('rect', { x: m * 0.6, y: m * 0.6, width: W - m * 1.2, height: H - m * 1.2, fill: 'none', stroke: printInk, 'stroke-width': W * 0.003, opacity: 0.8 }))
  parts.push(text(W / 2, H * 0.085, 'ТЕЛЕГРАММА', { family: SANS, weight: 900, size: W * 0.07, fill: printInk, anchor: 'middle', letterSpacing: W * 0.012 }))
  const fields = ['Принята', 'Передана', 'Кому', 'Откуда']
  fields.forEach((f, i) => {
    const y = H * 0.13 + i * H * 0.03
    parts.push(text(m, y, f, { family: SANS, weight: 400, size: W * 0.024, fill: printInk }))
    parts.push(el('line', { x1: m + W * 0.17, y1: y + W * 0.004, x2: W - m, y2: y + W * 0.004, stroke: printInk, 'stroke-width': W * 0.0018 }))
  })
  // Letterhead lines go on the "Кому"/"Откуда" rules, typed.
  p.letterhead.slice(0, 2).forEach((l, i) => parts.push(typeLine(m + W * 0.2, H * 0.13 + (i + 2) * H * 0.03 - W * 0.004, l, { size: W * 0.026, ink: INK.typewriter, lang: 'ru' }, rng)))
  if (p.date) parts.push(typeLine(m + W * 0.2, H * 0.13 - W * 0.004, p.date, { size: W * 0.026, ink: INK.typewriter, lang: 'ru' }, rng))
  // Tape strips pasted on the form, one typed line each.
  const size = W * 0.03
  const cols = Math.floor((W - 2 * m - W * 0.04) / (size * 0.62))
  const lines = p.body.flatMap((b) => wrapTyped(b.toUpperCase(), cols, 'ru'))
  let y = H * 0.3
  for (const line of lines) {
    const rot = rng.range(-0.5, 0.5)
    const len = Array.from(line).length * size * 0.62 + W * 0.04
    parts.push(
      group(
        el('rect', { x: m - W * 0.01, y: y - size * 1.05, width: len, height: size * 1.45, fill: '#F8F5EA', opacity: 0.97 }) +
          el('rect', { x: m - W * 0.01, y: y - size * 1.05, width: len, height: size * 1.45, fill: 'none', stroke: '#B9B2A0', 'stroke-width': W * 0.001 }) +
          typeLine(m + W * 0.01, y, line, { size, ink: INK.violet, lang: 'ru' }, rng),
        { transform: `rotate(${n(rot)} ${n(m)} ${n(y)})` },
      ),
    )
    y += size * 1.75
  }
  if (p.signature) parts.push(scribble(W * 0.6, y + H * 0.06, W * 0.25, INK.penBlue, rng))
  return parts.join('')
}

function typed(W: number, H: number, p: TemplateParams<'document'>, rng: Rng): string {
  const parts: string[] = []
  const m = W * 0.12
  const size = p.lang === 'zh' ? W * 0.032 : W * 0.03
  let y = H * 0.08
  for (const l of p.letterhead) {
    parts.push(text(W / 2, y, l, { family: SERIF, weight: 700, size: Math.min(W * 0.028, fitSize(l, { family: SERIF, weight: 700 }, W - 2 * m, W * 0.028)), fill: INK.typewriter, anchor: 'middle' }))
    y += W * 0.04
  }
  if (p.letterhead.length) {
    parts.push(el('line', { x1: m, y1: y - W * 0.018, x2: W - m, y2: y - W * 0.018, stroke: INK.typewriter, 'stroke-width': W * 0.003 }))
    parts.push(el('line', { x1: m, y1: y - W * 0.011, x2: W - m, y2: y - W * 0.011, stroke: INK.typewriter, 'stroke-width': W * 0.0012 }))
    y += W * 0.03
  }
  if (p.date) {
    parts.push(typeLine(W - m - Array.from(p.date).length * size * 0.62 * (p.lang === 'zh' ? 1.6 : 1), y, p.date, { size, ink: INK.typewriter, lang: p.lang }, rng))
    y += size * 2.4
  }
  for (const h of p.heading) {
    const cells = Array.from(h).reduce((a, ch) => a + (CJK.test(ch) ? 2 : 1), 0)
    parts.push(typeLine(W / 2 - (cells * size * 0.62) / 2, y, h, { size, ink: INK.typewriter, lang: p.lang }, rng))
    y += size * 1.7
  }
  y += size
  const cols = Math.floor((W - 2 * m) / (size * 0.62))
  let index = 0
  for (const para of p.body) {
    const lines = wrapTyped((p.lang === 'zh' ? '\u3000\u3000' : '     ') + para, cols, p.lang)
    for (const line of lines) {
      if (y > H - H * 0.08) break
      parts.push(typeLine(m, y, line, { size, ink: INK.typewriter, lang: p.lang }, rng))
      if (p.redact.includes(index)) {
        const cells = Array.from(line).reduce((a, ch) => a + (CJK.test(ch) ? 2 : 1), 0)
        const x0 = m + rng.range(0, 4) * size * 0.62
        const x1 = m + cells * size * 0.62 - rng.range(0, 3) * size * 0.62
        parts.push(el('path', { d: `M${n(x0)},${n(y - size * 0.95)} L${n(x1 + size * 0.1)},${n(y - size * 1.0)} L${n(x1)},${n(y + size * 0.35)} L${n(x0 - size * 0.1)},${n(y + size * 0.32)} Z`, fill: '#141414', opacity: 0.94 }))
      }
      y += size * 1.75
      index++
    }
    y += size * 0.3
  }
  if (p.signature) parts.push(scribble(W * 0.58, Math.min(y + H * 0.05, H * 0.93), W * 0.22, INK.penBlue, rng))
  return parts.join('')
}

function bilingual(W: number, H: number, p: TemplateParams<'document'>, rng: Rng): string {
  const parts: string[] = []
  const m = W * 0.08
  const gap = W * 0.05
  const colW = (W - 2 * m - gap) / 2
  parts.push(el('rect', { x: m * 0.55, y: m * 0.55, width: W - m * 1.1, height: H - m * 1.1, fill: 'none', stroke: '#6E5A3A', 'stroke-width': W * 0.004 }))
  parts.push(el('rect', { x: m * 0.7, y: m * 0.7, width: W - m * 1.4, height: H - m * 1.4, fill: 'none', stroke: '#6E5A3A', 'stroke-width': W * 0.0015 }))
  parts.push(star(W / 2, H * 0.075, W * 0.022, '#9A2A1E'))
  const column = (x: number, heading: string[], body: string[], lang: 'zh' | 'ru') => {
    let y = H * 0.13
    const hs = lang === 'zh' ? W * 0.036 : W * 0.03
    for (const h of heading) {
      parts.push(text(x + colW / 2, y, h, { family: SERIF, weight: 700, size: Math.min(hs, fitSize(h, { family: SERIF, weight: 700 }, colW, hs)), fill: '#1E1A16', anchor: 'middle' }))
      y += hs * 1.45
    }
    y += hs * 0.8
    const bs = lang === 'zh' ? W * 0.027 : W * 0.023
    const lh = bs * (lang === 'zh' ? 1.75 : 1.55)
    const font = { family: SERIF as Family, weight: 400 as const, size: bs }
    const bottom = H * 0.8
    for (const b of body) {
      const lines = wrap(b, font, colW)
      for (let i = 0; i < lines.length; i++) {
        if (y > bottom) return
        // The page is abridged: a column that runs out of room ends with an ellipsis.
        const last = y + lh > bottom && i < lines.length - 1
        parts.push(text(x, y, last ? `${(lines[i] ?? '').replace(/[,.;:，。；：]?$/, '')}…` : (lines[i] ?? ''), { ...font, fill: '#2A2420' }))
        y += lh
        if (last) return
      }
      y += bs * 0.7
    }
  }
  column(m, p.zhHeading, p.zhBody, 'zh')
  column(m + colW + gap, p.heading, p.body, 'ru')
  parts.push(el('line', { x1: W / 2, y1: H * 0.12, x2: W / 2, y2: H * 0.86, stroke: '#6E5A3A', 'stroke-width': W * 0.0012, opacity: 0.7 }))
  if (p.date) parts.push(text(W / 2, H * 0.895, p.date, { family: SERIF, weight: 400, size: Math.min(W * 0.024, fitSize(p.date, { family: SERIF, weight: 400 }, W * 0.8, W * 0.024)), fill: '#2A2420', anchor: 'middle' }))
  if (p.signature) {
    parts.push(scribble(m + colW * 0.25, H * 0.85, colW * 0.45, '#1F2D63', rng))
    parts.push(scribble(m + colW + gap + colW * 0.25, H * 0.85, colW * 0.45, '#1F2D63', rng))
  }
  return parts.join('')
}

function titlePage(W: number, H: number, p: TemplateParams<'document'>): string {
  const parts: string[] = []
  const red = '#9E2418'
  const inkc = '#1E1A16'
  const tw = W * 0.76
  let y = H * 0.16
  if (p.author) {
    parts.push(text(W / 2, y, p.author, { family: SERIF, weight: 400, size: Math.min(W * 0.045, fitSize(p.author, { family: SERIF, weight: 400 }, tw, W * 0.045)), fill: inkc, anchor: 'middle', letterSpacing: W * 0.006 }))
    y += H * 0.1
  }
  parts.push(el('line', { x1: W * 0.3, y1: y - H * 0.04, x2: W * 0.7, y2: y - H * 0.04, stroke: red, 'stroke-width': W * 0.004 }))
  for (const t of p.title) {
    const size = Math.min(W * 0.11, fitSize(t, { family: SERIF, weight: 900 }, tw, W * 0.11))
    y += size
    parts.push(text(W / 2, y, t, { family: SERIF, weight: 900, size, fill: red, anchor: 'middle' }))
    y += size * 0.35
  }
  y += H * 0.03
  for (const s of p.subtitle) {
    const size = Math.min(W * 0.04, fitSize(s, { family: SERIF, weight: 400 }, tw, W * 0.04))
    y += size * 1.2
    parts.push(text(W / 2, y, s, { family: SERIF, weight: 400, size, fill: inkc, anchor: 'middle' }))
  }
  // Ornament: a rule with a star.
  const oy = H * 0.66
  parts.push(el('line', { x1: W * 0.22, y1: oy, x2: W * 0.44, y2: oy, stroke: inkc, 'stroke-width': W * 0.003 }))
  parts.push(el('line', { x1: W * 0.56, y1: oy, x2: W * 0.78, y2: oy, stroke: inkc, 'stroke-width': W * 0.003 }))
  parts.push(star(W / 2, oy, W * 0.035, red))
  let py = H * 0.84
  for (const l of p.publisher) {
    const size = Math.min(W * 0.036, fitSize(l, { family: SERIF, weight: 700 }, tw, W * 0.036))
    parts.push(text(W / 2, py, l, { family: SERIF, weight: 700, size, fill: inkc, anchor: 'middle', letterSpacing: W * 0.004 }))
    py += size * 1.6
  }
  return parts.join('')
}

function pamphlet(W: number, H: number, p: TemplateParams<'document'>): string {
  const parts: string[] = []
  const red = '#A3201A'
  const inkc = '#1E1A16'
  parts.push(el('rect', { x: W * 0.08, y: H * 0.06, width: W * 0.84, height: H * 0.88, fill: 'none', stroke: red, 'stroke-width': W * 0.006 }))
  let y = H * 0.22
  for (const l of p.letterhead) {
    parts.push(text(W / 2, y, l, { family: SERIF, weight: 700, size: Math.min(W * 0.04, fitSize(l, { family: SERIF, weight: 700 }, W * 0.7, W * 0.04)), fill: inkc, anchor: 'middle' }))
    y += W * 0.06
  }
  y += H * 0.08
  for (const t of p.title) {
    const size = Math.min(W * 0.085, fitSize(t, { family: SERIF, weight: 900 }, W * 0.72, W * 0.085))
    y += size
    parts.push(text(W / 2, y, t, { family: SERIF, weight: 900, size, fill: red, anchor: 'middle' }))
    y += size * 0.45
  }
  if (p.date) parts.push(text(W / 2, y + H * 0.07, p.date, { family: SERIF, weight: 400, size: W * 0.035, fill: inkc, anchor: 'middle' }))
  let py = H * 0.86
  for (const l of p.publisher) {
    parts.push(text(W / 2, py, l, { family: SERIF, weight: 700, size: Math.min(W * 0.038, fitSize(l, { family: SERIF, weight: 700 }, W * 0.7, W * 0.038)), fill: inkc, anchor: 'middle', letterSpacing: W * 0.004 }))
    py += W * 0.055
  }
  return parts.join('')
}

/** A sketch map of a river reach with an island, in survey colours. */
function map(W: number, H: number, p: TemplateParams<'document'>, rng: Rng): string {
  const parts: string[] = []
  const blue = '#3F6F9A'
  const brown = '#8A6A44'
  const inkc = '#2A2420'
  const top = H * 0.16
  // Grid.
  for (let gx = W * 0.06; gx < W * 0.95; gx += W * 0.1) parts.push(el('line', { x1: gx, y1: top, x2: gx, y2: H * 0.94, stroke: '#9AA6A8', 'stroke-width': W * 0.0012, opacity: 0.6 }))
  for (let gy = top; gy < H * 0.95; gy += W * 0.1) parts.push(el('line', { x1: W * 0.04, y1: gy, x2: W * 0.96, y2: gy, stroke: '#9AA6A8', 'stroke-width': W * 0.0012, opacity: 0.6 }))
  parts.push(el('rect', { x: W * 0.04, y: top, width: W * 0.92, height: H * 0.78, fill: 'none', stroke: inkc, 'stroke-width': W * 0.003 }))
  // Contour lines on both banks.
  for (let k = 0; k < 5; k++) {
    const off = k * W * 0.03
    parts.push(el('path', { d: `M${n(W * 0.04)},${n(top + H * 0.1 + off)} C${n(W * 0.2)},${n(top + H * 0.05 + off)} ${n(W * 0.25)},${n(top + H * 0.3 + off)} ${n(W * 0.38 - off)},${n(H * 0.94)}`, fill: 'none', stroke: brown, 'stroke-width': W * 0.0018, opacity: 0.65 }))
    parts.push(el('path', { d: `M${n(W * 0.96)},${n(top + H * 0.45 + off)} C${n(W * 0.86 - off)},${n(top + H * 0.35)} ${n(W * 0.8 - off)},${n(top + H * 0.15)} ${n(W * 0.84 - off)},${n(top)}`, fill: 'none', stroke: brown, 'stroke-width': W * 0.0018, opacity: 0.65 }))
  }
  // The river: a broad bend from north to south, the main channel and a side channel round the island.
  const river = `M${n(W * 0.5)},${n(top)} C${n(W * 0.46)},${n(top + H * 0.2)} ${n(W * 0.62)},${n(top + H * 0.38)} ${n(W * 0.58)},${n(top + H * 0.55)} C${n(W * 0.55)},${n(top + H * 0.66)} ${n(W * 0.6)},${n(H * 0.9)} ${n(W * 0.62)},${n(H * 0.94)}`
  parts.push(el('path', { d: river, fill: 'none', stroke: '#BFD6E8', 'stroke-width': W * 0.16, 'stroke-linecap': 'butt' }))
  parts.push(el('path', { d: river, fill: 'none', stroke: blue, 'stroke-width': W * 0.004, 'stroke-dasharray': `${n(W * 0.02)} ${n(W * 0.01)}`, opacity: 0.7 }))
  const ix = W * 0.525
  const iy = top + H * 0.36
  parts.push(el('path', { d: `M${n(ix - W * 0.03)},${n(iy - H * 0.07)} C${n(ix + W * 0.02)},${n(iy - H * 0.08)} ${n(ix + W * 0.035)},${n(iy + H * 0.02)} ${n(ix + W * 0.01)},${n(iy + H * 0.08)} C${n(ix - W * 0.02)},${n(iy + H * 0.06)} ${n(ix - W * 0.045)},${n(iy - H * 0.02)} ${n(ix - W * 0.03)},${n(iy - H * 0.07)} Z`, fill: '#E9E1C8', stroke: inkc, 'stroke-width': W * 0.0025 }))
  for (let i = 0; i < 14; i++) parts.push(el('circle', { cx: ix + rng.range(-0.025, 0.02) * W, cy: iy + rng.range(-0.05, 0.05) * H, r: W * 0.003, fill: '#5E7A4A' }))
  // River banks.
  parts.push(el('path', { d: river, fill: 'none', stroke: inkc, 'stroke-width': W * 0.164, opacity: 0.0 }))
  const label = (x: number, y: number, s: string, size: number, colour: string, rotate = 0, anchor: 'start' | 'middle' = 'middle') =>
    group(text(x, y, s, { family: SERIF, weight: 400, size, fill: colour, anchor }), rotate ? { transform: `rotate(${rotate} ${n(x)} ${n(y)})` } : {})
  const L = p.labels
  if (L.river) parts.push(label(W * 0.6, top + H * 0.62, L.river, W * 0.026, blue, -78))
  if (L.riverRu) parts.push(label(W * 0.64, top + H * 0.2, L.riverRu, W * 0.024, blue, -80))
  if (L.island) parts.push(label(ix + W * 0.06, iy - H * 0.005, L.island, W * 0.026, inkc, 0, 'start'))
  if (L.islandRu) parts.push(label(ix + W * 0.06, iy + H * 0.035, L.islandRu, W * 0.022, inkc, 0, 'start'))
  if (L.west) parts.push(label(W * 0.2, H * 0.78, L.west, W * 0.024, brown))
  if (L.east) parts.push(label(W * 0.82, H * 0.78, L.east, W * 0.024, brown))
  // North arrow and scale bar.
  const nx = W * 0.88
  const ny = top + H * 0.1
  parts.push(el('polygon', { points: `${n(nx)},${n(ny - H * 0.06)} ${n(nx + W * 0.015)},${n(ny)} ${n(nx)},${n(ny - H * 0.015)} ${n(nx - W * 0.015)},${n(ny)}`, fill: inkc }))
  parts.push(label(nx, ny + H * 0.035, L.north ?? 'N', W * 0.022, inkc))
  const sx = W * 0.08
  const sy = H * 0.905
  for (let i = 0; i < 4; i++) parts.push(el('rect', { x: sx + i * W * 0.04, y: sy, width: W * 0.04, height: H * 0.008, fill: i % 2 ? '#fff' : inkc, stroke: inkc, 'stroke-width': W * 0.001 }))
  if (L.scale) parts.push(label(sx + W * 0.18, sy + H * 0.008, L.scale, W * 0.018, inkc, 0, 'start'))
  // Title typed above the frame.
  let y = H * 0.06
  for (const h of p.heading) {
    parts.push(text(W / 2, y, h, { family: SERIF, weight: 700, size: Math.min(W * 0.026, fitSize(h, { family: SERIF, weight: 700 }, W * 0.9, W * 0.026)), fill: inkc, anchor: 'middle' }))
    y += W * 0.035
  }
  if (p.date) parts.push(text(W * 0.96, H * 0.975, p.date, { family: SERIF, weight: 400, size: W * 0.018, fill: inkc, anchor: 'end' }))
  return parts.join('')
}

export function documentPage(ctx: ArtContext, p: TemplateParams<'document'>): string {
  const { W, H, rng, defs } = surface(ctx, 'doc')
  const age = p.paper === 'yellowed' ? 1 : p.paper === 'white' ? 0.3 : 0.6
  const parts: string[] = [paperBase(W, H, PAPERS[p.paper], defs, rng, age)]
  if (p.layout === 'typed' || p.layout === 'cable') {
    // Filing holes punched at the left edge.
    for (const f of [0.38, 0.62]) parts.push(el('circle', { cx: W * 0.045, cy: H * f, r: W * 0.014, fill: '#5A534A', opacity: 0.85 }))
  }
  switch (p.layout) {
    case 'cable':
      parts.push(cable(W, H, p, rng, defs))
      break
    case 'typed':
      parts.push(typed(W, H, p, rng))
      break
    case 'bilingual':
      parts.push(bilingual(W, H, p, rng))
      break
    case 'title-page':
      parts.push(titlePage(W, H, p))
      break
    case 'pamphlet':
      parts.push(pamphlet(W, H, p))
      break
    case 'map':
      parts.push(map(W, H, p, rng))
      break
  }
  for (const s of p.stamps) parts.push(stampSvg(s, W, H, defs, rng))
  if (p.layout === 'cable' || p.layout === 'map') {
    // Fold lines: the paper was folded in three.
    for (const f of [1 / 3, 2 / 3]) parts.push(el('line', { x1: 0, y1: H * f, x2: W, y2: H * f, stroke: '#FFFFFF', 'stroke-width': W * 0.004, opacity: 0.5 }), el('line', { x1: 0, y1: H * f + W * 0.003, x2: W, y2: H * f + W * 0.003, stroke: '#6A5A44', 'stroke-width': W * 0.0015, opacity: 0.25 }))
  }
  return defs.toString() + parts.join('')
}
