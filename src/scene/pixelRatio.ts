/**
 * How many device pixels per CSS pixel the 3D view is drawn with, at most. Software and phone
 * GPUs are fragment-bound (frame time follows the pixel count), and a phone's own ratio of 2.5-3
 * would draw six to nine times the pixels of its CSS size. Pure, so the caps are tested.
 */

/** Never sharper than this anywhere: past it the eye gains little and the frame time grows. */
export const MAX_DPR = 1.5

/** A screen whose shorter side is under this many CSS pixels is a phone (either way up). */
export const SMALL_SCREEN_SIDE = 600

/**
 * Device pixels a phone's view may draw: about half of a 1280x720 desktop view at ratio 1
 * (0.92 million), so a mid-range phone GPU keeps its frame rate.
 */
export const PHONE_PIXEL_BUDGET = 500_000

/** Phones are still drawn at least one device pixel per CSS pixel, so wall texts stay legible. */
export const PHONE_MIN_DPR = 1

/** The highest pixel ratio for a view of `width` x `height` CSS pixels on a screen of ratio `deviceRatio`. */
export function maxPixelRatio(width: number, height: number, deviceRatio: number): number {
  // As R3F's own [1, 1.5] range: a browser zoomed out below ratio 1 still draws one pixel per CSS pixel.
  const device = Math.max(1, deviceRatio || 1)
  if (Math.min(width, height) >= SMALL_SCREEN_SIDE || width <= 0 || height <= 0) return Math.min(device, MAX_DPR)
  const withinBudget = Math.sqrt(PHONE_PIXEL_BUDGET / (width * height))
  const cap = Math.min(MAX_DPR, Math.max(PHONE_MIN_DPR, withinBudget))
  // Rounded: a ratio like 1.2345 would give the drawing buffer fractional sizes to round each resize.
  return Math.round(Math.min(device, cap) * 100) / 100
}
