/**
 * Textures for the models: SVG rendered with resvg using the bundled Noto fonts (so Cyrillic and
 * Chinese text is legible and nothing depends on system fonts), or raw procedural pixels, then
 * encoded with sharp. All deterministic: same input, same bytes.
 */
import { Resvg } from '@resvg/resvg-js'
import sharp from 'sharp'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

const FONT_DIR = path.join(REPO_ROOT, 'node_modules', '@expo-google-fonts')

/** Font files handed to resvg: families "Noto Sans SC" and "Noto Serif SC". */
export const FONT_FILES = [
  'noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  'noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  'noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  'noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
].map((f) => path.join(FONT_DIR, f))

export const SANS = "'Noto Sans SC'"
export const SERIF = "'Noto Serif SC'"

export interface Image {
  bytes: Uint8Array
  mimeType: 'image/png' | 'image/webp'
  width: number
  height: number
}

export interface EncodeOptions {
  format?: 'webp' | 'png'
  /** WebP quality (lossy). Ignored with lossless. */
  quality?: number
  lossless?: boolean
}

/** Renders an SVG string at its own width/height (which must be <= 1024 px). */
export async function svgTexture(svg: string, opts: EncodeOptions = {}): Promise<Image> {
  for (const f of FONT_FILES) if (!existsSync(f)) throw new Error(`font file missing: ${f} (npm ci installs it)`)
  const r = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Noto Serif SC' },
    shapeRendering: 2,
    textRendering: 1,
    imageRendering: 0,
  })
  const rendered = r.render()
  const png = rendered.asPng()
  return encode(sharp(png), rendered.width, rendered.height, opts)
}

/** Encodes raw RGB(A) pixels. */
export async function rawTexture(data: Uint8Array, width: number, height: number, channels: 3 | 4, opts: EncodeOptions = {}): Promise<Image> {
  return encode(sharp(Buffer.from(data), { raw: { width, height, channels } }), width, height, opts)
}

async function encode(img: ReturnType<typeof sharp>, width: number, height: number, opts: EncodeOptions): Promise<Image> {
  if (width > 1024 || height > 1024) throw new Error(`texture ${width}x${height} exceeds 1024 px`)
  const format = opts.format ?? 'webp'
  if (format === 'png') {
    const bytes = await img.png({ compressionLevel: 9, palette: false }).toBuffer()
    return { bytes: new Uint8Array(bytes), mimeType: 'image/png', width, height }
  }
  const bytes = await img
    .webp(opts.lossless ? { lossless: true, effort: 6 } : { quality: opts.quality ?? 86, effort: 6, smartSubsample: true })
    .toBuffer()
  return { bytes: new Uint8Array(bytes), mimeType: 'image/webp', width, height }
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness and noise

function hash2(x: number, y: number, seed: number): number {
  let h = (x * 374761393 + y * 668265263 + seed * 2246822519) | 0
  h = Math.imul(h ^ (h >>> 13), 1274126177)
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296
}

/** Smooth value noise, tileable with period `px` x `py` cells. */
export function valueNoise(x: number, y: number, px: number, py: number, seed = 1): number {
  const xi = Math.floor(x)
  const yi = Math.floor(y)
  const fx = x - xi
  const fy = y - yi
  const s = (t: number) => t * t * (3 - 2 * t)
  const w = (i: number, j: number) => hash2(((i % px) + px) % px, ((j % py) + py) % py, seed)
  const a = w(xi, yi)
  const b = w(xi + 1, yi)
  const c = w(xi, yi + 1)
  const d = w(xi + 1, yi + 1)
  return a + (b - a) * s(fx) + (c - a) * s(fy) + (a - b - c + d) * s(fx) * s(fy)
}

/** Fractal noise in [0, 1], tileable over (cells x cells). */
export function fbm(x: number, y: number, cells: number, octaves = 4, seed = 1): number {
  let sum = 0
  let amp = 0.5
  let norm = 0
  let f = 1
  for (let o = 0; o < octaves; o++) {
    sum += amp * valueNoise(x * f, y * f, cells * f, cells * f, seed + o)
    norm += amp
    amp *= 0.5
    f *= 2
  }
  return sum / norm
}

function hexRgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '')
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number]
}

/**
 * Wood grain (long grain along u / image x), tileable. Colours in sRGB hex: the earlywood and
 * latewood tones. Used as baseColor texture with a white factor.
 */
export async function woodTexture(light: string, dark: string, size = 256, seed = 7): Promise<Image> {
  const [l, d] = [hexRgb(light), hexRgb(dark)]
  const data = new Uint8Array(size * size * 3)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const u = x / size
      const v = y / size
      const warp = fbm(u * 2, v * 4, 4, 3, seed) * 3
      const ring = (v * 26 + warp + 0.35 * fbm(u * 8, v * 8, 8, 2, seed + 11)) % 1
      const band = Math.pow(Math.abs(Math.sin(ring * Math.PI)), 5)
      const fleck = fbm(u * 32, v * 4, 32, 2, seed + 23)
      let t = 0.22 + 0.42 * band + 0.22 * (fleck - 0.5)
      t = Math.min(1, Math.max(0, t))
      const i = (y * size + x) * 3
      for (let k = 0; k < 3; k++) data[i + k] = Math.round(l[k]! + (d[k]! - l[k]!) * t)
    }
  }
  return rawTexture(data, size, size, 3, { quality: 80 })
}

/** Escapes text for SVG. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** An SVG document of the given pixel size around `body` (the page and label textures). */
export function svgDoc(width: number, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`
}

/** One centred line of a plaque: baseline y and font size in px. */
export interface PlaqueLine {
  y: number
  size: number
  text: string
}

/**
 * The cast-brass maker's plaque on a model's base: brass gradient, an engraved border `inset`
 * px in, a serif title over a sans subtitle, both centred. The models' plaques differ only in
 * these numbers and words.
 */
export function brassPlaque(width: number, height: number, inset: number, stroke: number, title: PlaqueLine, subtitle: PlaqueLine): Promise<Image> {
  const x = width / 2
  const body = `
  <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#E6C46E"/><stop offset="1" stop-color="#B88F3C"/></linearGradient></defs>
  <rect width="${width}" height="${height}" fill="url(#g)"/><rect x="${inset}" y="${inset}" width="${width - 2 * inset}" height="${height - 2 * inset}" fill="none" stroke="#5C4215" stroke-width="${stroke}"/>
  <g fill="#3E2C0C" text-anchor="middle"><text x="${x}" y="${title.y}" font-family=${JSON.stringify(SERIF)} font-weight="700" font-size="${title.size}">${title.text}</text>
  <text x="${x}" y="${subtitle.y}" font-family=${JSON.stringify(SANS)} font-size="${subtitle.size}">${subtitle.text}</text></g>`
  return svgTexture(svgDoc(width, height, body), { quality: 88 })
}

/** The walnut grain of the display bases and the key's board; `seed` keeps each object's grain its own. */
export function walnutTexture(seed: number): Promise<Image> {
  return woodTexture('#7A4E2C', '#3E2413', 256, seed)
}
