/**
 * Portable gramophone (патефон, 手提式留声机) of the 1950s, open: a wind-up player in a suitcase
 * covered in dark cloth, with nickel corners, latches and a leather handle on the front (+z);
 * the lid stands open at the back, lined and holding a record pocket; felt turntable with a
 * 78 rpm record, a nickel tone arm pivoting at the back right with its soundbox on the record,
 * and a winding crank on the right-hand side. The horn is folded inside the case, as in
 * portable machines: the sound leaves through a grille in the front of the deck.
 */
import { cm, cmPoints, defineModel } from './lib/model.ts'
import { M, matte } from './lib/materials.ts'
import { DEG, beam, bezier, box, cyl, lathe, planarUV, rbox, sweep, type V3 } from './lib/geometry.ts'
import { SANS, SERIF, svgTexture } from './lib/textures.ts'

const c = cm

async function recordTexture() {
  const S = 512
  const R = S / 2
  let rings = ''
  for (let r = R - 4; r > R * 0.36; r -= 2.2) {
    const shade = 18 + Math.round(10 * Math.abs(Math.sin(r * 0.37)))
    rings += `<circle cx="${R}" cy="${R}" r="${r.toFixed(1)}" fill="none" stroke="rgb(${shade},${shade},${shade + 2})" stroke-width="1.2"/>`
  }
  const label = R * 0.33
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${S}" height="${S}" viewBox="0 0 ${S} ${S}">
  <rect width="${S}" height="${S}" fill="#0E0E10"/>
  <circle cx="${R}" cy="${R}" r="${R - 1}" fill="#141416"/>${rings}
  <circle cx="${R}" cy="${R}" r="${R * 0.37}" fill="#101012"/>
  <circle cx="${R}" cy="${R}" r="${label}" fill="#A4161A"/>
  <circle cx="${R}" cy="${R}" r="${label - 6}" fill="none" stroke="#D9B54A" stroke-width="2"/>
  <g fill="#E8C65A" text-anchor="middle">
    <text x="${R}" y="${R - 36}" font-family=${JSON.stringify(SERIF)} font-weight="700" font-size="22" letter-spacing="2">ДРУЖБА</text>
    <text x="${R}" y="${R + 44}" font-family=${JSON.stringify(SERIF)} font-weight="700" font-size="20">友谊之歌</text>
    <text x="${R}" y="${R + 66}" font-family=${JSON.stringify(SANS)} font-size="12">78 об/мин</text>
  </g>
  <circle cx="${R}" cy="${R}" r="5" fill="#0E0E10"/></svg>`
  return svgTexture(svg, { quality: 88 })
}

const gramophone = defineModel('gramophone', 'Portable wind-up gramophone', { width: 38, height: 42, depth: 36 }, async (b) => {
  b.texture('record', await recordTexture())
  b.materialTable({
    cloth: matte('#2B3440', 0.9),
    lining: matte('#7A2E2A', 0.85),
    deck: matte('#1C1A18', 0.5),
    leather: matte('#4A2C1C', 0.6),
    nickel: M.nickel,
    felt: matte('#2F5A3A', 1),
    iron: M.castIron,
    record: matte('#FFFFFF', 0.3, { map: 'record' }),
    wood: matte('#2A1A12', 0.4),
    mica: { color: '#C8B98A', metallic: 0.3, roughness: 0.25 },
  })

  // --- Case: 33 x 12 x 28 cm, cloth-covered, with a rim round the deck ---
  const W = 33
  const D = 28
  const H = 12
  const front = D / 2
  b.add('cloth', rbox(c(W), c(H), c(D), c(0.8), 2, { p: [0, c(H / 2), 0] }))
  b.add('deck', box(c(W - 1.6), c(0.2), c(D - 1.6), { p: [0, c(H + 0.1), 0] }))
  for (const z of [-front + 0.35, front - 0.35]) b.add('cloth', box(c(W), c(1.2), c(0.7), { p: [0, c(H + 0.6), c(z)] }))
  for (const x of [-W / 2 + 0.35, W / 2 - 0.35]) b.add('cloth', box(c(0.7), c(1.2), c(D), { p: [c(x), c(H + 0.6), 0] }))
  // Nickel corner caps.
  for (const x of [-W / 2 + 0.6, W / 2 - 0.6]) {
    for (const z of [-front + 0.6, front - 0.6]) {
      for (const y of [0.6, H + 0.6]) b.add('nickel', rbox(c(1.5), c(1.5), c(1.5), c(0.4), 2, { p: [c(x), c(y), c(z)] }))
    }
  }
  // Handle and latches on the front.
  const handle = bezier([c(-5), c(8), c(front)], [c(-4), c(8), c(front + 2.4)], [c(4), c(8), c(front + 2.4)], [c(5), c(8), c(front)], 16)
  b.add('leather', sweep(handle, c(0.55), { radialSegments: 10, caps: true }))
  for (const x of [-5.6, 5.6]) b.add('nickel', box(c(1.6), c(1.6), c(0.4), { p: [c(x), c(8), c(front + 0.2)] }))
  for (const x of [-11, 11]) b.add('nickel', box(c(2), c(2.4), c(0.4), { p: [c(x), c(H - 1.0), c(front + 0.2)] }))
  // Sound grille in the deck, in front of the turntable.
  for (let i = 0; i < 6; i++) b.add('nickel', box(c(8), c(0.15), c(0.35), { p: [c(9), c(H + 0.25), c(8.2 + i * 0.9)] }))

  // --- Lid, open and leaning back a little from its hinge at the back edge ---
  const lean = -5 * DEG
  const t = 3
  const hinge: V3 = [0, c(H + 1.2), c(-front)]
  const along = (dy: number, dz: number): V3 => [0, hinge[1] + c(dy * Math.cos(lean) - dz * Math.sin(lean)), hinge[2] + c(dy * Math.sin(lean) + dz * Math.cos(lean))]
  b.add('cloth', rbox(c(W), c(D), c(t), c(0.8), 2, { p: along(D / 2, -t / 2), r: [lean, 0, 0] }))
  b.add('lining', box(c(W - 2), c(D - 2), c(0.1), { p: along(D / 2, 0.05), r: [lean, 0, 0] }))
  // A record pocket in the lid with a second record showing.
  b.add('lining', box(c(W - 6), c(11), c(0.4), { p: along(7, 0.3), r: [lean, 0, 0] }))
  for (const x of [-W / 2 + 0.6, W / 2 - 0.6]) b.add('nickel', rbox(c(1.5), c(1.5), c(1.5), c(0.4), 2, { p: [c(x), along(D - 0.6, -t / 2)[1], along(D - 0.6, -t / 2)[2]] }))
  for (const x of [-10, 10]) b.add('nickel', cyl(c(0.35), c(0.35), c(3), 10, { p: [c(x - 1.5), hinge[1] - c(0.2), hinge[2] - c(0.2)], r: [0, 0, -Math.PI / 2] }))

  // --- Turntable and record ---
  const tc: V3 = [c(-3), c(H + 0.2), c(0.5)]
  b.add('iron', cyl(c(12.6), c(12.6), c(0.5), 56, { p: tc }))
  b.add('felt', cyl(c(12.5), c(12.5), c(0.12), 56, { p: [tc[0], tc[1] + c(0.5), tc[2]] }))
  const rec = cyl(c(12.5), c(12.5), c(0.16), 64, { p: [tc[0], tc[1] + c(0.62), tc[2]] })
  planarUV(rec, 'xz', [tc[0] - c(12.5), tc[2] + c(12.5), tc[0] + c(12.5), tc[2] - c(12.5)])
  b.add('record', rec)
  b.add('nickel', cyl(c(0.35), c(0.35), c(1.5), 12, { p: tc }))
  // Speed regulator and brake at the front right of the deck.
  b.add('nickel', cyl(c(0.7), c(0.7), c(0.3), 14, { p: [c(13), c(H + 0.2), c(11.5)] }))
  b.add('nickel', beam([c(13), c(H + 0.5), c(11.5)], [c(10.6), c(H + 0.6), c(12.4)], c(0.35), c(0.15)))

  // --- Tone arm from its pivot at the back right to the soundbox on the record ---
  const pivot: V3 = [c(12.5), c(H + 0.2), c(-9.5)]
  b.add('nickel', lathe(cmPoints([[0, 0], [1.8, 0], [1.8, 0.3], [1.0, 0.6], [0.8, 1.6], [0, 1.65]]), { segments: 24, crease: 40 }, { p: pivot }))
  const arm = bezier([c(12.5), c(H + 1.9), c(-9.5)], [c(12.0), c(H + 2.4), c(-3.0)], [c(10.0), c(H + 2.4), c(2.0)], [c(7.6), c(H + 2.3), c(5.0)], 16)
  b.add('nickel', sweep(arm, arm.map((_, i, a) => c(0.75 - 0.25 * (i / (a.length - 1)))), { radialSegments: 14, caps: true }))
  const sb: V3 = [c(6.6), c(H + 2.2), c(5.8)]
  b.add('nickel', lathe(cmPoints([[0, -0.55], [2.4, -0.55], [2.5, -0.3], [2.5, 0.3], [2.4, 0.55], [0, 0.55]]), { segments: 32, crease: 40 }, { p: sb, r: [0, 0, Math.PI / 2] }))
  b.add('mica', cyl(c(2.0), c(2.0), c(0.05), 28, { p: [sb[0] + c(0.55), sb[1], sb[2]], r: [0, 0, -Math.PI / 2] }))
  b.add('nickel', box(c(0.3), c(1.5), c(0.5), { p: [sb[0], sb[1] - c(1.2), sb[2] + c(0.6)] }))
  b.add('nickel', cyl(c(0.02), c(0.06), c(0.6), 6, { p: [sb[0], c(H + 0.82), sb[2] + c(0.6)] }))

  // --- Winding crank on the right-hand side ---
  b.add('nickel', cyl(c(1.1), c(1.1), c(0.25), 20, { p: [c(W / 2), c(6.5), c(2)], r: [0, 0, -Math.PI / 2] }))
  b.add('nickel', cyl(c(0.3), c(0.3), c(2.2), 10, { p: [c(W / 2 + 0.1), c(6.5), c(2)], r: [0, 0, -Math.PI / 2] }))
  b.add('nickel', beam([c(W / 2 + 2.2), c(6.5), c(2)], [c(W / 2 + 2.2), c(2.6), c(2.5)], c(0.45), c(0.3)))
  b.add('wood', lathe(cmPoints([[0, 0], [0.55, 0.1], [0.65, 0.8], [0.55, 1.5], [0, 1.65]]), { segments: 14 }, { p: [c(W / 2 + 2.3), c(2.6), c(2.5)], r: [0, 0, -Math.PI / 2] }))

})

export default gramophone
