import { describe, expect, it } from 'vitest'
import * as THREE from 'three'
import { fitDistance, fitModelView } from '../../../src/scene/modelFit'

describe('the turnable model view', () => {
  it('stands the camera where a unit sphere just fits the narrower field of view, with the margin', () => {
    for (const [fov, aspect] of [[35, 1.6], [35, 0.6], [50, 1]] as const) {
      const d = fitDistance(fov, aspect, 1)
      const half = (fov * Math.PI) / 360
      const narrow = Math.min(half, Math.atan(Math.tan(half) * aspect))
      // The sphere's angular radius seen from d equals the narrower half-angle.
      expect(Math.asin(1 / d)).toBeCloseTo(narrow, 10)
      expect(fitDistance(fov, aspect, 1.15)).toBeCloseTo(d * 1.15, 10)
    }
  })

  it('centres any model on the origin at a radius of 1, and makes that framing the reset view', () => {
    const box = new THREE.Mesh(new THREE.BoxGeometry(4, 2, 1))
    box.position.set(10, -3, 5)
    const fitted = fitModelView(box)
    const sphere = new THREE.Box3().setFromObject(fitted.object).getBoundingSphere(new THREE.Sphere())
    expect(sphere.center.length()).toBeLessThan(1e-9)
    expect(sphere.radius).toBeCloseTo(1, 9)
    const camera = new THREE.PerspectiveCamera(35, 1.5, 0.01, 100)
    const saved: THREE.Vector3[] = []
    const controls = { target: new THREE.Vector3(9, 9, 9), update: () => true, saveState: () => saved.push(camera.position.clone()) }
    fitted.frame(camera, controls)
    expect(controls.target.length()).toBe(0)
    expect(camera.position.length()).toBeCloseTo(fitDistance(35, 1.5), 9)
    expect(saved).toHaveLength(1)
  })
})
