/**
 * Open textbook (44 x 29 x 3 cm): a Russian-Chinese textbook lying open at lesson 5 - cloth
 * boards, two gently curved page blocks and a silk bookmark. The spread is printed in black
 * and red: lesson heading, a dialogue "In the library" with its Chinese translation, a grammar
 * box, a vocabulary table and a labelled drawing of a tractor. Modelled lying open (page tops
 * at -z), then stood upright on its bottom edge with the pages facing +z, as in a wall vitrine.
 */
import { cm, defineModel } from './lib/model.ts'
import { matte } from './lib/materials.ts'
import { box, curvedSlab, rbox, remapUV, sweep, xf, type V3 } from './lib/geometry.ts'
import { SANS, SERIF, esc } from './lib/textures.ts'
import { addPages } from './lib/pages.ts'

const c = cm
const PW = 768 // page texture size (px), 21.1 x 28.3 cm
const PH = 1024
const INK = '#1E1A16'
const RED = '#9E1F1A'

const t = (x: number, y: number, s: string, size: number, opts: { font?: string; weight?: number; fill?: string; anchor?: string; spacing?: number } = {}) =>
  `<text x="${x}" y="${y}" font-family=${JSON.stringify(opts.font ?? SERIF)} font-size="${size}" font-weight="${opts.weight ?? 400}" fill="${opts.fill ?? INK}" text-anchor="${opts.anchor ?? 'start'}"${opts.spacing ? ` letter-spacing="${opts.spacing}"` : ''}>${esc(s)}</text>`

/** Paper with a soft shadow towards the gutter (`gutter` = 'left' | 'right'). */
const paper = (gutter: 'left' | 'right') => `
  <defs><linearGradient id="g" x1="${gutter === 'left' ? 0 : 1}" y1="0" x2="${gutter === 'left' ? 1 : 0}" y2="0">
    <stop offset="0" stop-color="#C9BCA0"/><stop offset="0.06" stop-color="#E9DFC8"/><stop offset="0.2" stop-color="#F1E8D4"/><stop offset="1" stop-color="#EFE5CF"/>
  </linearGradient></defs>
  <rect width="${PW}" height="${PH}" fill="url(#g)"/>`

function leftPage(): string {
  const x = 74
  let s = paper('right')
  s += t(x, 52, 'РУССКИЙ ЯЗЫК', 17, { spacing: 2 }) + t(PW - 70, 52, '俄语 · 第一册', 17, { anchor: 'end' })
  s += `<rect x="${x}" y="62" width="${PW - 144}" height="1.5" fill="${INK}"/>`
  s += t(x, 140, 'Урок 5', 60, { weight: 700, fill: RED }) + t(x + 240, 140, '第五课', 52, { weight: 700, fill: RED })
  s += t(x, 194, 'В библиотеке', 32, { weight: 700 }) + t(x + 250, 194, '在图书馆', 30, { weight: 700 })
  s += `<rect x="${x}" y="214" width="120" height="3" fill="${RED}"/>`
  const dialogue: [string, 'ru' | 'zh'][] = [
    ['— Здравствуйте! Скажите, пожалуйста,', 'ru'],
    ['   где читальный зал?', 'ru'],
    ['— 您好！请问，阅览室在哪里？', 'zh'],
    ['— Читальный зал на втором этаже.', 'ru'],
    ['— 阅览室在二楼。', 'zh'],
    ['— Спасибо. Я хочу взять учебник', 'ru'],
    ['   по химии и словарь.', 'ru'],
    ['— 谢谢。我想借一本化学课本和一本词典。', 'zh'],
    ['— Вот, пожалуйста. Верните книги', 'ru'],
    ['   через две недели.', 'ru'],
    ['— 给您。请两周后还书。', 'zh'],
    ['— Хорошо. До свидания!', 'ru'],
    ['— 好的。再见！', 'zh'],
  ]
  let y = 268
  for (const [line, lang] of dialogue) {
    s += lang === 'ru' ? t(x, y, line, 25) : t(x, y, line, 22, { fill: '#4A4036' })
    y += lang === 'zh' ? 44 : 34
  }
  // Grammar box.
  const by = 800
  s += `<rect x="${x - 10}" y="${by}" width="${PW - 128}" height="150" fill="none" stroke="${RED}" stroke-width="2.5"/>`
  s += t(x + 6, by + 36, 'Грамматика · 语法', 24, { weight: 700, fill: RED })
  s += t(x + 6, by + 74, 'Предложный падеж: где? — в библиотеке,', 22)
  s += t(x + 6, by + 104, 'на этаже, в Москве, в Пекине.', 22)
  s += t(x + 6, by + 136, '前置格：在哪里？— 在图书馆，在莫斯科，在北京。', 20, { fill: '#4A4036' })
  s += t(PW / 2, 1000, '42', 20, { anchor: 'middle' })
  return s
}

function tractor(ox: number, oy: number): string {
  const st = `stroke="${INK}" fill="none"`
  let s = ''
  // Rear wheel with tread, front wheel, hood, cab, exhaust, seat.
  s += `<circle cx="${ox + 95}" cy="${oy + 150}" r="78" ${st} stroke-width="4"/>`
  s += `<circle cx="${ox + 95}" cy="${oy + 150}" r="78" stroke="${INK}" stroke-width="10" stroke-dasharray="8 10" fill="none"/>`
  s += `<circle cx="${ox + 95}" cy="${oy + 150}" r="40" ${st} stroke-width="3"/><circle cx="${ox + 95}" cy="${oy + 150}" r="10" fill="${INK}"/>`
  for (let i = 0; i < 6; i++) {
    const a = (i * Math.PI) / 3
    s += `<line x1="${ox + 95 + 10 * Math.cos(a)}" y1="${oy + 150 + 10 * Math.sin(a)}" x2="${ox + 95 + 40 * Math.cos(a)}" y2="${oy + 150 + 40 * Math.sin(a)}" stroke="${INK}" stroke-width="2"/>`
  }
  s += `<circle cx="${ox + 330}" cy="${oy + 188}" r="40" ${st} stroke-width="4"/><circle cx="${ox + 330}" cy="${oy + 188}" r="14" ${st} stroke-width="3"/>`
  s += `<path d="M${ox + 160} ${oy + 90} L${ox + 380} ${oy + 90} L${ox + 390} ${oy + 150} L${ox + 180} ${oy + 150} Z" fill="#D8CCB0" stroke="${INK}" stroke-width="3"/>`
  for (let i = 0; i < 5; i++) s += `<line x1="${ox + 330 + i * 10}" y1="${oy + 100}" x2="${ox + 332 + i * 10}" y2="${oy + 140}" stroke="${INK}" stroke-width="2"/>`
  s += `<path d="M${ox + 40} ${oy + 60} L${ox + 40} ${oy - 40} L${ox + 160} ${oy - 40} L${ox + 160} ${oy + 90} L${ox + 40} ${oy + 90}" ${st} stroke-width="3"/>`
  s += `<rect x="${ox + 60}" y="${oy - 25}" width="80" height="55" fill="#E9E1CC" stroke="${INK}" stroke-width="2"/>`
  s += `<rect x="${ox + 30}" y="${oy - 48}" width="140" height="10" fill="${INK}"/>`
  s += `<path d="M${ox + 300} ${oy + 90} L${ox + 300} ${oy + 20} L${ox + 292} ${oy + 12}" ${st} stroke-width="6"/>`
  s += `<line x1="${ox - 20}" y1="${oy + 228}" x2="${ox + 420}" y2="${oy + 228}" stroke="${INK}" stroke-width="1.5"/>`
  return s
}

function rightPage(): string {
  const x = 70
  let s = paper('left')
  s += t(x, 52, '第五课', 17) + t(PW - 74, 52, 'УРОК 5', 17, { anchor: 'end', spacing: 2 })
  s += `<rect x="${x}" y="62" width="${PW - 144}" height="1.5" fill="${INK}"/>`
  s += t(x, 118, 'Новые слова · 生词', 34, { weight: 700, fill: RED })
  const words: [string, string][] = [
    ['библиотека', '图书馆'],
    ['читальный зал', '阅览室'],
    ['учебник', '课本'],
    ['словарь', '词典'],
    ['тетрадь', '练习本'],
    ['друг', '朋友'],
    ['дружба', '友谊'],
    ['завод', '工厂'],
    ['трактор', '拖拉机'],
  ]
  const ty = 140
  const rowH = 40
  const w = PW - 140
  s += `<rect x="${x}" y="${ty}" width="${w}" height="${rowH}" fill="#E0D3B4"/>`
  s += t(x + 14, ty + 28, 'по-русски', 22, { weight: 700, font: SANS }) + t(x + w * 0.55 + 14, ty + 28, '汉语', 22, { weight: 700, font: SANS })
  words.forEach(([ru, zh], i) => {
    const y = ty + rowH * (i + 1)
    s += t(x + 14, y + 29, ru, 25) + t(x + w * 0.55 + 14, y + 29, zh, 25)
    s += `<rect x="${x}" y="${y + rowH - 1}" width="${w}" height="1.2" fill="${INK}" opacity="0.5"/>`
  })
  const tb = ty + rowH * (words.length + 1)
  s += `<rect x="${x}" y="${ty}" width="${w}" height="${tb - ty}" fill="none" stroke="${INK}" stroke-width="2"/>`
  s += `<rect x="${x + w * 0.55}" y="${ty}" width="1.5" height="${tb - ty}" fill="${INK}"/>`
  // Labelled drawing.
  const ox = 120
  const oy = 600
  s += tractor(ox, oy)
  const label = (lx: number, ly: number, tx: number, ty2: number, ru: string, zh: string) =>
    `<line x1="${lx}" y1="${ly}" x2="${tx}" y2="${ty2}" stroke="${RED}" stroke-width="1.5"/><circle cx="${lx}" cy="${ly}" r="4" fill="${RED}"/>` +
    t(tx + (tx > lx ? 6 : -6), ty2 + 7, `${ru} ${zh}`, 21, { anchor: tx > lx ? 'start' : 'end' })
  s += label(ox + 100, oy + 10, ox + 210, oy - 30, 'кабина', '驾驶室')
  s += label(ox + 280, oy + 120, ox + 460, oy + 60, 'мотор', '发动机')
  s += label(ox + 330, oy + 188, ox + 470, oy + 200, 'колесо', '轮子')
  s += label(ox + 296, oy + 18, ox + 440, oy - 6, 'труба', '排气管')
  s += t(PW / 2, oy + 262, 'Рис. 3. Трактор · 图三 拖拉机', 20, { anchor: 'middle', fill: '#4A4036' })
  s += t(x, 915, 'Упражнение 3. Переведите на китайский язык.', 22, { weight: 700 })
  s += t(x, 947, '练习三：把下列句子译成汉语。', 21, { fill: '#4A4036' })
  s += t(PW / 2, 1000, '43', 20, { anchor: 'middle' })
  return s
}

const openTextbook = defineModel('open-textbook', 'Russian-Chinese textbook, open at lesson 5', { width: 44, height: 29, depth: 3 }, async (b) => {
  await addPages(b, PW, PH, leftPage(), rightPage(), '#E4D9C0')
  b.materialTable({
    cloth: matte('#2E4A5A', 0.9),
    ribbon: { color: '#6E1216', metallic: 0.05, roughness: 0.5 },
  })

  // Cloth boards lying open, joined by the spine under the gutter.
  const BOARD_W = 21.9
  const BOARD_D = 29.0
  const T = 0.25
  for (const s of [-1, 1]) b.add('cloth', rbox(c(BOARD_W), c(T), c(BOARD_D), c(0.08), 2, { p: [c(s * (0.1 + BOARD_W / 2)), c(T / 2), 0] }))
  b.add('cloth', box(c(0.4), c(T), c(BOARD_D), { p: [0, c(T / 2), 0] }))

  // Page blocks: a curved top (rising from the gutter, falling to the fore-edge).
  const G = 0.3
  const W = 21.1
  const D = 28.3
  const top = (xcm: number) => {
    const xg = Math.max(0, xcm - G)
    const u = xg / W
    return T + 1.0 + 1.35 * Math.pow(1 - u, 1.8) - 0.85 * Math.exp(-xg / 0.7)
  }
  const block = (mat: 'pageL' | 'pageR', mirror: boolean) => {
    const parts = curvedSlab(c(G), c(G + W), c(-D / 2), c(D / 2), (x) => c(top(x / 0.01)), 48)
    parts.forEach((g, i) => {
      g.translate(0, 0, 0)
      if (i === 0) {
        if (mirror) remapUV(g, (u, v) => [1 - u, v])
        b.add(mat, mirror ? xf(g, { s: [-1, 1, 1] }) : g)
      } else {
        b.add('edge', mirror ? xf(g, { s: [-1, 1, 1] }) : g)
      }
    })
  }
  block('pageR', false)
  block('pageL', true)
  // The blocks stand on the boards: lift them by the board thickness (their bottoms are y = 0).
  // (curvedSlab builds from y = 0; the board is under it, so the slab simply starts at 0.)
  b.add('edge', box(c(2 * G + 0.02), c(top(G) - 0.2), c(D - 0.2), { p: [0, c((top(G) - 0.2) / 2), 0] }))

  // Silk bookmark lying across the right-hand page and over its bottom edge.
  const path: V3[] = []
  for (let i = 0; i <= 30; i++) {
    const k = i / 30
    const x = 0.9 + 1.9 * k * k
    const z = -D / 2 + 0.3 + (D - 0.3) * k
    path.push([c(x), c(top(x) + 0.03), c(z)])
  }
  const end = path[path.length - 1]!
  path.push([end[0] + c(0.05), c(top(2.8) - 0.5), c(D / 2 + 0.12)])
  path.push([end[0] + c(0.08), c(T + 0.05), c(D / 2 + 0.22)])
  b.add('ribbon', sweep(path, c(0.025), { radialSegments: 6, aspect: 12, up: [0, 1, 0] }))
  // Built lying open; it is shown standing upright on its bottom edge, pages facing +z.
  b.transformAll({ r: [Math.PI / 2, 0, 0] })
})

export default openTextbook
