/** Placing the visitor's marker on the floor plan, and the plan's least size and scroll. */

/** The SVG transform that puts the visitor marker at (x, z) facing `yaw` (0 = north = up; positive turns counter-clockwise). */
export function markerTransform(x: number, z: number, yaw: number): string {
  // The plan draws +x to the right and +z downwards, so a counter-clockwise turn seen from above
  // is a negative (counter-clockwise on screen) SVG rotation.
  const degrees = (-yaw * 180) / Math.PI
  return `translate(${x.toFixed(3)} ${z.toFixed(3)}) rotate(${degrees.toFixed(2)})`
}

/** The plan's drawing unit (1/80 of the gallery's longer side, metres: strokes and type scale with it) and its frame, a margin of 4 units round the gallery. */
export function planFrame(bounds: { min: readonly number[]; max: readonly number[] }): { unit: number; x: number; y: number; width: number; height: number } {
  const spanX = bounds.max[0]! - bounds.min[0]!
  const spanZ = bounds.max[1]! - bounds.min[1]!
  const unit = Math.max(spanX, spanZ, 10) / 80
  const pad = unit * 4
  return { unit, x: bounds.min[0]! - pad, y: bounds.min[1]! - pad, width: spanX + pad * 2, height: spanZ + pad * 2 }
}

/** The least size, in CSS px, of a room on the plan: a finger's target (WCAG 2.2 asks 44) with room for its stroke. */
export const PLAN_ROOM_MIN_PX = 48

/**
 * The smallest the plan may be drawn (CSS px) so that its smallest room is still a finger's
 * target: on a phone held upright a 100 m enfilade would otherwise give a 9 m room 31 px; the plan
 * is then drawn at this size and scrolls sideways.
 */
export function planMinSize(view: { width: number; height: number }, rooms: ReadonlyArray<{ width: number; depth: number }>, minPx = PLAN_ROOM_MIN_PX): { width: number; height: number } {
  const smallest = Math.min(...rooms.map((r) => Math.min(r.width, r.depth)))
  const perMetre = minPx / smallest
  return { width: Math.ceil(view.width * perMetre), height: Math.ceil(view.height * perMetre) }
}

/** How far to scroll a plan drawn `drawnWidth` px wide in a box `boxWidth` px wide to centre world x. */
export function planScrollFor(x: number, viewMinX: number, viewWidth: number, drawnWidth: number, boxWidth: number): number {
  const at = ((x - viewMinX) / viewWidth) * drawnWidth
  return Math.max(0, Math.min(drawnWidth - boxWidth, at - boxWidth / 2))
}
