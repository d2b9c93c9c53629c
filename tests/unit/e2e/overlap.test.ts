import { describe, expect, it } from 'vitest'
import { coveringCentre, findOverlaps, intersect, tooSmall, type Piece } from '../../e2e/overlap'

const piece = (label: string, x: number, y: number, width: number, height: number, more: Partial<Piece> = {}): Piece => ({
  label,
  kind: 'control',
  box: { x, y, width, height },
  size: { width, height },
  within: [],
  dimmingModal: false,
  modal: -1,
  ...more,
})

describe('the overlay layout check', () => {
  it('counts a shared border as touching, not overlapping', () => {
    expect(intersect({ x: 0, y: 0, width: 50, height: 44 }, { x: 49, y: 0, width: 50, height: 44 })).toBe(false)
    expect(intersect({ x: 0, y: 0, width: 50, height: 44 }, { x: 45, y: 0, width: 50, height: 44 })).toBe(true)
  })

  it('reports a hint lying across a row of buttons, as on the phone before', () => {
    const pieces = [piece('Plan', 200, 600, 60, 44), piece('Help', 270, 600, 60, 44), piece('hint', 100, 610, 280, 30, { kind: 'text' })]
    expect(findOverlaps(pieces)).toEqual([
      ['Plan', 'hint'],
      ['Help', 'hint'],
    ])
  })

  it('leaves nested pieces alone: a button inside its panel', () => {
    const pieces = [piece('panel', 0, 0, 300, 300, { kind: 'panel' }), piece('close', 250, 0, 44, 44, { within: [0] })]
    expect(findOverlaps(pieces)).toEqual([])
  })

  it('lets a dimming modal hide what lies wholly beneath it, but not what sticks out', () => {
    const plan = piece('plan', 8, 8, 374, 640, { kind: 'panel', dimmingModal: true })
    const close = piece('close plan', 330, 16, 44, 44, { within: [0], modal: 0 })
    expect(findOverlaps([plan, close, piece('hud button', 300, 8, 60, 44)])).toEqual([])
    expect(findOverlaps([plan, close, piece('caption', 0, 600, 390, 60, { kind: 'text' })])).toEqual([['plan', 'caption']])
    // A sheet whose backdrop is clear hides nothing: a caption under it is a caption lost.
    expect(findOverlaps([{ ...plan, dimmingModal: false }, piece('caption', 20, 300, 200, 40, { kind: 'text' })])).toEqual([['plan', 'caption']])
  })

  it('keeps captions, hints and cards off the middle third of the view, but not controls', () => {
    const view = { width: 390, height: 660 }
    expect(coveringCentre([piece('caption', 10, 420, 370, 60, { kind: 'text' }), piece('hint', 10, 600, 370, 30, { kind: 'text' })], view)).toEqual(['caption'])
    expect(coveringCentre([piece('tour bar', 10, 300, 370, 60)], view)).toEqual([])
  })

  it('finds controls under 44 x 44 CSS px, by their own size rather than the part scrolled into view', () => {
    expect(tooSmall([piece('zoom in', 0, 0, 36, 36), piece('plan', 0, 0, 60, 44), piece('panel', 0, 0, 10, 10, { kind: 'panel' })])).toEqual(['zoom in (36x36)'])
    expect(tooSmall([piece('save', 0, 630, 300, 30, { size: { width: 300, height: 44 } })])).toEqual([])
  })
})
