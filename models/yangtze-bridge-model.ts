/**
 * Yangtze bridge model (120 x 20 x 18 cm): a double-deck steel truss bridge - railway inside
 * the trusses, roadway with lamps on top - on granite piers over a painted river, with arcaded
 * approach viaducts and pavilion-roofed bridgehead towers at both ends (evoking the 1957 Wuhan
 * Yangtze River Bridge). The river runs along z; the bridge along x; the front is +z.
 */
import { cm, cmPoints, defineModel } from './lib/model.ts'
import { M, matte, plaqueBrass } from './lib/materials.ts'
import { arcPoints, beam, box, extrude, lathe, planarUV, rbox, rod, roundRectOutline, sphere, xf, type V2, type V3 } from './lib/geometry.ts'
import { brassPlaque, fbm, rawTexture } from './lib/textures.ts'

const c = cm
const Y0 = 1.5 // water surface (top of the base)
const BANK = 2.7 // top of the river banks
const LOW = 7.1 // lower chord
const HIGH = 10.9 // upper chord
const HALF_T = 2.1 // trusses at z = +-HALF_T
const ROAD = 3.7 // roadway half width

async function waterTexture() {
  const w = 1024
  const h = 256
  const data = new Uint8Array(w * h * 3)
  const deep = [34, 62, 70]
  const light = [78, 112, 112]
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const u = x / w
      const v = y / h
      // Ripples stretched along the flow (v = z direction), brushed like painted scenery.
      const n = fbm(u * 24, v * 3, 24, 4, 3)
      const streak = Math.pow(Math.abs(Math.sin((v * 40 + n * 6) * Math.PI)), 12)
      const t = Math.min(1, 0.25 + 0.6 * n + 0.35 * streak)
      const i = (y * w + x) * 3
      for (let k = 0; k < 3; k++) data[i + k] = Math.round(deep[k]! + (light[k]! - deep[k]!) * t)
    }
  }
  return rawTexture(data, w, h, 3, { quality: 82 })
}

const plaqueTexture = () =>
  brassPlaque(1024, 96, 5, 2, { y: 44, size: 32, text: 'Мост через реку Янцзы · 长江大桥' }, { y: 78, size: 22, text: 'Модель двухъярусного моста · 公路铁路两用桥模型 · 1957' })

const yangtzeBridgeModel = defineModel('yangtze-bridge-model', 'Yangtze River bridge model', { width: 120, height: 20, depth: 18 }, async (b) => {
  b.texture('water', await waterTexture())
  b.texture('plaque', await plaqueTexture())
  b.materialTable({
    water: matte('#FFFFFF', 0.25, { map: 'water' }),
    plaque: plaqueBrass('plaque'),
    base: { ...M.darkOak },
    bank: matte('#9C9277', 0.95),
    granite: { ...M.stone, color: '#928C82' },
    masonry: matte('#DCD3BF', 0.8),
    steel: { color: '#8A96A0', metallic: 0.55, roughness: 0.45 },
    deck: matte('#3E4043', 0.85),
    white: matte('#EEEAE0', 0.6),
    roof: { color: '#4E5A57', metallic: 0.1, roughness: 0.5 },
    lamp: matte('#FFF3D0', 0.2, { emissive: '#FFE7A8', emissiveStrength: 0.7 }),
    train: { color: '#2F5A3E', metallic: 0.2, roughness: 0.45 },
    bus: { color: '#B8352A', metallic: 0.2, roughness: 0.4 },
    rail: M.steel,
  })

  // --- Base: dark wooden plinth with a painted river and raised banks at both ends ---
  b.add('base', rbox(c(120), c(Y0 - 0.05), c(17.8), c(0.3), 2, { p: [0, c((Y0 - 0.05) / 2), 0] }))
  const water = box(c(119.4), c(0.1), c(17.2), { p: [0, c(Y0 - 0.05), 0] })
  planarUV(water, 'xz', [c(-60), c(-9), c(60), c(9)])
  b.add('water', water)
  const plaque = rbox(c(30), c(1.0), c(0.1), c(0.04), 1, { p: [0, c(0.72), c(8.93)] })
  planarUV(plaque, 'xy', [c(-15), c(0.22), c(15), c(1.22)])
  b.add('plaque', plaque)
  for (const s of [-1, 1]) {
    const bank: V2[] = [
      [47.5, Y0],
      [59.7, Y0],
      [59.7, BANK],
      [50.5, BANK],
    ].map(([x, y]) => [c(s * x!), c(y!)] as V2)
    if (s < 0) bank.reverse()
    b.add('bank', extrude(bank, c(17.2), {}, { p: [0, 0, c(-8.6)] }))
  }

  // --- Piers: granite with rounded cutwaters, caps, and a darker wet band ---
  const piers = [-45, -15, 15, 45]
  for (const x of piers) {
    const plan = cmPoints(roundRectOutline(2.1, 6.6, 1.0, 6))
    b.add('granite', extrude(plan, c(LOW - 0.45 - Y0), {}, { p: [c(x), c(Y0), 0], r: [-Math.PI / 2, 0, 0] }))
    const foot = roundRectOutline(2.5, 7.0, 1.2, 6).map(([px, pz]) => [c(px), c(pz)] as V2)
    b.add('granite', extrude(foot, c(0.5), {}, { p: [c(x), c(Y0), 0], r: [-Math.PI / 2, 0, 0] }))
    b.add('granite', rbox(c(2.7), c(0.45), c(7.0), c(0.1), 1, { p: [c(x), c(LOW - 0.225), 0] }))
  }

  // --- Trusses: parallel chords with verticals and crossed diagonals, 8 panels a span ---
  const x0 = -46.2
  const x1 = 46.2
  const panel = 3.75
  const member = (a: V3, bb: V3, w: number) => b.add('steel', beam(a, bb, c(w), c(w)))
  for (const s of [-1, 1]) {
    const z = s * HALF_T
    member([c(x0), c(LOW + 0.2), c(z)], [c(x1), c(LOW + 0.2), c(z)], 0.4)
    member([c(x0 + 0.6), c(HIGH), c(z)], [c(x1 - 0.6), c(HIGH), c(z)], 0.4)
    for (let k = 0; k <= 24; k++) {
      const x = -45 + panel * k
      member([c(x), c(LOW + 0.2), c(z)], [c(x), c(HIGH), c(z)], 0.24)
      if (k < 24) {
        const xn = x + panel
        member([c(x), c(LOW + 0.3), c(z)], [c(xn), c(HIGH - 0.1), c(z)], 0.2)
        member([c(x), c(HIGH - 0.1), c(z)], [c(xn), c(LOW + 0.3), c(z)], 0.2)
      }
    }
    // End posts sloping to the chord ends.
    member([c(x0), c(LOW + 0.2), c(z)], [c(x0 + 0.6), c(HIGH), c(z)], 0.35)
    member([c(x1), c(LOW + 0.2), c(z)], [c(x1 - 0.6), c(HIGH), c(z)], 0.35)
  }
  // Cross girders under the railway deck, and the deck with two tracks and a short train.
  for (let k = 0; k <= 24; k++) member([c(-45 + panel * k), c(LOW + 0.1), c(-HALF_T)], [c(-45 + panel * k), c(LOW + 0.1), c(HALF_T)], 0.25)
  b.add('deck', box(c(x1 - x0), c(0.15), c(2 * HALF_T - 0.3), { p: [0, c(LOW + 0.35), 0] }))
  for (const tz of [-1.0, 1.0]) for (const rz of [-0.36, 0.36]) b.add('rail', box(c(x1 - x0), c(0.08), c(0.08), { p: [0, c(LOW + 0.46), c(tz + rz)] }))
  for (let i = 0; i < 4; i++) {
    const x = -20 + i * 4.4
    b.add('train', rbox(c(4.1), c(1.6), c(1.3), c(0.2), 2, { p: [c(x), c(LOW + 1.35), c(-1.0)] }))
    for (let w = 0; w < 4; w++) b.add('white', box(c(0.5), c(0.35), c(0.02), { p: [c(x - 1.3 + w * 0.85), c(LOW + 1.6), c(-0.34)] }))
  }

  // --- Roadway on top: deck, kerbs, railings, lamps, a bus and a lorry ---
  const roadX0 = -60
  const roadX1 = 60
  const roadY = HIGH + 0.2
  b.add('deck', box(c(roadX1 - roadX0 - 0.4), c(0.4), c(2 * ROAD), { p: [0, c(roadY + 0.2), 0] }))
  b.add('white', box(c(roadX1 - roadX0 - 0.6), c(0.02), c(0.08), { p: [0, c(roadY + 0.41), 0] }))
  for (const s of [-1, 1]) {
    b.add('masonry', box(c(roadX1 - roadX0 - 0.4), c(0.15), c(1.0), { p: [0, c(roadY + 0.47), c(s * (ROAD - 0.5))] }))
    // Railing: top rail and posts.
    b.add('steel', box(c(roadX1 - roadX0 - 0.6), c(0.1), c(0.1), { p: [0, c(roadY + 1.05), c(s * (ROAD - 0.06))] }))
    b.add('steel', box(c(roadX1 - roadX0 - 0.6), c(0.06), c(0.06), { p: [0, c(roadY + 0.75), c(s * (ROAD - 0.06))] }))
    for (let x = roadX0 + 0.6; x <= roadX1 - 0.5; x += 1.25) b.add('steel', box(c(0.08), c(0.55), c(0.08), { p: [c(x), c(roadY + 0.8), c(s * (ROAD - 0.06))] }))
    // Lamp standards with paired globes.
    for (let x = -52.5; x <= 52.6; x += 7.5) {
      if (Math.abs(Math.abs(x) - 47.5) < 1) continue
      const z = s * (ROAD - 0.35)
      b.add('steel', rod([c(x), c(roadY + 0.55), c(z)], [c(x), c(roadY + 2.6), c(z)], c(0.06), 5))
      b.add('steel', rod([c(x - 0.45), c(roadY + 2.55), c(z)], [c(x + 0.45), c(roadY + 2.55), c(z)], c(0.04), 4))
      for (const dx of [-0.45, 0.45]) b.add('lamp', sphere(c(0.2), 8, 5, { p: [c(x + dx), c(roadY + 2.75), c(z)] }))
    }
  }
  const vehicle = (x: number, z: number, len: number, mat: string) => {
    b.add(mat, rbox(c(len), c(1.0), c(0.95), c(0.15), 2, { p: [c(x), c(roadY + 0.95), c(z)] }))
    b.add('deck', box(c(len * 0.9), c(0.28), c(0.97), { p: [c(x), c(roadY + 1.05), c(z)] }))
  }
  vehicle(-8, -1.4, 3.2, 'bus')
  vehicle(20, 1.4, 2.2, 'train')

  // --- Approach viaducts: arcaded masonry from the banks up to the roadway ---
  for (const s of [-1, 1]) {
    const xa = 47.2
    const xb = 59.7
    const outline: V2[] = cmPoints([
      [xa, BANK],
      [xb, BANK],
      [xb, roadY],
      [xa, roadY],
    ])
    const holes: V2[][] = []
    for (let i = 0; i < 3; i++) {
      const cx = 52.2 + i * 2.9
      const r = 1.05
      const top = arcPoints(c(cx), c(BANK + 4.6), c(r), 0, Math.PI, 10)
      holes.push([[c(cx + r), c(BANK + 0.01)] as V2, ...top, [c(cx - r), c(BANK + 0.01)] as V2].reverse())
    }
    const geo = extrude(outline, c(2 * ROAD - 0.4), { holes }, { p: [0, 0, c(-(ROAD - 0.2))] })
    b.add('masonry', s < 0 ? xf(geo, { s: [-1, 1, 1] }) : geo)

    // Bridgehead towers flanking the roadway: shaft, cornice, double-eaved pavilion roof.
    for (const tz of [-1, 1]) {
      const tx = s * 48.9
      const z = tz * (ROAD + 1.7)
      b.add('masonry', box(c(3.2), c(14.6), c(3.2), { p: [c(tx), c(BANK + 7.3), c(z)] }))
      for (const dx of [-1.05, 0, 1.05]) b.add('white', box(c(0.35), c(12.5), c(3.3), { p: [c(tx + dx), c(BANK + 7.6), c(z)] }))
      for (const dz of [-1.05, 0, 1.05]) b.add('white', box(c(3.3), c(12.5), c(0.35), { p: [c(tx), c(BANK + 7.6), c(z + dz)] }))
      b.add('masonry', box(c(3.8), c(0.5), c(3.8), { p: [c(tx), c(BANK + 14.6), c(z)] }))
      const roofAt = (y: number, r: number) =>
        b.add('roof', lathe(
          cmPoints([
            [r * 1.0, 0],
            [r * 0.86, 0.35],
            [r * 0.58, 0.75],
            [r * 0.3, 1.05],
            [0, 1.15],
          ]),
          { segments: 4, phiStart: Math.PI / 4, crease: 30 },
          { p: [c(tx), c(y), c(z)] },
        ))
      b.add('masonry', box(c(2.6), c(1.1), c(2.6), { p: [c(tx), c(BANK + 15.35), c(z)] }))
      roofAt(BANK + 14.85, 3.3)
      roofAt(BANK + 15.9, 2.4)
      b.add('white', rod([c(tx), c(BANK + 16.9), c(z)], [c(tx), c(Y0 + 18.2), c(z)], c(0.1), 6, c(0.03)))
    }
  }
})

export default yangtzeBridgeModel
