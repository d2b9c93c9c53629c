import fc from 'fast-check'
import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import { forwardOf, gripInWorld, headOf } from '../../../src/xr/controllerPose'

const unitQuaternion = fc
  .tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }))
  .filter((q) => Math.hypot(...q) > 0.1)
  .map(([x, y, z, w]) => new THREE.Quaternion(x, y, z, w).normalize())

describe('reading poses out of an XR frame', () => {
  it('points a ray along its rotation’s local -z, as three.js would', () => {
    fc.assert(
      fc.property(unitQuaternion, (q) => {
        const expected = new THREE.Vector3(0, 0, -1).applyQuaternion(q)
        const got = forwardOf(q)
        expect(Math.hypot(got[0] - expected.x, got[1] - expected.y, got[2] - expected.z)).toBeLessThan(1e-9)
      }),
    )
  })

  it('turns a grip by the origin’s yaw and carries it with the origin', () => {
    fc.assert(
      fc.property(unitQuaternion, fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }), (q, yaw) => {
        const grip = gripInWorld({ position: [2, 0, -3], yaw }, [0.5, 1, 0], q)
        const expected = new THREE.Quaternion().setFromAxisAngle(new THREE.Vector3(0, 1, 0), yaw).multiply(q)
        const [x, y, z, w] = grip.quaternion
        expect(Math.abs(x * expected.x + y * expected.y + z * expected.z + w * expected.w)).toBeCloseTo(1, 9)
        const at = new THREE.Vector3(0.5, 1, 0).applyAxisAngle(new THREE.Vector3(0, 1, 0), yaw).add(new THREE.Vector3(2, 0, -3))
        expect(grip.position[0]).toBeCloseTo(at.x, 9)
        expect(grip.position[2]).toBeCloseTo(at.z, 9)
      }),
    )
  })

  it('reads the head’s heading and its pitch as a YXZ Euler would', () => {
    const q = new THREE.Quaternion().setFromEuler(new THREE.Euler(-0.4, 1.1, 0, 'YXZ'))
    const head = headOf({ position: { x: 0.1, y: 1.6, z: -0.2 }, orientation: q })
    expect(head.local).toEqual([0.1, 1.6, -0.2])
    expect(head.yaw).toBeCloseTo(1.1, 9)
    expect(head.pitch).toBeCloseTo(-0.4, 9)
  })
})
