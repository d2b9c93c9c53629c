/**
 * The epilogue's timeline wall: an axis from 1949 to the present, with more room for the busy
 * 1950s, eras as coloured bands and each event in English, Chinese and Russian. Cards are
 * spaced evenly along the wall, alternately above and below the axis, and joined to their
 * year on the axis by a leader, so dense years never overlap.
 */
import { SANS, SERIF } from '../fonts'
import { PALETTE } from '../palette'
import type { ArtContext, TemplateParams } from '../params'
import { el, fitSize, n, text } from '../svg'

const ERA_COLOURS: Record<TemplateParams<'timeline'>['events'][number]['era'], string> = {
  alliance: PALETTE.sovietRed,
  split: '#5E6670',
  renewal: PALETTE.steelBlue,
}

export function timeline(ctx: ArtContext, p: TemplateParams<'timeline'>): string {
  const W = ctx.widthCm * 10
  const H = ctx.heightCm * 10
  const parts: string[] = []
  parts.push(el('rect', { width: W, height: H, fill: '#F7F5F0' }))
  const m = W * 0.035
  const axisY = H * 0.54
  const bandH = H * 0.05
  const x0 = m
  const x1 = W - m
  const X = (year: number): number => {
    const s = p.scale
    for (let i = 1; i < s.length; i++) {
      const [ya, pa] = s[i - 1] as [number, number]
      const [yb, pb] = s[i] as [number, number]
      if (year <= yb || i === s.length - 1) return x0 + (x1 - x0) * (pa + ((year - ya) / (yb - ya)) * (pb - pa))
    }
    return x1
  }
  const from = (p.scale[0] as [number, number])[0]
  const to = (p.scale[p.scale.length - 1] as [number, number])[0]

  // Title in three languages.
  const ts = H * 0.052
  parts.push(text(m, H * 0.085, p.title.en, { family: SERIF, weight: 700, size: ts, fill: '#1E1A16' }))
  parts.push(text(m, H * 0.085 + ts * 1.15, `${p.title.zh}  ·  ${p.title.ru}`, { family: SERIF, weight: 400, size: ts * 0.6, fill: '#4A4440' }))

  // Era bands: from an era's first event to the next era's first event.
  const eras: Array<keyof TemplateParams<'timeline'>['eras']> = ['alliance', 'split', 'renewal']
  const starts = eras.map((e, i) => (i === 0 ? from : Math.min(...p.events.filter((ev) => ev.era === e).map((ev) => ev.at)) - 0.3))
  eras.forEach((era, i) => {
    const xa = X(starts[i] as number)
    const xb = X(i < eras.length - 1 ? (starts[i + 1] as number) : to)
    parts.push(el('rect', { x: xa, y: axisY - bandH / 2, width: xb - xa - W * 0.002, height: bandH, fill: ERA_COLOURS[era] }))
    const label = `${p.eras[era].en} · ${p.eras[era].zh} · ${p.eras[era].ru}`
    const size = fitSize(label, { family: SANS, weight: 700 }, xb - xa - W * 0.012, bandH * 0.42)
    parts.push(text((xa + xb) / 2, axisY + size * 0.36, label, { family: SANS, weight: 700, size, fill: '#FFFFFF', anchor: 'middle' }))
  })
  // Decade marks under the band.
  for (let y = Math.ceil(from / 10) * 10; y <= to; y += 10) {
    parts.push(el('line', { x1: X(y), y1: axisY + bandH / 2, x2: X(y), y2: axisY + bandH / 2 + H * 0.015, stroke: '#8A847E', 'stroke-width': W * 0.0008 }))
    parts.push(text(X(y) + W * 0.002, axisY + bandH / 2 + H * 0.032, String(y), { family: SANS, weight: 400, size: H * 0.016, fill: '#8A847E' }))
  }

  // Cards evenly spaced, alternating above and below.
  const count = p.events.length
  const slot = (x1 - x0) / count
  const cardW = slot * 1.62
  p.events.forEach((e, i) => {
    const above = i % 2 === 0
    const colour = ERA_COLOURS[e.era]
    const ex = X(e.at)
    const cx = Math.min(Math.max(x0 + slot * (i + 0.5) - cardW / 2, x0), x1 - cardW)
    const anchorX = Math.min(Math.max(ex, cx + W * 0.006), cx + cardW - W * 0.006)
    const edge = above ? axisY - bandH / 2 : axisY + bandH / 2
    const cardTop = above ? H * 0.225 : axisY + bandH / 2 + H * 0.075
    const cardBottom = above ? axisY - bandH / 2 - H * 0.05 : H - m
    const elbow = above ? cardBottom + H * 0.02 : cardTop - H * 0.02
    parts.push(el('circle', { cx: ex, cy: edge, r: H * 0.008, fill: colour, stroke: '#F7F5F0', 'stroke-width': W * 0.001 }))
    parts.push(el('path', { d: `M${n(ex)},${n(edge)} L${n(ex)},${n(elbow)} L${n(anchorX)},${n(elbow)} L${n(anchorX)},${n(above ? cardBottom + H * 0.005 : cardTop - H * 0.005)}`, fill: 'none', stroke: colour, 'stroke-width': W * 0.0009 }))
    parts.push(el('rect', { x: cx, y: above ? cardTop - H * 0.01 : cardTop - H * 0.005, width: W * 0.0018, height: (cardBottom - cardTop) * 0.96, fill: colour, opacity: 0.5 }))
    const tx = cx + W * 0.008
    const tw = cardW - W * 0.012
    let y = cardTop + H * 0.04
    parts.push(text(tx, y, e.year, { family: SERIF, weight: 900, size: H * 0.045, fill: colour }))
    y += H * 0.042
    const block = (lines: string[], family: typeof SANS | typeof SERIF, size: number, fill: string, weight: 400 | 700 = 400) => {
      const fitted = Math.min(size, ...lines.map((l) => fitSize(l, { family, weight }, tw, size)))
      for (const l of lines) {
        parts.push(text(tx, y, l, { family, weight, size: fitted, fill }))
        y += fitted * 1.28
      }
      y += size * 0.4
    }
    block(e.en, SANS, H * 0.022, '#1E1A16', 700)
    block(e.zh, SANS, H * 0.022, '#1E1A16')
    block(e.ru, SANS, H * 0.02, '#4A4440')
  })
  return parts.join('')
}
