/**
 * Text in the 3D world (wall texts, labels, placeholders) is drawn on canvases with the page's
 * own self-hosted fonts, so Chinese and Cyrillic render without any font fetched from elsewhere.
 */
import * as THREE from 'three'
import { wrapLines } from '../i18n/wrapLines'
import { track } from '../store/assetLoads'
import { ensureGlyphs } from '../i18n/fontCoverage'
import { deviceTier } from './graphicsTier'

export const SERIF = '"Noto Serif SC", "Noto Serif", Georgia, serif'
export const SANS = '"Noto Sans SC", "Noto Sans", system-ui, sans-serif'

/** Waits until the glyphs for `text` are available (only the needed unicode-range slices download; see i18n/fontCoverage.ts). */
export function fontsFor(text: string): Promise<void> {
  return track(loadFonts(text))
}

async function loadFonts(text: string): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return
  try {
    // A character outside the build's subset brings the complete families first.
    await ensureGlyphs(text)
    await Promise.all([
      document.fonts.load(`700 40px ${SERIF}`, text),
      document.fonts.load(`400 40px ${SERIF}`, text),
      document.fonts.load(`400 40px ${SANS}`, text),
    ])
  } catch {
    // A font that fails to load falls back to the next family; text still renders.
  }
}

/** Breaks text into lines that fit `maxWidth` in the context's current font (see i18n/wrapLines.ts). */
export function wrap(ctx: Pick<CanvasRenderingContext2D, 'measureText'>, text: string, maxWidth: number): string[] {
  return wrapLines(text, maxWidth, (line) => ctx.measureText(line).width)
}

export function canvasTexture(canvas: HTMLCanvasElement): THREE.CanvasTexture {
  const texture = new THREE.CanvasTexture(canvas)
  texture.colorSpace = THREE.SRGBColorSpace
  texture.anisotropy = deviceTier().anisotropy
  texture.generateMipmaps = true
  texture.minFilter = THREE.LinearMipmapLinearFilter
  return texture
}

export interface WallTextStyle {
  background: string
  ink: string
  accent: string
}

/** A room's wall text: title, a rule, the intro; `pxPerMetre` sets sharpness. */
export function drawWallText(canvas: HTMLCanvasElement, title: string, body: string, style: WallTextStyle): void {
  const ctx = canvas.getContext('2d')!
  const { width, height } = canvas
  ctx.fillStyle = style.background
  ctx.fillRect(0, 0, width, height)
  ctx.strokeStyle = style.accent
  ctx.lineWidth = width * 0.006
  ctx.strokeRect(width * 0.02, height * 0.02, width * 0.96, height * 0.96)
  const margin = width * 0.08
  let y = height * 0.1
  ctx.fillStyle = style.ink
  ctx.textBaseline = 'top'
  const { lines: titleLines, size: titleSize } = fitTitle(ctx, title, width - margin * 2, width * (body ? 0.075 : Math.min(0.11, (height / width) * 0.38)), 0.75)
  for (const line of titleLines) {
    ctx.fillText(line, margin, y)
    y += titleSize * 1.25
  }
  y += titleSize * 0.3
  ctx.fillStyle = style.accent
  ctx.fillRect(margin, y, width * 0.2, width * 0.006)
  y += titleSize * 0.6
  ctx.fillStyle = style.ink
  let bodySize = width * 0.042
  const fits = (size: number) => {
    ctx.font = `400 ${size}px ${SERIF}`
    const lines = wrap(ctx, body, width - margin * 2)
    return { lines, fits: y + lines.length * size * 1.55 < height * 0.94 }
  }
  let result = fits(bodySize)
  while (!result.fits && bodySize > width * 0.018) {
    bodySize *= 0.92
    result = fits(bodySize)
  }
  for (const line of result.lines) {
    ctx.fillText(line, margin, y)
    y += bodySize * 1.55
  }
}

/** A bold serif title wrapped to `maxWidth`, set smaller by `shrink` once when it would take more than two lines. */
function fitTitle(ctx: CanvasRenderingContext2D, text: string, maxWidth: number, size: number, shrink: number): { lines: string[]; size: number } {
  ctx.font = `700 ${size}px ${SERIF}`
  const lines = wrap(ctx, text, maxWidth)
  if (lines.length <= 2) return { lines, size }
  ctx.font = `700 ${size * shrink}px ${SERIF}`
  return { lines: wrap(ctx, text, maxWidth), size: size * shrink }
}

/** A label's text set to fit its card: the lines of title and detail and their sizes in pixels. */
export interface LabelLines {
  titleSize: number
  title: string[]
  detailSize: number
  detail: string[]
}

/**
 * Sets a label's title and detail (date, medium) so that every word is on the card: both wrap,
 * and both get smaller together until they fit (a label never cuts a sentence off). `measure`
 * gives a text's width in a CSS font, as a canvas's measureText does.
 */
export function fitLabel(measure: (text: string, font: string) => number, title: string, detail: string, w: number, h: number): LabelLines {
  const pad = h * 0.12
  const inner = w - pad * 2
  let scale = 1
  for (;;) {
    const titleSize = h * 0.3 * scale
    const detailSize = h * 0.17 * scale
    const titleLines = wrapLines(title, inner, (line) => measure(line, `700 ${titleSize}px ${SERIF}`))
    const detailLines = detail ? wrapLines(detail, inner, (line) => measure(line, `400 ${detailSize}px ${SERIF}`)) : []
    const height = titleLines.length * titleSize * 1.18 + (detailLines.length ? h * 0.03 + detailLines.length * detailSize * 1.2 : 0)
    // A third of the first size is still legible at a close-up's distance; below it, longer texts are the content's to shorten.
    if (height <= h - pad * 2 || scale < 0.35) return { titleSize, title: titleLines, detailSize, detail: detailLines }
    scale *= 0.9
  }
}

/** A museum label: title (serif, bold), then a smaller block (date, medium) at the foot, all of it fitted to the card. */
export function drawLabel(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, title: string, detail: string): void {
  ctx.save()
  ctx.beginPath()
  ctx.rect(x, y, w, h)
  ctx.clip()
  ctx.fillStyle = '#f4efe3'
  ctx.fillRect(x, y, w, h)
  ctx.strokeStyle = '#b9ab8c'
  ctx.lineWidth = 2
  ctx.strokeRect(x + 1, y + 1, w - 2, h - 2)
  const pad = h * 0.12
  const fitted = fitLabel(
    (text, font) => {
      ctx.font = font
      return ctx.measureText(text).width
    },
    title,
    detail,
    w,
    h,
  )
  ctx.textBaseline = 'top'
  ctx.fillStyle = '#2a1d12'
  ctx.font = `700 ${fitted.titleSize}px ${SERIF}`
  let ty = y + pad
  for (const line of fitted.title) {
    ctx.fillText(line, x + pad, ty)
    ty += fitted.titleSize * 1.18
  }
  ctx.fillStyle = '#5a4632'
  ctx.font = `400 ${fitted.detailSize}px ${SERIF}`
  let dy = Math.max(ty + h * 0.03, y + h - pad - fitted.detail.length * fitted.detailSize * 1.2)
  for (const line of fitted.detail) {
    ctx.fillText(line, x + pad, dy)
    dy += fitted.detailSize * 1.2
  }
  ctx.restore()
}

/** A labelled stand-in for a work whose file is missing: the visit goes on, and the gap is named. */
export function drawPlaceholder(canvas: HTMLCanvasElement, heading: string, file: string): void {
  const ctx = canvas.getContext('2d')!
  const { width, height } = canvas
  ctx.fillStyle = '#d9d2c3'
  ctx.fillRect(0, 0, width, height)
  ctx.strokeStyle = '#8a7f6a'
  ctx.lineWidth = width * 0.02
  ctx.setLineDash([width * 0.05, width * 0.03])
  ctx.strokeRect(width * 0.05, height * 0.05, width * 0.9, height * 0.9)
  ctx.setLineDash([])
  ctx.fillStyle = '#3b3024'
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  ctx.font = `700 ${width * 0.07}px ${SANS}`
  const lines = wrap(ctx, heading, width * 0.8)
  lines.forEach((line, i) => ctx.fillText(line, width / 2, height * 0.42 + i * width * 0.085))
  ctx.font = `400 ${width * 0.045}px ${SANS}`
  const fileLines = wrap(ctx, file.replace(/\//g, '/\u200b'), width * 0.8)
  fileLines.forEach((line, i) => ctx.fillText(line.replace(/\u200b/g, ''), width / 2, height * 0.58 + i * width * 0.055))
}
