import { describe, expect, it } from 'vitest'
import * as THREE from 'three'
import { ENVIRONMENT_INTENSITY, isReflective, reflectEnvironment, reflective, reflectiveCount } from '../../../src/scene/reflections'
import { fitModel, releaseModel } from '../../../src/scene/works/fitModel'

const standard = (p: THREE.MeshStandardMaterialParameters) => new THREE.MeshStandardMaterial(p)

describe('reflections: only what shows a reflection gets the room environment', () => {
  it('counts metal, polished and glass surfaces as reflective, and paper, canvas and painted wood not', () => {
    expect(isReflective(standard({ metalness: 0.75, roughness: 0.32 }))).toBe(true) // gilt
    expect(isReflective(standard({ metalness: 0.1, roughness: 0.05, transparent: true, opacity: 0.14 }))).toBe(true) // glass
    expect(isReflective(standard({ metalness: 0, roughness: 0.3 }))).toBe(true) // lacquer
    expect(isReflective(standard({ metalness: 0, roughness: 0.85 }))).toBe(false) // paper
    expect(isReflective(standard({ metalness: 0, roughness: 0.55 }))).toBe(false) // oak
  })

  it('moves every reflective material to the environment of the room the visitor walks into, until it is disposed', () => {
    const hall = new THREE.Texture()
    const next = new THREE.Texture()
    reflectEnvironment(hall)
    const gilt = reflective(standard({ metalness: 0.75, roughness: 0.32 }))
    expect(gilt.envMap).toBe(hall)
    expect(gilt.envMapIntensity).toBe(ENVIRONMENT_INTENSITY)
    reflectEnvironment(next)
    expect(gilt.envMap).toBe(next)
    const before = reflectiveCount()
    gilt.dispose()
    expect(reflectiveCount()).toBe(before - 1)
    reflectEnvironment(hall)
    expect(gilt.envMap).toBe(next)
  })

  it("registers a loaded model's shiny parts, and freeing the model leaves the room's environment alive", () => {
    const environment = new THREE.Texture()
    let disposed = false
    environment.addEventListener('dispose', () => (disposed = true))
    reflectEnvironment(environment)
    const model = new THREE.Group()
    model.add(new THREE.Mesh(new THREE.BoxGeometry(1, 1, 1), standard({ metalness: 0.8, roughness: 0.3, map: new THREE.Texture() })))
    model.add(new THREE.Mesh(new THREE.BoxGeometry(1, 1, 1), standard({ metalness: 0, roughness: 0.9, map: new THREE.Texture() })))
    const node = fitModel(model, 1, 1, 1)
    const materials: THREE.MeshStandardMaterial[] = []
    node.traverse((o) => (o as THREE.Mesh).isMesh && materials.push((o as THREE.Mesh).material as THREE.MeshStandardMaterial))
    expect(materials.filter((m) => m.envMap === environment)).toHaveLength(1)
    expect(materials.find((m) => m.metalness > 0.5)?.envMap).toBe(environment)
    releaseModel(node)
    expect(disposed).toBe(false)
  })
})
