import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  headInWorld,
  localToWorld,
  originPlacingHead,
  rotateXZ,
  seatedOffset,
  shiftOrigin,
  turnOriginAboutHead,
  worldToLocal,
  yawOfQuaternion,
  type OriginPose,
} from '../../../src/xr/originMath'
import type { Vec3 } from '../../../src/layout/types'
import { wrapAngle } from '../../../src/layout/geometry'

const num = fc.double({ min: -20, max: 20, noNaN: true })
const angle = fc.double({ min: -Math.PI, max: Math.PI, noNaN: true })
const vec3 = fc.tuple(num, fc.double({ min: 0, max: 2.5, noNaN: true }), num)
const origin = fc.record({ position: fc.tuple(num, fc.constant(0), num), yaw: angle }) as fc.Arbitrary<OriginPose>

const close = (a: number, b: number, eps = 1e-9) => expect(Math.abs(a - b)).toBeLessThan(eps)
const closeAngle = (a: number, b: number, eps = 1e-9) => expect(Math.abs(wrapAngle(a - b))).toBeLessThan(eps)

describe('XR origin maths', () => {
  it('rotates like three.js rotation.y: yaw +90° turns -z (ahead) to -x (left)', () => {
    const [x, z] = rotateXZ(0, -1, Math.PI / 2)
    close(x, -1)
    close(z, 0)
  })

  it('reads the heading of a quaternion with the gallery convention', () => {
    for (const yaw of [0, 0.5, Math.PI / 2, -2, 3]) {
      const q: [number, number, number, number] = [0, Math.sin(yaw / 2), 0, Math.cos(yaw / 2)]
      closeAngle(yawOfQuaternion(q), yaw)
    }
    // Pitching down does not change the heading.
    const yaw = 1.1
    const pitch = -0.6
    // q = qYaw * qPitch (YXZ order)
    const [sy, cy, sp, cp] = [Math.sin(yaw / 2), Math.cos(yaw / 2), Math.sin(pitch / 2), Math.cos(pitch / 2)]
    closeAngle(yawOfQuaternion([cy * sp, sy * cp, -sy * sp, cy * cp]), yaw)
  })

  it('local and world are inverse', () => {
    fc.assert(
      fc.property(origin, vec3, (o, p) => {
        const back = worldToLocal(o, localToWorld(o, p))
        p.forEach((v, i) => close(back[i]!, v, 1e-9))
      }),
    )
  })

  it('places the origin so the head lands on the target with the wanted heading, wherever the head is in its play space', () => {
    fc.assert(
      fc.property(vec3, angle, fc.tuple(num, num), angle, (headLocal, headYaw, target, targetYaw) => {
        const o = originPlacingHead(headLocal, headYaw, target, targetYaw)
        const head = headInWorld(o, headLocal, headYaw)
        close(head.position[0], target[0], 1e-9)
        close(head.position[2], target[1], 1e-9)
        closeAngle(head.yaw, targetYaw)
        close(o.position[1], 0)
      }),
    )
  })

  it('turns about the head: the visitor stays on the spot and the heading changes by the step', () => {
    fc.assert(
      fc.property(origin, vec3, angle, angle, (o, headLocal, headYaw, delta) => {
        const before = headInWorld(o, headLocal, headYaw)
        const turned = turnOriginAboutHead(o, [before.position[0], before.position[2]], delta)
        const after = headInWorld(turned, headLocal, headYaw)
        close(after.position[0], before.position[0], 1e-9)
        close(after.position[2], before.position[2], 1e-9)
        closeAngle(after.yaw - before.yaw, delta)
      }),
    )
  })

  it('shifts the origin by the head’s floor move', () => {
    const o: OriginPose = { position: [1, 0, 2], yaw: 0.3 }
    const headLocal: Vec3 = [0.2, 1.6, -0.1]
    const head = headInWorld(o, headLocal, 0).position
    const moved = shiftOrigin(o, [head[0], head[2]], [head[0] + 1, head[2] - 2])
    const after = headInWorld(moved, headLocal, 0).position
    close(after[0], head[0] + 1)
    close(after[2], head[2] - 2)
  })

  it('lifts a seated visitor to standing eye height, within reason', () => {
    close(seatedOffset(1.15, 1.6), 0.45)
    expect(seatedOffset(1.8, 1.6)).toBe(0)
    expect(seatedOffset(0.1, 1.6)).toBe(1)
    expect(seatedOffset(Number.NaN, 1.6)).toBe(0)
  })
})
