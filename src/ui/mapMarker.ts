/** Placing the visitor's marker on the floor plan. */

/** The SVG transform that puts the visitor marker at (x, z) facing `yaw` (0 = north = up; positive turns counter-clockwise). */
export function markerTransform(x: number, z: number, yaw: number): string {
  // The plan draws +x to the right and +z downwards, so a counter-clockwise turn seen from above
  // is a negative (counter-clockwise on screen) SVG rotation.
  const degrees = (-yaw * 180) / Math.PI
  return `translate(${x.toFixed(3)} ${z.toFixed(3)}) rotate(${degrees.toFixed(2)})`
}
