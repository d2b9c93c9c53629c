import { describe, expect, it } from 'vitest'
import { fitLabel } from '../../../src/scene/textCanvas'

/** A monospaced stand-in for measureText: every character half the font size wide. */
const measure = (text: string, font: string) => text.length * Number(/ ([\d.]+)px /.exec(font)![1]) * 0.5

const W = 512
const H = 205
const PAD = H * 0.12

function height(l: ReturnType<typeof fitLabel>): number {
  return l.title.length * l.titleSize * 1.18 + (l.detail.length ? H * 0.03 + l.detail.length * l.detailSize * 1.2 : 0)
}

describe('fitLabel', () => {
  it('keeps a short label at its first size, on one line each', () => {
    const l = fitLabel(measure, 'Samovar', '1955 · Brass', W, H)
    expect(l.titleSize).toBeCloseTo(H * 0.3)
    expect(l.title).toEqual(['Samovar'])
    expect(l.detail).toEqual(['1955 · Brass'])
  })

  it('never cuts a long label off: every word is on the card, and the lines fit inside its margins', () => {
    const title = 'Note on the recall of Soviet specialists, July 1960'
    const detail = 'July 1960 · Digital image in the manner of a typed government note, made for this exhibition'
    const l = fitLabel(measure, title, detail, W, H)
    expect(l.title.join(' ')).toBe(title)
    expect(l.detail.join(' ')).toBe(detail)
    expect(l.titleSize).toBeLessThan(H * 0.3)
    expect(height(l)).toBeLessThanOrEqual(H - PAD * 2)
    for (const line of l.title) expect(measure(line, `700 ${l.titleSize}px x`)).toBeLessThanOrEqual(W - PAD * 2)
    for (const line of l.detail) expect(measure(line, `400 ${l.detailSize}px x`)).toBeLessThanOrEqual(W - PAD * 2)
  })
})
