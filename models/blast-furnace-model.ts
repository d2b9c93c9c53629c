/**
 * Blast furnace model (40 x 70 x 40 cm): a 1950s iron works in miniature on a walnut base -
 * the furnace with its bustle pipe, tuyeres, gas uptakes and top headframe, three hot-blast
 * stoves with their chimney, a dust catcher, an open cast house and the skip incline with a
 * skip car. Front (+z): cast house and the foot of the incline.
 */
import { Vector3 } from 'three'
import { cm, cmPoints, defineModel } from './lib/model.ts'
import { M, matte } from './lib/materials.ts'
import { beam, box, cyl, extrude, lathe, planarUV, rbox, rod, sweep, torus, type V2, type V3 } from './lib/geometry.ts'
import { addWalnutBase } from './lib/display.ts'
import { brassPlaque } from './lib/textures.ts'

const c = cm
const G = 3.3 // ground level on the base (cm)

const blastFurnaceModel = defineModel('blast-furnace-model', 'Blast furnace model', { width: 40, height: 70, depth: 40 }, async (b) => {
  await addWalnutBase(b, 9, 'plaque', brassPlaque(512, 96, 5, 2, { y: 44, size: 30, text: 'Доменная печь · 高炉' }, { y: 78, size: 20, text: 'Модель · 模型 · М 1:200' }))
  b.materialTable({
    ground: matte('#8C877D', 0.95),
    concrete: M.concrete,
    shell: { color: '#70392B', metallic: 0.3, roughness: 0.6 },
    stove: { color: '#80868C', metallic: 0.6, roughness: 0.45 },
    pipe: { color: '#9A9EA2', metallic: 0.6, roughness: 0.45 },
    frame: { color: '#343A40', metallic: 0.5, roughness: 0.55 },
    brick: matte('#8B4A36', 0.85),
    white: matte('#E8E2D6', 0.7),
    roof: { color: '#5B3A2E', metallic: 0.2, roughness: 0.7 },
    glow: matte('#FF8A3C', 0.6, { emissive: '#FF7A2A', emissiveStrength: 0.9 }),
    red: M.redEnamel,
  })

  // --- Base and ground ---
  b.add('walnut', rbox(c(39.8), c(3.0), c(39.8), c(0.4), 3, { p: [0, c(1.5), 0] }))
  b.add('ground', box(c(38.2), c(0.3), c(38.2), { p: [0, c(3.15), 0] }))
  const plaque = rbox(c(16), c(1.8), c(0.1), c(0.05), 1, { p: [0, c(1.5), c(19.93)] })
  planarUV(plaque, 'xy', [c(-8), c(0.6), c(8), c(2.4)])
  b.add('plaque', plaque)

  // --- The furnace ---
  const F: V3 = [c(-2), c(G), c(1)]
  const at = (x: number, y: number, z: number): V3 => [F[0] + c(x), F[1] + c(y), F[2] + c(z)]
  b.add('concrete', cyl(c(5.8), c(6.0), c(1.2), 32, { p: F }))
  const shell = lathe(
    cmPoints([
      [3.95, 1.2],
      [3.95, 6.5],
      [4.65, 9.6],
      [4.5, 11],
      [3.45, 25],
      [3.35, 26.6],
      [1.7, 28.6],
      [0, 28.7],
    ]),
    { segments: 36, crease: 25 },
    { p: F },
  )
  b.add('shell', shell)
  // Cooling bands round the stack and hearth.
  for (const [y, r] of [
    [3, 3.97],
    [5, 3.97],
    [13, 4.34],
    [16.5, 4.07],
    [20, 3.8],
    [23.5, 3.55],
  ]) {
    b.add('frame', torus(c(r!), c(0.1), 6, 36, { p: at(0, y!, 0), r: [Math.PI / 2, 0, 0] }))
  }
  // Tap hole glow at the front of the hearth, with a runner.
  b.add('glow', box(c(1.0), c(0.8), c(0.4), { p: at(0, 2.2, 3.85) }))
  b.add('glow', box(c(0.5), c(0.1), c(5.5), { p: at(0, 1.25, 6.6) }))
  // Mantle platform on columns, bustle pipe and tuyere stocks.
  b.add('frame', extrude(
    Array.from({ length: 36 }, (_, i) => [c(7.0) * Math.cos((i / 36) * Math.PI * 2), c(7.0) * Math.sin((i / 36) * Math.PI * 2)] as V2),
    c(0.25),
    { holes: [Array.from({ length: 36 }, (_, i) => [c(4.7) * Math.cos((-i / 36) * Math.PI * 2), c(4.7) * Math.sin((-i / 36) * Math.PI * 2)] as V2)] },
    { p: at(0, 10.0, 0), r: [-Math.PI / 2, 0, 0] },
  ))
  for (let i = 0; i < 8; i++) {
    const a = ((i + 0.5) / 8) * Math.PI * 2
    b.add('frame', rod(at(6.5 * Math.cos(a), 1.2, 6.5 * Math.sin(a)), at(6.5 * Math.cos(a), 10.0, 6.5 * Math.sin(a)), c(0.22), 6))
    // Railing posts.
    b.add('frame', rod(at(6.9 * Math.cos(a), 10.25, 6.9 * Math.sin(a)), at(6.9 * Math.cos(a), 11.4, 6.9 * Math.sin(a)), c(0.06), 4))
  }
  b.add('frame', torus(c(6.9), c(0.06), 4, 40, { p: at(0, 11.4, 0), r: [Math.PI / 2, 0, 0] }))
  b.add('pipe', torus(c(6.5), c(0.6), 10, 40, { p: at(0, 8.3, 0), r: [Math.PI / 2, 0, 0] }))
  for (let i = 0; i < 14; i++) {
    const a = (i / 14) * Math.PI * 2
    const ca = Math.cos(a)
    const sa = Math.sin(a)
    b.add('pipe', sweep([at(6.3 * ca, 8.0, 6.3 * sa), at(5.6 * ca, 7.0, 5.6 * sa), at(4.8 * ca, 6.0, 4.8 * sa), at(4.0 * ca, 5.7, 4.0 * sa)], c(0.22), { radialSegments: 6 }))
  }
  // Top: platform, charging hoppers, uptakes with bleeder valves, headframe.
  b.add('frame', cyl(c(4.8), c(4.8), c(0.25), 32, { p: at(0, 28.4, 0) }))
  b.add('stove', cyl(c(1.5), c(1.7), c(2.8), 20, { p: at(0, 28.6, 0) }))
  b.add('stove', cyl(c(2.4), c(1.5), c(2.2), 20, { p: at(0, 31.4, 0) }))
  const uptakes: V3[] = []
  for (const [dx, dz] of [
    [2.4, 2.4],
    [-2.4, 2.4],
    [-2.4, -2.4],
    [2.4, -2.4],
  ]) {
    const top = at(dx!, 40, dz!)
    uptakes.push(top)
    b.add('pipe', sweep([at(dx! * 0.55, 26.8, dz! * 0.55), at(dx!, 28.8, dz!), at(dx!, 34, dz!), top], c(0.55), { radialSegments: 12, caps: true }))
    b.add('pipe', cyl(c(0.35), c(0.55), c(1.6), 12, { p: top }))
    b.add('pipe', cyl(c(0.7), c(0.7), c(0.4), 12, { p: at(dx!, 41.6, dz!) }))
  }
  // Crossovers joining the uptakes, and the downcomer to the dust catcher.
  b.add('pipe', rod(at(2.4, 38.5, 2.4), at(-2.4, 38.5, 2.4), c(0.45), 10))
  b.add('pipe', rod(at(2.4, 38.5, -2.4), at(-2.4, 38.5, -2.4), c(0.45), 10))
  b.add('pipe', rod(at(-2.4, 38.5, 2.4), at(-2.4, 38.5, -2.4), c(0.45), 10))
  const DC: V3 = [c(-14.5), c(G), c(7)]
  const dcAt = (x: number, y: number, z: number): V3 => [DC[0] + c(x), DC[1] + c(y), DC[2] + c(z)]
  b.add('pipe', sweep([at(-2.4, 38.5, 0), at(-4.5, 38.5, 1), dcAt(0, 26, -1), dcAt(0, 22.5, 0)], c(0.65), { radialSegments: 14 }))
  // Dust catcher: cone-bottomed vessel on four legs.
  b.add('stove', lathe(
    cmPoints([
      [0.5, 5.5],
      [0.7, 6.0],
      [2.9, 10.5],
      [2.9, 19.8],
      [2.2, 21.8],
      [0.9, 22.6],
      [0, 22.7],
    ]),
    { segments: 28, crease: 25 },
    { p: DC },
  ))
  for (const [dx, dz] of [
    [2.3, 2.3],
    [-2.3, 2.3],
    [-2.3, -2.3],
    [2.3, -2.3],
  ]) {
    b.add('frame', rod(dcAt(dx!, 0, dz!), dcAt(dx! * 0.9, 11.5, dz! * 0.9), c(0.22), 6))
  }
  b.add('frame', box(c(1.2), c(1.8), c(1.2), { p: dcAt(0, 0.9, 0) }))
  // Headframe over the furnace top with the hoist house.
  for (const [dx, dz] of [
    [3.8, 3.8],
    [-3.8, 3.8],
    [-3.8, -3.8],
    [3.8, -3.8],
  ]) {
    b.add('frame', beam(at(dx!, 28.6, dz!), at(dx! * 0.55, 45, dz! * 0.55), c(0.35)))
  }
  for (const y of [33.5, 38.5, 43]) {
    const k = 1 - ((y - 28.6) / (45 - 28.6)) * 0.45
    const s = 3.8 * k
    b.add('frame', beam(at(-s, y, s), at(s, y, s), c(0.2)), beam(at(-s, y, -s), at(s, y, -s), c(0.2)))
    b.add('frame', beam(at(s, y, -s), at(s, y, s), c(0.2)), beam(at(-s, y, -s), at(-s, y, s), c(0.2)))
  }
  b.add('roof', rbox(c(5.6), c(2.6), c(5.6), c(0.15), 1, { p: at(0, 46.3, 0) }))
  b.add('frame', box(c(6.2), c(0.3), c(6.2), { p: at(0, 47.75, 0) }))

  // --- Hot blast stoves and their chimney ---
  const stoveXs = [-13.5, -5.5, 2.5]
  const sz = -12.5
  for (const x of stoveXs) {
    b.add('concrete', cyl(c(3.7), c(3.8), c(0.8), 28, { p: [c(x), c(G), c(sz)] }))
    b.add('stove', lathe(
      cmPoints([
        [3.25, 0.8],
        [3.25, 24.5],
        [3.0, 25.8],
        [2.3, 27.0],
        [1.2, 27.7],
        [0, 27.9],
      ]),
      { segments: 32, crease: 40 },
      { p: [c(x), c(G), c(sz)] },
    ))
    for (const y of [8, 16, 24]) b.add('frame', torus(c(3.28), c(0.09), 6, 32, { p: [c(x), c(G + y), c(sz)], r: [Math.PI / 2, 0, 0] }))
    // Hot blast branch to the main.
    b.add('pipe', rod([c(x), c(G + 9), c(sz + 3.0)], [c(x), c(G + 9), c(sz + 4.4)], c(0.45), 10))
    b.add('pipe', cyl(c(0.7), c(0.7), c(0.9), 12, { p: [c(x), c(G + 9), c(sz + 3.4)], r: [Math.PI / 2, 0, 0] }))
    // Small platform and ladder cage near the dome.
    b.add('frame', rod([c(x + 3.4), c(G + 0.8), c(sz)], [c(x + 3.4), c(G + 24), c(sz)], c(0.08), 4))
    b.add('frame', rod([c(x + 3.4), c(G + 0.8), c(sz + 0.6)], [c(x + 3.4), c(G + 24), c(sz + 0.6)], c(0.08), 4))
  }
  const mainZ = sz + 4.4
  b.add('pipe', rod([c(-15), c(G + 9), c(mainZ)], [c(4.5), c(G + 9), c(mainZ)], c(0.6), 14))
  b.add('pipe', sweep([[c(-2), c(G + 9), c(mainZ)], [c(-2), c(G + 8.8), c(mainZ + 1.5)], at(0, 8.3, -6.5)], c(0.55), { radialSegments: 12 }))
  // Chimney (brick, white bands at the top) and the flue from the stoves.
  const ch: V3 = [c(13.5), c(G), c(-13.5)]
  b.add('concrete', box(c(5), c(1.2), c(5), { p: [ch[0], c(G + 0.6), ch[2]] }))
  b.add('brick', lathe(cmPoints([[2.0, 1.2], [1.15, 64], [1.3, 64.6], [1.3, 65.0], [0.95, 65.0], [0.9, 63]]), { segments: 28, crease: 40 }, { p: ch }))
  for (const y of [57, 60.5]) b.add('white', cyl(c(1.25 + (64 - y) * 0.0134), c(1.28 + (64 - y) * 0.0134), c(1.2), 28, { p: [ch[0], c(G + y), ch[2]] }))
  b.add('brick', box(c(11.5), c(2.2), c(2.0), { p: [c(8.0), c(G + 1.1), c(-13.5)] }))

  // --- Open cast house in front of the furnace ---
  const ch0 = 4.2
  const ch1 = 15.5
  for (const x of [-7.5, 3.5]) for (const z of [ch0 + 1, (ch0 + ch1) / 2, ch1]) b.add('frame', rod([c(x), c(G), c(z)], [c(x), c(G + 5.2), c(z)], c(0.25), 6))
  const roofProfile: V2[] = cmPoints([
    [-6.3, 0],
    [6.3, 0],
    [0, 2.4],
  ])
  b.add('roof', extrude(roofProfile, c(ch1 - ch0 + 1.2), {}, { p: [c(-2), c(G + 5.2), c(ch0 - 0.2)] }))
  b.add('frame', box(c(11.8), c(0.4), c(ch1 - ch0 + 0.6), { p: [c(-2), c(G + 5.0), c((ch0 + ch1) / 2 + 0.3)] }))
  b.add('concrete', box(c(11.5), c(0.6), c(ch1 - ch0), { p: [c(-2), c(G + 0.3), c((ch0 + ch1) / 2 + 0.2)] }))
  b.add('roof', box(c(1.4), c(1.2), c(1.4), { p: [c(-2), c(G + 7.8), c((ch0 + ch1) / 2)] }))

  // --- Skip pit house and the skip incline up to the furnace top ---
  const pit: V3 = [c(13.5), c(G), c(13.0)]
  b.add('concrete', box(c(8.5), c(4.5), c(8.5), { p: [pit[0], c(G + 2.25), pit[2]] }))
  b.add('roof', box(c(9.1), c(0.4), c(9.1), { p: [pit[0], c(G + 4.7), pit[2]] }))
  for (let i = 0; i < 4; i++) b.add('white', box(c(1.0), c(1.4), c(0.05), { p: [c(10.5 + i * 2), c(G + 2.6), c(17.27)] }))
  const foot = new Vector3(c(11.5), c(G + 4.9), c(11.0))
  const head = new Vector3(...at(1.6, 33.0, 1.6))
  const d = head.clone().sub(foot)
  const len = d.length()
  const dn = d.clone().normalize()
  const side = new Vector3(-d.z, 0, d.x).normalize()
  const down = new Vector3().crossVectors(side, dn).normalize()
  if (down.y > 0) down.negate()
  const P = (t: number, s: number, h: number): V3 => {
    const p = foot.clone().addScaledVector(dn, t * len).addScaledVector(side, c(s)).addScaledVector(down, c(h))
    return [p.x, p.y, p.z]
  }
  const panels = 14
  for (const s of [-1.3, 1.3]) {
    b.add('frame', beam(P(0, s, 0), P(1, s, 0), c(0.3)), beam(P(0, s, 1.8), P(1, s, 1.8), c(0.3)))
    for (let i = 0; i <= panels; i++) {
      const t = i / panels
      b.add('frame', beam(P(t, s, 0), P(t, s, 1.8), c(0.18)))
      if (i < panels) b.add('frame', beam(P(t, s, 1.8), P((i + 1) / panels, s, 0), c(0.14)))
    }
  }
  for (let i = 0; i <= panels; i += 2) b.add('frame', beam(P(i / panels, -1.3, 1.8), P(i / panels, 1.3, 1.8), c(0.16)))
  // Trestle bents carrying the incline.
  for (const t of [0.33, 0.66]) {
    for (const s of [-1.3, 1.3]) {
      const top = P(t, s, 1.8)
      b.add('frame', beam([top[0], c(G), top[2]], top, c(0.35)))
    }
    const l = P(t, -1.3, 1.8)
    const r = P(t, 1.3, 1.8)
    for (const y of [0.35, 0.7]) {
      const yl = c(G) + (l[1] - c(G)) * y
      b.add('frame', beam([l[0], yl, l[2]], [r[0], yl, r[2]], c(0.18)))
    }
  }
  // The skip car, two thirds of the way up.
  const sk = P(0.58, 0, -0.7)
  b.add('red', box(c(2.0), c(1.3), c(2.4), { p: sk, r: [0, Math.atan2(-side.x, -side.z), 0] }))
  b.add('frame', rod(P(0.58, 0, -0.1), P(1.0, 0, -0.1), c(0.04), 4))
  // Hoist sheave on top of the headframe.
  b.add('pipe', torus(c(0.9), c(0.15), 6, 20, { p: at(3.6, 45.5, 3.6), r: [0, Math.PI / 4 + Math.PI / 2, 0] }))

})

export default blastFurnaceModel
