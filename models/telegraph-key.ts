/**
 * Telegraph key: a brass Morse straight key on a wooden base (20 x 8 x 12 cm).
 * Lever along x, knob at +x; the front of the base (terminals) faces +z.
 */
import { ModelBuilder, cm, cmPoints, defineModel } from './lib/model.ts'
import { M, matte, textured } from './lib/materials.ts'
import { box, cyl, extrude, grid, lathe, rbox, sweep, type V2, type V3 } from './lib/geometry.ts'
import { walnutTexture } from './lib/textures.ts'

/** A knurled terminal / binding post on the base top. */
function bindingPost(b: ModelBuilder, x: number, z: number, top: number): void {
  const post = lathe(
    cmPoints([
      [0, 0],
      [0.55, 0],
      [0.55, 0.25],
      [0.22, 0.3],
      [0.18, 0.9],
      [0.45, 0.95],
      [0.45, 1.45],
      [0.3, 1.55],
      [0.08, 1.6],
      [0, 1.6],
    ]),
    { segments: 16, crease: 30 },
    { p: [cm(x), top, cm(z)] },
  )
  b.add('brass', post)
}

const telegraphKey = defineModel('telegraph-key', 'Morse telegraph key', { width: 20, height: 8, depth: 12 }, async (b) => {
  b.texture('wood', await walnutTexture(3))
  b.materialTable({
    wood: textured(M.walnut, 'wood'),
    brass: M.brass,
    nickel: M.nickel,
    bakelite: M.bakeliteBlack,
    felt: matte('#2A2623', 1),
  })

  // Wooden base with softened edges, on four felt pads.
  const baseH = cm(1.7)
  const pad = cm(0.15)
  b.add('wood', rbox(cm(19.8), baseH, cm(11.8), cm(0.35), 3, { p: [0, pad + baseH / 2, 0] }))
  for (const [x, z] of grid([-8.8, 8.8], [-4.8, 4.8])) {
    b.add('felt', cyl(cm(0.6), cm(0.6), pad, 12, { p: [cm(x), 0, cm(z)] }))
  }
  const top = pad + baseH

  // Brass bed plate carrying the mechanism.
  b.add('brass', rbox(cm(15.5), cm(0.25), cm(4.6), cm(0.1), 1, { p: [cm(-0.8), top + cm(0.125), cm(-0.6)] }))
  const bed = top + cm(0.25)
  // Screws holding the plate.
  for (const [x, z] of grid([-8, 6.4], [-2.4, 1.2])) {
    b.add('nickel', cyl(cm(0.22), cm(0.25), cm(0.1), 12, { p: [cm(x), bed, cm(z)] }))
  }

  // Trunnion frame: two uprights with the pivot axle.
  const pivotX = cm(-2.2)
  const pivotY = bed + cm(2.3)
  for (const z of [-1.5, 1.5]) {
    b.add('brass', extrude(
      cmPoints([
        [-0.9, 0],
        [0.9, 0],
        [0.55, 2.7],
        [-0.55, 2.7],
      ]),
      cm(0.45),
      { bevel: cm(0.04) },
      { p: [pivotX, bed, cm(z - 0.225)] },
    ))
    // Knurled pivot screws on the outside of each upright.
    b.add('nickel', cyl(cm(0.3), cm(0.3), cm(0.5), 12, { p: [pivotX, pivotY, cm(z + Math.sign(z) * 0.225)], r: [(Math.sign(z) * Math.PI) / 2, 0, 0] }))
  }
  b.add('brass', cyl(cm(0.5), cm(0.5), cm(3.2), 16, { p: [pivotX, pivotY, cm(-1.6)], r: [Math.PI / 2, 0, 0] }))

  // The lever: side profile tapering towards the knob, extruded across.
  const lever: V2[] = [
    [-8.6, -0.35],
    [-2.2, -0.55],
    [6.6, -0.3],
    [7.2, -0.2],
    [7.2, 0.25],
    [6.6, 0.3],
    [-2.2, 0.55],
    [-8.6, 0.35],
  ].map(([x, y]) => [cm(x!) , pivotY + cm(y!)] as V2)
  b.add('brass', extrude(lever, cm(0.9), { bevel: cm(0.08), bevelSegments: 2 }, { p: [0, 0, cm(-0.45)] }))

  // Bakelite knob: stem, skirt and mushroom cap.
  const kx = cm(6.5)
  const ky = pivotY + cm(0.3)
  b.add('brass', cyl(cm(0.28), cm(0.28), cm(0.9), 12, { p: [kx, ky, 0] }))
  b.add('bakelite', lathe(
    cmPoints([
      [0, 0],
      [0.45, 0],
      [0.45, 0.5],
      [1.5, 0.62],
      [1.55, 0.78],
      [0.5, 0.95],
      [0.45, 1.15],
      [1.45, 1.25],
      [1.7, 1.5],
      [1.6, 1.85],
      [1.1, 2.1],
      [0.4, 2.2],
      [0, 2.22],
    ]),
    { segments: 32, crease: 50 },
    { p: [kx, ky + cm(0.7), 0] },
  ))

  // Contact pillar under the lever with a nickel contact, and the contact screw through it.
  const cx = cm(3.2)
  b.add('brass', cyl(cm(0.45), cm(0.55), cm(1.2), 16, { p: [cx, bed, 0] }))
  b.add('nickel', cyl(cm(0.18), cm(0.18), cm(0.35), 10, { p: [cx, bed + cm(1.2), 0] }))
  b.add('nickel', cyl(cm(0.16), cm(0.16), cm(1.4), 10, { p: [cx, pivotY - cm(0.8), 0] }))
  b.add('brass', cyl(cm(0.42), cm(0.42), cm(0.3), 6, { p: [cx, pivotY + cm(0.48), 0] }))

  // Spring tension: a helical spring between lever and bed, with its adjusting screw and nut.
  const sx = cm(-6.2)
  const springTop = pivotY - cm(0.45)
  const spring: V3[] = []
  const turns = 7
  for (let i = 0; i <= turns * 16; i++) {
    const a = (i / 16) * Math.PI * 2
    spring.push([sx + cm(0.35) * Math.cos(a), bed + cm(0.25) + ((springTop - bed - cm(0.25)) * i) / (turns * 16), cm(0.35) * Math.sin(a)])
  }
  b.add('nickel', sweep(spring, cm(0.05), { radialSegments: 5 }))
  b.add('brass', cyl(cm(0.5), cm(0.55), cm(0.25), 6, { p: [sx, bed, 0] }))
  b.add('nickel', cyl(cm(0.14), cm(0.14), cm(2.6), 8, { p: [sx, bed, 0] }))
  b.add('brass', cyl(cm(0.5), cm(0.5), cm(0.35), 16, { p: [sx, pivotY + cm(0.5), 0] }))
  b.add('nickel', cyl(cm(0.2), cm(0.3), cm(0.2), 12, { p: [sx, pivotY + cm(0.85), 0] }))

  // Back stop: a pillar with a stop screw above the lever's tail.
  const bx = cm(-8.0)
  b.add('brass', box(cm(0.9), cm(3.9), cm(0.6), { p: [bx, bed + cm(1.95), cm(-1.3)] }))
  b.add('brass', box(cm(0.9), cm(0.6), cm(1.9), { p: [bx, bed + cm(3.6), cm(-0.65)] }))
  b.add('nickel', cyl(cm(0.15), cm(0.15), cm(1.0), 10, { p: [bx, pivotY + cm(0.3), 0] }))
  b.add('brass', cyl(cm(0.38), cm(0.38), cm(0.35), 16, { p: [bx, bed + cm(3.95), 0] }))

  // Two binding posts at the front, wired to the bed plate by brass straps.
  bindingPost(b, -6.5, 4.2, top)
  bindingPost(b, -3.5, 4.2, top)
  for (const x of [-6.5, -3.5]) b.add('brass', box(cm(0.6), cm(0.08), cm(2.6), { p: [cm(x), top + cm(0.04), cm(2.9)] }))

})

export default telegraphKey
