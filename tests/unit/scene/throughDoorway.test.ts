import { describe, expect, it } from 'vitest'
import * as THREE from 'three'
import { computeLayout } from '../../../src/layout'
import { doorwayBox, neighbourInSight } from '../../../src/scene/ThroughDoorway'
import { makeManifest } from '../fixtures/makeManifest'

describe('neighbourInSight (portal culling of the rooms beside the visitor)', () => {
  const layout = computeLayout(
    makeManifest([
      { id: 'first', width: 10, depth: 8, height: 4, artifacts: [{ kind: 'poster', width: 60, height: 90 }] },
      { id: 'second', width: 10, depth: 8, height: 4, artifacts: [{ kind: 'poster', width: 60, height: 90 }] },
    ]),
  )
  const [first, second] = layout.rooms
  const doorway = layout.doorways.find((d) => d.rooms.includes('first') && d.rooms.includes('second'))!
  const door = doorwayBox(doorway)
  const doorCentre = door.getCenter(new THREE.Vector3())

  /** A camera at eye height in `room`'s centre looking at `target` (world x, z). */
  function cameraIn(at: [number, number], target: THREE.Vector3): THREE.PerspectiveCamera {
    const camera = new THREE.PerspectiveCamera(60, 1.6, 0.05, 120)
    camera.position.set(at[0], 1.6, at[1])
    camera.lookAt(target.x, 1.6, target.z)
    camera.updateMatrixWorld()
    return camera
  }

  it('shows the next room while its doorway is in view', () => {
    expect(neighbourInSight(cameraIn(first!.center, doorCentre), second!, door)).toBe(true)
  })

  it('hides it while the visitor looks away from the doorway', () => {
    const away = new THREE.Vector3(2 * first!.center[0] - doorCentre.x, 1.6, 2 * first!.center[1] - doorCentre.z)
    expect(neighbourInSight(cameraIn(first!.center, away), second!, door)).toBe(false)
  })

  it('always shows the room the camera stands in, whichever way it looks', () => {
    const away = new THREE.Vector3(2 * second!.center[0] - doorCentre.x, 1.6, 2 * second!.center[1] - doorCentre.z)
    expect(neighbourInSight(cameraIn(second!.center, away), second!, door)).toBe(true)
  })

  it('boxes the opening across its wall, from the floor to the lintel', () => {
    const size = door.getSize(new THREE.Vector3())
    expect(size.y).toBeCloseTo(doorway.height)
    expect(Math.max(size.x, size.z)).toBeCloseTo(doorway.width)
  })
})
