/**
 * Friendship badges (30 x 20 x 3 cm): an oak-framed, baize-covered display board holding six
 * enamel badges - a star, a dove of peace, crossed flags, a gear with a star, a laurel wreath,
 * and a globe in a sunburst - with a small printed caption card. Generic designs only.
 */
import type { BufferGeometry } from 'three'
import { cm, cmPoints, defineModel } from './lib/model.ts'
import { M, matte, textured } from './lib/materials.ts'
import {
  circleOutline,
  cyl,
  extrude,
  planarUV,
  rbox,
  ridgedStar,
  rod,
  roundRectOutline,
  starOutline,
  torus,
  xf,
  type V2,
  type Xf,
} from './lib/geometry.ts'
import { SANS, SERIF, svgTexture, woodTexture } from './lib/textures.ts'

type Part = [string, BufferGeometry]

const scale = (pts: V2[], k: number, dx = 0, dy = 0): V2[] => pts.map(([x, y]) => [x * k + dx, y * k + dy])

const DOVE: V2[] = [
  [1.0, 0.28], [0.88, 0.36], [0.78, 0.42], [0.64, 0.38], [0.52, 0.24], [0.36, 0.22], [0.32, 0.52],
  [0.22, 0.84], [0.06, 1.02], [-0.02, 0.9], [-0.12, 0.92], [-0.1, 0.74], [-0.24, 0.76], [-0.2, 0.58],
  [-0.34, 0.56], [-0.26, 0.36], [-0.38, 0.18], [-0.7, 0.12], [-1.0, 0.24], [-0.9, 0.05], [-1.0, -0.12],
  [-0.64, -0.06], [-0.3, -0.14], [0.1, -0.17], [0.45, -0.08], [0.7, 0.08], [0.86, 0.2],
]

function starBadge(): Part[] {
  return [
    ['gilt', ridgedStar(cm(2.35), cm(0.42), cm(0.95))],
    ['enamel', xf(ridgedStar(cm(2.0), cm(0.4), cm(0.8)), { p: [0, 0, cm(0.06)] })],
    ['gilt', cyl(cm(0.35), cm(0.42), cm(0.12), 20, { r: [Math.PI / 2, 0, 0], p: [0, 0, cm(0.42)] })],
  ]
}

function doveBadge(): Part[] {
  const disc = cm(2.1)
  const parts: Part[] = [
    ['gilt', cyl(disc, disc, cm(0.18), 40, { r: [Math.PI / 2, 0, 0], p: [0, 0, 0] })],
    ['sky', cyl(disc - cm(0.18), disc - cm(0.18), cm(0.06), 40, { r: [Math.PI / 2, 0, 0], p: [0, 0, cm(0.18)] })],
    ['gilt', torus(disc - cm(0.1), cm(0.09), 8, 48, { p: [0, 0, cm(0.2)] })],
    ['white', extrude(scale(DOVE, cm(1.45), cm(0.05), cm(-0.25)), cm(0.2), { bevel: cm(0.05) }, { p: [0, 0, cm(0.22)] })],
  ]
  // Olive sprig in the dove's beak: a stem with five leaves.
  parts.push(['gilt', rod([cm(1.45), cm(0.22), cm(0.4)], [cm(1.0), cm(-0.6), cm(0.4)], cm(0.04), 6)])
  for (let i = 0; i < 5; i++) {
    const t = 0.2 + i * 0.17
    const x = cm(1.45 - 0.45 * t * 1.0)
    const y = cm(0.22 - 0.82 * t)
    const side = i % 2 === 0 ? 1 : -1
    parts.push(['green', extrude(scale(circleOutline(1, 12), 1).map(([a, c]) => [a * cm(0.22), c * cm(0.09)] as V2), cm(0.06), {}, { p: [x + side * cm(0.16), y, cm(0.4)], r: [0, 0, side * 0.6] })])
  }
  return parts
}

function flag(side: 1 | -1): Part[] {
  // A fluttering flag on a gilt pole, leaning outwards; the small gold star is generic.
  const w = 2.1
  const h = 1.4
  const pts: V2[] = []
  for (let i = 0; i <= 10; i++) pts.push([(w * i) / 10, h + 0.12 * Math.sin((i / 10) * Math.PI * 2)])
  for (let i = 10; i >= 0; i--) pts.push([(w * i) / 10, 0.12 * Math.sin((i / 10) * Math.PI * 2)])
  const place: Xf = { p: [0, cm(-1.8), 0], r: [0, 0, side * 0.5] }
  const flagG = extrude(
    pts.map(([x, y]) => [cm(-side * x), cm(y + 1.6)] as V2),
    cm(0.12),
    { bevel: cm(0.03) },
  )
  return [
    ['gilt', xf(rod([0, 0, cm(0.1)], [0, cm(3.3), cm(0.1)], cm(0.09), 8), place)],
    ['gilt', xf(cyl(0, cm(0.16), cm(0.3), 8, { p: [0, cm(3.3), cm(0.1)] }), place)],
    ['enamel', xf(flagG, { ...place, p: [0, cm(-1.8), cm(0.02)] })],
    ['gold', xf(extrude(starOutline(cm(0.3)), cm(0.05), {}, { p: [cm(-side * 0.45), cm(2.6), cm(0.14)] }), place)],
  ]
}

function flagsBadge(): Part[] {
  return [
    ...flag(1),
    ...flag(-1),
    // Gilt scroll across the poles.
    ['gilt', extrude(cmPoints(roundRectOutline(3.2, 0.7, 0.3, 3)), cm(0.18), { bevel: cm(0.04) }, { p: [0, cm(-1.3), cm(0.18)] })],
  ]
}

function gearOutline(teeth: number, rIn: number, rOut: number): V2[] {
  const pts: V2[] = []
  for (let i = 0; i < teeth; i++) {
    const a = (i / teeth) * Math.PI * 2
    const s = (Math.PI * 2) / teeth
    for (const [f, r] of [
      [0, rIn],
      [0.18, rIn],
      [0.28, rOut],
      [0.62, rOut],
      [0.72, rIn],
    ] as const) {
      pts.push([r * Math.cos(a + f * s), r * Math.sin(a + f * s)])
    }
  }
  return pts
}

function gearBadge(): Part[] {
  const hole = circleOutline(cm(1.45), 40).reverse()
  return [
    ['steel', extrude(gearOutline(14, cm(1.9), cm(2.25)), cm(0.3), { holes: [hole], bevel: cm(0.04) })],
    ['enamel', cyl(cm(1.47), cm(1.47), cm(0.22), 40, { r: [Math.PI / 2, 0, 0], p: [0, 0, 0] })],
    ['gilt', xf(ridgedStar(cm(1.2), cm(0.3), cm(0.48)), { p: [0, 0, cm(0.22)] })],
  ]
}

function wreathBadge(): Part[] {
  const parts: Part[] = []
  const leaf = circleOutline(1, 14).map(([a, c]) => [a * cm(0.34), c * cm(0.13)] as V2)
  for (const side of [1, -1]) {
    for (let i = 0; i < 8; i++) {
      const a = -Math.PI / 2 + side * (0.35 + i * 0.33)
      const r = cm(1.9)
      const x = r * Math.cos(a)
      const y = r * Math.sin(a)
      const tang = a + (side * Math.PI) / 2
      for (const off of [-1, 1]) {
        parts.push(['gilt', extrude(leaf, cm(0.14), { bevel: cm(0.03) }, { p: [x + off * cm(0.2) * Math.cos(a), y + off * cm(0.2) * Math.sin(a), cm(0.05)], r: [0, 0, tang + off * 0.5] })])
      }
    }
  }
  parts.push(['enamel', extrude(starOutline(cm(1.35), cm(0.55)), cm(0.25), { bevel: cm(0.05) }, { p: [0, cm(0.1), cm(0.05)] })])
  parts.push(['gilt', xf(ridgedStar(cm(1.45), cm(0.28), cm(0.6)), { p: [0, cm(0.1), 0] })])
  // A ribbon knot at the bottom of the wreath.
  parts.push(['enamel', extrude(cmPoints(roundRectOutline(1.4, 0.5, 0.2, 3)), cm(0.18), { bevel: cm(0.04) }, { p: [0, cm(-2.05), cm(0.1)] })])
  return parts
}

function globeBadge(): Part[] {
  const R = cm(1.45)
  return [
    ['gilt', ridgedStar(cm(2.35), cm(0.2), cm(1.6), 16)],
    ['sky', cyl(R, R, cm(0.25), 40, { r: [Math.PI / 2, 0, 0], p: [0, 0, cm(0.04)] })],
    ['gilt', torus(R, cm(0.07), 6, 48, { p: [0, 0, cm(0.3)] })],
    ['gilt', torus(R, cm(0.05), 6, 48, { p: [0, 0, cm(0.3)], s: [0.35, 1, 1] })],
    ['gilt', torus(R, cm(0.05), 6, 48, { p: [0, 0, cm(0.3)], s: [0.72, 1, 1] })],
    ['gilt', rbox(2 * R, cm(0.1), cm(0.1), cm(0.03), 1, { p: [0, 0, cm(0.3)] })],
    ['gilt', rbox(1.7 * R, cm(0.08), cm(0.1), cm(0.03), 1, { p: [0, R * 0.5, cm(0.3)] })],
    ['gilt', rbox(1.7 * R, cm(0.08), cm(0.1), cm(0.03), 1, { p: [0, -R * 0.5, cm(0.3)] })],
    ['enamel', extrude(starOutline(cm(0.6)), cm(0.12), { bevel: cm(0.03) }, { p: [0, cm(2.0), cm(0.04)] })],
  ]
}

async function captionTexture() {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="96" viewBox="0 0 1024 96">
  <rect width="1024" height="96" fill="#EFE6D0"/>
  <rect x="6" y="6" width="1012" height="84" fill="none" stroke="#8C6A2F" stroke-width="2"/>
  <text x="512" y="42" text-anchor="middle" font-family=${JSON.stringify(SERIF)} font-weight="700" font-size="30" fill="#3A2A1A">Значки советско-китайской дружбы · 中苏友好纪念章</text>
  <text x="512" y="76" text-anchor="middle" font-family=${JSON.stringify(SANS)} font-size="20" fill="#5A4630">Badges of Sino-Soviet friendship · 1950–1957</text>
  </svg>`
  return svgTexture(svg, { quality: 90 })
}

const friendshipBadge = defineModel('friendship-badge', 'Board of friendship badges', { width: 30, height: 20, depth: 3 }, async (b) => {
  b.texture('oak', await woodTexture('#6A4427', '#3B2413', 256, 11))
  b.texture('caption', await captionTexture())
  b.materialTable({
    oak: textured(M.darkOak, 'oak'),
    baize: M.baize,
    caption: textured(M.paper, 'caption'),
    gilt: M.gilt,
    gold: M.goldEnamel,
    enamel: M.redEnamel,
    sky: { ...M.blueEnamel, color: '#3F73B5' },
    white: M.whiteEnamel,
    green: matte('#4E7A3A', 0.3),
    steel: M.nickel,
  })

  const W = cm(30)
  const H = cm(20)
  const D = cm(2.2)
  const fw = cm(1.6)
  // Oak frame: four rounded members, grain running along each one.
  const rail = (len: number, t: Xf) => xf(rbox(len, fw, D, cm(0.14), 2), t)
  b.add('oak', rail(W, { p: [0, fw / 2, 0] }), rail(W, { p: [0, H - fw / 2, 0] }))
  b.add('oak', rail(H - 2 * fw + cm(0.1), { p: [-W / 2 + fw / 2, H / 2, 0], r: [0, 0, Math.PI / 2] }))
  b.add('oak', rail(H - 2 * fw + cm(0.1), { p: [W / 2 - fw / 2, H / 2, 0], r: [0, 0, Math.PI / 2] }))
  // Back board.
  b.add('oak', rbox(W - cm(0.4), H - cm(0.4), cm(0.4), cm(0.05), 1, { p: [0, H / 2, -D / 2 + cm(0.2)] }))
  const baizeFront = D / 2 - cm(0.5)
  b.add('baize', rbox(W - 2 * fw + cm(0.1), H - 2 * fw + cm(0.1), D - cm(0.5), cm(0.05), 1, { p: [0, H / 2, baizeFront - (D - cm(0.5)) / 2] }))

  // Caption card at the bottom of the board.
  const card = rbox(cm(15), cm(1.4), cm(0.06), cm(0.02), 1, { p: [0, cm(2.7), baizeFront + cm(0.03)] })
  planarUV(card, 'xy', [cm(-7.5), cm(2.0), cm(7.5), cm(3.4)])
  b.add('caption', card)

  const badges: (() => Part[])[] = [starBadge, doveBadge, flagsBadge, gearBadge, wreathBadge, globeBadge]
  badges.forEach((make, i) => {
    const col = i % 3
    const row = Math.floor(i / 3)
    const x = cm((col - 1) * 8.8)
    const y = cm(row === 0 ? 14.2 : 7.6)
    // Each badge hangs a touch differently, as pinned by hand.
    const tilt = ((i * 37) % 7) - 3
    for (const [mat, g] of make()) b.add(mat, xf(g, { p: [x, y, baizeFront + cm(0.02)], r: [0, 0, (tilt * Math.PI) / 180] }))
  })
})

export default friendshipBadge
