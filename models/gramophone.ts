/**
 * Gramophone (40 x 55 x 40 cm): a wind-up horn gramophone - walnut case on turned feet, felt
 * turntable with a 78 rpm record, a large brass horn (red-painted inside) flaring towards the
 * front (+z) from its bracket at the back, swan-neck tone arm and soundbox, winding crank on
 * the right-hand side.
 */
import type { BufferGeometry } from 'three'
import { ModelBuilder, cm, type ModelDefinition } from './lib/model.ts'
import { M } from './lib/materials.ts'
import { beam, bezier, box, cyl, flipWinding, lathe, planarUV, rbox, sweep, torus, type V2, type V3 } from './lib/geometry.ts'
import { SANS, SERIF, svgTexture, woodTexture } from './lib/textures.ts'

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

/** Turns a surface inside out (reversed faces and normals), for the horn's painted inside. */
function inside(g: BufferGeometry): BufferGeometry {
  flipWinding(g)
  const n = g.getAttribute('normal')
  for (let i = 0; i < n.count; i++) n.setXYZ(i, -n.getX(i), -n.getY(i), -n.getZ(i))
  return g
}

const gramophone: ModelDefinition = {
  id: 'gramophone',
  title: 'Wind-up horn gramophone',
  dimensions: { width: 40, height: 55, depth: 40 },
  async build() {
    const b = new ModelBuilder('gramophone')
    b.texture('walnut', await woodTexture('#7E4E2C', '#3C2212', 256, 31))
    b.texture('record', await recordTexture())
    b.material('walnut', { ...M.walnut, color: '#FFFFFF', map: 'walnut', roughness: 0.35 })
    b.material('brass', { ...M.brass, color: '#D4A85C', roughness: 0.28 })
    b.material('hornInside', { color: '#8E1B1B', metallic: 0, roughness: 0.45 })
    b.material('nickel', M.nickel)
    b.material('felt', { color: '#2F5A3A', metallic: 0, roughness: 1 })
    b.material('iron', M.castIron)
    b.material('record', { color: '#FFFFFF', metallic: 0, roughness: 0.3, map: 'record' })
    b.material('wood', { color: '#2A1A12', metallic: 0, roughness: 0.4 })
    b.material('mica', { color: '#C8B98A', metallic: 0.3, roughness: 0.25 })

    // --- Case ---
    const top = 13.5
    for (const x of [-13.5, 13.5]) {
      for (const z of [-13.5, 13.5]) {
        b.add('walnut', lathe([[0, 0], [1.2, 0], [1.4, 0.3], [0.9, 0.6], [1.0, 1.0], [0, 1.05]].map(([r, y]) => [c(r!), c(y!)] as V2), { segments: 16, crease: 40 }, { p: [c(x), 0, c(z)] }))
      }
    }
    b.add('walnut', rbox(c(32.4), c(1.2), c(32.4), c(0.4), 2, { p: [0, c(1.0 + 0.6), 0] }))
    b.add('walnut', rbox(c(31), c(top - 2.2), c(31), c(0.5), 2, { p: [0, c(2.2 + (top - 2.2 - 0.8) / 2), 0] }))
    b.add('walnut', rbox(c(32), c(0.8), c(32), c(0.3), 2, { p: [0, c(top - 0.4), 0] }))
    // Raised panels on the front and sides.
    b.add('walnut', rbox(c(24), c(6.5), c(0.4), c(0.2), 2, { p: [0, c(7.6), c(15.55)] }))
    b.add('walnut', rbox(c(0.4), c(6.5), c(24), c(0.2), 2, { p: [c(-15.55), c(7.6), 0] }))
    b.add('walnut', rbox(c(0.4), c(6.5), c(24), c(0.2), 2, { p: [c(15.55), c(7.6), 0] }))

    // --- Turntable and record ---
    const tc: V3 = [0, c(top), c(1.5)]
    b.add('iron', cyl(c(12.6), c(12.6), c(0.6), 56, { p: tc }))
    b.add('felt', cyl(c(12.5), c(12.5), c(0.12), 56, { p: [tc[0], tc[1] + c(0.6), tc[2]] }))
    const rec = cyl(c(12.5), c(12.5), c(0.16), 64, { p: [tc[0], tc[1] + c(0.72), tc[2]] })
    planarUV(rec, 'xz', [c(-12.5), tc[2] + c(12.5), c(12.5), tc[2] - c(12.5)])
    b.add('record', rec)
    b.add('nickel', cyl(c(0.35), c(0.35), c(1.6), 12, { p: tc }))
    // Speed regulator and brake on the top right.
    b.add('nickel', cyl(c(0.6), c(0.6), c(0.3), 12, { p: [c(13.5), c(top), c(12.5)] }))
    b.add('nickel', beam([c(13.5), c(top + 0.3), c(12.5)], [c(11.0), c(top + 0.45), c(13.8)], c(0.35), c(0.15)))

    // --- Winding crank on the right-hand side ---
    b.add('nickel', cyl(c(1.1), c(1.1), c(0.25), 20, { p: [c(15.75), c(7.4), c(3)], r: [0, 0, -Math.PI / 2] }))
    b.add('nickel', cyl(c(0.3), c(0.3), c(2.6), 10, { p: [c(15.9), c(7.4), c(3)], r: [0, 0, -Math.PI / 2] }))
    b.add('nickel', beam([c(18.4), c(7.4), c(3)], [c(18.4), c(3.2), c(3.5)], c(0.45), c(0.3)))
    b.add('wood', lathe([[0, 0], [0.55, 0.1], [0.65, 0.8], [0.55, 1.6], [0, 1.75]].map(([r, y]) => [c(r!), c(y!)] as V2), { segments: 14 }, { p: [c(18.5), c(3.2), c(3.5)], r: [0, 0, -Math.PI / 2] }))

    // --- Horn bracket, horn, tone arm, soundbox ---
    const post: V3 = [0, c(top), c(-13.2)]
    b.add('brass', lathe([[0, 0], [2.0, 0], [2.0, 0.35], [1.1, 0.7], [0.9, 1.4], [0, 1.45]].map(([r, y]) => [c(r!), c(y!)] as V2), { segments: 24, crease: 40 }, { p: post }))
    b.add('brass', cyl(c(0.75), c(0.85), c(5.0), 16, { p: post }))
    const hornPath = bezier([0, c(18.4), c(-13.2)], [0, c(27.5), c(-15.2)], [0, c(33.5), c(-8.0)], [0, c(36.4), c(3.4)], 36)
    const radius = (t: number) => c(1.05 + 15.3 * Math.pow(t, 3.1))
    const radii = hornPath.map((_, i, a) => radius(i / (a.length - 1)))
    const horn = sweep(hornPath, radii, { radialSegments: 48, up: [1, 0, 0] })
    b.add('brass', horn)
    b.add('hornInside', inside(sweep(hornPath, radii.map((r) => r - c(0.06)), { radialSegments: 48, up: [1, 0, 0] })))
    // Petal seams: ribs along the horn, following its surface.
    const pos = horn.getAttribute('position')
    const nor = horn.getAttribute('normal')
    const ring = 49
    for (let k = 0; k < 8; k++) {
      const j = k * 6
      const rib: V3[] = []
      for (let i = 4; i < hornPath.length; i++) {
        const v = i * ring + j
        rib.push([pos.getX(v) + nor.getX(v) * c(0.1), pos.getY(v) + nor.getY(v) * c(0.1), pos.getZ(v) + nor.getZ(v) * c(0.1)])
      }
      b.add('brass', sweep(rib, c(0.07), { radialSegments: 5 }))
    }
    // Rolled rim of the bell, square to the horn's axis at its mouth.
    const end = hornPath[hornPath.length - 1]!
    const prev = hornPath[hornPath.length - 2]!
    const tilt = Math.atan2(end[1] - prev[1], end[2] - prev[2])
    b.add('brass', torus(radius(1), c(0.3), 8, 72, { p: end, r: [-tilt, 0, 0] }))
    b.add('brass', torus(c(1.2), c(0.25), 8, 20, { p: hornPath[0]!, r: [Math.PI / 2, 0, 0] }))
    // Swan-neck tone arm from the horn's throat to the soundbox over the record.
    const arm = bezier([c(0.3), c(18.7), c(-12.4)], [c(2.6), c(19.6), c(-8.5)], [c(4.2), c(18.3), c(-5.0)], [c(4.8), c(17.2), c(-3.4)], 16)
    b.add('nickel', sweep(arm, arm.map((_, i, a) => c(0.85 - 0.3 * (i / (a.length - 1)))), { radialSegments: 14, caps: true }))
    const sb: V3 = [c(5.2), c(17.0), c(-2.6)]
    b.add('nickel', lathe([[0, -0.55], [2.8, -0.55], [2.9, -0.3], [2.9, 0.3], [2.8, 0.55], [0, 0.55]].map(([r, y]) => [c(r!), c(y!)] as V2), { segments: 32, crease: 40 }, { p: sb, r: [0, 0, Math.PI / 2] }))
    b.add('mica', cyl(c(2.3), c(2.3), c(0.05), 28, { p: [sb[0] + c(0.55), sb[1], sb[2]], r: [0, 0, -Math.PI / 2] }))
    b.add('nickel', box(c(0.3), c(2.6), c(0.5), { p: [sb[0], sb[1] - c(1.6), sb[2] + c(0.8)] }))
    b.add('nickel', cyl(c(0.02), c(0.06), c(0.9), 6, { p: [sb[0], c(top + 0.88), sb[2] + c(0.8)] }))

    return b.toDocument()
  },
}

export default gramophone
