/**
 * Friendship medal (9 x 9 x 2 cm): a round gilt medal with a five-pointed star relief on
 * a pentagonal ribbon mount, standing in an open book-style presentation case: the lid (left)
 * lined with cream satin printed in gold, the base (right) lined with red velvet.
 * Both halves open towards the viewer (+z) in a shallow V so that the case stands.
 */
import { cm, defineModel } from './lib/model.ts'
import { M, matte, textured } from './lib/materials.ts'
import { cyl, extrude, lathe, planarUV, rbox, ridgedStar, torus, xf, type V2 } from './lib/geometry.ts'
import { SANS, SERIF, svgTexture } from './lib/textures.ts'
import type { BufferGeometry } from 'three'

const HALF_W = 4.45 // cm, each half of the case
const CASE_H = 8.7
const CASE_T = 0.75
const OPEN = 11 // degrees each half turns towards the viewer

async function liningTexture() {
  const gold = '#B8913A'
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="512" viewBox="0 0 256 512">
  <defs><linearGradient id="s" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#F3EBDB"/><stop offset="0.5" stop-color="#E9DFCB"/><stop offset="1" stop-color="#F1E8D6"/></linearGradient></defs>
  <rect width="256" height="512" fill="url(#s)"/>
  <rect x="14" y="14" width="228" height="484" fill="none" stroke="${gold}" stroke-width="3"/>
  <rect x="22" y="22" width="212" height="468" fill="none" stroke="${gold}" stroke-width="1"/>
  <g fill="${gold}" text-anchor="middle">
    <path d="M128 96 l9.4 28.9 h30.4 l-24.6 17.9 9.4 28.9 -24.6 -17.9 -24.6 17.9 9.4 -28.9 -24.6 -17.9 h30.4 z" />
    <text x="128" y="236" font-family=${JSON.stringify(SERIF)} font-weight="700" font-size="40">友谊</text>
    <text x="128" y="290" font-family=${JSON.stringify(SERIF)} font-weight="700" font-size="30" letter-spacing="2">ДРУЖБА</text>
    <rect x="78" y="318" width="100" height="1.5"/>
    <text x="128" y="356" font-family=${JSON.stringify(SANS)} font-size="18">中苏友好</text>
    <text x="128" y="384" font-family=${JSON.stringify(SANS)} font-size="16">Москва · Пекин</text>
    <text x="128" y="430" font-family=${JSON.stringify(SERIF)} font-size="22">1950</text>
  </g></svg>`
  return svgTexture(svg, { quality: 88 })
}

async function ribbonTexture() {
  // Generic ribbon: Soviet red with two gold stripes and a thin ivory centre line.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <rect width="128" height="128" fill="#A3171B"/>
  <rect x="22" width="12" height="128" fill="#D9AE3A"/><rect x="94" width="12" height="128" fill="#D9AE3A"/>
  <rect x="61" width="6" height="128" fill="#EFE6D0"/>
  ${Array.from({ length: 64 }, (_, i) => `<rect y="${i * 2}" width="128" height="1" fill="#000" opacity="0.06"/>`).join('')}
  </svg>`
  return svgTexture(svg, { quality: 90 })
}

const friendshipMedal = defineModel('friendship-medal', 'Friendship medal in its case', { width: 9, height: 9, depth: 2 }, async (b) => {
  b.texture('lining', await liningTexture())
  b.texture('ribbon', await ribbonTexture())
  b.materialTable({
    leatherette: matte('#5E0E12', 0.55),
    velvet: { ...M.redVelvet, color: '#600A0F' },
    lining: textured(M.satin, 'lining'),
    gilt: M.gilt,
    enamel: M.redEnamel,
    ribbon: matte('#FFFFFF', 0.6, { map: 'ribbon' }),
    brass: M.brass,
  })

  // Each half is built flat in "panel space": x across (0 at the hinge), y up, interior face
  // at z = 0 facing +z; then turned about the hinge (x = 0, z = -T) and both are recentred.
  const rightParts: [string, BufferGeometry][] = []
  const leftParts: [string, BufferGeometry][] = []
  const W = cm(HALF_W)
  const H = cm(CASE_H)
  const T = cm(CASE_T)
  const rim = cm(0.28)

  const shell = (parts: [string, BufferGeometry][], sign: 1 | -1) => {
    // The case shell: a rounded box whose interior face is recessed by a pad.
    parts.push(['leatherette', rbox(W, H, T, cm(0.18), 3, { p: [(sign * W) / 2, H / 2, -T / 2] })])
  }
  shell(rightParts, 1)
  shell(leftParts, -1)
  // Velvet pad (base) and satin lining (lid), slightly proud of the shell's face.
  rightParts.push(['velvet', rbox(W - 2 * rim, H - 2 * rim, cm(0.2), cm(0.08), 2, { p: [W / 2, H / 2, cm(-0.06)] })])
  const liningW = W - 2 * rim
  const liningH = H - 2 * rim
  const lining = rbox(liningW, liningH, cm(0.2), cm(0.05), 2, { p: [-W / 2, H / 2, cm(-0.06)] })
  planarUV(lining, 'xy', [-W + rim, rim, -rim, H - rim])
  leftParts.push(['lining', lining])
  // Gilt edging line round the lid lining and a brass push-button clasp on the base.
  rightParts.push(['brass', cyl(cm(0.18), cm(0.18), cm(0.25), 12, { p: [W + cm(0.02), H / 2, -T / 2], r: [0, 0, -Math.PI / 2] })])

  // --- The medal on the base's velvet ---
  const mx = W / 2
  const my = cm(3.3)
  const face = cm(0.05) // velvet surface
  const R = cm(1.65)
  const disk = lathe(
    [
      [0, 0],
      [R, 0],
      [R, cm(0.2)],
      [R - cm(0.12), cm(0.3)],
      [R - cm(0.2), cm(0.22)],
      [0, cm(0.22)],
    ].map(([r, y]) => [r!, y!] as V2),
    { segments: 48, crease: 30 },
    { r: [Math.PI / 2, 0, 0], p: [mx, my, face] },
  )
  rightParts.push(['gilt', disk])
  // Sunburst rays, then the star: a faceted gilt star under a faceted red enamel star.
  rightParts.push(['gilt', xf(ridgedStar(R - cm(0.22), cm(0.07), R - cm(0.55), 24), { p: [mx, my, face + cm(0.2)] })])
  rightParts.push(['gilt', xf(ridgedStar(cm(1.3), cm(0.3), cm(0.52)), { p: [mx, my, face + cm(0.22)] })])
  rightParts.push(['enamel', xf(ridgedStar(cm(1.12), cm(0.28), cm(0.45)), { p: [mx, my, face + cm(0.26)] })])
  rightParts.push(['gilt', cyl(cm(0.22), cm(0.26), cm(0.1), 16, { r: [Math.PI / 2, 0, 0], p: [mx, my, face + cm(0.52)] })])
  // Eyelet and ring joining medal and ribbon mount.
  rightParts.push(['gilt', torus(cm(0.2), cm(0.06), 6, 16, { p: [mx, my + R + cm(0.15), face + cm(0.12)] })])
  rightParts.push(['gilt', torus(cm(0.3), cm(0.06), 6, 20, { p: [mx, my + R + cm(0.45), face + cm(0.12)], r: [0, Math.PI / 2, 0] })])

  // Pentagonal ribbon mount (point down), ribbon-covered, with a gilt frame.
  const pw = cm(2.5)
  const ph = cm(2.9)
  const py = my + R + cm(0.7)
  const penta: V2[] = [
    [0, 0],
    [pw / 2, cm(0.95)],
    [pw / 2, ph],
    [-pw / 2, ph],
    [-pw / 2, cm(0.95)],
  ]
  const ribbon = extrude(penta, cm(0.16), { bevel: cm(0.03) })
  planarUV(ribbon, 'xy', [-pw / 2, 0, pw / 2, ph])
  rightParts.push(['ribbon', xf(ribbon, { p: [mx, py, face + cm(0.04)] })])
  const frameOuter: V2[] = penta.map(([x, y]) => [x * 1.06, y * 1.03 - cm(0.05)])
  rightParts.push(['gilt', extrude(frameOuter, cm(0.12), { holes: [penta.slice().reverse()] }, { p: [mx, py, face + cm(0.06)] })])
  // Small gilt bar at the ribbon's top.
  rightParts.push(['gilt', rbox(pw * 1.06, cm(0.28), cm(0.22), cm(0.06), 2, { p: [mx, py + ph + cm(0.02), face + cm(0.12)] })])

  // Hinge knuckles along the spine.
  for (const y of [0.6, CASE_H / 2, CASE_H - 0.6]) {
    leftParts.push(['brass', cyl(cm(0.12), cm(0.12), cm(1.2), 10, { p: [0, cm(y - 0.6), -T] })])
  }

  // Turn each half about the hinge line (x = 0, z = -T) so it opens towards the viewer.
  const a = (OPEN * Math.PI) / 180
  const place = (parts: [string, BufferGeometry][], sign: 1 | -1) => {
    for (const [mat, g] of parts) {
      g.translate(0, 0, T)
      xf(g, { r: [0, -sign * a, 0] })
      g.translate(0, 0, -T)
      b.add(mat, g)
    }
  }
  place(rightParts, 1)
  place(leftParts, -1)
})

export default friendshipMedal
