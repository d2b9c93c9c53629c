/**
 * SVG to textures: resvg rasterizes with the bundled fonts only (never system fonts, so every
 * machine gets the same pixels), sharp encodes WebP. Textures are power-of-two sized; the
 * artwork is drawn in its real proportions and stretched to the texture (the mesh restores
 * the real aspect), and the thumbnail keeps the true aspect.
 */
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js'
import sharp from 'sharp'
import { fontPaths, SERIF } from './fonts'

export const WEBP_QUALITY = 82
export const THUMB_EDGE = 256

/** Nearest power of two on a log scale, at least 1. */
export function nearestPot(v: number): number {
  return 2 ** Math.max(0, Math.round(Math.log2(Math.max(1, v))))
}

/** Texture size for an artwork of real size w x h with the given longest edge. */
export function potSize(w: number, h: number, longest: number): { width: number; height: number } {
  if (w >= h) return { width: longest, height: Math.min(longest, nearestPot((longest * h) / w)) }
  return { width: Math.min(longest, nearestPot((longest * w) / h)), height: longest }
}

/** Thumbnail size: longest edge THUMB_EDGE, true aspect. */
export function thumbSize(w: number, h: number): { width: number; height: number } {
  return w >= h
    ? { width: THUMB_EDGE, height: Math.max(1, Math.round((THUMB_EDGE * h) / w)) }
    : { width: Math.max(1, Math.round((THUMB_EDGE * w) / h)), height: THUMB_EDGE }
}

/**
 * Wraps an SVG body drawn in a viewBox of vw x vh (real proportions) into a document of
 * exactly width x height pixels.
 */
export function svgDocument(body: string, vw: number, vh: number, width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${vw} ${vh}" preserveAspectRatio="none">${body}</svg>`
}

const options = (): ResvgRenderOptions => ({
  font: { fontFiles: fontPaths(), loadSystemFonts: false, defaultFontFamily: SERIF },
  shapeRendering: 2,
  textRendering: 1,
  imageRendering: 0,
})

/** Rasterizes an SVG document to RGBA pixels at its own width and height. */
export function rasterize(svg: string): { pixels: Buffer; width: number; height: number } {
  const image = new Resvg(svg, options()).render()
  return { pixels: Buffer.from(image.pixels), width: image.width, height: image.height }
}

/** The same off the main thread, so several artworks can render at once. */
export async function rasterizeAsync(svg: string): Promise<{ pixels: Buffer; width: number; height: number }> {
  const image = await renderAsync(svg, options())
  return { pixels: Buffer.from(image.pixels), width: image.width, height: image.height }
}

export interface Encoded {
  texture: Buffer
  thumbnail: Buffer
  textureSize: { width: number; height: number }
  thumbSize: { width: number; height: number }
}

/** Renders the SVG body (viewBox vw x vh) into a POT WebP texture and a true-aspect thumbnail. */
export async function encodeArtwork(body: string, vw: number, vh: number, longest: number): Promise<Encoded> {
  const size = potSize(vw, vh, longest)
  const { pixels, width, height } = await rasterizeAsync(svgDocument(body, vw, vh, size.width, size.height))
  const raw = { raw: { width, height, channels: 4 as const } }
  const texture = await sharp(pixels, raw)
    .removeAlpha()
    .webp({ quality: WEBP_QUALITY, effort: 6, smartSubsample: true })
    .toBuffer()
  const ts = thumbSize(vw, vh)
  const thumbnail = await sharp(pixels, raw)
    .removeAlpha()
    .resize(ts.width, ts.height, { fit: 'fill', kernel: 'lanczos3' })
    .webp({ quality: 80, effort: 6 })
    .toBuffer()
  return { texture, thumbnail, textureSize: size, thumbSize: ts }
}
