/**
 * Locomotive model (110 x 25 x 18 cm): a museum scale model of a 2-8-2 steam locomotive with
 * tender, in black with red wheels and buffer beam and a red star on the smokebox door, on a
 * length of track on a walnut plinth with a brass plate. Nose towards +x; the side faces +z.
 */
import type { BufferGeometry } from 'three'
import { cm, cmPoints, defineModel } from './lib/model.ts'
import { M, matte } from './lib/materials.ts'
import {
  arcPoints,
  beam,
  box,
  cyl,
  extrude,
  lathe,
  planarUV,
  rbox,
  ridgedStar,
  rod,
  surface,
  torus,
  xf,
  type V2,
  type V3,
} from './lib/geometry.ts'
import { addWalnutBase } from './lib/display.ts'
import { brassPlaque, fbm } from './lib/textures.ts'

type Part = [string, BufferGeometry]
const c = cm

const BASE_H = 2.2
const RT = 4.0 // rail top (cm)
const GAUGE = 2.9 // half gauge: rail head centre at z = +-GAUGE

/**
 * A wheel with its axis along z at (x, y), flange towards the track centre.
 * Spoked (driving/carrying wheels) or a plain disc (tender).
 */
function wheel(x: number, R: number, side: 1 | -1, opts: { spokes?: number; counterweight?: boolean } = {}): Part[] {
  const parts: Part[] = []
  const y = RT + R
  const z = side * GAUGE
  // Built with its axis along +y (outer face at +y), then turned so +y points away from centre.
  const place = (g: BufferGeometry) => xf(g, { p: [c(x), c(y), c(z)], r: [(side * Math.PI) / 2, 0, 0] })
  const w = 0.7
  const tyre = lathe(
    cmPoints([
      [R - 0.45, -w / 2],
      [R + 0.3, -w / 2],
      [R + 0.3, -w / 2 + 0.15],
      [R, -w / 2 + 0.32],
      [R, w / 2],
      [R - 0.45, w / 2],
      [R - 0.45, -w / 2],
    ]),
    { segments: 20, crease: 30 },
  )
  parts.push(['steel', place(tyre)])
  const hub = lathe(
    cmPoints([
      [0, -0.3],
      [0.7, -0.3],
      [0.7, 0.1],
      [0.55, 0.35],
      [0.35, 0.45],
      [0, 0.45],
    ]),
    { segments: 10, crease: 35 },
  )
  parts.push(['red', place(hub)])
  const spokes = opts.spokes ?? 0
  if (spokes > 0) {
    // Inner rim carrying the spokes.
    const rim = lathe(
      cmPoints([
        [R - 0.75, -0.22],
        [R - 0.4, -0.22],
        [R - 0.4, 0.22],
        [R - 0.75, 0.22],
        [R - 0.75, -0.22],
      ]),
      { segments: 20, crease: 30 },
    )
    parts.push(['red', place(rim)])
    for (let i = 0; i < spokes; i++) {
      const a = (i / spokes) * Math.PI * 2
      const a0: V3 = [c(0.5) * Math.cos(a), 0, c(0.5) * Math.sin(a)]
      const a1: V3 = [c(R - 0.6) * Math.cos(a), 0, c(R - 0.6) * Math.sin(a)]
      parts.push(['red', place(beam(a0, a1, c(0.22), c(0.3)))])
    }
  } else {
    const disc = lathe(
      cmPoints([
        [0, -0.12],
        [R - 0.4, -0.12],
        [R - 0.4, 0.02],
        [0.8, 0.12],
        [0, 0.12],
      ]),
      { segments: 20, crease: 30 },
    )
    parts.push(['red', place(disc)])
  }
  if (opts.counterweight) {
    // A crescent opposite the crank pin (the pins sit at the top of the wheels).
    const bottom = -Math.PI / 2
    const seg = [...arcPoints(0, 0, c(R - 0.6), bottom - 0.85, bottom + 0.85, 10), ...arcPoints(0, 0, c(1.0), bottom + 0.85, bottom - 0.85, 6)]
    parts.push(['red', extrude(seg, c(0.34), { bevel: c(0.03) }, { p: [c(x), c(y), c(z + side * 0.05 - 0.17)] })])
  }
  return parts
}

const locomotiveModel = defineModel('locomotive-model', 'Steam locomotive model, 1:20', { width: 110, height: 25, depth: 18 }, async (b) => {
  await addWalnutBase(b, 5, 'plate', brassPlaque(1024, 128, 8, 3, { y: 60, size: 40, text: 'Паровоз серии «Дружба» · 友谊型蒸汽机车' }, { y: 100, size: 26, text: 'Модель · 模型 · М 1:20' }))
  b.materialTable({
    ballast: matte('#6F6A62', 1),
    sleeper: matte('#3B2E24', 0.9),
    rail: { ...M.steel, roughness: 0.35 },
    black: { color: '#141517', metallic: 0.2, roughness: 0.38 },
    graphite: { color: '#2A2B2D', metallic: 0.5, roughness: 0.55 },
    red: { ...M.redEnamel, color: '#B01C1C' },
    steel: { ...M.steel, color: '#C9CCCF', roughness: 0.3 },
    nickel: M.nickel,
    brass: M.brass,
    gilt: M.gilt,
    coal: { color: '#1A1A1C', metallic: 0.1, roughness: 0.75 },
    lamp: matte('#FFF4D6', 0.1, { emissive: '#FFE9B0', emissiveStrength: 0.6 }),
    glass: matte('#22272C', 0.08),
  })

  const add = (parts: Part[]) => parts.forEach(([m, g]) => b.add(m, g))

  // --- Plinth, ballast, sleepers and rails ---
  b.add('walnut', rbox(c(110), c(BASE_H), c(17.8), c(0.35), 3, { p: [0, c(BASE_H / 2), 0] }))
  const plate = rbox(c(34), c(1.3), c(0.12), c(0.05), 1, { p: [0, c(BASE_H / 2), c(8.93)] })
  planarUV(plate, 'xy', [c(-17), c(BASE_H / 2 - 0.65), c(17), c(BASE_H / 2 + 0.65)])
  b.add('plate', plate)
  const ballast: V2[] = [
    [-5.2, 0],
    [5.2, 0],
    [4.3, 0.6],
    [-4.3, 0.6],
  ].map(([z, y]) => [c(z!), c(y! + BASE_H)] as V2)
  b.add('ballast', extrude(ballast, c(106), {}, { p: [c(-53), 0, 0], r: [0, Math.PI / 2, 0] }))
  const sleeperY = BASE_H + 0.6
  for (let x = -52; x <= 52.01; x += 2.6) b.add('sleeper', box(c(1.1), c(0.4), c(8.2), { p: [c(x), c(sleeperY + 0.2), 0] }))
  const railProfile: V2[] = [
    [-0.32, 0],
    [0.32, 0],
    [0.32, 0.08],
    [0.08, 0.16],
    [0.08, 0.58],
    [0.17, 0.62],
    [0.17, 0.8],
    [-0.17, 0.8],
    [-0.17, 0.62],
    [-0.08, 0.58],
    [-0.08, 0.16],
    [-0.32, 0.08],
  ].map(([z, y]) => [c(z!), c(y! + sleeperY + 0.4)] as V2)
  for (const s of [1, -1]) {
    b.add('rail', extrude(railProfile, c(108), {}, { p: [c(-54), 0, c(s * GAUGE)], r: [0, Math.PI / 2, 0] }))
    // Rail chairs on every sleeper.
    for (let x = -52; x <= 52.01; x += 2.6) b.add('rail', box(c(0.7), c(0.12), c(1.0), { p: [c(x), c(sleeperY + 0.46), c(s * GAUGE)] }))
  }

  // --- Engine: running gear ---
  const drivers = [34, 27, 20, 13]
  const RD = 3.0
  for (const s of [1, -1] as const) {
    for (const x of drivers) add(wheel(x, RD, s, { spokes: 12, counterweight: true }))
    add(wheel(44.5, 1.6, s, { spokes: 8 })) // pony truck
    add(wheel(4.5, 1.9, s, { spokes: 10 })) // trailing truck
    for (const x of [-9, -14.5, -33, -38.5]) add(wheel(x, 1.8, s)) // tender bogies
  }
  // Axles.
  for (const [x, R] of [...drivers.map((d) => [d, RD]), [44.5, 1.6], [4.5, 1.9], [-9, 1.8], [-14.5, 1.8], [-33, 1.8], [-38.5, 1.8]] as [number, number][]) {
    b.add('steel', cyl(c(0.25), c(0.25), c(2 * GAUGE), 8, { p: [c(x), c(RT + R), c(-GAUGE)], r: [Math.PI / 2, 0, 0] }))
  }
  const ya = RT + RD
  for (const s of [1, -1]) {
    const zr = s * 3.85
    // Coupling rod joining the crank pins (all at the top of their wheels), and crank pins.
    b.add('steel', rbox(c(22.2), c(0.45), c(0.28), c(0.1), 2, { p: [c(23.5), c(ya + 1.3), c(zr)] }))
    for (const x of drivers) b.add('steel', cyl(c(0.22), c(0.22), c(0.9), 10, { p: [c(x), c(ya + 1.3), c(s * 3.3)], r: [(s * Math.PI) / 2, 0, 0] }))
    // Cylinder, steam chest, crosshead guide and main rod to the third driver.
    const zc = s * 4.75
    b.add('black', lathe(cmPoints([[0, 0], [1.65, 0], [1.65, 0.3], [1.5, 0.35], [1.5, 5.6], [1.65, 5.65], [1.65, 6.0], [0, 6.0]]), { segments: 24, crease: 30 }, { p: [c(37.5), c(ya + 0.4), c(zc)], r: [0, 0, -Math.PI / 2] }))
    b.add('black', rbox(c(5.0), c(1.5), c(1.6), c(0.2), 2, { p: [c(40.5), c(ya + 2.5), c(zc)] }))
    b.add('steel', box(c(6.5), c(0.18), c(0.3), { p: [c(34.3), c(ya + 0.85), c(zc)] }))
    b.add('steel', box(c(6.5), c(0.18), c(0.3), { p: [c(34.3), c(ya - 0.05), c(zc)] }))
    b.add('steel', box(c(1.0), c(0.75), c(0.5), { p: [c(33.0), c(ya + 0.4), c(zc)] }))
    b.add('steel', beam([c(33.0), c(ya + 0.4), c(s * 4.35)], [c(20), c(ya + 1.3), c(s * 4.35)], c(0.5), c(0.25)))
    b.add('steel', rod([c(37.5), c(ya + 0.4), c(zc)], [c(33.0), c(ya + 0.4), c(zc)], c(0.16), 8))
    // Frames (inside the wheels) and the running board with its red-edged valance.
    b.add('black', box(c(48), c(3.0), c(0.35), { p: [c(26), c(RT + 3.6), c(s * 2.1)] }))
    b.add('black', box(c(36.5), c(0.22), c(4.0), { p: [c(29.25), c(RT + 6.7), c(s * 4.2)] }))
    b.add('red', box(c(36.5), c(0.45), c(0.06), { p: [c(29.25), c(RT + 6.4), c(s * 6.22)] }))
    // Smoke deflector.
    const defl: V2[] = [
      [41, 7.0],
      [48.6, 7.0],
      [48.6, 12.6],
      [47.6, 14.2],
      [41, 14.2],
    ].map(([x, y]) => [c(x!), c(RT + y!)] as V2)
    b.add('black', extrude(defl, c(0.15), {}, { p: [0, 0, c(s * 6.0 - 0.075)] }))
    // Handrail along the boiler on small stanchions.
    b.add('nickel', rod([c(13.5), c(RT + 12.3), c(s * 3.75)], [c(45), c(RT + 12.3), c(s * 3.75)], c(0.08), 6))
    for (const x of [16, 22, 28, 34, 40, 44.5]) b.add('nickel', rod([c(x), c(RT + 12.3), c(s * 3.75)], [c(x), c(RT + 11.6), c(s * 3.35)], c(0.06), 5))
    // Air pump on the running board (fireman's side) and sand pipes.
    if (s === 1) {
      b.add('black', cyl(c(0.8), c(0.8), c(4.2), 16, { p: [c(31.5), c(RT + 6.8), c(5.2)] }))
      b.add('steel', cyl(c(0.9), c(0.9), c(0.3), 16, { p: [c(31.5), c(RT + 11.0), c(5.2)] }))
    }
    // Cab step and buffers.
    b.add('black', box(c(1.2), c(0.15), c(1.0), { p: [c(2.0), c(RT + 3.5), c(s * 6.0)] }))
    b.add('black', rod([c(1.5), c(RT + 3.5), c(s * 6.3)], [c(1.5), c(RT + 6.6), c(s * 6.3)], c(0.08), 5))
    b.add('steel', lathe(cmPoints([[0, 0], [0.6, 0], [0.6, 0.25], [0.35, 0.3], [0.35, 1.2], [0.75, 1.25], [0.8, 1.5], [0, 1.55]]), { segments: 16, crease: 30 }, { p: [c(52.4), c(RT + 4.3), c(s * 4.4)], r: [0, 0, -Math.PI / 2] }))
  }
  // Buffer beam with coupler, and the pilot (cowcatcher) below it.
  b.add('red', box(c(1.4), c(2.4), c(12.6), { p: [c(51.7), c(RT + 4.3), 0] }))
  b.add('steel', box(c(1.4), c(0.6), c(0.8), { p: [c(53.0), c(RT + 4.0), 0] }))
  for (let i = -5; i <= 5; i++) b.add('black', beam([c(52.3), c(RT + 3.1), c(i * 0.55)], [c(53.4), c(RT + 0.6), c(i * 0.6)], c(0.18), c(0.3)))
  b.add('black', box(c(1.2), c(0.3), c(7), { p: [c(52.8), c(RT + 0.7), 0] }))

  // --- Boiler, smokebox, chimney, domes ---
  const by = RT + 10.2
  const BR = 3.4
  b.add('black', cyl(c(BR), c(BR), c(29), 40, { p: [c(11), c(by), 0], r: [0, 0, -Math.PI / 2] }))
  for (const x of [15, 21.5, 28, 34.5, 39.7]) b.add('nickel', torus(c(BR + 0.02), c(0.08), 4, 32, { p: [c(x), c(by), 0], r: [0, Math.PI / 2, 0] }))
  b.add('graphite', cyl(c(BR + 0.3), c(BR + 0.3), c(7), 40, { p: [c(40), c(by), 0], r: [0, 0, -Math.PI / 2] }))
  b.add('graphite', torus(c(BR + 0.3), c(0.12), 6, 40, { p: [c(47), c(by), 0], r: [0, Math.PI / 2, 0] }))
  // Smokebox door with hinge straps, handle, and the red star.
  b.add('graphite', lathe(cmPoints([[3.3, 0], [3.1, 0.25], [1.5, 0.5], [0, 0.55]]), { segments: 40 }, { p: [c(47), c(by), 0], r: [0, 0, -Math.PI / 2] }))
  for (const y of [1.6, -1.6]) b.add('steel', box(c(0.15), c(0.3), c(5.2), { p: [c(47.35), c(by + y), c(-0.8)] }))
  b.add('steel', rod([c(47.4), c(by - 0.8), c(1.6)], [c(47.9), c(by - 0.8), c(1.6)], c(0.12), 6))
  b.add('gilt', xf(ridgedStar(c(1.75), c(0.3), c(0.7)), { p: [c(47.52), c(by + 0.2), 0], r: [0, Math.PI / 2, 0] }))
  b.add('red', xf(ridgedStar(c(1.5), c(0.28), c(0.6)), { p: [c(47.58), c(by + 0.2), 0], r: [0, Math.PI / 2, 0] }))
  // Front deck between smokebox and buffer beam.
  b.add('black', box(c(4.6), c(0.22), c(12.4), { p: [c(49.6), c(RT + 6.7), 0] }))
  b.add('black', box(c(4.0), c(1.6), c(6.0), { p: [c(49.4), c(RT + 5.8), 0] }))
  // Chimney (a flared stack) and headlamp.
  b.add('black', lathe(
    cmPoints([
      [1.45, 0],
      [1.15, 0.6],
      [1.05, 1.2],
      [1.05, 4.6],
      [1.35, 5.1],
      [1.4, 5.5],
      [0.95, 5.5],
      [0.9, 4.0],
    ]),
    { segments: 28, crease: 40 },
    { p: [c(44.2), c(by + BR - 0.6), 0] },
  ))
  b.add('black', cyl(c(1.0), c(1.0), c(1.6), 20, { p: [c(45.6), c(by + BR + 0.35), 0], r: [0, 0, -Math.PI / 2] }))
  b.add('black', box(c(1.2), c(0.5), c(1.0), { p: [c(46.2), c(by + BR + 0.05), 0] }))
  b.add('nickel', torus(c(0.9), c(0.1), 6, 20, { p: [c(47.2), c(by + BR + 0.35), 0], r: [0, Math.PI / 2, 0] }))
  b.add('lamp', cyl(c(0.82), c(0.82), c(0.1), 20, { p: [c(47.15), c(by + BR + 0.35), 0], r: [0, 0, -Math.PI / 2] }))
  // Feedwater heater drum across the smokebox top, behind the chimney.
  b.add('black', cyl(c(0.75), c(0.75), c(6.4), 16, { p: [c(41.8), c(by + BR + 0.4), c(-3.2)], r: [Math.PI / 2, 0, 0] }))
  const dome = (x: number, r: number, h: number) =>
    b.add('black', lathe(
      cmPoints([
        [r + 0.6, -0.6],
        [r + 0.1, 0.3],
        [r, 0.8],
        [r, h - r * 0.55],
        [r * 0.75, h - r * 0.12],
        [r * 0.35, h],
        [0, h + 0.02],
      ]),
      { segments: 28, crease: 50 },
      { p: [c(x), c(by + BR - 0.5), 0] },
    ))
  dome(28, 1.5, 2.9)
  dome(21, 1.3, 2.5)
  // Safety valves and whistle near the cab.
  b.add('brass', cyl(c(0.3), c(0.35), c(1.6), 12, { p: [c(14.2), c(by + BR - 0.3), c(0.6)] }))
  b.add('brass', cyl(c(0.3), c(0.35), c(1.6), 12, { p: [c(14.2), c(by + BR - 0.3), c(-0.6)] }))
  b.add('brass', lathe(cmPoints([[0, 0], [0.18, 0], [0.18, 1.3], [0.35, 1.4], [0.35, 2.4], [0.2, 2.5], [0, 2.5]]), { segments: 12, crease: 40 }, { p: [c(16.2), c(by + BR - 0.3), 0] }))
  // Firebox under the boiler's rear end, ash pan.
  b.add('black', rbox(c(6.5), c(4.5), c(7.4), c(0.6), 3, { p: [c(11.5), c(by - 1.7), 0] }))

  // --- Cab ---
  const cab0 = 0.5
  const cab1 = 11.2
  const cy0 = RT + 6.6
  const cy1 = RT + 16.2
  const sideOutline: V2[] = cmPoints([
    [cab0 + 2.2, cy0],
    [cab1, cy0],
    [cab1, cy1],
    [cab0, cy1],
    [cab0, cy0 + 5.2],
    [cab0 + 2.2, cy0 + 4.2],
  ])
  const win = (x0: number, x1: number, y0: number, y1: number): V2[] => [
    [c(x0), c(y0)],
    [c(x0), c(y1)],
    [c(x1), c(y1)],
    [c(x1), c(y0)],
  ]
  for (const s of [1, -1]) {
    b.add('black', extrude(sideOutline, c(0.3), { holes: [win(2.4, 5.9, cy0 + 5.2, cy0 + 8.6), win(6.6, 10.2, cy0 + 5.2, cy0 + 8.6)] }, { p: [0, 0, c(s * 6.0 - 0.15)] }))
    b.add('glass', box(c(8), c(3.4), c(0.05), { p: [c(6.3), c(cy0 + 6.9), c(s * 5.9)] }))
    // Red lining along the cab side and the tender.
    b.add('red', box(c(8.6), c(0.12), c(0.04), { p: [c(6.9), c(cy0 + 1.0), c(s * 6.17)] }))
    b.add('red', box(c(43.5), c(0.12), c(0.04), { p: [c(-25), c(RT + 5.4), c(s * 6.07)] }))
    b.add('red', box(c(43.5), c(0.12), c(0.04), { p: [c(-25), c(RT + 12.7), c(s * 6.07)] }))
  }
  // Front wall with two spectacle windows, dark cab interior, roof.
  const front: V2[] = cmPoints([
    [-6.0, cy0],
    [6.0, cy0],
    [6.0, cy1],
    [-6.0, cy1],
  ])
  const spec = (z: number): V2[] => arcPoints(c(z), c(cy1 - 1.9), c(1.1), Math.PI * 2, 0, 16).slice(0, 16)
  b.add('black', extrude(front, c(0.3), { holes: [spec(-3.6), spec(3.6)] }, { p: [c(cab1), 0, 0], r: [0, Math.PI / 2, 0] }))
  b.add('glass', box(c(0.05), c(2.4), c(10), { p: [c(cab1 - 0.1), c(cy1 - 1.9), 0] }))
  b.add('graphite', box(c(9.5), c(0.2), c(11.6), { p: [c(5.9), c(cy0 + 0.1), 0] }))
  b.add('graphite', box(c(0.3), c(8.8), c(11.6), { p: [c(cab0 + 0.4), c(cy0 + 4.4 + 0.2), 0] }))
  const roofArc = arcPoints(0, c(-14), c(14.3), Math.PI / 2 + 0.47, Math.PI / 2 - 0.47, 14)
  const roofIn = arcPoints(0, c(-14), c(14.05), Math.PI / 2 - 0.47, Math.PI / 2 + 0.47, 14)
  b.add('black', extrude([...roofArc, ...roofIn], c(12.4), {}, { p: [c(cab0 - 0.7), c(cy1 - 0.05), 0], r: [0, Math.PI / 2, 0] }))
  b.add('black', box(c(2.5), c(0.5), c(2.6), { p: [c(6), c(cy1 + 0.5), 0] }))

  // --- Tender ---
  const t0 = -47.5
  const t1 = -2.0
  b.add('black', box(c(t1 - t0 - 1), c(1.6), c(9.6), { p: [c((t0 + t1) / 2), c(RT + 3.6), 0] }))
  b.add('black', rbox(c(t1 - t0), c(8.6), c(12.0), c(0.35), 2, { p: [c((t0 + t1) / 2), c(RT + 4.4 + 4.3), 0] }))
  // Flared coal rails on top and the coal heap (a bumpy surface).
  for (const s of [1, -1]) b.add('black', box(c(24), c(1.6), c(0.2), { p: [c(-12.5), c(RT + 13.6), c(s * 5.7)], r: [s * 0.18, 0, 0] }))
  b.add('black', box(c(0.2), c(1.6), c(11.4), { p: [c(-24.4), c(RT + 13.6), 0] }))
  b.add('coal', surface(36, 12, (u, v) => {
    const x = -24.3 + u * 23.6
    const z = -5.6 + v * 11.2
    const edge = Math.min(1, Math.min(u, 1 - u, v, 1 - v) * 8)
    const h = 13.0 + edge * (1.4 + 1.6 * Math.sin(u * Math.PI) * Math.sin(v * Math.PI) + 0.5 * (fbm(u * 6, v * 3, 6, 3, 4) - 0.5))
    return [c(x), c(RT + h), c(z)]
  }))
  // Water hatch and the tender's rear ladder.
  b.add('black', cyl(c(1.3), c(1.3), c(0.5), 20, { p: [c(-38), c(RT + 13.0), 0] }))
  b.add('steel', torus(c(1.3), c(0.08), 6, 20, { p: [c(-38), c(RT + 13.5), 0], r: [Math.PI / 2, 0, 0] }))
  for (const s of [1, -1]) {
    b.add('steel', rod([c(t0 - 0.15), c(RT + 4.4), c(s * 1.2)], [c(t0 - 0.15), c(RT + 13.0), c(s * 1.2)], c(0.08), 5))
    // Bogie side frames with axle boxes and springs.
    for (const bx of [-11.75, -35.75]) {
      b.add('black', box(c(8.6), c(1.0), c(0.35), { p: [c(bx), c(RT + 2.4), c(s * 3.65)] }))
      for (const dx of [-2.75, 2.75]) b.add('black', box(c(1.1), c(1.4), c(0.6), { p: [c(bx + dx), c(RT + 1.8), c(s * 3.75)] }))
      b.add('steel', box(c(3), c(0.5), c(0.45), { p: [c(bx), c(RT + 3.1), c(s * 3.65)] }))
    }
  }
  for (let y = RT + 5.5; y < RT + 13; y += 1.5) b.add('steel', rod([c(t0 - 0.15), c(y), c(-1.2)], [c(t0 - 0.15), c(y), c(1.2)], c(0.06), 5))
  // Drawbar between engine and tender.
  b.add('black', box(c(3.0), c(0.6), c(1.2), { p: [c(-0.8), c(RT + 3.6), 0] }))

})

export default locomotiveModel
