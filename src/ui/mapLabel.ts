/**
 * Fitting a room's title inside its rectangle on the floor plan: SVG text does not wrap, so
 * this picks a font size and line breaks. Pure, so it is unit-tested without a browser.
 */
import { wrapLines } from '../i18n/wrapLines'

/** Rough advance of a character in em: CJK ideographs and fullwidth forms are square, Latin and Cyrillic about half. */
export function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0
  if (code >= 0x2e80 && code <= 0x9fff) return 1
  if (code >= 0xf900 && code <= 0xfaff) return 1
  if (code >= 0xff00 && code <= 0xffef) return 1
  if (char === ' ') return 0.28
  if (/[mwMWЖШЩЮМФ]/.test(char)) return 0.8
  return 0.56
}

/** Width of `text` in em. */
export function measure(text: string): number {
  let w = 0
  for (const c of text) w += charWidth(c)
  return w
}

/** Breaks a title into lines no wider than `maxEm` (closing CJK punctuation may hang past the edge). */
export function wrap(text: string, maxEm: number): string[] {
  return wrapLines(text, maxEm, measure, { hang: true }).filter((line) => line !== '')
}

export interface FittedLabel {
  lines: string[]
  /** Font size in the plan's units (metres). */
  fontSize: number
}

/**
 * The largest font size (at most `maxSize`, at least `minSize`) at which `text`, wrapped onto up
 * to `maxLines` lines, fits in a box `width` × `height` (with a margin); at the minimum size the
 * text is wrapped as well as it can be even if it still overflows.
 */
export function fitLabel(text: string, width: number, height: number, maxSize = 1.2, minSize = 0.35, maxLines = 3): FittedLabel {
  const innerW = width * 0.86
  const innerH = height * 0.8
  for (let size = maxSize; size > minSize; size *= 0.9) {
    const lines = wrap(text, innerW / size)
    const widest = Math.max(0, ...lines.map(measure)) * size
    if (lines.length <= maxLines && widest <= innerW && lines.length * size * 1.25 <= innerH) return { lines, fontSize: size }
  }
  return { lines: wrap(text, innerW / minSize), fontSize: minSize }
}
