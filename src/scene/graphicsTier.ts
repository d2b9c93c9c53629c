/**
 * How finely this device draws, from the renderer its WebGL reports. A software rasteriser
 * (SwiftShader, llvmpipe: what a Chromebook or a school's virtual desktop falls back to when its
 * GPU is blocklisted) pays for every sample on the CPU, so there the view is drawn without
 * multisampling, with plain trilinear filtering and one pixel per CSS pixel, which cost it about
 * two fifths of each frame (npm run bench, 200 -> 117-133 ms); every GPU gets the full look.
 * `graphicsTier` is pure, so the choice is tested.
 */
import { webglRenderer } from './webgl'

export interface GraphicsTier {
  name: 'software' | 'full'
  /** Multisampled edges (decided when the context is made). */
  antialias: boolean
  /** Anisotropic filtering of floors, walls and works, before the GPU's own cap. */
  anisotropy: number
  /** Device pixels per CSS pixel at most (pixelRatio.ts caps phones further). */
  pixelRatio: number
}

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i

export function graphicsTier(renderer: string | null): GraphicsTier {
  if (renderer && SOFTWARE.test(renderer)) return { name: 'software', antialias: false, anisotropy: 1, pixelRatio: 1 }
  return { name: 'full', antialias: true, anisotropy: 8, pixelRatio: Infinity }
}

let device: GraphicsTier | null = null

/** This device's tier, from the start-up WebGL probe. */
export function deviceTier(): GraphicsTier {
  return (device ??= graphicsTier(webglRenderer()))
}

/** The screen's pixel ratio as far as this tier draws it. */
export function screenPixelRatio(): number {
  return Math.min(window.devicePixelRatio || 1, deviceTier().pixelRatio)
}
