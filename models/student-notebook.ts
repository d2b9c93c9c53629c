/**
 * Student notebook (34 x 21 x 1 cm): a thin stapled school exercise book lying open at its
 * centre, ruled pages in a Chinese student's hand - a dated Russian class exercise with the
 * teacher's red corrections and a "5" (excellent) on the left, Chinese character practice in
 * 田字格 squares and Russian-Chinese word pairs on the right. Modelled lying open (page tops at
 * -z) and stood upright on its bottom edge, pages facing +z, as in a vitrine.
 */
import { cm, defineModel } from './lib/model.ts'
import { M, matte } from './lib/materials.ts'
import { box, curvedSlab, rbox, remapUV, xf } from './lib/geometry.ts'
import { SANS, esc } from './lib/textures.ts'
import { addPages } from './lib/pages.ts'
import { seededRandom } from '../src/layout/random.ts'

const c = cm
const PW = 848 // 17 x 20.5 cm page at ~50 px/cm
const PH = 1024
const INK = '#1F2B7A'
const RED = '#C2262B'
const LINE = 41 // ruled line pitch (~8 mm)
const TOP = 100 // first ruled line

/** A line of "handwriting": slanted, each glyph slightly turned and lifted. */
function hand(x: number, y: number, text: string, size: number, seed: number, fill = INK, spacing = 0.6): string {
  const r = seededRandom(seed)
  const rot = [...text].map(() => ((r() - 0.5) * 7).toFixed(1)).join(' ')
  const dy = [...text].map(() => ((r() - 0.5) * 1.6).toFixed(1)).join(' ')
  return `<g transform="translate(${x} ${y}) skewX(-13)"><text x="0" y="0" rotate="${rot}" dy="${dy}" font-family=${JSON.stringify(SANS)} font-size="${size}" fill="${fill}" stroke="${fill}" stroke-width="0.9" fill-opacity="0.95" letter-spacing="${spacing}">${esc(text)}</text></g>`
}

function ruled(margin: 'left' | 'right'): string {
  let s = `<rect width="${PW}" height="${PH}" fill="#EEE9DA"/>`
  for (let y = TOP; y < PH - 30; y += LINE) s += `<rect x="0" y="${y}" width="${PW}" height="1.6" fill="#8FA6C8"/>`
  const mx = margin === 'left' ? 96 : PW - 96
  s += `<rect x="${mx}" y="0" width="2.2" height="${PH}" fill="#D9777A"/>`
  // Shadow towards the gutter.
  const gx = margin === 'left' ? PW - 40 : 0
  s += `<defs><linearGradient id="sh" x1="${margin === 'left' ? 0 : 1}" y1="0" x2="${margin === 'left' ? 1 : 0}" y2="0"><stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.16"/></linearGradient></defs>`
  s += `<rect x="${gx}" y="0" width="40" height="${PH}" fill="url(#sh)"/>`
  return s
}

const lineY = (i: number) => TOP + LINE * i - 7

function leftPage(): string {
  let s = ruled('left')
  const x = 118
  s += hand(250, lineY(1), 'Двадцать пятое октября', 31, 1)
  s += hand(300, lineY(2), 'Классная работа', 31, 2)
  s += hand(x, lineY(4), 'Упражнение 12.', 31, 3)
  s += hand(x + 260, lineY(4), 'Перепишите.', 31, 4)
  const lines = ['Я изучаю русский язык.', 'Мой друг живёт в Москве.', 'Мы читаем новую книгу.', 'Ван Мин — студент из Пекина.', 'Москва — столица СССР.', 'Наш завод строит тракторы.', 'Дружба народов — это мир.']
  lines.forEach((l, i) => (s += hand(x, lineY(5 + i), l, 31, 10 + i)))
  // The teacher's red pen: a corrected ending, an underline, the mark.
  s += `<path d="M${x + 318} ${lineY(7) - 10} l44 -4" stroke="${RED}" stroke-width="2.5"/>`
  s += hand(x + 330, lineY(7) - 26, 'ю', 22, 90, RED)
  s += `<path d="M${x + 6} ${lineY(9) + 8} q120 6 250 0" stroke="${RED}" stroke-width="2" fill="none"/>`
  s += hand(x, lineY(13), 'Упражнение 13.', 31, 20)
  s += hand(x, lineY(14), 'Кто это? — Это наш учитель.', 31, 21)
  s += hand(x, lineY(15), 'Что это? — Это словарь.', 31, 22)
  s += hand(x, lineY(16), 'Где книга? — Книга на столе.', 31, 23)
  // Grade: a red "5" with the word "excellent" and an initial.
  s += `<g transform="translate(${PW - 220} ${lineY(19) + 4})"><text x="0" y="0" font-family=${JSON.stringify(SANS)} font-size="74" font-weight="700" fill="${RED}" transform="skewX(-12)">5</text>`
  s += `<path d="M-14 -66 q58 -20 78 22 q10 44 -44 48 q-56 0 -38 -56" stroke="${RED}" stroke-width="2.5" fill="none"/></g>`
  s += hand(PW - 400, lineY(19) - 6, 'Отлично!', 30, 30, RED)
  s += hand(118, lineY(21) - 2, 'Ли Хуа, 1-я группа', 24, 31)
  return s
}

function rightPage(): string {
  let s = ruled('right')
  const x = 70
  s += hand(x + 10, lineY(1), '生字练习 · Иероглифы', 31, 40)
  // 田字格 practice squares: 6 columns x 4 rows, the first of each row in the teacher's model.
  const size = 90
  const gx = x
  const gy = lineY(2) + 16
  const chars = ['友', '谊', '和', '平']
  chars.forEach((ch, row) => {
    for (let col = 0; col < 6; col++) {
      const cx = gx + col * (size + 10)
      const cy = gy + row * (size + 10)
      s += `<rect x="${cx}" y="${cy}" width="${size}" height="${size}" fill="#EEE9DA" stroke="${RED}" stroke-width="2"/>`
      s += `<path d="M${cx} ${cy + size / 2} h${size} M${cx + size / 2} ${cy} v${size} M${cx} ${cy} l${size} ${size} M${cx + size} ${cy} l${-size} ${size}" stroke="${RED}" stroke-width="1" stroke-dasharray="5 5" opacity="0.6"/>`
      if (col < 5) {
        const r = seededRandom(100 + row * 10 + col)
        const rot = ((r() - 0.5) * 6).toFixed(1)
        const dx = ((r() - 0.5) * 6).toFixed(1)
        const fill = col === 0 ? '#202020' : INK
        s += `<text x="${cx + size / 2 + Number(dx)}" y="${cy + size * 0.78}" transform="rotate(${rot} ${cx + size / 2} ${cy + size / 2})" font-family=${JSON.stringify(SANS)} font-size="${size * 0.78}" fill="${fill}" text-anchor="middle" fill-opacity="0.9">${ch}</text>`
      }
    }
  })
  const wy = 14
  const pairs = ['дружба — 友谊', 'мир — 和平', 'учиться — 学习', 'товарищ — 同志', 'библиотека — 图书馆']
  pairs.forEach((p, i) => (s += hand(x + 10, lineY(wy + i), p, 31, 50 + i)))
  s += hand(x + 10, lineY(19), 'Мы учимся вместе. 我们一起学习。', 29, 60)
  s += hand(x + 10, lineY(20), 'Да здравствует дружба! 友谊万岁！', 29, 61)
  return s
}

const studentNotebook = defineModel('student-notebook', 'Student exercise book', { width: 34, height: 21, depth: 1 }, async (b) => {
  await addPages(b, PW, PH, leftPage(), rightPage(), '#E9E4D6')
  b.materialTable({
    cover: matte('#7FA89C', 0.85),
    staple: M.nickel,
  })

  // Soft card cover, open flat.
  const CT = 0.05
  for (const s of [-1, 1]) b.add('cover', rbox(c(17.0), c(CT), c(20.9), c(0.02), 1, { p: [c(s * 8.5), c(CT / 2), 0] }))
  // Twelve sheets: thin page stacks, lifting a little towards the fold.
  const W = 16.8
  const D = 20.5
  const top = (xcm: number) => CT + 0.16 + 0.3 * Math.exp(-xcm / 1.6) * (1 - Math.exp(-xcm / 0.25))
  const block = (mat: 'pageL' | 'pageR', mirror: boolean) => {
    curvedSlab(c(0.02), c(0.02 + W), c(-D / 2), c(D / 2), (x) => c(top(x / 0.01)), 40).forEach((g, i) => {
      if (i === 0 && mirror) remapUV(g, (u, v) => [1 - u, v])
      b.add(i === 0 ? mat : 'edge', mirror ? xf(g, { s: [-1, 1, 1] }) : g)
    })
  }
  block('pageR', false)
  block('pageL', true)
  // Two staples through the fold.
  for (const z of [-5.2, 5.2]) {
    b.add('staple', box(c(0.06), c(0.04), c(1.3), { p: [0, c(top(0.02) + 0.01), c(z)] }))
  }
  b.transformAll({ r: [Math.PI / 2, 0, 0] })
})

export default studentNotebook
