/**
 * Friendship and propaganda posters of the 1950s: bold diagonal compositions, rising suns and
 * rays, stars, doves, flags, factories and trains, with the Chinese and Russian slogans set
 * large. Three layouts (sunburst, diagonal, banner) and six scenes combine.
 */
import { SANS, SERIF } from '../fonts'
import { crowd, Defs, figure, dove, flagPRC, flagUSSR, handshake, locomotive, openBook, rays, skyline, smoke, spireBuilding, trussBridge, carriages, surface } from '../motifs'
import { INK, PALETTE, PAPER } from '../palette'
import type { ArtContext, TemplateParams } from '../params'
import { el, fitSize, group, n, Rng, star, text } from '../svg'

interface Rect {
  x: number
  y: number
  w: number
  h: number
}

interface SceneStyle {
  /** Silhouettes against the rays. */
  dark: string
  /** Highlights and stars. */
  light: string
}

function scene(kind: TemplateParams<'poster'>['scene'], r: Rect, style: SceneStyle, rng: Rng, defs: Defs): string {
  const cx = r.x + r.w / 2
  const bottom = r.y + r.h
  switch (kind) {
    case 'building': {
      const plaza = el('path', { d: `M${n(r.x)},${n(bottom - r.h * 0.1)} L${n(r.x + r.w)},${n(bottom - r.h * 0.1)} L${n(r.x + r.w)},${n(bottom)} L${n(r.x)},${n(bottom)} Z`, fill: style.dark })
      const building = spireBuilding(cx, bottom - r.h * 0.1, r.w * 0.92, PALETTE.ivory, { detail: '#B9906A', spire: INK.brightGold, starFill: PALETTE.sovietRed, light: '#fff' })
      const fw = r.w * 0.17
      const flags =
        el('line', { x1: r.x + r.w * 0.1, y1: bottom - r.h * 0.1, x2: r.x + r.w * 0.1, y2: r.y + r.h * 0.28, stroke: style.dark, 'stroke-width': r.w * 0.008 }) +
        flagPRC(r.x + r.w * 0.1, r.y + r.h * 0.285, fw, PALETTE.vermilion, INK.brightGold, fw * 0.06) +
        el('line', { x1: r.x + r.w * 0.9, y1: bottom - r.h * 0.1, x2: r.x + r.w * 0.9, y2: r.y + r.h * 0.28, stroke: style.dark, 'stroke-width': r.w * 0.008 }) +
        flagUSSR(r.x + r.w * 0.9 - fw, r.y + r.h * 0.285, fw, PALETTE.sovietRed, INK.brightGold, fw * 0.06)
      const people: string[] = []
      for (let i = 0; i < 14; i++) {
        const px = r.x + r.w * (0.05 + 0.9 * rng.next())
        people.push(figure(px, bottom - r.h * rng.range(0.01, 0.04), r.h * rng.range(0.07, 0.085), '#3E0709', rng, { coat: rng.chance(0.5), cap: rng.chance(0.3) }))
      }
      return plaza + building + flags + people.join('')
    }
    case 'doves-flags': {
      const fw = r.w * 0.27
      const topY = r.y + r.h * 0.42
      const pole = (x1: number, x2: number) => el('line', { x1, y1: bottom, x2, y2: topY - fw * 0.04, stroke: INK.poster, 'stroke-width': r.w * 0.011, 'stroke-linecap': 'round' })
      const lx = cx - r.w * 0.2
      const rx = cx + r.w * 0.2
      const flagL = group(flagPRC(0, 0, fw, PALETTE.vermilion, INK.brightGold, fw * 0.07), { transform: `translate(${n(lx)},${n(topY)}) rotate(8) scale(-1,1)` })
      const flagR = group(flagUSSR(0, 0, fw, PALETTE.sovietRed, INK.brightGold, fw * 0.07), { transform: `translate(${n(rx)},${n(topY)}) rotate(-8)` })
      const doves =
        dove(cx, r.y + r.h * 0.26, r.w * 0.46, '#FFFDF6', INK.poster, false, '#4E7A3A') +
        dove(r.x + r.w * 0.16, r.y + r.h * 0.1, r.w * 0.15, '#FFFDF6', INK.poster, true) +
        dove(r.x + r.w * 0.86, r.y + r.h * 0.3, r.w * 0.12, '#FFFDF6', INK.poster)
      return pole(cx + r.w * 0.08, lx) + pole(cx - r.w * 0.08, rx) + flagL + flagR + doves
    }
    case 'handshake-flags': {
      const fw = r.w * 0.5
      const flags =
        group(flagPRC(0, 0, fw, PALETTE.vermilion, INK.brightGold, fw * 0.08), { transform: `translate(${n(r.x + r.w * 0.02)},${n(r.y + r.h * 0.12)}) rotate(-6)` }) +
        group(flagUSSR(0, 0, fw, PALETTE.sovietRed, INK.brightGold, fw * 0.08), { transform: `translate(${n(r.x + r.w * 0.48)},${n(r.y + r.h * 0.1)}) rotate(6)` })
      const clasp = handshake(cx, r.y + r.h * 0.66, r.w * 0.95, {
        sleeveL: PALETTE.steelBlue,
        sleeveR: '#4A4038',
        cuffL: PAPER.poster,
        cuffR: PAPER.poster,
        skin: '#EDC29C',
        shade: '#D9A57E',
        line: INK.poster,
      })
      return flags + clasp + dove(r.x + r.w * 0.84, r.y + r.h * 0.05, r.w * 0.16, '#FFFDF6', INK.poster)
    }
    case 'industry': {
      const base = bottom - r.h * 0.2
      const sky = skyline(r.x - r.w * 0.02, base, r.w * 1.05, r.h * 0.52, rng, { fill: style.dark, detail: INK.brightGold, smokeFill: '#F1D5B8', smokeDir: -150, kinds: ['chimney', 'furnace', 'shed', 'chimney', 'stoves', 'block', 'crane', 'chimney'] })
      const viaductY = bottom - r.h * 0.1
      const bridge = trussBridge(r.x - r.w * 0.05, r.x + r.w * 1.05, viaductY, r.h * 0.07, bottom + r.h * 0.1, 4, INK.poster, { pierFill: INK.poster })
      const trainLen = r.w * 0.34
      const loco = locomotive(r.x + r.w * 0.52, viaductY - r.h * 0.012, trainLen, INK.poster, '#8A6A4A', PALETTE.vermilion)
      const cars = carriages(r.x + r.w * 0.52 - trainLen * 0.3 - trainLen * 0.62 * 2.1, viaductY - r.h * 0.012, 2, trainLen * 0.62, INK.poster, INK.brightGold)
      const steam = smoke(r.x + r.w * 0.52 + trainLen * 0.77, viaductY - trainLen * 0.47, r.w * 0.025, r.w * 0.5, 195, '#FFF6E6', rng, 0.9)
      const ground = el('rect', { x: r.x, y: base, width: r.w, height: bottom - base, fill: INK.deepRed })
      return sky.smokeSvg + sky.svg + ground + bridge + cars + loco + steam
    }
    case 'crowd': {
      const fills = [INK.deepRed, '#5E0B0E', '#3E0709']
      const people = crowd(r.x, r.x + r.w, r.y + r.h * 0.45, bottom - r.h * 0.06, 4, r.w * 0.05, r.w * 0.085, fills, rng, { every: 3, colour: PALETTE.vermilion, pole: '#3E0709' })
      const banners = [0.22, 0.78]
        .map((t) => {
          const bx = r.x + r.w * t
          return (
            el('line', { x1: bx - r.w * 0.12, y1: r.y + r.h * 0.62, x2: bx - r.w * 0.12, y2: r.y + r.h * 0.25, stroke: '#3E0709', 'stroke-width': r.w * 0.008 }) +
            el('line', { x1: bx + r.w * 0.12, y1: r.y + r.h * 0.62, x2: bx + r.w * 0.12, y2: r.y + r.h * 0.25, stroke: '#3E0709', 'stroke-width': r.w * 0.008 }) +
            el('rect', { x: bx - r.w * 0.12, y: r.y + r.h * 0.27, width: r.w * 0.24, height: r.h * 0.1, fill: INK.brightGold }) +
            star(bx, r.y + r.h * 0.32, r.h * 0.035, PALETTE.sovietRed)
          )
        })
        .join('')
      return banners + people
    }
    case 'book': {
      const bw = r.w * 0.84
      const by = bottom - r.h * 0.3
      const book = openBook(cx, by, bw, PALETTE.sovietRed, '#FFFBF0', INK.poster, 0)
      const words: Array<[string, string]> = [
        ['Дружба', '友谊'],
        ['Мир', '和平'],
        ['Труд', '劳动'],
        ['Наука', '科学'],
      ]
      const lines: string[] = []
      words.forEach(([ru, zh], i) => {
        const y = by - bw * 0.09 + i * bw * 0.075
        lines.push(text(cx - bw * 0.25, y + i * bw * 0.004, ru, { family: SERIF, weight: 700, size: bw * 0.05, fill: INK.poster, anchor: 'middle' }))
        lines.push(text(cx + bw * 0.25, y + i * bw * 0.004, zh, { family: SERIF, weight: 700, size: bw * 0.05, fill: INK.poster, anchor: 'middle' }))
      })
      const glow = el('circle', { cx, cy: r.y + r.h * 0.3, r: r.w * 0.2, fill: defs.radial([[0, '#FFF3C4', 1], [1, '#FFF3C4', 0]]) })
      return glow + star(cx, r.y + r.h * 0.3, r.w * 0.15, INK.brightGold, { stroke: INK.deepRed, 'stroke-width': r.w * 0.006 }) + book + lines.join('')
    }
  }
}

/** Chinese slogan lines, each fitted to the width, stacked from top; returns svg and bottom y. */
function stackLines(lines: string[], x: number, top: number, width: number, maxSize: number, o: { family: typeof SERIF | typeof SANS; weight: 400 | 700 | 900; fill: string; gap: number; anchor?: 'start' | 'middle' }): { svg: string; bottom: number } {
  const sizes = lines.map((l) => fitSize(l, { family: o.family, weight: o.weight }, width, maxSize))
  // Lines of one slogan share one size, so it reads as one statement.
  const size = Math.min(...sizes)
  let y = top
  const out: string[] = []
  for (const l of lines) {
    y += size * 0.88
    out.push(text(o.anchor === 'start' ? x : x + width / 2, y, l, { family: o.family, weight: o.weight, size, fill: o.fill, anchor: o.anchor ?? 'middle' }))
    y += size * o.gap
  }
  return { svg: out.join(''), bottom: y }
}

function weathering(p: TemplateParams<'poster'>, W: number, H: number, rng: Rng, defs: Defs): { filter?: string; over: string } {
  if (p.weathered <= 0) return { over: '' }
  const fid = defs.id('fade')
  const sat = 1 - 0.6 * p.weathered
  defs.add(
    `<filter id="${fid}" x="0" y="0" width="1" height="1" color-interpolation-filters="sRGB">` +
      `<feColorMatrix type="saturate" values="${n(sat)}"/>` +
      `<feComponentTransfer><feFuncR type="linear" slope="${n(1 - 0.25 * p.weathered)}" intercept="${n(0.2 * p.weathered)}"/><feFuncG type="linear" slope="${n(1 - 0.25 * p.weathered)}" intercept="${n(0.19 * p.weathered)}"/><feFuncB type="linear" slope="${n(1 - 0.25 * p.weathered)}" intercept="${n(0.16 * p.weathered)}"/></feComponentTransfer>` +
      `</filter>`,
  )
  const sid = defs.id('stain')
  defs.add(
    `<filter id="${sid}" x="0" y="0" width="1" height="1" color-interpolation-filters="sRGB">` +
      `<feTurbulence type="fractalNoise" baseFrequency="${n(4 / W)}" numOctaves="4" seed="7"/>` +
      `<feColorMatrix type="matrix" values="0 0 0 0 0.45  0 0 0 0 0.36  0 0 0 0 0.22  0 0 0 -2.6 1.45"/>` +
      `</filter>`,
  )
  const over: string[] = [el('rect', { x: 0, y: 0, width: W, height: H, filter: `url(#${sid})`, opacity: n(0.4 * p.weathered) })]
  // Fold creases.
  for (const [x1, y1, x2, y2] of [[W / 2, 0, W / 2, H], [0, H / 2, W, H / 2]] as Array<[number, number, number, number]>) {
    over.push(el('line', { x1, y1, x2, y2, stroke: '#FFFFFF', 'stroke-width': W * 0.004, opacity: 0.35 }))
    over.push(el('line', { x1: x1 + W * 0.003, y1: y1 + W * 0.003, x2: x2 + W * 0.003, y2: y2 + W * 0.003, stroke: '#3A3028', 'stroke-width': W * 0.002, opacity: 0.25 }))
  }
  // Strips of plain grey paper pasted over the lower corner and a torn-away top corner.
  const strip = (x: number, y: number, w: number, h: number, rot: number) =>
    group(
      el('rect', { x: 0, y: 0, width: w, height: h, fill: '#CFCBC2' }) +
        el('rect', { x: 0, y: 0, width: w, height: h, fill: 'none', stroke: '#B8B3A8', 'stroke-width': W * 0.004 }),
      { transform: `translate(${n(x)},${n(y)}) rotate(${n(rot)})` },
    )
  over.push(strip(W * 0.55, H * 0.82, W * 0.6, H * 0.12, -7))
  over.push(strip(-W * 0.1, H * 0.93, W * 0.5, H * 0.1, 4))
  let tear = `M${n(W * 0.7)},0`
  const steps = 9
  for (let i = 1; i <= steps; i++) {
    const t = i / steps
    tear += ` L${n(W * (0.7 + 0.3 * t) + rng.range(-W * 0.015, W * 0.015))},${n(H * 0.2 * t + rng.range(-H * 0.012, H * 0.012))}`
  }
  tear += ` L${n(W)},0 Z`
  over.push(el('path', { d: tear, fill: PALETTE.coldGrey }))
  return { filter: `url(#${fid})`, over: over.join('') }
}

export function poster(ctx: ArtContext, p: TemplateParams<'poster'>): string {
  const { W, H, rng, defs } = surface(ctx, 'p')
  const m = W * 0.035
  const parts: string[] = []
  const style: SceneStyle = { dark: INK.deepRed, light: INK.brightGold }

  // Paper with a slight mottle.
  const mottle = defs.id('mottle')
  defs.add(
    `<filter id="${mottle}" x="0" y="0" width="1" height="1"><feTurbulence type="fractalNoise" baseFrequency="${n(60 / W)}" numOctaves="3" seed="3"/>` +
      `<feColorMatrix type="matrix" values="0 0 0 0 0.35  0 0 0 0 0.28  0 0 0 0 0.2  0 0 0 0.3 -0.1"/></filter>`,
  )

  if (p.layout === 'sunburst') {
    const pic: Rect = { x: m, y: m, w: W - 2 * m, h: H * 0.6 - m }
    const clip = defs.id('clip')
    defs.add(el('clipPath', { id: clip }, el('rect', { x: pic.x, y: pic.y, width: pic.w, height: pic.h })))
    const fy = pic.y + pic.h * (p.scene === 'building' ? 0.42 : 0.38)
    const inner = [
      el('rect', { x: pic.x, y: pic.y, width: pic.w, height: pic.h, fill: PALETTE.vermilion }),
      rays(W / 2, fy, H * 1.2, 36, 0, 360, [PALETTE.vermilion, INK.rayLight], pic),
      el('circle', { cx: W / 2, cy: fy, r: pic.w * 0.42, fill: defs.radial([[0, '#FFE7A0', 0.95], [0.45, '#F6B640', 0.55], [1, '#F6B640', 0]]) }),
      scene(p.scene, pic, style, rng, defs),
    ]
    parts.push(el('rect', { width: W, height: H, fill: PAPER.poster }))
    parts.push(group(inner.join(''), { 'clip-path': `url(#${clip})` }))
    parts.push(el('rect', { x: pic.x, y: pic.y, width: pic.w, height: pic.h, fill: 'none', stroke: INK.poster, 'stroke-width': W * 0.006 }))
    // Slogans: sized so the whole block fits between the picture and the bottom margin.
    const tw = W - 2 * m - W * 0.06
    const top = H * 0.62
    const avail = H - m - top
    const block = (k: number) => {
      const out: string[] = []
      const zh = stackLines(p.zh, m + W * 0.03, top, tw, H * 0.1 * k, { family: SERIF, weight: 900, fill: PALETTE.sovietRed, gap: 0.22 })
      out.push(zh.svg)
      let y = zh.bottom + H * 0.008 * k
      out.push(el('rect', { x: W * 0.2, y, width: W * 0.6, height: H * 0.004, fill: PALETTE.gold }))
      out.push(star(W / 2, y + H * 0.002, H * 0.014, PALETTE.gold))
      y += H * 0.018 * k
      const ru = stackLines(p.ru, m + W * 0.03, y, tw, H * 0.05 * k, { family: SANS, weight: 900, fill: INK.poster, gap: 0.28 })
      out.push(ru.svg)
      y = ru.bottom
      if (p.zhSub) {
        y += H * 0.035 * k
        out.push(text(W / 2, y, p.zhSub, { family: SERIF, weight: 700, size: Math.min(H * 0.028 * k, fitSize(p.zhSub, { family: SERIF, weight: 700 }, tw, H * 0.028)), fill: PALETTE.sovietRed, anchor: 'middle' }))
      }
      if (p.ruSub) {
        y += H * 0.034 * k
        out.push(text(W / 2, y, p.ruSub, { family: SANS, weight: 400, size: Math.min(H * 0.022 * k, fitSize(p.ruSub, { family: SANS, weight: 400 }, tw, H * 0.022)), fill: INK.poster, anchor: 'middle' }))
      }
      return { svg: out.join(''), height: y - top }
    }
    let k = 1
    let b = block(k)
    for (let i = 0; i < 8 && b.height > avail; i++) {
      k *= Math.max(0.8, avail / b.height)
      b = block(k)
    }
    parts.push(b.svg)
  } else if (p.layout === 'diagonal') {
    parts.push(el('rect', { width: W, height: H, fill: PAPER.poster }))
    const fx = W * 0.78
    const fy = H * 0.2
    parts.push(rays(fx, fy, H * 1.4, 30, 0, 360, ['#F4DDB8', PAPER.poster], { x: 0, y: 0, w: W, h: H }))
    parts.push(el('circle', { cx: fx, cy: fy, r: W * 0.16, fill: INK.brightGold }))
    parts.push(el('circle', { cx: fx, cy: fy, r: W * 0.24, fill: 'none', stroke: INK.brightGold, 'stroke-width': W * 0.01, opacity: 0.6 }))
    const pic: Rect = { x: 0, y: H * 0.02, w: W, h: H * 0.47 }
    parts.push(scene(p.scene, pic, { dark: INK.deepRed, light: INK.brightGold }, rng, defs))
    // The slanted band.
    const y1 = H * 0.58
    const y2 = H * 0.46
    const bh = H * 0.17
    const angle = (Math.atan2(y2 - y1, W) * 180) / Math.PI
    parts.push(el('polygon', { points: `0,${n(y1)} ${n(W)},${n(y2)} ${n(W)},${n(y2 + bh)} 0,${n(y1 + bh)}`, fill: PALETTE.sovietRed }))
    parts.push(el('polygon', { points: `0,${n(y1 + bh)} ${n(W)},${n(y2 + bh)} ${n(W)},${n(y2 + bh + H * 0.012)} 0,${n(y1 + bh + H * 0.012)}`, fill: INK.brightGold }))
    const bandLen = Math.hypot(W, y2 - y1)
    const zhSvg = stackLines(p.zh, bandLen * 0.06, 0, bandLen * 0.88, (bh * 0.78) / p.zh.length, { family: SERIF, weight: 900, fill: '#FFF4DC', gap: 0.12 })
    const blockH = zhSvg.bottom
    parts.push(group(zhSvg.svg, { transform: `translate(0,${n(y1 + (bh - blockH) / 2 + bh * 0.02)}) rotate(${n(angle)})` }))
    // Russian below, straight.
    const tw = W - 2 * m - W * 0.04
    const subsH = (p.zhSub ? H * 0.045 : 0) + (p.ruSub ? H * 0.035 : 0)
    const ruTop = y1 + bh + H * 0.04
    const ruMax = Math.min(H * 0.055, (H - m - subsH - ruTop) / (p.ru.length * 1.15))
    const ru = stackLines(p.ru, m + W * 0.02, ruTop, tw, ruMax, { family: SANS, weight: 900, fill: INK.poster, gap: 0.25 })
    parts.push(ru.svg)
    let y = ru.bottom + H * 0.02
    if (p.zhSub) {
      parts.push(text(W / 2, y + H * 0.018, p.zhSub, { family: SERIF, weight: 700, size: fitSize(p.zhSub, { family: SERIF, weight: 700 }, tw, H * 0.03), fill: PALETTE.sovietRed, anchor: 'middle' }))
      y += H * 0.042
    }
    if (p.ruSub) parts.push(text(W / 2, y + H * 0.015, p.ruSub, { family: SANS, weight: 400, size: fitSize(p.ruSub, { family: SANS, weight: 400 }, tw, H * 0.022), fill: INK.poster, anchor: 'middle' }))
  } else {
    parts.push(el('rect', { width: W, height: H, fill: PALETTE.sovietRed }))
    const tw = W - 2 * m - W * 0.04
    const zh = stackLines(p.zh, m + W * 0.02, H * 0.05, tw, H * 0.1, { family: SERIF, weight: 900, fill: INK.brightGold, gap: 0.18 })
    const cy = zh.bottom + H * 0.16
    parts.push(rays(W / 2, cy, H * 0.9, 40, 180, 360, ['#B72A22', PALETTE.sovietRed], { x: 0, y: 0, w: W, h: H }))
    parts.push(el('rect', { x: 0, y: 0, width: W, height: zh.bottom + H * 0.02, fill: PALETTE.sovietRed, opacity: 0.55 }))
    parts.push(zh.svg)
    parts.push(el('circle', { cx: W / 2, cy, r: W * 0.3, fill: defs.radial([[0, '#F4C24A', 0.8], [1, '#F4C24A', 0]]) }))
    parts.push(star(W / 2, cy, W * 0.14, INK.brightGold, { stroke: INK.deepRed, 'stroke-width': W * 0.006 }))
    const pic: Rect = { x: 0, y: cy - H * 0.05, w: W, h: H * 0.82 - cy + H * 0.05 }
    parts.push(scene(p.scene, pic, style, rng, defs))
    parts.push(el('rect', { x: 0, y: H * 0.8, width: W, height: H * 0.2, fill: PAPER.poster }))
    parts.push(el('rect', { x: 0, y: H * 0.8, width: W, height: H * 0.01, fill: INK.brightGold }))
    const ru = stackLines(p.ru, m + W * 0.02, H * 0.83, tw, H * 0.05, { family: SANS, weight: 900, fill: PALETTE.sovietRed, gap: 0.25 })
    parts.push(ru.svg)
    if (p.ruSub || p.zhSub) {
      const sub = [p.zhSub, p.ruSub].filter(Boolean).join('  ·  ')
      parts.push(text(W / 2, Math.max(ru.bottom + H * 0.03, H * 0.965), sub, { family: SERIF, weight: 700, size: fitSize(sub, { family: SERIF, weight: 700 }, tw, H * 0.022), fill: INK.poster, anchor: 'middle' }))
    }
  }
  if (p.year) parts.push(text(W - m - W * 0.01, H - m * 0.6, p.year, { family: SERIF, weight: 700, size: H * 0.018, fill: INK.poster, anchor: 'end', opacity: 0.8 }))

  const wear = weathering(p, W, H, rng, defs)
  const body = group(parts.join('') + el('rect', { width: W, height: H, filter: `url(#${mottle})` }), { filter: wear.filter })
  return defs.toString() + body + wear.over
}
