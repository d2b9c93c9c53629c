/**
 * Typewriter (45 x 15 x 38 cm): a 1950s office typewriter in dark enamel - body with a
 * sloping keyboard of round glass-topped keys (Russian ЙЦУКЕН layout), typebar basket,
 * ribbon spools, carriage with rubber platen, knobs, return lever and paper bail, and a
 * sheet of paper in the machine with the head of a typed letter. Keyboard towards +z.
 */
import type { BufferGeometry } from 'three'
import { cm, cmPoints, defineModel } from './lib/model.ts'
import { M, matte, textured } from './lib/materials.ts'
import { beam, box, cyl, extrude, lathe, planarUV, rbox, rod, surface, sweep, bezier, type V2 } from './lib/geometry.ts'
import { SERIF, esc, svgTexture } from './lib/textures.ts'
import { seededRandom } from '../src/layout/random.ts'

const c = cm

const ROWS = ['1234567890-', 'ЙЦУКЕНГШЩЗХ', 'ФЫВАПРОЛДЖЭ', 'ЯЧСМИТЬБЮ.']
const CELL = 64
const COLS = 8

/** Key legends: white characters on black glass, an 8 x 8 atlas of 64 px cells. */
async function keyAtlas() {
  const chars = [...ROWS.join(''), '⇧', '⇧', '⇪', '⇥']
  let cells = ''
  chars.forEach((ch, i) => {
    const x = (i % COLS) * CELL
    const y = Math.floor(i / COLS) * CELL
    const size = /[⇧⇪⇥]/.test(ch) ? 30 : 34
    cells += `<text x="${x + CELL / 2}" y="${y + CELL / 2 + size * 0.36}" text-anchor="middle" font-family=${JSON.stringify(SERIF)} font-weight="700" font-size="${size}" fill="#F2EEE4">${esc(ch)}</text>`
  })
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512"><rect width="512" height="512" fill="#141414"/>${cells}</svg>`
  return { image: await svgTexture(svg, { quality: 90 }), index: (ch: string) => chars.indexOf(ch) }
}

/** The typed letter: characters on a fixed pitch, each with its own ink density. */
async function paperTexture() {
  const W = 1024
  const H = 300
  const pitch = 17.6
  const rand = seededRandom(42)
  const lines = [
    ['МИНИСТЕРСТВО ВЫСШЕГО ОБРАЗОВАНИЯ СССР', 150],
    ['', 0],
    ['Москва, 14 февраля 1955 г.              № 27/3', 110],
    ['', 0],
    ['Ректору Пекинского университета', 470],
    ['', 0],
    ['     Уважаемый товарищ ректор!', 110],
    ['     Направляем Вам учебники и программы по', 110],
    ['русскому языку для студентов первого курса.', 110],
    ['     С дружеским приветом', 110],
  ] as const
  let text = ''
  lines.forEach(([line, x0], i) => {
    const y = 46 + i * 24.5
    ;[...line].forEach((ch, k) => {
      if (ch === ' ') return
      const op = (0.82 + rand() * 0.18).toFixed(2)
      const dy = ((rand() - 0.5) * 1.2).toFixed(2)
      text += `<text x="${(x0 + k * pitch).toFixed(1)}" y="${(y + Number(dy)).toFixed(2)}" fill-opacity="${op}">${esc(ch)}</text>`
    })
  })
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <rect width="${W}" height="${H}" fill="#F4EFE2"/>
  <g font-family=${JSON.stringify(SERIF)} font-weight="700" font-size="21" fill="#101014" text-anchor="middle">${text}</g></svg>`
  return svgTexture(svg, { quality: 90 })
}

const typewriter = defineModel('typewriter', 'Office typewriter', { width: 45, height: 15, depth: 38 }, async (b) => {
  const atlas = await keyAtlas()
  b.texture('keys', atlas.image)
  b.texture('paper', await paperTexture())
  b.materialTable({
    enamel: { ...M.blackEnamel, color: '#1D1F21', roughness: 0.3 },
    nickel: M.nickel,
    keys: matte('#FFFFFF', 0.08, { map: 'keys' }),
    rubber: M.rubber,
    bakelite: M.bakeliteBlack,
    paper: textured(M.paper, 'paper', { doubleSided: true }),
    ribbon: matte('#5A1414', 0.7),
    dark: matte('#0B0B0C', 0.9),
    felt: matte('#2B5A3A', 1),
  })

  // --- Body: a side profile extruded across, on four rubber feet ---
  for (const x of [-15, 15]) for (const z of [-12, 14.8]) b.add('rubber', cyl(c(0.9), c(1.0), c(0.6), 14, { p: [c(x), 0, c(z)] }))
  const profile: V2[] = cmPoints([
    [-14.5, 0.6],
    [17.5, 0.6],
    [17.5, 2.3],
    [16.7, 3.0],
    [6.6, 7.4],
    [4.3, 8.8],
    [1.4, 9.9],
    [-5.5, 10.2],
    [-13.3, 9.7],
    [-14.5, 8.6],
  ])
  b.add('enamel', extrude(profile, c(33), { bevel: c(0.55), bevelSegments: 3 }, { p: [c(16.5), 0, 0], r: [0, -Math.PI / 2, 0] }))
  // Nickel trim line along the lower body, front panel below the keys.
  b.add('nickel', box(c(33.4), c(0.18), c(0.1), { p: [0, c(1.9), c(18.05)] }))
  // Typebar basket: a dark well with the typebars fanned inside it.
  const wellZ = -4.6
  b.add('dark', lathe(cmPoints([[0, 0], [5.8, 0], [5.8, 0.08], [0, 0.08]]), { segments: 24, phiStart: -Math.PI / 2, phiLength: Math.PI }, { p: [0, c(10.05), c(wellZ)] }))
  for (let i = 0; i <= 40; i++) {
    const a = -Math.PI / 2 + (i / 40) * Math.PI
    b.add('nickel', box(c(0.09), c(0.06), c(4.6), { p: [c(3.3 * Math.sin(a)), c(10.2), c(wellZ + 3.3 * Math.cos(a))], r: [0, a, 0] }))
  }
  b.add('nickel', lathe(cmPoints([[0.8, 0], [1.4, 0], [1.4, 0.15], [0.8, 0.15], [0.8, 0]]), { segments: 20, phiStart: -Math.PI / 2, phiLength: Math.PI, crease: 30 }, { p: [0, c(10.12), c(wellZ)] }))
  // Segment cover across the front of the basket.
  b.add('enamel', rbox(c(14), c(0.8), c(1.4), c(0.3), 2, { p: [0, c(10.45), c(1.2)] }))

  // Ribbon spools with nickel covers, and the ribbon to the type guide.
  for (const s of [-1, 1]) {
    b.add('nickel', lathe(
      cmPoints([
        [0, 0],
        [2.3, 0],
        [2.3, 0.35],
        [2.0, 0.5],
        [0.6, 0.62],
        [0.35, 0.9],
        [0, 0.95],
      ]),
      { segments: 28, crease: 40 },
      { p: [c(s * 9.4), c(10.1), c(-4.6)] },
    ))
    b.add('ribbon', box(c(7.4), c(0.35), c(0.05), { p: [c(s * 5.2), c(10.7), c(-6.2)], r: [0, s * -0.17, 0] }))
  }
  b.add('nickel', box(c(1.6), c(1.2), c(0.15), { p: [0, c(11.0), c(-7.7)] }))

  // --- Keyboard ---
  const keyTop = (x: number, y: number, z: number, ch: string, r = 0.62) => {
    b.add('nickel', beam([c(x), c(y - 2.2), c(z - 1.6)], [c(x), c(y), c(z)], c(0.1), c(0.2)))
    b.add('nickel', lathe(
      cmPoints([
        [0, -0.05],
        [r + 0.06, -0.05],
        [r + 0.1, 0.12],
        [r + 0.06, 0.3],
        [r - 0.02, 0.3],
        [r - 0.04, 0.2],
      ]),
      { segments: 18, crease: 40 },
      { p: [c(x), c(y), c(z)] },
    ))
    const i = atlas.index(ch)
    const col = i % COLS
    const row = Math.floor(i / COLS)
    const face = cyl(c(r), c(r), c(0.05), 18)
    planarUV(face, 'xz', [c(-r), c(r), c(r), c(-r)], [col / COLS, 1 - (row + 1) / COLS, (col + 1) / COLS, 1 - row / COLS])
    b.add('keys', face.translate(c(x), c(y + 0.17), c(z)) as BufferGeometry)
  }
  ROWS.forEach((row, r) => {
    const f = 3 - r // 0 = front row
    const z = 15.0 - f * 2.4
    const y = 4.9 + f * 1.1
    const x0 = -((row.length - 1) * 1.95) / 2 + (r === 3 ? 0.6 : r * 0.3 - 0.3)
    ;[...row].forEach((ch, k) => keyTop(x0 + k * 1.95, y, z, ch))
  })
  // Shift keys, shift lock and tabulator at the row ends.
  keyTop(-12.0, 4.9, 15.0, '⇧', 0.75)
  keyTop(12.0, 4.9, 15.0, '⇧', 0.75)
  keyTop(-12.9, 6.0, 12.6, '⇪', 0.7)
  keyTop(-13.1, 7.1, 10.2, '⇥', 0.7)
  // Space bar on two arms.
  b.add('nickel', rbox(c(17), c(0.4), c(0.9), c(0.18), 2, { p: [0, c(3.75), c(17.2)] }))
  for (const x of [-7.5, 7.5]) b.add('nickel', rod([c(x), c(3.6), c(17.0)], [c(x), c(2.8), c(15.6)], c(0.12), 6))

  // --- Carriage ---
  const py = 12.15
  const pz = -10.0
  const PR = 1.6
  b.add('rubber', cyl(c(PR), c(PR), c(32), 32, { p: [c(-16), c(py), c(pz)], r: [0, 0, -Math.PI / 2] }))
  for (const s of [-1, 1]) {
    // End plates carrying the platen.
    const plate: V2[] = cmPoints([
      [-14.2, 9.8],
      [-7.2, 9.8],
      [-7.2, 11.6],
      [-8.4, 13.5],
      [-11.9, 13.9],
      [-14.2, 12.2],
    ])
    b.add('enamel', extrude(plate, c(0.5), { bevel: c(0.1) }, { p: [c(s > 0 ? 16.7 : -16.2), 0, 0], r: [0, -Math.PI / 2, 0] }))
    // Platen knob.
    b.add('bakelite', lathe(
      cmPoints([
        [0, 0],
        [0.5, 0],
        [0.5, 0.5],
        [1.45, 0.6],
        [1.5, 1.4],
        [1.35, 1.6],
        [0.5, 1.7],
        [0, 1.75],
      ]),
      { segments: 28, crease: 40 },
      { p: [c(s * 16.6), c(py), c(pz)], r: [0, 0, -s * (Math.PI / 2)] },
    ))
  }
  // Carriage rails, paper table behind the platen, paper bail with rollers, scale.
  b.add('nickel', rod([c(-19), c(10.4), c(-13.7)], [c(19), c(10.4), c(-13.7)], c(0.35), 12))
  b.add('nickel', rod([c(-17), c(10.3), c(-7.8)], [c(17), c(10.3), c(-7.8)], c(0.22), 10))
  b.add('enamel', surface(2, 8, (u, v) => {
    const a = v * 1.1
    return [c(-15.5 + u * 31), c(py + 0.6 + 2.4 * Math.sin(a) * 1.0), c(pz - 1.9 - 2.8 * (1 - Math.cos(a)) - v * 0.3)]
  }))
  b.add('nickel', rod([c(-15), c(py + 1.55), c(pz + 1.25)], [c(15), c(py + 1.55), c(pz + 1.25)], c(0.09), 6))
  for (const x of [-5, 5]) b.add('rubber', cyl(c(0.3), c(0.3), c(0.9), 10, { p: [c(x - 0.45), c(py + 1.55), c(pz + 1.25)], r: [0, 0, -Math.PI / 2] }))
  b.add('nickel', box(c(30), c(0.1), c(0.7), { p: [0, c(py - 1.05), c(pz + 2.2)], r: [-0.5, 0, 0] }))
  // Carriage return lever at the left with its knob.
  const lever = bezier([c(-16.4), c(py + 0.5), c(pz + 0.6)], [c(-18.8), c(py + 1.8), c(pz + 2.5)], [c(-21.0), c(py + 1.6), c(pz + 4.0)], [c(-21.6), c(py + 1.2), c(pz + 5.8)], 12)
  b.add('nickel', sweep(lever, c(0.22), { radialSegments: 8, aspect: 0.5, caps: true }))
  b.add('bakelite', cyl(c(0.45), c(0.45), c(1.2), 14, { p: [c(-21.6), c(py + 0.6), c(pz + 5.8)] }))

  // --- The sheet of paper round the platen, its free end standing up behind ---
  const R = PR + 0.04
  const a0 = -0.9
  const a1 = Math.PI / 2
  const arcLen = R * (a1 - a0)
  const straight = 1.3
  const total = arcLen + straight
  const sheet = surface(1, 28, (u, v) => {
    const s = v * total
    const x = -10.5 + 21 * u
    if (s <= arcLen) {
      const a = a0 + s / R
      return [c(x), c(py + R * Math.sin(a)), c(pz + R * Math.cos(a))]
    }
    const t = s - arcLen
    return [c(x), c(py + R + t * 0.88), c(pz - t * 0.48)]
  })
  b.add('paper', sheet)

})

export default typewriter
