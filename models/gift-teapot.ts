/**
 * Gift teapot: blue-and-white porcelain (22 x 16 x 14 cm). Lathe body with a painted
 * decoration texture (cloud-collar shoulder, peony scroll, lotus panels), swept spout (+x)
 * and handle (-x), lid with knob. The main flower faces the front (+z).
 */
import { cm, cmPoints, defineModel } from './lib/model.ts'
import { M } from './lib/materials.ts'
import { bezier, lathe, remapUV, sweep, type V3 } from './lib/geometry.ts'
import { svgTexture } from './lib/textures.ts'

const BODY_TOP = 11.35 // cm, rim height
const STRIP = 0.1 // bottom 10 % of the texture: sprig pattern for spout, handle, knob
const BLUE = '#1F3C8C'
const WASH = '#5273B8'

/** v (three convention) of a body height in cm. */
const vOf = (y: number) => STRIP + (1 - STRIP) * (y / BODY_TOP)

function peony(cx: number, cy: number, r: number): string {
  let s = ''
  for (let k = 0; k < 8; k++) {
    const a = k * 45 + 22.5
    s += `<ellipse cx="${cx}" cy="${cy - r * 0.55}" rx="${r * 0.36}" ry="${r * 0.55}" transform="rotate(${a} ${cx} ${cy})" fill="${WASH}" stroke="${BLUE}" stroke-width="${r * 0.06}"/>`
  }
  for (let k = 0; k < 6; k++) {
    const a = k * 60
    s += `<ellipse cx="${cx}" cy="${cy - r * 0.32}" rx="${r * 0.22}" ry="${r * 0.34}" transform="rotate(${a} ${cx} ${cy})" fill="${BLUE}" stroke="#F4F5F2" stroke-width="${r * 0.03}"/>`
  }
  s += `<circle cx="${cx}" cy="${cy}" r="${r * 0.16}" fill="#F4F5F2" stroke="${BLUE}" stroke-width="${r * 0.05}"/>`
  for (let k = 0; k < 6; k++) {
    const a = (k * Math.PI) / 3
    s += `<circle cx="${cx + Math.cos(a) * r * 0.08}" cy="${cy + Math.sin(a) * r * 0.08}" r="${r * 0.025}" fill="${BLUE}"/>`
  }
  return s
}

function leaf(x: number, y: number, len: number, angle: number): string {
  const w = len * 0.32
  return `<g transform="translate(${x} ${y}) rotate(${angle})"><path d="M0 0 Q ${len * 0.5} ${-w} ${len} 0 Q ${len * 0.5} ${w} 0 0 Z" fill="${BLUE}"/><path d="M${len * 0.1} 0 L ${len * 0.85} 0" stroke="#E8ECF4" stroke-width="${len * 0.04}"/></g>`
}

/**
 * The body texture. Drawn in "iso" units where one unit is the same length around the belly
 * and up the body (1000 units = the belly's circumference, 43.7 cm).
 */
async function decoration() {
  const W = 1000
  const circ = 2 * Math.PI * 6.95 // cm
  const k = W / circ // iso units per cm
  const H = BODY_TOP * k // body height in iso units (~260)
  const Y = (ycm: number) => (BODY_TOP - ycm) * k
  let body = ''
  const line = (ycm: number, w: number) => (body += `<rect x="0" y="${Y(ycm) - w / 2}" width="${W}" height="${w}" fill="${BLUE}"/>`)
  // Rim and neck lines.
  line(11.2, 2.5)
  line(10.45, 3)
  line(10.3, 1.2)
  // Cloud-collar (ruyi) heads hanging from the shoulder, 8 around.
  const y0 = Y(10.2)
  for (let i = 0; i < 8; i++) {
    const cx = (i + 0.5) * (W / 8)
    const head = (sc: number, fill: string) =>
      `<g transform="translate(${cx} ${y0}) scale(${sc})"><circle cx="-17" cy="14" r="14" fill="${fill}"/><circle cx="17" cy="14" r="14" fill="${fill}"/><circle cx="0" cy="30" r="13" fill="${fill}"/><path d="M-12 36 L0 54 L12 36 Z" fill="${fill}"/><rect x="-31" y="0" width="62" height="14" fill="${fill}"/></g>`
    body += head(1, BLUE) + head(0.72, '#F4F5F2') + head(0.5, WASH)
    // Small hanging tassel between heads.
    const bx = i * (W / 8)
    body += `<path d="M${bx} ${y0} L${bx} ${y0 + 22}" stroke="${BLUE}" stroke-width="2"/><circle cx="${bx}" cy="${y0 + 26}" r="4" fill="${BLUE}"/>`
  }
  line(8.2, 2.5)
  line(8.05, 1)
  // Main band: continuous scroll with peonies front (u = 0.5) and back (u = 0 / 1).
  const yc = Y(5.6)
  let stem = `M0 ${yc}`
  const amp = 22
  for (let x = 0; x <= W; x += 10) stem += ` L${x} ${(yc + amp * Math.sin((x / W) * Math.PI * 4 + Math.PI / 2)).toFixed(2)}`
  body += `<path d="${stem}" fill="none" stroke="${BLUE}" stroke-width="4"/>`
  for (let i = 0; i < 24; i++) {
    const x = (i + 0.5) * (W / 24)
    const y = yc + amp * Math.sin((x / W) * Math.PI * 4 + Math.PI / 2)
    const slope = Math.atan(((amp * Math.PI * 4) / W) * Math.cos((x / W) * Math.PI * 4 + Math.PI / 2)) * (180 / Math.PI)
    const side = i % 2 === 0 ? -1 : 1
    body += leaf(x, y, 34, slope + side * 50)
    if (i % 3 === 1) body += `<circle cx="${x + 6}" cy="${y - side * 24}" r="5" fill="${WASH}" stroke="${BLUE}" stroke-width="1.5"/>`
  }
  for (const x of [0, W / 2, W]) body += peony(x, yc, 46)
  for (const x of [W / 4, (3 * W) / 4]) {
    body += peony(x, yc - 4, 24)
    body += leaf(x - 20, yc + 16, 22, 150) + leaf(x + 20, yc + 16, 22, 30)
  }
  line(3.1, 1)
  line(2.95, 2.5)
  // Lotus panels round the foot, 16 around.
  const top = Y(2.75)
  const bot = Y(1.0)
  for (let i = 0; i < 16; i++) {
    const x0 = i * (W / 16) + 4
    const x1 = (i + 1) * (W / 16) - 4
    const xm = (x0 + x1) / 2
    const arch = `M${x0} ${bot} L${x0} ${top + 14} Q${x0} ${top + 2} ${xm} ${top} Q${x1} ${top + 2} ${x1} ${top + 14} L${x1} ${bot}`
    body += `<path d="${arch} Z" fill="#E9EEF7" stroke="${BLUE}" stroke-width="3"/>`
    body += `<path d="M${x0 + 8} ${bot - 3} L${x0 + 8} ${top + 18} Q${x0 + 8} ${top + 10} ${xm} ${top + 8} Q${x1 - 8} ${top + 10} ${x1 - 8} ${top + 18} L${x1 - 8} ${bot - 3}" fill="${WASH}" stroke="${BLUE}" stroke-width="1.5"/>`
  }
  line(0.85, 3)
  line(0.55, 1.2)

  // Strip for the spout (x 0..480) and handle (x 500..1000); the strip's height runs round
  // the tube, its width along it, so motifs are drawn stretched 5:1 to look round on the tube.
  const stripH = (H / (1 - STRIP)) * STRIP
  let strip = `<rect x="0" y="0" width="${W}" height="${stripH}" fill="#F5F6F2"/>`
  const sprig = (x: number, y: number) => {
    let g = `<g transform="translate(${x} ${y}) scale(5 1)">`
    for (let p = 0; p < 5; p++) g += `<ellipse cx="0" cy="-2.2" rx="1.3" ry="2.2" transform="rotate(${p * 72})" fill="${WASH}" stroke="${BLUE}" stroke-width="0.4"/>`
    g += `<circle r="0.9" fill="${BLUE}"/><path d="M2 1 Q5 3 8 1" stroke="${BLUE}" stroke-width="0.6" fill="none"/></g>`
    return g
  }
  for (const x of [150, 300]) for (const y of [0.25, 0.75]) strip += sprig(x, y * stripH)
  strip += `<rect x="420" y="0" width="8" height="${stripH}" fill="${BLUE}"/><rect x="440" y="0" width="60" height="${stripH}" fill="${BLUE}"/>`
  for (const y of [0.25, 0.75]) strip += `<rect x="520" y="${y * stripH - 0.8}" width="460" height="1.6" fill="${BLUE}"/>`
  strip += sprig(750, 0.25 * stripH) + sprig(750, 0.75 * stripH)

  const totalH = H + stripH
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="512" viewBox="0 0 ${W} ${totalH}" preserveAspectRatio="none">
<rect width="${W}" height="${totalH}" fill="#F5F6F2"/>${body}<g transform="translate(0 ${H})">${strip}</g></svg>`
  return svgTexture(svg, { quality: 88 })
}

const giftTeapot = defineModel('gift-teapot', 'Blue-and-white porcelain gift teapot', { width: 22, height: 16, depth: 14 }, async (b) => {
  b.texture('decor', await decoration())
  b.material('porcelain', { ...M.porcelain, color: '#FFFFFF', map: 'decor' })

  // Body: foot ring, globular belly, shoulder, gallery and rim; u = 0.5 faces +z.
  const body = lathe(
    cmPoints([
      [0, 0.05],
      [3.9, 0.05],
      [4.05, 0],
      [4.25, 0.1],
      [4.3, 0.6],
      [4.25, 0.8],
      [5.3, 1.5],
      [6.25, 2.7],
      [6.8, 4.2],
      [6.95, 5.6],
      [6.8, 7.0],
      [6.3, 8.3],
      [5.5, 9.4],
      [4.65, 10.15],
      [4.2, 10.55],
      [4.15, 11.1],
      [4.35, 11.2],
      [4.3, BODY_TOP],
      [3.75, BODY_TOP],
      [3.7, 10.95],
      [0, 10.95],
    ]),
    { segments: 72, crease: 35, phiStart: Math.PI, vByY: [0, cm(BODY_TOP)], v: [STRIP, 1] },
  )
  b.add('porcelain', body)

  // Lid, seated in the gallery; its cloud collar continues the shoulder's.
  const lid = lathe(
    cmPoints([
      [0, 10.98],
      [3.62, 10.98],
      [3.62, 11.3],
      [4.02, 11.36],
      [4.0, 11.55],
      [3.5, 12.1],
      [2.5, 12.65],
      [1.2, 12.95],
      [0.55, 13.0],
    ]),
    { segments: 64, crease: 40, phiStart: Math.PI, vByY: [cm(11.3), cm(13.0)], v: [vOf(8.4), vOf(11.0)] },
  )
  b.add('porcelain', lid)
  const knob = lathe(
    cmPoints([
      [0.55, 12.98],
      [0.5, 13.3],
      [0.85, 13.75],
      [1.12, 14.4],
      [1.05, 15.0],
      [0.7, 15.45],
      [0, 15.55],
    ]),
    { segments: 32, phiStart: Math.PI, vByY: [cm(12.98), cm(15.55)], v: [vOf(10.0), vOf(11.3)] },
  )
  b.add('porcelain', knob)

  // Spout: a tapering swept tube from inside the belly out to +x, with a cut tip.
  const spoutPath: V3[] = bezier([cm(5.0), cm(2.9), 0], [cm(8.9), cm(3.6), 0], [cm(8.8), cm(8.3), 0], [cm(10.35), cm(11.3), 0], 28)
  const spoutR = spoutPath.map((_, i, a) => {
    const t = i / (a.length - 1)
    return cm(1.75 - 1.22 * Math.pow(t, 0.75))
  })
  b.add('porcelain', remapUV(sweep(spoutPath, spoutR, { radialSegments: 20, caps: true }), (u, v) => [v * 0.45, STRIP * u]))
  // A lip round the spout's tip.
  const tip = spoutPath[spoutPath.length - 1]!
  const tipPrev = spoutPath[spoutPath.length - 3]!
  const tipDir: V3 = [tip[0] - tipPrev[0], tip[1] - tipPrev[1], 0]
  const tl = Math.hypot(tipDir[0], tipDir[1])
  const tipEnd: V3 = [tip[0] + (tipDir[0] / tl) * cm(0.15), tip[1] + (tipDir[1] / tl) * cm(0.15), 0]
  b.add('porcelain', remapUV(sweep([tip, tipEnd], cm(0.6), { radialSegments: 20, caps: true }), () => [0.47, STRIP * 0.5]))

  // Handle: a flat strap looping out to -x.
  const handlePath = bezier([cm(-5.0), cm(9.7), 0], [cm(-11.2), cm(10.9), 0], [cm(-11.6), cm(3.7), 0], [cm(-5.9), cm(2.9), 0], 32)
  const handleR = handlePath.map((_, i, a) => {
    const t = i / (a.length - 1)
    return cm(0.5 - 0.08 * Math.sin(t * Math.PI))
  })
  b.add('porcelain', remapUV(sweep(handlePath, handleR, { radialSegments: 14, aspect: 1.6, caps: true }), (u, v) => [0.5 + v * 0.5, STRIP * u]))

})

export default giftTeapot
