/**
 * Text in the 3D world (wall texts, labels, placeholders) is drawn on canvases with the page's
 * own self-hosted fonts, so Chinese and Cyrillic render without any font fetched from elsewhere.
 */
import * as THREE from 'three'
import { wrapLines } from '../i18n/wrapLines'
import { track } from '../store/assetLoads'

export const SERIF = '"Noto Serif SC", "Noto Serif", Georgia, serif'
export const SANS = '"Noto Sans SC", "Noto Sans", system-ui, sans-serif'

/** Waits until the glyphs for `text` are available (only the needed unicode-range slices download). */
export function fontsFor(text: string): Promise<void> {
  return track(loadFonts(text))
}

async function loadFonts(text: string): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return
  try {
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
  texture.anisotropy = 8
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
  let titleSize = width * (body ? 0.075 : Math.min(0.11, (height / width) * 0.38))
  ctx.font = `700 ${titleSize}px ${SERIF}`
  let titleLines = wrap(ctx, title, width - margin * 2)
  if (titleLines.length > 2) {
    titleSize *= 0.75
    ctx.font = `700 ${titleSize}px ${SERIF}`
    titleLines = wrap(ctx, title, width - margin * 2)
  }
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

/** A museum label: title (serif, bold), then a smaller line (date, medium). */
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
  ctx.fillStyle = '#2a1d12'
  ctx.textBaseline = 'top'
  let size = h * 0.3
  ctx.font = `700 ${size}px ${SERIF}`
  let lines = wrap(ctx, title, w - pad * 2)
  if (lines.length > 2) {
    size *= 0.8
    ctx.font = `700 ${size}px ${SERIF}`
    lines = wrap(ctx, title, w - pad * 2)
  }
  let ty = y + pad
  for (const line of lines.slice(0, 2)) {
    ctx.fillText(line, x + pad, ty)
    ty += size * 1.18
  }
  ctx.fillStyle = '#5a4632'
  ctx.font = `400 ${h * 0.17}px ${SERIF}`
  const detailLines = wrap(ctx, detail, w - pad * 2)
  ctx.fillText(detailLines[0] ?? '', x + pad, Math.max(ty + h * 0.03, y + h - pad - h * 0.19))
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
