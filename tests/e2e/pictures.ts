/** Compares screenshots the way a visitor would notice a difference: the share of pixels that differ visibly. */
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'
import { readFileSync } from 'node:fs'

/** Screenshot style that hides the DOM overlay (HUD, cards, captions): pictures of the 3D view alone. */
export const SCENE_ONLY = readFileSync('tests/e2e/golden.css', 'utf8')

/** Share (0-1) of pixels that differ beyond anti-aliasing noise between two PNG screenshots of one size. */
export function differingShare(a: Buffer, b: Buffer): number {
  const first = PNG.sync.read(a)
  const second = PNG.sync.read(b)
  if (first.width !== second.width || first.height !== second.height) return 1
  const changed = pixelmatch(first.data, second.data, undefined, first.width, first.height, { threshold: 0.1 })
  return changed / (first.width * first.height)
}

/** Spread of luminance over a screenshot (0 for a flat colour): a drawn room has texture, a blank canvas none. */
export function luminanceSpread(png: Buffer): number {
  const { data } = PNG.sync.read(png)
  let sum = 0
  let sumSquares = 0
  const n = data.length / 4
  for (let i = 0; i < data.length; i += 4) {
    const y = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!
    sum += y
    sumSquares += y * y
  }
  const mean = sum / n
  return Math.sqrt(Math.max(0, sumSquares / n - mean * mean))
}
