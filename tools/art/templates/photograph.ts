/**
 * Black-and-white prints in card mounts: the scene is drawn in tones (0 black .. 1 white) and
 * mapped to a silver or sepia print, softened, with film grain (feTurbulence), a vignette, a
 * white print border and a pencilled caption on the mount.
 */
import { SERIF, SANS } from '../fonts'
import { bust, carriages, crowd, Defs, figure, gateTower, skyline, smoke, spireBuilding, truck, trussBridge, surface } from '../motifs'
import { INK, PAPER } from '../palette'
import type { ArtContext, TemplateParams } from '../params'
import { el, group, mix, n, Rng, text } from '../svg'

type Tone = (l: number) => string

const TONES: Record<TemplateParams<'photograph'>['tone'], [string, string]> = {
  silver: ['#151514', '#EFEDE7'],
  sepia: ['#2A1E13', '#F1E4C9'],
  neutral: ['#121315', '#F1F2F1'],
}

interface SceneArgs {
  w: number
  h: number
  T: Tone
  rng: Rng
  defs: Defs
  blur: (px: number) => string
  p: TemplateParams<'photograph'>
}

function sky(a: SceneArgs, horizon: number, top = 0.74, bottom = 0.9): string {
  const fill = a.defs.linear([[0, a.T(top)], [1, a.T(bottom)]])
  const clouds: string[] = []
  for (let i = 0; i < 9; i++) {
    clouds.push(el('ellipse', { cx: a.w * a.rng.next(), cy: horizon * a.rng.range(0.1, 0.6), rx: a.w * a.rng.range(0.08, 0.2), ry: horizon * a.rng.range(0.04, 0.09), fill: a.T(0.93), opacity: 0.55 }))
  }
  return el('rect', { x: 0, y: 0, width: a.w, height: horizon + 2, fill }) + group(clouds.join(''), { filter: a.blur(a.w * 0.02) })
}

function ground(a: SceneArgs, horizon: number, near = 0.32, far = 0.6): string {
  return el('rect', { x: 0, y: horizon, width: a.w, height: a.h - horizon, fill: a.defs.linear([[0, a.T(far)], [1, a.T(near)]]) })
}

function trees(a: SceneArgs, x0: number, x1: number, baseY: number, height: number, tone: number): string {
  const out: string[] = []
  let x = x0
  while (x < x1) {
    const r = height * a.rng.range(0.25, 0.4)
    out.push(el('rect', { x: x - r * 0.06, y: baseY - height * 0.45, width: r * 0.12, height: height * 0.45, fill: a.T(tone * 0.7) }))
    // Foliage as many small clumps, lighter toward the top where the sky catches it.
    for (let k = 0; k < 16; k++) {
      const t = a.rng.next()
      out.push(el('circle', { cx: x + a.rng.range(-r, r) * (0.5 + 0.4 * t), cy: baseY - height * (0.42 + 0.55 * t), r: r * a.rng.range(0.22, 0.42), fill: a.T(tone + t * 0.08 + a.rng.range(-0.04, 0.04)) }))
    }
    x += r * a.rng.range(1.2, 1.8)
  }
  return group(out.join(''), { filter: a.blur(height * 0.015) })
}

/** Paving lines converging to a vanishing point. */
function paving(a: SceneArgs, horizon: number, vx: number, tone: number): string {
  const out: string[] = []
  for (let i = -12; i <= 12; i++) {
    out.push(el('line', { x1: vx + i * a.w * 0.01, y1: horizon, x2: vx + i * a.w * 0.16, y2: a.h, stroke: a.T(tone), 'stroke-width': a.w * 0.0015, opacity: 0.5 }))
  }
  for (let j = 1; j < 9; j++) {
    const y = horizon + (a.h - horizon) * (j / 9) ** 1.8
    out.push(el('line', { x1: 0, y1: y, x2: a.w, y2: y, stroke: a.T(tone), 'stroke-width': a.w * 0.0012, opacity: 0.35 }))
  }
  return out.join('')
}

const SCENES: Record<TemplateParams<'photograph'>['scene'], (a: SceneArgs) => string> = {
  building(a) {
    const hz = a.h * 0.66
    const parts = [sky(a, hz, 0.7, 0.9), ground(a, hz, 0.42, 0.68), paving(a, hz, a.w / 2, 0.5)]
    parts.push(trees(a, -a.w * 0.05, a.w * 0.14, hz + a.h * 0.02, a.h * 0.3, 0.3), trees(a, a.w * 0.86, a.w * 1.05, hz + a.h * 0.02, a.h * 0.3, 0.3))
    parts.push(spireBuilding(a.w / 2, hz, a.w * 0.74, a.T(0.74), { detail: a.T(0.36), spire: a.T(0.86), starFill: a.T(0.55), light: a.T(0.95) }))
    for (let i = 0; i < 16; i++) {
      const d = a.rng.range(0.05, 1)
      parts.push(figure(a.w * a.rng.range(0.05, 0.95), hz + (a.h - hz) * d * 0.9, a.h * (0.03 + d * 0.08), a.T(0.12 + (1 - d) * 0.2), a.rng, { coat: a.rng.chance(0.5), cap: a.rng.chance(0.3), bag: a.rng.chance(0.2) }))
    }
    return parts.join('')
  },
  'gate-crowd'(a) {
    const hz = a.h * 0.56
    const parts = [sky(a, hz, 0.76, 0.88), ground(a, hz, 0.3, 0.55)]
    parts.push(group(gateTower(a.w / 2, hz, a.w * 0.72, a.T(0.36), { detail: a.T(0.12), roof: a.T(0.55), lanterns: a.T(0.3) }), { filter: a.blur(a.w * 0.0015) }))
    parts.push(el('rect', { x: 0, y: hz - a.h * 0.06, width: a.w, height: a.h * 0.12, fill: a.T(0.82), opacity: 0.35 }))
    parts.push(crowd(-a.w * 0.02, a.w * 1.02, hz + a.h * 0.04, a.h * 1.02, 9, a.h * 0.022, a.h * 0.11, [a.T(0.48), a.T(0.38), a.T(0.28), a.T(0.18), a.T(0.1)], a.rng, { every: 4, colour: a.T(0.42), pole: a.T(0.15) }))
    return parts.join('')
  },
  trucks(a) {
    const hz = a.h * 0.62
    const parts = [sky(a, hz, 0.78, 0.9), ground(a, hz, 0.4, 0.62)]
    const sk = skyline(-a.w * 0.02, hz, a.w * 1.04, a.h * 0.36, a.rng, { fill: a.T(0.5), detail: a.T(0.3), smokeFill: a.T(0.85), kinds: ['shed', 'block', 'chimney', 'shed', 'block', 'tower'] })
    parts.push(group(sk.smokeSvg + sk.svg, { filter: a.blur(a.w * 0.002) }))
    // The factory gate: two pillars and a beam carrying a blank banner.
    const gx = a.w * 0.28
    parts.push(el('rect', { x: gx - a.w * 0.03, y: hz - a.h * 0.3, width: a.w * 0.035, height: a.h * 0.32, fill: a.T(0.62) }))
    parts.push(el('rect', { x: gx + a.w * 0.2, y: hz - a.h * 0.3, width: a.w * 0.035, height: a.h * 0.32, fill: a.T(0.62) }))
    parts.push(el('rect', { x: gx - a.w * 0.04, y: hz - a.h * 0.34, width: a.w * 0.29, height: a.h * 0.05, fill: a.T(0.88) }))
    const convoy: Array<[number, number, number]> = [[0.33, 0.05, 0.15], [0.44, 0.13, 0.24], [0.56, 0.27, 0.38]]
    convoy.forEach(([x, y, s], i) => parts.push(truck(a.w * x, hz + a.h * y, a.w * s, a.T(0.24 - i * 0.05), a.T(0.66), a.T(0.85))))
    for (let i = 0; i < 14; i++) {
      const left = i % 2 === 0
      const x = a.w * (left ? a.rng.range(0.01, 0.26) : a.rng.range(0.92, 0.99))
      const d = a.rng.range(0.3, 1)
      parts.push(figure(x, hz + (a.h - hz) * d, a.h * (0.06 + d * 0.14), a.T(0.08 + (1 - d) * 0.25), a.rng, { armUp: a.rng.chance(0.5), cap: a.rng.chance(0.5) }))
    }
    return parts.join('')
  },
  'welcome-street'(a) {
    const hz = a.h * 0.42
    const vx = a.w * 0.5
    const parts = [sky(a, hz, 0.8, 0.9), ground(a, hz, 0.45, 0.65)]
    // Facades on both sides, receding to the vanishing point.
    for (const side of [-1, 1]) {
      const xNear = side < 0 ? 0 : a.w
      const pts = `${n(xNear)},${n(-a.h * 0.2)} ${n(vx + side * a.w * 0.08)},${n(hz - a.h * 0.2)} ${n(vx + side * a.w * 0.08)},${n(hz + a.h * 0.01)} ${n(xNear)},${n(a.h * 0.72)}`
      parts.push(el('polygon', { points: pts, fill: a.T(side < 0 ? 0.5 : 0.64) }))
      for (let k = 1; k < 14; k++) {
        const t = 1 - (k / 14) ** 0.6
        const x = vx + side * a.w * 0.08 + (xNear - vx - side * a.w * 0.08) * t
        const top = hz - a.h * 0.2 + (-a.h * 0.2 - hz + a.h * 0.2) * t
        const bottom = hz + (a.h * 0.72 - hz) * t
        parts.push(el('line', { x1: x, y1: top + (bottom - top) * 0.1, x2: x, y2: top + (bottom - top) * 0.75, stroke: a.T(0.2), 'stroke-width': a.w * 0.012 * t + 0.5, opacity: 0.6 }))
      }
    }
    // Banners across the street.
    for (let b = 0; b < 3; b++) {
      const t = [0.25, 0.5, 0.75][b] ?? 0.5
      const y = hz - a.h * 0.05 - (a.h * 0.22) * (1 - t) ** 1.5
      const half = a.w * (0.1 + (1 - t) * 0.4)
      const bh = a.h * (0.02 + (1 - t) * 0.05)
      parts.push(el('rect', { x: vx - half, y, width: half * 2, height: bh, fill: a.T(0.9) }))
      for (let c = 0; c < 10; c++) parts.push(el('rect', { x: vx - half * 0.8 + (c * half * 1.6) / 10, y: y + bh * 0.25, width: (half * 1.6) / 16, height: bh * 0.5, fill: a.T(0.25), opacity: 0.7 }))
    }
    // Cars in the distance and the crowds on both pavements.
    for (let c = 0; c < 3; c++) parts.push(el('rect', { x: vx - a.w * 0.025 + c * a.w * 0.006, y: hz + a.h * (0.01 + c * 0.025), width: a.w * (0.04 + c * 0.012), height: a.h * (0.025 + c * 0.01), rx: a.h * 0.01, fill: a.T(0.1) }))
    for (const side of [-1, 1]) {
      const xa = side < 0 ? -a.w * 0.05 : vx + a.w * 0.09
      const xb = side < 0 ? vx - a.w * 0.09 : a.w * 1.05
      parts.push(crowd(xa, xb, hz + a.h * 0.05, a.h * 1.0, 7, a.h * 0.025, a.h * 0.11, [a.T(0.45), a.T(0.32), a.T(0.2), a.T(0.1)], a.rng, { every: 3, colour: a.T(0.7), pole: a.T(0.12) }))
    }
    parts.push(el('rect', { x: vx - a.w * 0.1, y: hz, width: a.w * 0.2, height: a.h - hz, fill: a.T(0.6), opacity: 0.25 }))
    return parts.join('')
  },
  'lecture-hall'(a) {
    const parts: string[] = []
    parts.push(el('rect', { width: a.w, height: a.h, fill: a.defs.linear([[0, a.T(0.62)], [1, a.T(0.4)]]) }))
    // Tall windows on the left wall, light falling across the room.
    for (let i = 0; i < 3; i++) {
      const x = a.w * (0.02 + i * 0.1)
      parts.push(el('polygon', { points: `${n(x)},${n(a.h * 0.02)} ${n(x + a.w * 0.06)},${n(a.h * 0.08)} ${n(x + a.w * 0.06)},${n(a.h * 0.48)} ${n(x)},${n(a.h * 0.6)}`, fill: a.T(0.97) }))
      parts.push(el('polygon', { points: `${n(x + a.w * 0.06)},${n(a.h * 0.48)} ${n(x + a.w * 0.4)},${n(a.h * 0.9)} ${n(x + a.w * 0.5)},${n(a.h * 0.9)} ${n(x)},${n(a.h * 0.6)}`, fill: a.T(0.95), opacity: 0.12 }))
    }
    // Blackboard with chalk.
    const bx = a.w * 0.36
    const by = a.h * 0.12
    const bw = a.w * 0.5
    const bh = a.h * 0.3
    parts.push(el('rect', { x: bx - a.w * 0.01, y: by - a.h * 0.015, width: bw + a.w * 0.02, height: bh + a.h * 0.03, fill: a.T(0.3) }))
    parts.push(el('rect', { x: bx, y: by, width: bw, height: bh, fill: a.T(0.14) }))
    const board = a.p.board ?? []
    board.forEach((line, i) => {
      parts.push(text(bx + bw * 0.06, by + bh * (0.25 + i * 0.24), line, { family: SANS, weight: 400, size: bh * 0.13, fill: a.T(0.8), opacity: 0.9 }))
    })
    parts.push(figure(bx - a.w * 0.04, a.h * 0.56, a.h * 0.4, a.T(0.1), a.rng, { coat: true }))
    // Rows of students seen from behind, with desks.
    const rows = 6
    for (let r = 0; r < rows; r++) {
      const t = r / (rows - 1)
      const y = a.h * (0.5 + t * 0.42)
      const s = a.h * (0.07 + t * 0.16)
      parts.push(el('rect', { x: 0, y: y + s * 0.55, width: a.w, height: s * 0.35, fill: a.T(0.28 - t * 0.12) }))
      let x = a.w * 0.05 + a.rng.range(0, s)
      while (x < a.w * 1.05) {
        parts.push(bust(x, y, s, a.T(0.22 - t * 0.14), { hairFill: a.T(0.08) }))
        x += s * a.rng.range(1.0, 1.5)
      }
    }
    return parts.join('')
  },
  platform(a) {
    const hz = a.h * 0.5
    const vx = a.w * 0.62
    const parts = [el('rect', { width: a.w, height: a.h, fill: a.T(0.82) })]
    parts.push(el('polygon', { points: `${n(vx)},${n(hz)} ${n(a.w * 1.1)},${n(a.h)} ${n(a.w * 0.05)},${n(a.h)}`, fill: a.T(0.55) }))
    // Platform canopy and its columns.
    parts.push(el('polygon', { points: `0,0 ${n(a.w)},0 ${n(a.w)},${n(a.h * 0.08)} ${n(vx + a.w * 0.02)},${n(hz - a.h * 0.12)} ${n(vx - a.w * 0.02)},${n(hz - a.h * 0.12)} ${n(a.w * 0.3)},${n(a.h * 0.05)}`, fill: a.T(0.25) }))
    for (let k = 0; k < 7; k++) {
      const t = (0.75 ** k)
      const x = vx + (a.w * 0.92 - vx) * t
      const top = hz - a.h * 0.12 + (a.h * 0.08 - hz + a.h * 0.12) * t
      const bottom = hz + (a.h * 0.98 - hz) * t
      parts.push(el('rect', { x, y: top, width: a.w * 0.02 * t + 0.6, height: bottom - top, fill: a.T(0.18) }))
    }
    // The train on the left, drawn in receding sections.
    const secs = 6
    for (let s = 0; s < secs; s++) {
      const t0 = 0.72 ** s
      const t1 = 0.72 ** (s + 1)
      const x0 = vx + (-a.w * 0.1 - vx) * t0
      const x1 = vx + (-a.w * 0.1 - vx) * t1
      const top0 = hz + (a.h * 0.12 - hz) * t0
      const top1 = hz + (a.h * 0.12 - hz) * t1
      const bot0 = hz + (a.h * 0.86 - hz) * t0
      const bot1 = hz + (a.h * 0.86 - hz) * t1
      parts.push(el('polygon', { points: `${n(x0)},${n(top0)} ${n(x1)},${n(top1)} ${n(x1)},${n(bot1)} ${n(x0)},${n(bot0)}`, fill: a.T(0.22 + s * 0.03) }))
      parts.push(el('line', { x1: x1, y1: top1, x2: x1, y2: bot1, stroke: a.T(0.1), 'stroke-width': a.w * 0.004 * t0 + 0.4 }))
      const wy0 = top0 + (bot0 - top0) * 0.2
      const wy1 = top0 + (bot0 - top0) * 0.45
      const wyb0 = top1 + (bot1 - top1) * 0.2
      const wyb1 = top1 + (bot1 - top1) * 0.45
      for (let wdw = 0; wdw < 3; wdw++) {
        const f0 = 0.1 + wdw * 0.3
        const f1 = f0 + 0.18
        const xa = x0 + (x1 - x0) * f0
        const xb = x0 + (x1 - x0) * f1
        const ya0 = wy0 + (wyb0 - wy0) * f0
        const ya1 = wy1 + (wyb1 - wy1) * f0
        const yb0 = wy0 + (wyb0 - wy0) * f1
        const yb1 = wy1 + (wyb1 - wy1) * f1
        parts.push(el('polygon', { points: `${n(xa)},${n(ya0)} ${n(xb)},${n(yb0)} ${n(xb)},${n(yb1)} ${n(xa)},${n(ya1)}`, fill: a.T(0.7) }))
      }
    }
    parts.push(group(smoke(a.w * 0.5, hz - a.h * 0.1, a.h * 0.06, a.w * 0.35, 200, a.T(0.95), a.rng, 0.7), { filter: a.blur(a.w * 0.012) }))
    // A few people on the platform.
    const people: Array<[number, number]> = [[0.55, 0.62], [0.6, 0.66], [0.72, 0.8], [0.8, 0.74], [0.42, 0.96]]
    for (const [x, y] of people) parts.push(figure(a.w * x, a.h * y, a.h * (y - hz / a.h) * 0.95, a.T(0.12), a.rng, { coat: true, bag: a.rng.chance(0.6), cap: a.rng.chance(0.4) }))
    return parts.join('')
  },
  unfinished(a) {
    const hz = a.h * 0.68
    const parts = [sky(a, hz, 0.8, 0.88), ground(a, hz, 0.38, 0.58)]
    // Puddles.
    for (let i = 0; i < 5; i++) parts.push(el('ellipse', { cx: a.w * a.rng.range(0.1, 0.9), cy: hz + (a.h - hz) * a.rng.range(0.3, 0.9), rx: a.w * a.rng.range(0.05, 0.12), ry: a.h * a.rng.range(0.01, 0.025), fill: a.T(0.76), opacity: 0.8 }))
    // A receding bay of bare steel frames.
    const vx = a.w * 0.7
    for (let k = 0; k < 8; k++) {
      const t = 0.8 ** k
      const xl = vx + (a.w * 0.05 - vx) * t
      const xr = vx + (a.w * 0.62 - vx) * t
      const top = hz - a.h * 0.05 + (a.h * 0.18 - hz + a.h * 0.05) * t
      const bottom = hz + (a.h * 0.9 - hz) * t * 0.35
      const sw = a.w * 0.01 * t + 0.5
      const c = a.T(0.18 + (1 - t) * 0.3)
      parts.push(el('rect', { x: xl, y: top, width: sw, height: bottom - top, fill: c }))
      parts.push(el('rect', { x: xr, y: top, width: sw, height: bottom - top, fill: c }))
      const mid = (xl + xr) / 2
      parts.push(el('path', { d: `M${n(xl)},${n(top)} L${n(mid)},${n(top - (xr - xl) * 0.12)} L${n(xr + sw)},${n(top)} M${n(xl)},${n(top)} L${n(xr + sw)},${n(top)}`, fill: 'none', stroke: c, 'stroke-width': sw * 0.7 }))
      let d = ''
      for (let q = 0; q < 6; q++) {
        const xa = xl + ((xr - xl) * q) / 6
        const xb = xl + ((xr - xl) * (q + 1)) / 6
        const ya = top - (xr - xl) * 0.12 * (1 - Math.abs((xa - mid) / ((xr - xl) / 2)))
        d += `M${n(xa)},${n(top)} L${n(xb)},${n(top - (xr - xl) * 0.12 * (1 - Math.abs((xb - mid) / ((xr - xl) / 2))))} M${n(xa)},${n(top)} L${n(xa)},${n(ya)} `
      }
      parts.push(el('path', { d, fill: 'none', stroke: c, 'stroke-width': sw * 0.35 }))
    }
    // An idle tower crane and stacked material.
    const cx = a.w * 0.84
    parts.push(el('rect', { x: cx, y: a.h * 0.08, width: a.w * 0.018, height: hz + a.h * 0.04 - a.h * 0.08, fill: a.T(0.22) }))
    let lattice = ''
    for (let y = a.h * 0.1; y < hz; y += a.h * 0.04) lattice += `M${n(cx)},${n(y)} L${n(cx + a.w * 0.018)},${n(y + a.h * 0.04)} `
    parts.push(el('path', { d: lattice, stroke: a.T(0.7), 'stroke-width': a.w * 0.002, fill: 'none' }))
    parts.push(el('rect', { x: cx - a.w * 0.3, y: a.h * 0.08, width: a.w * 0.42, height: a.h * 0.015, fill: a.T(0.22) }))
    parts.push(el('line', { x1: cx - a.w * 0.22, y1: a.h * 0.095, x2: cx - a.w * 0.22, y2: a.h * 0.4, stroke: a.T(0.3), 'stroke-width': a.w * 0.0015 }))
    for (let i = 0; i < 4; i++) parts.push(el('rect', { x: a.w * (0.66 + i * 0.008), y: hz + a.h * (0.08 - i * 0.025), width: a.w * 0.16, height: a.h * 0.022, fill: a.T(0.3 + i * 0.05) }))
    return parts.join('')
  },
  'building-today'(a) {
    const hz = a.h * 0.7
    const parts = [sky(a, hz, 0.66, 0.9), ground(a, hz, 0.48, 0.66), paving(a, hz, a.w / 2, 0.55)]
    parts.push(spireBuilding(a.w / 2, hz, a.w * 0.6, a.T(0.8), { detail: a.T(0.42), spire: a.T(0.9), starFill: a.T(0.6), light: a.T(0.95) }))
    parts.push(trees(a, -a.w * 0.05, a.w * 0.24, hz + a.h * 0.04, a.h * 0.5, 0.22), trees(a, a.w * 0.78, a.w * 1.05, hz + a.h * 0.04, a.h * 0.48, 0.24))
    for (const x of [0.3, 0.7]) {
      parts.push(el('rect', { x: a.w * x, y: hz - a.h * 0.2, width: a.w * 0.004, height: a.h * 0.24, fill: a.T(0.2) }))
      parts.push(el('rect', { x: a.w * x - a.w * 0.012, y: hz - a.h * 0.205, width: a.w * 0.028, height: a.h * 0.01, fill: a.T(0.2) }))
    }
    for (let i = 0; i < 10; i++) {
      const d = a.rng.range(0.1, 1)
      parts.push(figure(a.w * a.rng.range(0.1, 0.9), hz + (a.h - hz) * d * 0.9, a.h * (0.04 + d * 0.1), a.T(0.15 + (1 - d) * 0.2), a.rng, { bag: a.rng.chance(0.3) }))
    }
    return parts.join('')
  },
  'bridge-today'(a) {
    const hz = a.h * 0.46
    const parts = [sky(a, hz, 0.72, 0.9)]
    // The far bank: a haze of towers.
    const far: string[] = []
    let x = -a.w * 0.02
    while (x < a.w) {
      const tw = a.w * a.rng.range(0.025, 0.06)
      const th = a.h * a.rng.range(0.05, 0.26)
      far.push(el('rect', { x, y: hz - th, width: tw, height: th + 2, fill: a.T(a.rng.range(0.62, 0.74)) }))
      x += tw * a.rng.range(0.9, 1.6)
    }
    parts.push(group(far.join(''), { filter: a.blur(a.w * 0.002) }))
    parts.push(el('rect', { x: 0, y: hz, width: a.w, height: a.h - hz, fill: a.defs.linear([[0, a.T(0.78)], [1, a.T(0.52)]]) }))
    for (let i = 0; i < 40; i++) parts.push(el('rect', { x: a.w * a.rng.next(), y: hz + (a.h - hz) * a.rng.range(0.05, 0.8), width: a.w * a.rng.range(0.03, 0.12), height: a.h * 0.003, fill: a.T(0.88), opacity: 0.5 }))
    const deck = hz + a.h * 0.06
    parts.push(trussBridge(-a.w * 0.1, a.w * 1.1, deck, a.h * 0.09, hz + a.h * 0.2, 5, a.T(0.2), { pierFill: a.T(0.28) }))
    parts.push(carriages(a.w * 0.22, deck - a.h * 0.008, 6, a.w * 0.07, a.T(0.12), a.T(0.6)))
    for (let i = 0; i < 16; i++) parts.push(el('rect', { x: a.w * a.rng.next(), y: deck - a.h * 0.112, width: a.w * 0.018, height: a.h * 0.009, rx: a.h * 0.003, fill: a.T(0.15) }))
    parts.push(el('path', { d: `M${n(a.w * 0.18)},${n(hz + a.h * 0.26)} l${n(a.w * 0.14)},0 l${n(-a.w * 0.015)},${n(a.h * 0.025)} l${n(-a.w * 0.115)},0 Z`, fill: a.T(0.22) }))
    parts.push(el('rect', { x: a.w * 0.24, y: hz + a.h * 0.235, width: a.w * 0.04, height: a.h * 0.025, fill: a.T(0.3) }))
    // The near bank with its railing and two people looking out.
    parts.push(el('rect', { x: 0, y: a.h * 0.82, width: a.w, height: a.h * 0.18, fill: a.T(0.35) }))
    parts.push(el('rect', { x: 0, y: a.h * 0.74, width: a.w, height: a.h * 0.012, fill: a.T(0.15) }))
    for (let k = 0; k < 24; k++) parts.push(el('rect', { x: (a.w * k) / 24, y: a.h * 0.74, width: a.w * 0.004, height: a.h * 0.08, fill: a.T(0.15) }))
    parts.push(figure(a.w * 0.7, a.h * 0.9, a.h * 0.24, a.T(0.1), a.rng, {}), figure(a.w * 0.75, a.h * 0.9, a.h * 0.22, a.T(0.12), a.rng, { bag: true }))
    return parts.join('')
  },
}

export function photograph(ctx: ArtContext, p: TemplateParams<'photograph'>): string {
  const { W, H, rng, defs } = surface(ctx, 'ph')
  const [dark, light] = TONES[p.tone]
  const T: Tone = (l) => mix(dark, light, Math.max(0, Math.min(1, l)))

  // The mount's window and the print inside it.
  const side = W * 0.1
  const top = H * 0.09
  const bottom = H * 0.15
  const print = { x: side, y: top, w: W - 2 * side, h: H - top - bottom }
  const border = Math.min(W, H) * 0.018
  const img = { x: print.x + border, y: print.y + border, w: print.w - 2 * border, h: print.h - 2 * border }

  const blur = defs.blurs(W, H, 0.15)

  const scene = SCENES[p.scene]({ w: img.w, h: img.h, T, rng, defs, blur, p })
  // A soft lens and a print's contrast: deep blacks, clean highlights.
  const soft = defs.id('lens')
  defs.add(
    `<filter id="${soft}" filterUnits="userSpaceOnUse" x="0" y="0" width="${n(img.w)}" height="${n(img.h)}" color-interpolation-filters="sRGB"><feGaussianBlur stdDeviation="${n(Math.min(img.w, img.h) * 0.0012)}"/>` +
      `<feComponentTransfer><feFuncR type="linear" slope="1.28" intercept="-0.12"/><feFuncG type="linear" slope="1.28" intercept="-0.12"/><feFuncB type="linear" slope="1.28" intercept="-0.12"/></feComponentTransfer></filter>`,
  )
  const grain = defs.id('grain')
  defs.add(
    `<filter id="${grain}" x="0" y="0" width="1" height="1" color-interpolation-filters="sRGB"><feTurbulence type="fractalNoise" baseFrequency="${n(220 / Math.max(W, H))}" numOctaves="2" seed="${rng.int(1, 999)}"/>` +
      `<feColorMatrix type="matrix" values="0 0 0 0 0.5  0 0 0 0 0.5  0 0 0 0 0.5  1.6 0 0 0 -0.8"/></filter>`,
  )
  const vignette = defs.radial([[0.55, T(0.05), 0], [1, T(0.05), 0.5]], 0.5, 0.5, 0.75)

  const parts: string[] = []
  parts.push(el('rect', { width: W, height: H, fill: PAPER.mount }))
  // Print paper, then the image.
  parts.push(el('rect', { x: print.x, y: print.y, width: print.w, height: print.h, fill: '#F6F3EC' }))
  parts.push(group(group(scene, { filter: `url(#${soft})` }), { transform: `translate(${n(img.x)},${n(img.y)})` }))
  parts.push(el('rect', { x: img.x, y: img.y, width: img.w, height: img.h, fill: vignette }))
  parts.push(el('rect', { x: img.x, y: img.y, width: img.w, height: img.h, filter: `url(#${grain})`, opacity: 0.16 }))
  // White print border drawn over anything that spilled past the image.
  parts.push(el('path', { d: `M${n(print.x)},${n(print.y)} h${n(print.w)} v${n(print.h)} h${n(-print.w)} Z M${n(img.x)},${n(img.y)} v${n(img.h)} h${n(img.w)} v${n(-img.h)} Z`, fill: '#F6F3EC', 'fill-rule': 'evenodd' }))
  // The mount around the print, and the bevel of its window.
  parts.push(el('path', { d: `M0,0 H${n(W)} V${n(H)} H0 Z M${n(print.x)},${n(print.y)} v${n(print.h)} h${n(print.w)} v${n(-print.h)} Z`, fill: PAPER.mount, 'fill-rule': 'evenodd' }))
  parts.push(el('rect', { x: print.x - W * 0.004, y: print.y - W * 0.004, width: print.w + W * 0.008, height: print.h + W * 0.008, fill: 'none', stroke: '#F4EFE2', 'stroke-width': W * 0.004 }))
  parts.push(el('rect', { x: print.x - W * 0.0075, y: print.y - W * 0.0075, width: print.w + W * 0.015, height: print.h + W * 0.015, fill: 'none', stroke: '#C9BFA8', 'stroke-width': W * 0.002 }))
  if (p.caption) {
    parts.push(
      text(W / 2, H - bottom * 0.42, p.caption, { family: SERIF, weight: 300, size: Math.min(H * 0.032, W * 0.03), fill: INK.pencil, anchor: 'middle', opacity: 0.85 }),
    )
  }
  return defs.toString() + parts.join('')
}
