import { describe, expect, it } from 'vitest'
import { maxPixelRatio, MAX_DPR, PHONE_PIXEL_BUDGET } from '../../../src/scene/pixelRatio'

describe('the 3D view pixel ratio cap', () => {
  it('keeps desktops and tablets at their own ratio up to 1.5', () => {
    expect(maxPixelRatio(1280, 720, 1)).toBe(1)
    expect(maxPixelRatio(1280, 720, 2)).toBe(MAX_DPR)
    expect(maxPixelRatio(810, 1080, 2)).toBe(MAX_DPR)
    expect(maxPixelRatio(1280, 720, 1.25)).toBe(1.25)
  })

  it('draws a phone within the pixel budget, either way up', () => {
    for (const [w, h, ratio] of [
      [390, 664, 3], // iPhone 13
      [412, 839, 2.625], // Pixel 7
      [863, 360, 2.625], // Pixel 7 turned
    ] as const) {
      const dpr = maxPixelRatio(w, h, ratio)
      expect(dpr).toBeLessThan(MAX_DPR)
      expect(dpr).toBeGreaterThanOrEqual(1)
      // Rounded to hundredths, so within a percent of the budget.
      expect(w * dpr * h * dpr).toBeLessThanOrEqual(PHONE_PIXEL_BUDGET * 1.01)
    }
    expect(maxPixelRatio(412, 839, 2.625)).toBe(1.2)
  })

  it('never draws a phone below one device pixel per CSS pixel, nor above its own ratio', () => {
    expect(maxPixelRatio(600 - 1, 2000, 3)).toBe(1)
    expect(maxPixelRatio(320, 480, 1)).toBe(1)
    expect(maxPixelRatio(320, 480, 0.5)).toBe(1)
  })

  it('treats a shorter side of 600 CSS px or more as a tablet', () => {
    expect(maxPixelRatio(600, 960, 2)).toBe(MAX_DPR)
    expect(maxPixelRatio(599, 960, 2)).toBeLessThan(MAX_DPR)
  })
})
