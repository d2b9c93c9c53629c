import { describe, expect, it } from 'vitest'
import type { ArtifactPlacement } from '../../../../src/layout/types'
import type { Artifact } from '../../../../src/manifest/schema'
import { frameMargin } from '../../../../src/scene/frames'
import { LABEL_W, labelSpot } from '../../../../src/scene/works/labelSpot'
import type { Work } from '../../../../src/scene/works/work'
import { makeManifest } from '../../fixtures/makeManifest'

const artifact = makeManifest([{ artifacts: [{ kind: 'poster', width: 60, height: 90 }] }]).artifacts[0]!

/** A wall work on the north wall (facing +z, its right toward +x) at `x`, `width` by `height` metres. */
function wallWork(x: number, width = 0.6, height = 0.9, kind: Artifact['kind'] = 'poster', y = 1.5): Work {
  const placement = { artifactId: `w${x}`, roomId: 'r', mount: 'wall', wall: 'north', position: [x, y, 0], yaw: 0, size: [width, height, 0.01] } as ArtifactPlacement
  return { placement, artifact: { ...artifact, id: `w${x}`, kind } }
}

const sideOffset = (w: Work) => w.placement.size[0] / 2 + frameMargin(w.artifact.kind, w.placement.size[0], w.placement.size[1]) + 0.08 + LABEL_W / 2

describe('where a label goes', () => {
  it('hangs beside a lone wall work, on its right, at reading height and just proud of the wall', () => {
    const work = wallWork(2)
    const spot = labelSpot(work, [work])
    expect(spot.yaw).toBe(0)
    expect(spot.position[0]).toBeCloseTo(2 + sideOffset(work))
    expect(spot.position[1]).toBeCloseTo(1.35)
    expect(spot.position[2]).toBeCloseTo(0.01)
  })

  it('turns with the wall: on an east-facing wall the right side runs toward -z', () => {
    const work = wallWork(0)
    work.placement = { ...work.placement, yaw: Math.PI / 2, position: [0, 1.2, 3] }
    const spot = labelSpot(work, [work])
    expect(spot.yaw).toBeCloseTo(Math.PI / 2)
    expect(spot.position[0]).toBeCloseTo(0.01)
    expect(spot.position[2]).toBeCloseTo(3 - sideOffset(work))
    // A work hung lower than reading height keeps its label level with its centre.
    expect(spot.position[1]).toBeCloseTo(1.2)
  })

  it('goes to the left when a neighbour stands on the right, and under the work when both sides are taken', () => {
    const work = wallWork(2)
    const right = wallWork(2.9)
    const left = wallWork(1.1)
    expect(labelSpot(work, [work, right]).position[0]).toBeCloseTo(2 - sideOffset(work))
    const under = labelSpot(work, [left, work, right])
    expect(under.position[0]).toBeCloseTo(2 - 0.3 + LABEL_W / 2)
    expect(under.position[1]).toBeCloseTo(1.5 - 0.45 - frameMargin('poster', 0.6, 0.9) - 0.06 - 0.05)
  })

  it('ignores works on other walls, and never puts a label under 45 cm', () => {
    const work = wallWork(2, 0.6, 0.9, 'poster', 0.7)
    const elsewhere = { ...wallWork(2.9), placement: { ...wallWork(2.9).placement, wall: 'south' } } as Work
    expect(labelSpot(work, [work, elsewhere]).position[0]).toBeCloseTo(2 + sideOffset(work))
    const crowded = labelSpot(work, [wallWork(1.1, 0.6, 0.9, 'poster', 0.7), work, wallWork(2.9, 0.6, 0.9, 'poster', 0.7)])
    expect(crowded.position[1]).toBe(0.45)
  })

  it('stands on the front edge of a plinth or vitrine, facing the visitor', () => {
    const placement = {
      artifactId: 'obj',
      roomId: 'r',
      mount: 'plinth',
      position: [4, 1.2, 5],
      yaw: Math.PI,
      size: [0.4, 0.5, 0.4],
      stand: { center: [4, 5], size: [0.6, 0.8], height: 0.9 },
    } as ArtifactPlacement
    const spot = labelSpot({ placement, artifact: { ...artifact, kind: 'object' } }, [])
    expect(spot.position[0]).toBeCloseTo(4)
    expect(spot.position[1]).toBeCloseTo(0.78)
    // Facing -z (yaw π): the front edge is the stand's -z side.
    expect(spot.position[2]).toBeCloseTo(5 - 0.406)
  })
})
