import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import { fitModel, releaseModel } from '../../../../src/scene/works/fitModel'

/** A model authored in centimetres, off centre: two boxes side by side. */
function model(): { root: THREE.Group; material: THREE.MeshStandardMaterial } {
  const material = new THREE.MeshStandardMaterial({ color: '#884422' })
  const root = new THREE.Group()
  const a = new THREE.Mesh(new THREE.BoxGeometry(20, 40, 10), material)
  a.position.set(110, 20, 5)
  const b = new THREE.Mesh(new THREE.BoxGeometry(20, 40, 10), material)
  b.position.set(130, 20, 5)
  root.add(a, b)
  return { root, material }
}

const bounds = (o: THREE.Object3D) => {
  o.updateMatrixWorld(true)
  const box = new THREE.Box3().setFromObject(o)
  return { size: box.getSize(new THREE.Vector3()), centre: box.getCenter(new THREE.Vector3()) }
}

describe('fitting a model to its catalogued size', () => {
  it('scales it to the tightest of the catalogued dimensions, keeping proportions, and centres it', () => {
    const { root } = model()
    // 40 x 40 x 10 authored; catalogued 0.2 m wide, 0.5 m tall, 0.3 m deep: the width decides.
    const { size, centre } = bounds(fitModel(root, 0.2, 0.5, 0.3))
    expect(size.x).toBeCloseTo(0.2)
    expect(size.y).toBeCloseTo(0.2)
    expect(size.z).toBeCloseTo(0.05)
    expect(centre.length()).toBeLessThan(1e-9)
  })

  it('treats a depth of 0 as "as deep as it is tall"', () => {
    const { root } = model()
    const { size } = bounds(fitModel(root, 1, 1, 0))
    expect(size.x).toBeCloseTo(1)
  })

  it('gives the fitted copy its own materials, so a highlight leaves the cached model alone', () => {
    const { root } = model()
    // A textured material, which mergeModel keeps as it is (plain ones it replaces anyway).
    const material = new THREE.MeshStandardMaterial({ map: new THREE.Texture() })
    root.traverse((o) => ((o as THREE.Mesh).isMesh ? ((o as THREE.Mesh).material = material) : undefined))
    const fitted = fitModel(root, 0.2, 0.5, 0.3)
    fitted.traverse((o) => {
      const mesh = o as THREE.Mesh
      if (mesh.isMesh) (mesh.material as THREE.MeshStandardMaterial).emissive.set('#ff0000')
    })
    expect(material.emissive.getHex()).toBe(0)
  })

  it('frees geometry, materials and their textures when released', () => {
    const texture = new THREE.Texture()
    const material = new THREE.MeshStandardMaterial({ map: texture })
    const geometry = new THREE.BoxGeometry(1, 1, 1)
    const disposed: string[] = []
    for (const [name, thing] of [['geometry', geometry], ['material', material], ['texture', texture]] as const) thing.addEventListener('dispose', () => disposed.push(name))
    const group = new THREE.Group()
    group.add(new THREE.Mesh(geometry, material))
    releaseModel(group)
    expect(disposed.sort()).toEqual(['geometry', 'material', 'texture'])
  })
})
