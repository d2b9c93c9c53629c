/**
 * Samovar (35 x 55 x 35 cm): a faceted brass samovar on a square footed base, with side
 * handles with black wooden grips, a tap with its key at the front (+z), stamped medals on the
 * shoulder, the crown on top and a painted porcelain teapot sitting on it.
 */
import { cm, cmPoints, defineModel } from './lib/model.ts'
import { M, matte, textured } from './lib/materials.ts'
import { bezier, cyl, extrude, lathe, rbox, remapUV, sphere, sweep, torus, xf, type V2, type V3 } from './lib/geometry.ts'
import { svgTexture } from './lib/textures.ts'

const c = cm

/** Teapot decoration: white porcelain, gilt bands, sprays of red roses front and back. */
async function teapotTexture() {
  const W = 1024
  const H = 256
  const gold = '#C9A227'
  const rose = (x: number, y: number, r: number) => {
    let s = ''
    for (const [dx, dy, k] of [
      [-0.9, 0.5, 0.8],
      [0.9, 0.45, 0.75],
      [0, 0, 1],
    ] as const) {
      const cx = x + dx * r
      const cy = y + dy * r
      const rr = r * k
      s += `<ellipse cx="${cx - rr * 0.9}" cy="${cy + rr * 0.6}" rx="${rr * 0.7}" ry="${rr * 0.3}" fill="#4F7A3A" transform="rotate(-25 ${cx} ${cy})"/>`
      s += `<ellipse cx="${cx + rr * 0.95}" cy="${cy + rr * 0.55}" rx="${rr * 0.65}" ry="${rr * 0.28}" fill="#5E8A44" transform="rotate(20 ${cx} ${cy})"/>`
      s += `<circle cx="${cx}" cy="${cy}" r="${rr * 0.62}" fill="#C23B3B"/>`
      s += `<circle cx="${cx - rr * 0.12}" cy="${cy - rr * 0.1}" r="${rr * 0.42}" fill="#D9575A"/>`
      s += `<path d="M${cx - rr * 0.35} ${cy} q${rr * 0.35} ${-rr * 0.4} ${rr * 0.7} 0" stroke="#8E1F24" stroke-width="${rr * 0.08}" fill="none"/>`
      s += `<circle cx="${cx + rr * 0.05}" cy="${cy - rr * 0.02}" r="${rr * 0.15}" fill="#8E1F24"/>`
    }
    return s
  }
  const band = (y: number, h: number) => `<rect x="0" y="${y}" width="${W}" height="${h}" fill="${gold}"/>`
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <rect width="${W}" height="${H}" fill="#F7F4EC"/>
  ${band(8, 10)}${band(24, 3)}${band(226, 3)}${band(234, 12)}
  ${rose(W * 0.5, 125, 30)}${rose(0, 125, 30)}${rose(W, 125, 30)}
  ${[0.25, 0.75].map((u) => `<circle cx="${W * u}" cy="125" r="7" fill="#C23B3B"/><circle cx="${W * u - 16}" cy="130" r="5" fill="#5E8A44"/><circle cx="${W * u + 16}" cy="130" r="5" fill="#5E8A44"/>`).join('')}
  </svg>`
  return svgTexture(svg, { quality: 88 })
}

const samovar = defineModel('samovar', 'Brass samovar with teapot', { width: 35, height: 55, depth: 35 }, async (b) => {
  b.texture('teapot', await teapotTexture())
  b.materialTable({
    brass: { ...M.brass, color: '#C99A5E', roughness: 0.3 },
    brassDark: { ...M.brassAged, roughness: 0.4 },
    wood: matte('#1E1614', 0.35),
    gilt: M.gilt,
    porcelain: textured(M.porcelain, 'teapot'),
    dark: { color: '#161412', metallic: 0.3, roughness: 0.7 },
  })

  // --- Square base on four feet, pedestal ---
  for (const x of [-7.6, 7.6]) {
    for (const z of [-7.6, 7.6]) {
      b.add('brass', lathe(cmPoints([[0, 0], [1.25, 0], [1.3, 0.3], [0.9, 0.8], [1.15, 1.2], [0.8, 1.7], [0, 1.75]]), { segments: 16, crease: 40 }, { p: [c(x), 0, c(z)] }))
    }
  }
  b.add('brass', rbox(c(19), c(1.0), c(19), c(0.45), 3, { p: [0, c(2.15), 0] }))
  b.add('brass', rbox(c(16.5), c(0.5), c(16.5), c(0.2), 2, { p: [0, c(2.85), 0] }))
  b.add('brass', lathe(
    cmPoints([[6.8, 3.0], [6.4, 3.6], [4.4, 4.4], [3.3, 5.6], [3.15, 7.0], [4.0, 8.0], [5.5, 8.6], [6.2, 9.25]]),
    { segments: 32, crease: 50 },
  ))
  b.add('brassDark', torus(c(3.2), c(0.22), 8, 32, { p: [0, c(6.3), 0], r: [Math.PI / 2, 0, 0] }))

  // --- Faceted body (12 facets, one facing the front) ---
  const FACETS = 12
  const phi0 = -Math.PI / FACETS
  const bodyProfile = cmPoints([
    [6.2, 9.2],
    [7.8, 10.2],
    [9.8, 12.8],
    [11.3, 16.5],
    [12.1, 21],
    [12.3, 25.5],
    [11.8, 29.5],
    [10.2, 32.6],
    [8.0, 34.4],
    [7.0, 35.0],
  ])
  b.add('brass', lathe(bodyProfile, { segments: FACETS, flat: true, phiStart: phi0, crease: 60 }))
  b.add('brassDark', torus(c(7.05), c(0.25), 8, 36, { p: [0, c(35.05), 0], r: [Math.PI / 2, 0, 0] }))
  b.add('brassDark', torus(c(6.25), c(0.2), 8, 36, { p: [0, c(9.25), 0], r: [Math.PI / 2, 0, 0] }))
  // Lid ring round the chimney, the crown (konforka) that carries the teapot.
  b.add('brass', lathe(cmPoints([[7.0, 35.1], [6.6, 36.1], [5.3, 36.9], [3.3, 37.3]]), { segments: 36 }))
  for (let i = 0; i < 2; i++) {
    const a = i * Math.PI
    b.add('wood', sphere(c(0.55), 10, 6, { p: [c(5.4 * Math.cos(a)), c(36.9), c(5.4 * Math.sin(a))] }))
  }
  b.add('brass', lathe(cmPoints([[3.3, 37.2], [3.0, 38.0], [2.9, 39.3], [3.4, 40.5], [4.7, 41.9], [5.1, 42.4], [4.8, 42.6], [3.2, 42.6]]), { segments: 32, crease: 45 }))
  for (let i = 0; i < 8; i++) {
    const a = (i / 8) * Math.PI * 2
    b.add('dark', xf(cyl(c(0.35), c(0.35), c(0.2), 10, { r: [Math.PI / 2, 0, 0] }), { p: [c(2.95 * Math.sin(a)), c(38.9), c(2.95 * Math.cos(a))], r: [0, a, 0] }))
  }

  // --- Stamped medals on the shoulder, across the front facets ---
  const ring = (y: number, r: number, angle: number): V3 => {
    const k = Math.round((angle - phi0) / ((2 * Math.PI) / FACETS) - 0.5)
    const centre = phi0 + (k + 0.5) * ((2 * Math.PI) / FACETS)
    const d = (c(r) * Math.cos(Math.PI / FACETS)) / Math.cos(angle - centre)
    return [d * Math.sin(angle), c(y), d * Math.cos(angle)]
  }
  for (const deg of [-24, -8, 8, 24]) {
    const a = (deg * Math.PI) / 180
    const k = Math.round((a - phi0) / ((2 * Math.PI) / FACETS) - 0.5)
    const facing = phi0 + (k + 0.5) * ((2 * Math.PI) / FACETS)
    const p = ring(27.0, 12.12, a)
    const medal = lathe(cmPoints([[0, 0], [1.05, 0], [1.05, 0.08], [0.9, 0.14], [0, 0.16]]), { segments: 24, crease: 40 }, { p: [0, 0, c(-0.04)], r: [Math.PI / 2, 0, 0] })
    b.add('gilt', xf(medal, { p, r: [0, facing, 0] }))
  }

  // --- Side handles: brass brackets with black wooden grips ---
  for (const s of [-1, 1]) {
    const path = bezier([c(s * 10.4), c(31.5), 0], [c(s * 16.6), c(33.3), 0], [c(s * 17.2), c(26.7), 0], [c(s * 11.8), c(25.5), 0], 20)
    b.add('brass', sweep(path, c(0.42), { radialSegments: 10, caps: true }))
    const grip = bezier([c(s * 15.4), c(31.6), 0], [c(s * 16.7), c(30.5), 0], [c(s * 16.75), c(28.7), 0], [c(s * 15.9), c(27.3), 0], 10)
    b.add('wood', sweep(grip, c(0.75), { radialSegments: 14, caps: true }))
    b.add('brass', cyl(c(1.1), c(1.3), c(0.5), 16, { p: [c(s * 10.3), c(31.5), 0], r: [0, 0, (-s * Math.PI) / 2] }))
    b.add('brass', cyl(c(1.1), c(1.3), c(0.5), 16, { p: [c(s * 11.6), c(25.5), 0], r: [0, 0, (-s * Math.PI) / 2] }))
  }

  // --- The tap at the front, with its key ---
  const tapY = 12.9
  b.add('brass', lathe(cmPoints([[0, 0], [2.4, 0], [2.3, 0.4], [1.5, 0.7], [1.1, 1.4], [0, 1.45]]), { segments: 20, crease: 40 }, { p: [0, c(tapY), c(9.3)], r: [Math.PI / 2, 0, 0] }))
  const tapPath: V3[] = [
    [0, c(tapY), c(10.2)],
    [0, c(tapY + 0.1), c(13.3)],
    [0, c(tapY - 0.2), c(15.3)],
    [0, c(tapY - 1.3), c(16.4)],
    [0, c(tapY - 3.0), c(16.8)],
  ]
  b.add('brass', sweep(tapPath, [c(1.0), c(0.85), c(0.75), c(0.6), c(0.55)], { radialSegments: 14, caps: true }))
  b.add('brass', cyl(c(1.2), c(1.2), c(1.9), 16, { p: [0, c(tapY - 0.8), c(13.3)] }))
  b.add('brass', torus(c(0.58), c(0.12), 6, 16, { p: [0, c(tapY - 3.0), c(16.8)], r: [Math.PI / 2, 0, 0] }))
  // The key: a flat ornamental leaf on top of the tap's plug.
  const key: V2[] = cmPoints([
    [0, 0],
    [0.6, 0.4],
    [1.4, 1.5],
    [1.5, 2.6],
    [1.0, 3.4],
    [0, 3.8],
    [-1.0, 3.4],
    [-1.5, 2.6],
    [-1.4, 1.5],
    [-0.6, 0.4],
  ])
  const hole: V2[] = [
    [c(0.35), c(1.6)],
    [c(0), c(2.3)],
    [c(-0.35), c(1.6)],
    [c(0), c(1.2)],
  ]
  b.add('brass', extrude(key, c(0.25), { bevel: c(0.06), holes: [hole] }, { p: [c(-0.14), c(tapY + 1.0), c(13.3)], r: [0, Math.PI / 2, 0] }))
  b.add('brass', sphere(c(0.65), 12, 8, { p: [0, c(tapY + 1.1), c(13.3)] }))

  // --- Teapot on the crown: lathe body and lid, spout to +x, handle to -x ---
  const T0 = 42.55
  const vBy = (y0: number, y1: number): [number, number] => [c(y0), c(y1)]
  b.add('porcelain', lathe(
    cmPoints([
      [0, T0],
      [3.0, T0],
      [3.2, T0 + 0.4],
      [4.7, T0 + 1.4],
      [5.5, T0 + 3.2],
      [5.4, T0 + 5.4],
      [4.6, T0 + 7.0],
      [3.4, T0 + 7.8],
      [3.4, T0 + 8.3],
      [3.1, T0 + 8.3],
    ]),
    { segments: 48, crease: 40, phiStart: Math.PI, vByY: vBy(T0, T0 + 8.3) },
  ))
  b.add('porcelain', lathe(
    cmPoints([
      [3.3, T0 + 8.25],
      [3.5, T0 + 8.5],
      [3.0, T0 + 9.3],
      [1.8, T0 + 10.0],
      [0.6, T0 + 10.2],
      [0.55, T0 + 10.7],
      [1.0, T0 + 11.4],
      [0.8, T0 + 12.1],
      [0, T0 + 12.3],
    ]),
    { segments: 40, crease: 50, phiStart: Math.PI, vByY: vBy(T0 + 8.2, T0 + 12.3), v: [0.9, 1.0] },
  ))
  const spout = bezier([c(4.2), c(T0 + 2.4), 0], [c(7.0), c(T0 + 2.8), 0], [c(7.3), c(T0 + 6.2), 0], [c(8.9), c(T0 + 8.0), 0], 18)
  b.add('porcelain', remapUV(sweep(spout, spout.map((_, i, a) => c(1.2 - 0.75 * (i / (a.length - 1)))), { radialSegments: 14, caps: true }), () => [0.3, 0.5]))
  const handle = bezier([c(-4.3), c(T0 + 6.6), 0], [c(-8.8), c(T0 + 7.4), 0], [c(-9.0), c(T0 + 2.6), 0], [c(-4.9), c(T0 + 2.0), 0], 20)
  b.add('porcelain', remapUV(sweep(handle, c(0.38), { radialSegments: 10, aspect: 1.5, caps: true }), (u) => [u * 0.02 + 0.3, 0.5]))

})

export default samovar
