/**
 * Drawing the in-world artifact panel and its buttons on canvases, with the page's own fonts
 * (the canvas text helpers of the scene): sizes are given in metres of the panel, so legibility
 * is decided here, once: at 1 m the body's capitals are 15 mm tall (>= 12 mm required).
 */
import { SANS, SERIF, wrap } from '../scene/textCanvas'

/** Panel width and the canvas's resolution (pixels per metre). */
export const PANEL_WIDTH = 0.72
export const PANEL_PX_PER_M = 1400
export const PANEL_MAX_HEIGHT = 1.3
const MARGIN = 0.04

/** Font sizes in metres. Noto Sans SC capitals are 0.733 em tall (its OS/2 cap height), CJK ideographs ~0.88 em. */
export const TYPE = {
  title: 0.032,
  meta: 0.019,
  body: 0.021,
  hint: 0.018,
  counter: 0.017,
  button: 0.026,
} as const
export const CAP_HEIGHT_RATIO = 0.733
/**
 * Chinese is set larger: an ideograph packs many strokes into one em, and at headset resolution
 * (about 20 px a degree on a Quest 2) 21 mm leaves them too few pixels.
 */
export const CJK_SCALE = 1.15

/** Mostly Chinese (or Japanese) text? */
export function isCjk(text: string): boolean {
  const han = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0
  return han > text.replace(/\s/g, '').length / 3
}

export interface PanelContent {
  title: string
  /** Short lines under the title: date, creator, medium. */
  meta: string[]
  body: string
  image: CanvasImageSource | null
  imageAspect: number
  /** A line set apart at the foot (e.g. how to pick a 3D object up). */
  hint: string | null
  counter: string
}

const INK = '#1d130b'
const SOFT = '#46352a'
const PAPER = '#f4efe3'
const RULE = '#a4161a'
const GOLD = '#c9a227'

/** Draws the panel (resizing the canvas to its content); returns its height in metres. */
export function drawPanel(canvas: HTMLCanvasElement, content: PanelContent): number {
  const px = (m: number) => Math.round(m * PANEL_PX_PER_M)
  const width = px(PANEL_WIDTH)
  const inner = width - px(MARGIN) * 2
  const measure = canvas.getContext('2d')!
  measure.textBaseline = 'top'

  const k = isCjk(content.body || content.title) ? CJK_SCALE : 1
  const font = (size: number, family: string, weight = 400) => `${weight} ${px(size * k)}px ${family}`
  measure.font = font(TYPE.title, SERIF, 700)
  const titleLines = wrap(measure, content.title, inner).slice(0, 3)
  measure.font = font(TYPE.meta, SANS)
  const metaLines = content.meta.filter(Boolean).flatMap((m) => wrap(measure, m, inner))
  // The body is set in the sans: serif hairlines (and Song-style CJK strokes) shimmer at headset resolution.
  measure.font = font(TYPE.body, SANS)
  let bodyLines = wrap(measure, content.body, inner)
  measure.font = font(TYPE.hint, SANS)
  const hintLines = content.hint ? wrap(measure, content.hint, inner) : []

  const lh = (size: number, lead: number) => px(size * k) * lead
  const fixed =
    px(MARGIN) +
    titleLines.length * lh(TYPE.title, 1.22) +
    px(0.012) +
    metaLines.length * lh(TYPE.meta, 1.4) +
    px(0.028) +
    (hintLines.length ? px(0.016) + hintLines.length * lh(TYPE.hint, 1.4) : 0) +
    px(0.02) +
    lh(TYPE.counter, 1.3) +
    px(MARGIN)
  const maxPx = px(PANEL_MAX_HEIGHT)
  let imageH = content.image ? Math.min(px(0.28), inner / Math.max(content.imageAspect, 0.2)) : 0
  let bodyH = bodyLines.length * lh(TYPE.body, 1.5)
  const gap = content.image ? px(0.024) : 0
  if (fixed + imageH + gap + bodyH > maxPx && imageH > 0) imageH = Math.max(px(0.14), maxPx - fixed - gap - bodyH)
  if (fixed + imageH + gap + bodyH > maxPx) {
    // Still too long: the body ends with an ellipsis rather than the type getting smaller.
    const fit = Math.max(1, Math.floor((maxPx - fixed - imageH - gap) / lh(TYPE.body, 1.5)))
    bodyLines = bodyLines.slice(0, fit)
    bodyLines[fit - 1] = `${(bodyLines[fit - 1] ?? '').replace(/[\s,.;:，。；：]*$/, '')}…`
    bodyH = bodyLines.length * lh(TYPE.body, 1.5)
  }
  const height = Math.ceil(fixed + imageH + gap + bodyH)
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d')!
  ctx.textBaseline = 'top'
  ctx.fillStyle = PAPER
  ctx.fillRect(0, 0, width, height)
  ctx.strokeStyle = GOLD
  ctx.lineWidth = px(0.004)
  ctx.strokeRect(px(0.008), px(0.008), width - px(0.016), height - px(0.016))

  let y = px(MARGIN)
  const x = px(MARGIN)
  if (content.image && imageH > 0) {
    const w = Math.min(inner, imageH * content.imageAspect)
    const h = w / content.imageAspect
    const ix = x + (inner - w) / 2
    ctx.fillStyle = '#d8cfbd'
    ctx.fillRect(ix - 3, y - 3, w + 6, h + 6)
    ctx.drawImage(content.image, ix, y, w, h)
    y += h + gap
  }
  /** Sets `lines` one under another from `y` on, in one colour and face. */
  const setLines = (lines: readonly string[], colour: string, size: number, family: string, weight: number, leading: number) => {
    ctx.fillStyle = colour
    ctx.font = font(size, family, weight)
    for (const line of lines) {
      ctx.fillText(line, x, y)
      y += lh(size, leading)
    }
  }
  setLines(titleLines, INK, TYPE.title, SERIF, 700, 1.22)
  y += px(0.012)
  setLines(metaLines, SOFT, TYPE.meta, SANS, 400, 1.4)
  y += px(0.012)
  ctx.fillStyle = RULE
  ctx.fillRect(x, y, px(0.12), px(0.003))
  y += px(0.016)
  setLines(bodyLines, INK, TYPE.body, SANS, 400, 1.5)
  if (hintLines.length) {
    y += px(0.016)
    setLines(hintLines, RULE, TYPE.hint, SANS, 400, 1.4)
  }
  ctx.fillStyle = SOFT
  ctx.font = font(TYPE.counter, SANS)
  ctx.fillText(content.counter, x, height - px(MARGIN) - lh(TYPE.counter, 1.1))
  return height / PANEL_PX_PER_M
}

/** The three buttons under the panel, in one atlas row: previous, close, next. */
export const BUTTON_SIZE: [number, number] = [0.2, 0.075]
export const BUTTON_PX_PER_M = 2000

export function drawButtons(canvas: HTMLCanvasElement, labels: [string, string, string]): void {
  const w = Math.round(BUTTON_SIZE[0] * BUTTON_PX_PER_M)
  const h = Math.round(BUTTON_SIZE[1] * BUTTON_PX_PER_M)
  canvas.width = w * 3
  canvas.height = h
  const ctx = canvas.getContext('2d')!
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  labels.forEach((label, i) => {
    const x = i * w
    ctx.fillStyle = i === 1 ? '#7a0f12' : '#3e2a1a'
    ctx.fillRect(x, 0, w, h)
    ctx.strokeStyle = GOLD
    ctx.lineWidth = 6
    ctx.strokeRect(x + 5, 5, w - 10, h - 10)
    ctx.fillStyle = '#f4efe3'
    let size = Math.round(TYPE.button * BUTTON_PX_PER_M)
    ctx.font = `700 ${size}px ${SANS}`
    while (ctx.measureText(label).width > w - 40 && size > 24) {
      size -= 2
      ctx.font = `700 ${size}px ${SANS}`
    }
    ctx.fillText(label, x + w / 2, h / 2 + 2)
  })
}
