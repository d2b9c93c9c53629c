/**
 * Radio receiver (50 x 35 x 25 cm): a 1950s valve table radio in a walnut cabinet - cloth
 * grille behind wooden slats, a wide backlit glass dial printed with wave bands and stations
 * (Moscow, Beijing, Shanghai...), a green "magic eye" tuning indicator, four bakelite knobs
 * and a row of ivory piano-key band switches. Front +z.
 */
import { cm, cmPoints, defineModel } from './lib/model.ts'
import { M, matte, textured } from './lib/materials.ts'
import { box, cyl, lathe, planarUV, rbox, torus } from './lib/geometry.ts'
import { SANS, esc, rawTexture, fbm, svgTexture, woodTexture } from './lib/textures.ts'

const c = cm

async function dialTexture() {
  const W = 1024
  const H = 160
  const bands: { name: string; y: number; stations: [string, number][]; scale: [number, number, string] }[] = [
    { name: 'ДВ', y: 44, scale: [150, 410, 'кГц'], stations: [['Москва', 0.12], ['Варшава', 0.34], ['Ташкент', 0.55], ['Минск', 0.76]] },
    { name: 'СВ', y: 92, scale: [520, 1600, 'кГц'], stations: [['Ленинград', 0.1], ['Пекин 北京', 0.3], ['Киев', 0.5], ['Шанхай 上海', 0.68], ['Рига', 0.88]] },
    { name: 'КВ', y: 140, scale: [4, 12, 'МГц'], stations: [['Прага', 0.1], ['Харбин 哈尔滨', 0.3], ['Берлин', 0.52], ['Бухарест', 0.7], ['Москва', 0.9]] },
  ]
  const x0 = 70
  const x1 = W - 24
  let s = `<rect width="${W}" height="${H}" fill="#F1E4BE"/><rect x="3" y="3" width="${W - 6}" height="${H - 6}" fill="none" stroke="#6B4A1E" stroke-width="3"/>`
  for (const b of bands) {
    s += `<text x="22" y="${b.y - 8}" font-family=${JSON.stringify(SANS)} font-size="24" font-weight="700" fill="#9E1F1A">${b.name}</text>`
    s += `<rect x="${x0}" y="${b.y - 4}" width="${x1 - x0}" height="2" fill="#2A2218"/>`
    for (let i = 0; i <= 40; i++) {
      const x = x0 + ((x1 - x0) * i) / 40
      const h = i % 5 === 0 ? 12 : 6
      s += `<rect x="${x - 0.8}" y="${b.y - 4 - h}" width="1.6" height="${h}" fill="#2A2218"/>`
    }
    for (let i = 0; i <= 4; i++) {
      const x = x0 + ((x1 - x0) * i) / 4
      const v = Math.round(b.scale[0] + ((b.scale[1] - b.scale[0]) * i) / 4)
      s += `<text x="${x}" y="${b.y + 11}" font-family=${JSON.stringify(SANS)} font-size="12" fill="#5A4630" text-anchor="middle">${v}</text>`
    }
    for (const [name, u] of b.stations) {
      const x = x0 + (x1 - x0) * u
      s += `<text x="${x}" y="${b.y - 20}" font-family=${JSON.stringify(SANS)} font-size="17" fill="#2A2218" text-anchor="middle">${esc(name)}</text>`
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${s}</svg>`
  return svgTexture(svg, { quality: 90 })
}

/** Grille cloth: a tan weave with gold threads, tileable. */
async function clothTexture() {
  const n = 256
  const data = new Uint8Array(n * n * 3)
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const weave = ((x >> 1) + (y >> 1)) % 2 === 0 ? 1 : 0.86
      const thread = x % 32 < 3 ? 1 : 0
      const mottle = 0.9 + 0.2 * fbm(x / 64, y / 64, 4, 3, 7)
      const base = thread ? [214, 178, 96] : [150, 122, 84]
      const i = (y * n + x) * 3
      for (let k = 0; k < 3; k++) data[i + k] = Math.min(255, Math.round(base[k]! * weave * mottle))
    }
  }
  return rawTexture(data, n, n, 3, { quality: 85 })
}

const radioReceiver = defineModel('radio-receiver', 'Valve radio receiver', { width: 50, height: 35, depth: 25 }, async (b) => {
  b.texture('walnut', await woodTexture('#835331', '#3F2414', 256, 21))
  b.texture('dial', await dialTexture())
  b.texture('cloth', await clothTexture())
  b.materialTable({
    walnut: textured(M.walnut, 'walnut', { roughness: 0.32 }),
    cloth: textured(M.grilleCloth, 'cloth'),
    dial: matte('#FFFFFF', 0.12, { map: 'dial', emissive: '#FFE3A0', emissiveStrength: 0.35, emissiveMap: 'dial' }),
    brass: M.brass,
    bakelite: M.bakelite,
    ivory: matte('#EDE3C8', 0.25),
    eye: matte('#1E6B3A', 0.1, { emissive: '#3DDC6A', emissiveStrength: 0.8 }),
    dark: matte('#1A1714', 0.9),
    pointer: M.redEnamel,
  })

  // Cabinet on four small feet.
  const W = 49.6
  const H = 33.8
  const D = 22.6
  const FOOT = 1.0
  for (const x of [-21, 21]) for (const z of [-9, 9]) b.add('dark', cyl(c(1.2), c(1.4), c(FOOT + 0.1), 16, { p: [c(x), 0, c(z)] }))
  b.add('walnut', rbox(c(W), c(H), c(D), c(1.6), 4, { p: [0, c(FOOT + H / 2), 0] }))
  const F = D / 2 // front face z
  const y = (v: number) => c(FOOT + v)

  // Grille: cloth panel with a walnut frame and slats, brass trim.
  const g0 = 15.4
  const g1 = 31.6
  const gw = 42
  const cloth = box(c(gw), c(g1 - g0), c(0.2), { p: [0, y((g0 + g1) / 2), c(F + 0.02)] })
  planarUV(cloth, 'xy', [c(-gw / 2), y(g0), c(gw / 2), y(g1)], [0, 0, 6, 2.4])
  b.add('cloth', cloth)
  const frame = (x: number, yy: number, w: number, h: number) => b.add('walnut', rbox(c(w), c(h), c(0.9), c(0.3), 2, { p: [c(x), y(yy), c(F + 0.3)] }))
  frame(0, g1 + 0.6, gw + 2.4, 1.2)
  frame(0, g0 - 0.6, gw + 2.4, 1.2)
  frame(-gw / 2 - 0.6, (g0 + g1) / 2, 1.2, g1 - g0 + 2.4)
  frame(gw / 2 + 0.6, (g0 + g1) / 2, 1.2, g1 - g0 + 2.4)
  for (const x of [-7, 7]) b.add('walnut', rbox(c(1.1), c(g1 - g0), c(0.7), c(0.3), 2, { p: [c(x), y((g0 + g1) / 2), c(F + 0.3)] }))
  for (const x of [-14, 0, 14]) b.add('brass', box(c(0.25), c(g1 - g0 - 1.5), c(0.1), { p: [c(x), y((g0 + g1) / 2), c(F + 0.1)] }))

  // Wide glass dial with a brass bezel and a red pointer; the magic eye to its right.
  const d0 = 7.0
  const d1 = 13.4
  const dx0 = -21.5
  const dx1 = 15.0
  const dial = box(c(dx1 - dx0), c(d1 - d0), c(0.2), { p: [c((dx0 + dx1) / 2), y((d0 + d1) / 2), c(F + 0.05)] })
  planarUV(dial, 'xy', [c(dx0), y(d0), c(dx1), y(d1)])
  b.add('dial', dial)
  const bez = (x: number, yy: number, w: number, h: number) => b.add('brass', rbox(c(w), c(h), c(0.5), c(0.15), 2, { p: [c(x), y(yy), c(F + 0.2)] }))
  bez((dx0 + dx1) / 2, d1 + 0.25, dx1 - dx0 + 1, 0.5)
  bez((dx0 + dx1) / 2, d0 - 0.25, dx1 - dx0 + 1, 0.5)
  bez(dx0 - 0.25, (d0 + d1) / 2, 0.5, d1 - d0 + 1)
  bez(dx1 + 0.25, (d0 + d1) / 2, 0.5, d1 - d0 + 1)
  b.add('pointer', box(c(0.18), c(d1 - d0 - 0.4), c(0.1), { p: [c(-4.3), y((d0 + d1) / 2), c(F + 0.2)] }))
  const ex = 19.0
  const ey = 10.2
  b.add('brass', torus(c(1.35), c(0.22), 8, 28, { p: [c(ex), y(ey), c(F + 0.12)] }))
  b.add('eye', lathe(cmPoints([[0, 0], [1.2, 0], [1.1, 0.25], [0.4, 0.4], [0, 0.42]]), { segments: 24 }, { p: [c(ex), y(ey), c(F)], r: [Math.PI / 2, 0, 0] }))
  b.add('dark', cyl(c(0.35), c(0.35), c(0.05), 16, { p: [c(ex), y(ey), c(F + 0.42)], r: [Math.PI / 2, 0, 0] }))

  // Knobs: bakelite with a brass ring and a pointer line.
  for (const x of [-18, -10, 10, 18]) {
    b.add('bakelite', lathe(
      cmPoints([
        [0, 0],
        [1.85, 0],
        [1.85, 0.35],
        [1.55, 0.55],
        [1.4, 1.6],
        [1.25, 1.9],
        [0.3, 2.0],
        [0, 2.0],
      ]),
      { segments: 28, crease: 40 },
      { p: [c(x), y(3.9), c(F - 0.05)], r: [Math.PI / 2, 0, 0] },
    ))
    b.add('brass', torus(c(1.72), c(0.08), 6, 28, { p: [c(x), y(3.9), c(F + 0.4)] }))
    b.add('ivory', box(c(0.15), c(1.0), c(0.05), { p: [c(x), y(4.5), c(F + 1.97)] }))
  }
  // Piano-key band switches.
  for (let i = 0; i < 5; i++) b.add('ivory', rbox(c(1.5), c(1.5), c(1.4), c(0.2), 2, { p: [c(-4.2 + i * 2.1), y(3.9), c(F + 0.6)] }))
  b.add('dark', box(c(11.2), c(2.2), c(0.12), { p: [0, y(3.9), c(F + 0.02)] }))
  // Brass trim line under the dial.
  b.add('brass', box(c(W - 4), c(0.2), c(0.1), { p: [0, y(6.0), c(F + 0.05)] }))

  // Back: hardboard panel with ventilation slots.
  b.add('dark', box(c(W - 5), c(H - 5), c(0.1), { p: [0, y(H / 2), c(-F - 0.04)] }))
  for (let i = 0; i < 8; i++) b.add('bakelite', box(c(W - 12), c(0.6), c(0.06), { p: [0, y(H - 6 - i * 2.8), c(-F - 0.1)] }))

})

export default radioReceiver
