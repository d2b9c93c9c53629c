/**
 * Panoramas in the manner of 1950s industrial landscape painting: a graded sky, hills in
 * atmospheric layers, the subject in the middle ground, light glowing through smoke. Edges are
 * loosened with a displacement filter and a streaked brush texture, so the flat shapes read
 * as paint.
 */
import { carriages, Defs, figure, flagPRC, flagUSSR, locomotive, skyline, smoke, spireBuilding, trussBridge, surface } from '../motifs'
import type { ArtContext, TemplateParams } from '../params'
import { el, group, mix, n, Rng } from '../svg'

interface Args {
  W: number
  H: number
  rng: Rng
  defs: Defs
  blur: (px: number) => string
  time: TemplateParams<'painting'>['time']
}

/** A ridge line as a filled silhouette from y down to the bottom. */
function ridge(a: Args, y: number, amp: number, fill: string, roughness = 0.5, bottom?: number): string {
  let d = `M0,${n(bottom ?? a.H)} L0,${n(y)}`
  const steps = 40
  let v = 0
  for (let i = 1; i <= steps; i++) {
    v = v * 0.7 + a.rng.range(-1, 1) * roughness
    const x = (a.W * i) / steps
    const hump = Math.sin((i / steps) * Math.PI * a.rng.range(1.5, 2.5)) * 0.5
    d += ` L${n(x)},${n(y - amp * (0.5 + hump + v * 0.6))}`
  }
  d += ` L${n(a.W)},${n(bottom ?? a.H)} Z`
  return el('path', { d, fill })
}

function clouds(a: Args, y0: number, y1: number, count: number, lit: string, shade: string): string {
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    const cx = a.W * a.rng.next()
    const cy = a.rng.range(y0, y1)
    const rx = a.W * a.rng.range(0.05, 0.14)
    const ry = rx * a.rng.range(0.18, 0.3)
    out.push(el('ellipse', { cx, cy: cy + ry * 0.35, rx: rx * 0.95, ry, fill: shade, opacity: 0.55 }))
    for (let k = 0; k < 4; k++) out.push(el('ellipse', { cx: cx + a.rng.range(-rx, rx) * 0.5, cy: cy - a.rng.range(0, ry), rx: rx * a.rng.range(0.3, 0.6), ry: ry * a.rng.range(0.7, 1.2), fill: lit, opacity: 0.7 }))
  }
  return group(out.join(''), { filter: a.blur(a.W * 0.006) })
}

function glow(a: Args, x: number, y: number, r: number, colour: string, strength = 0.8): string {
  return el('circle', { cx: x, cy: y, r, fill: a.defs.radial([[0, colour, strength], [1, colour, 0]]) })
}

const SCENES: Record<TemplateParams<'painting'>['scene'], (a: Args) => string> = {
  steelworks(a) {
    const { W, H, rng } = a
    const hz = H * 0.64
    const parts: string[] = []
    parts.push(el('rect', { width: W, height: H, fill: a.defs.linear([[0, '#29304A'], [0.3, '#5E4660'], [0.55, '#C8734A'], [0.66, '#F4B45E']]) }))
    parts.push(glow(a, W * 0.62, hz, W * 0.4, '#FFD98A', 0.55))
    parts.push(clouds(a, H * 0.06, H * 0.34, 10, '#E9A47C', '#41344C'))
    parts.push(ridge(a, hz - H * 0.05, H * 0.07, '#7E6070', 0.4))
    parts.push(ridge(a, hz - H * 0.01, H * 0.04, '#62485A', 0.5))
    // The far works, hazed by smoke and distance.
    const far = skyline(-W * 0.02, hz + H * 0.02, W * 1.04, H * 0.2, rng, { fill: '#57404C', smokeFill: '#C89A88', smokeDir: -165, kinds: ['chimney', 'shed', 'chimney', 'furnace', 'block', 'chimney', 'shed'] })
    parts.push(group(far.smokeSvg, { filter: a.blur(W * 0.004) }), far.svg)
    parts.push(el('rect', { x: 0, y: hz - H * 0.2, width: W, height: H * 0.24, fill: '#E8A070', opacity: 0.18 }))
    // The near works: blast furnaces with their stoves, chimneys and sheds.
    const near = skyline(-W * 0.03, hz + H * 0.14, W * 1.06, H * 0.46, rng, { fill: '#261A1E', detail: '#F7B04A', smokeFill: '#A88078', smokeDir: -160, kinds: ['furnace', 'chimney', 'shed', 'furnace', 'stoves', 'chimney', 'block', 'furnace', 'crane', 'chimney', 'shed'] })
    parts.push(group(near.smokeSvg, { filter: a.blur(W * 0.003) }))
    for (let i = 0; i < 8; i++) parts.push(glow(a, W * (0.06 + i * 0.125 + rng.range(-0.03, 0.03)), hz + H * 0.12, W * rng.range(0.05, 0.1), '#FF8A2A', 0.8))
    parts.push(near.svg)
    // Ground, a slag heap glowing, the railway in front with an ore train.
    parts.push(el('rect', { x: 0, y: hz + H * 0.14, width: W, height: H * 0.26, fill: a.defs.linear([[0, '#3E2C26'], [1, '#1A1210']]) }))
    for (let i = 0; i < 30; i++) parts.push(el('ellipse', { cx: W * rng.next(), cy: hz + H * rng.range(0.15, 0.2), rx: W * rng.range(0.004, 0.014), ry: H * 0.004, fill: '#FFB347', opacity: rng.range(0.5, 0.95) }))
    parts.push(glow(a, W * 0.3, hz + H * 0.22, W * 0.14, '#FF9A3A', 0.35))
    const rail = H * 0.9
    parts.push(el('rect', { x: 0, y: rail, width: W, height: H * 0.012, fill: '#6A4A3A' }))
    parts.push(el('rect', { x: 0, y: rail + H * 0.012, width: W, height: H * 0.1, fill: '#120C0A' }))
    const len = W * 0.16
    const trainX = W * 0.08
    parts.push(carriages(trainX, rail, 4, len * 0.62, '#2A1C18', '#7A5A44'))
    const locoX = trainX + 4 * len * 0.62 * 1.04 + len * 0.3
    parts.push(locomotive(locoX, rail, len, '#1E1614', '#8A6A50', '#C0301E'))
    parts.push(group(smoke(locoX + len * 0.77, rail - len * 0.46, W * 0.014, W * 0.4, 192, '#E2C4B0', rng, 0.75), { filter: a.blur(W * 0.002) }))
    return parts.join('')
  },
  bridge(a) {
    const { W, H, rng } = a
    const hz = H * 0.5
    const parts: string[] = []
    parts.push(el('rect', { width: W, height: hz + 2, fill: a.defs.linear([[0, '#5C86B0'], [0.6, '#A9C3D6'], [1, '#F0DDB8']]) }))
    parts.push(glow(a, W * 0.2, hz * 0.75, W * 0.25, '#FFF0C8', 0.55))
    parts.push(clouds(a, H * 0.05, H * 0.32, 11, '#FBF4E8', '#8FA4B8'))
    // Hills at the two ends of the bridge and the far bank.
    parts.push(ridge(a, hz - H * 0.01, H * 0.025, '#8FA2A8', 0.3, hz + H * 0.02))
    const hill = (x0: number, x1: number, peak: number, fill: string, shade: string) => {
      const d = `M${n(x0)},${n(hz + H * 0.03)} C${n(x0 + (x1 - x0) * 0.25)},${n(hz - peak)} ${n(x0 + (x1 - x0) * 0.65)},${n(hz - peak * 1.05)} ${n(x1)},${n(hz + H * 0.03)} Z`
      const trees: string[] = []
      for (let i = 0; i < 40; i++) {
        const t = rng.next()
        const x = x0 + (x1 - x0) * t
        const top = hz - peak * Math.sin(Math.PI * t) * 0.75
        trees.push(el('circle', { cx: x, cy: rng.range(top, hz), r: W * rng.range(0.005, 0.01), fill: rng.chance(0.5) ? shade : fill, opacity: 0.8 }))
      }
      return el('path', { d, fill }) + trees.join('')
    }
    parts.push(hill(-W * 0.02, W * 0.26, H * 0.14, '#5E7A5E', '#48624A'))
    parts.push(hill(W * 0.72, W * 1.04, H * 0.12, '#58744F', '#435C40'))
    // The river.
    parts.push(el('rect', { x: 0, y: hz + H * 0.02, width: W, height: H * 0.5, fill: a.defs.linear([[0, '#B9B79A'], [0.5, '#9A9272'], [1, '#6E6A52']]) }))
    for (let i = 0; i < 70; i++) {
      const y = hz + H * rng.range(0.04, 0.46)
      parts.push(el('rect', { x: W * rng.next(), y, width: W * rng.range(0.02, 0.09) * (y / H), height: H * 0.003, fill: rng.chance(0.5) ? '#E8E0C4' : '#5E5A46', opacity: 0.5 }))
    }
    // The bridge, with its reflection.
    const deck = hz - H * 0.005
    const bridge = trussBridge(W * 0.12, W * 0.88, deck, H * 0.08, hz + H * 0.12, 9, '#3C4A58', { pierFill: '#8A8274' })
    const towers = [W * 0.12, W * 0.88]
      .map((tx) => {
        const tw = W * 0.034
        const th = H * 0.25
        return (
          el('rect', { x: tx - tw / 2, y: deck - th, width: tw, height: th + H * 0.1, fill: '#D8CDB4' }) +
          el('rect', { x: tx - tw * 0.3, y: deck - th + H * 0.02, width: tw * 0.6, height: th * 0.7, fill: '#B8AC92' }) +
          el('path', { d: `M${n(tx - tw * 0.85)},${n(deck - th)} Q${n(tx)},${n(deck - th - tw * 0.3)} ${n(tx + tw * 0.85)},${n(deck - th)} L${n(tx + tw * 0.4)},${n(deck - th - tw * 0.55)} L${n(tx - tw * 0.4)},${n(deck - th - tw * 0.55)} Z`, fill: '#4A5A5E' }) +
          el('rect', { x: tx - tw * 0.32, y: deck - th - tw * 0.95, width: tw * 0.64, height: tw * 0.42, fill: '#D8CDB4' }) +
          el('path', { d: `M${n(tx - tw * 0.6)},${n(deck - th - tw * 0.9)} Q${n(tx)},${n(deck - th - tw * 1.05)} ${n(tx + tw * 0.6)},${n(deck - th - tw * 0.9)} L${n(tx)},${n(deck - th - tw * 1.35)} Z`, fill: '#4A5A5E' })
        )
      })
      .join('')
    parts.push(group(bridge + towers, { transform: `translate(0,${n(2 * (hz + H * 0.12))}) scale(1,-1)`, opacity: 0.12, filter: a.blur(W * 0.003) }))
    parts.push(bridge, towers)
    parts.push(carriages(W * 0.36, deck - H * 0.004, 7, W * 0.034, '#2E3640', '#C9B88A'))
    parts.push(locomotive(W * 0.36 + 7 * W * 0.034 * 1.04 + W * 0.008, deck - H * 0.004, W * 0.042, '#1E2428', '#7A8088', '#B02A1E', false))
    for (let i = 0; i < 26; i++) parts.push(el('rect', { x: W * rng.range(0.14, 0.86), y: deck - H * 0.086, width: W * 0.006, height: H * 0.006, fill: rng.pick(['#2A2A2A', '#5A6A7A', '#8A3A2A']) }))
    // Junks and a steamer on the water.
    const sail = (x: number, y: number, s: number) =>
      el('path', { d: `M${n(x)},${n(y)} l${n(s * 1.2)},0 l${n(-s * 0.2)},${n(s * 0.25)} l${n(-s * 0.85)},0 Z`, fill: '#3E3226' }) +
      el('path', { d: `M${n(x + s * 0.5)},${n(y)} l${n(-s * 0.05)},${n(-s * 1.1)} l${n(s * 0.55)},${n(s * 0.15)} l${n(-s * 0.1)},${n(s * 0.85)} Z`, fill: '#8A5A3A' })
    parts.push(sail(W * 0.12, hz + H * 0.25, W * 0.05), sail(W * 0.6, hz + H * 0.16, W * 0.025), sail(W * 0.86, hz + H * 0.32, W * 0.06))
    // A river steamer: hull, white cabin, red funnel with its smoke.
    const sy = hz + H * 0.25
    parts.push(el('path', { d: `M${n(W * 0.3)},${n(sy)} l${n(W * 0.11)},0 l${n(-W * 0.012)},${n(H * 0.03)} l${n(-W * 0.092)},0 Z`, fill: '#2E2A26' }))
    parts.push(el('rect', { x: W * 0.32, y: sy - H * 0.04, width: W * 0.06, height: H * 0.04, fill: '#ECE6D8' }))
    for (let i = 0; i < 6; i++) parts.push(el('rect', { x: W * (0.325 + i * 0.009), y: sy - H * 0.03, width: W * 0.004, height: H * 0.012, fill: '#4A4A4A' }))
    parts.push(el('rect', { x: W * 0.345, y: sy - H * 0.085, width: W * 0.011, height: H * 0.047, fill: '#A02A1E' }))
    parts.push(group(smoke(W * 0.35, sy - H * 0.09, W * 0.008, W * 0.12, 195, '#EDE6DA', rng, 0.6), { filter: a.blur(W * 0.002) }))
    // The near bank.
    parts.push(el('path', { d: `M0,${n(H * 0.86)} C${n(W * 0.3)},${n(H * 0.82)} ${n(W * 0.6)},${n(H * 0.9)} ${n(W)},${n(H * 0.84)} L${n(W)},${n(H)} L0,${n(H)} Z`, fill: '#4E5A36' }))
    for (let i = 0; i < 8; i++) parts.push(figure(W * rng.range(0.05, 0.95), H * rng.range(0.93, 0.98), H * rng.range(0.06, 0.08), '#2A2A22', rng, { armUp: rng.chance(0.3), flag: '#C0301E' }))
    return parts.join('')
  },
  'exhibition-hall'(a) {
    const { W, H, rng } = a
    const hz = H * 0.74
    const parts: string[] = []
    parts.push(el('rect', { width: W, height: H, fill: a.defs.linear([[0, '#4F7FB0'], [0.55, '#A8C4DA'], [0.75, '#EADFC4']]) }))
    parts.push(clouds(a, H * 0.06, H * 0.35, 10, '#FFFFFF', '#9AAEC2'))
    // Trees behind, the building, its reflecting pool, flags and strolling visitors.
    const treeRow = (y: number, tone: string, size: number) => {
      const out: string[] = []
      for (let x = -W * 0.02; x < W * 1.02; x += W * rng.range(0.012, 0.03)) out.push(el('circle', { cx: x, cy: y - size * rng.range(0.2, 0.8), r: size * rng.range(0.5, 0.9), fill: tone }))
      return out.join('')
    }
    parts.push(treeRow(hz - H * 0.02, '#5E7A5A', H * 0.05))
    parts.push(spireBuilding(W / 2, hz, W * 0.5, '#EDE4D2', { detail: '#9C8A70', spire: '#D9AE3A', starFill: '#C02A1E', light: '#FFFFFF' }))
    parts.push(el('rect', { x: W * 0.25, y: hz - W * 0.5 * 0.14, width: W * 0.5, height: W * 0.5 * 0.14, fill: a.defs.linear([[0, '#FFFFFF', 0], [1, '#6A5A4A', 0.25]]) }))
    parts.push(el('rect', { x: 0, y: hz, width: W, height: H - hz, fill: a.defs.linear([[0, '#CFC6B0'], [1, '#A89E86']]) }))
    const pool = { x: W * 0.3, y: hz + H * 0.07, w: W * 0.4, h: H * 0.1 }
    parts.push(el('rect', { x: pool.x, y: pool.y, width: pool.w, height: pool.h, fill: '#7FA3BE' }))
    parts.push(el('rect', { x: W * 0.47, y: pool.y, width: W * 0.06, height: pool.h * 0.8, fill: '#EDE4D2', opacity: 0.25 }))
    parts.push(el('rect', { x: pool.x, y: pool.y, width: pool.w, height: pool.h, fill: 'none', stroke: '#E8E0CE', 'stroke-width': H * 0.008 }))
    for (let i = 0; i < 3; i++) {
      const fx = pool.x + pool.w * (0.25 + i * 0.25)
      parts.push(group(el('ellipse', { cx: fx, cy: pool.y + pool.h * 0.2, rx: W * 0.003, ry: H * 0.035, fill: '#FFFFFF', opacity: 0.8 }) + el('ellipse', { cx: fx, cy: pool.y + pool.h * 0.45, rx: W * 0.012, ry: H * 0.008, fill: '#FFFFFF', opacity: 0.6 }), { filter: a.blur(W * 0.001) }))
    }
    const fw = W * 0.04
    for (let i = 0; i < 6; i++) {
      const x = W * (0.08 + i * 0.168)
      parts.push(el('line', { x1: x, y1: hz + H * 0.05, x2: x, y2: hz - H * 0.22, stroke: '#6A6A6A', 'stroke-width': W * 0.0015 }))
      parts.push(i % 2 === 0 ? flagPRC(x, hz - H * 0.22, fw, '#D3381C', '#F2C530', fw * 0.06) : flagUSSR(x, hz - H * 0.22, fw, '#B81C1C', '#F2C530', fw * 0.06))
    }
    parts.push(treeRow(H * 1.02, '#3E5A3A', H * 0.09))
    for (let i = 0; i < 22; i++) {
      const d = rng.range(0, 1)
      const x = W * rng.range(0.04, 0.96)
      const y = hz + H * (0.05 + d * 0.2)
      // Visitors stroll round the pool, not through it.
      const inPool = x > pool.x - W * 0.01 && x < pool.x + pool.w + W * 0.01 && y > pool.y && y < pool.y + pool.h + H * 0.03
      parts.push(figure(inPool ? (x < W / 2 ? pool.x - W * 0.02 : pool.x + pool.w + W * 0.02) : x, y, H * (0.04 + d * 0.05), mix('#5A4A44', '#1E1A18', d), rng, { coat: rng.chance(0.4), bag: rng.chance(0.2) }))
    }
    return parts.join('')
  },
}

export function painting(ctx: ArtContext, p: TemplateParams<'painting'>): string {
  const { W, H, rng, defs } = surface(ctx, 'pt')
  const blur = defs.blurs(W, H, 0.1)
  const scene = SCENES[p.scene]({ W, H, rng, defs, blur, time: p.time })
  // Loosened edges: the whole picture displaced by low-frequency noise, like a loaded brush.
  const brush = defs.id('brush')
  defs.add(
    `<filter id="${brush}" filterUnits="userSpaceOnUse" x="0" y="0" width="${n(W)}" height="${n(H)}"><feTurbulence type="fractalNoise" baseFrequency="${n(90 / W)} ${n(60 / W)}" numOctaves="2" seed="5" result="t"/>` +
      `<feDisplacementMap in="SourceGraphic" in2="t" scale="${n(W * 0.004)}" xChannelSelector="R" yChannelSelector="G"/></filter>`,
  )
  // Streaks of brushwork and the weave of the canvas, as light and dark modulation.
  const streak = defs.id('streak')
  defs.add(
    `<filter id="${streak}" filterUnits="userSpaceOnUse" x="0" y="0" width="${n(W)}" height="${n(H)}"><feTurbulence type="fractalNoise" baseFrequency="${n(50 / W)} ${n(110 / W)}" numOctaves="3" seed="11"/>` +
      `<feColorMatrix type="matrix" values="0 0 0 0 1  0 0 0 0 0.96  0 0 0 0 0.9  0 0 0 0.9 -0.42"/></filter>`,
  )
  const shade = defs.id('shade')
  defs.add(
    `<filter id="${shade}" filterUnits="userSpaceOnUse" x="0" y="0" width="${n(W)}" height="${n(H)}"><feTurbulence type="fractalNoise" baseFrequency="${n(30 / W)} ${n(90 / W)}" numOctaves="2" seed="23"/>` +
      `<feColorMatrix type="matrix" values="0 0 0 0 0.12  0 0 0 0 0.09  0 0 0 0 0.08  0 0 0 0.8 -0.4"/></filter>`,
  )
  const varnish = defs.radial([[0.5, '#2A1A0A', 0], [1, '#2A1A0A', 0.28]], 0.5, 0.5, 0.72)
  return (
    defs.toString() +
    group(scene, { filter: `url(#${brush})` }) +
    el('rect', { width: W, height: H, filter: `url(#${streak})`, opacity: 0.16 }) +
    el('rect', { width: W, height: H, filter: `url(#${shade})`, opacity: 0.3 }) +
    el('rect', { width: W, height: H, fill: varnish })
  )
}
