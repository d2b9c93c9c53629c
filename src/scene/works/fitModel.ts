/** Fitting a loaded model to its catalogued size, and freeing it again when it leaves view. */
import * as THREE from 'three'
import { mergeModel } from '../mergeModel'
import { reflectiveParts } from '../reflections'

/**
 * Scales and centres a model so its bounds fit the catalogued size (w x h x d metres, d = 0 for
 * "as deep as it is tall"), whatever units it was authored in, keeping its proportions. Gives each
 * mesh its own materials, so hover highlighting one copy leaves the cached model untouched.
 */
export function fitModel(model: THREE.Object3D, w: number, h: number, d: number): THREE.Group {
  model.traverse((o) => {
    const mesh = o as THREE.Mesh
    if (mesh.isMesh) mesh.material = Array.isArray(mesh.material) ? mesh.material.map((m) => m.clone()) : mesh.material.clone()
  })
  const node = mergeModel(model)
  reflectiveParts(node)
  const box = new THREE.Box3().setFromObject(node)
  const size = box.getSize(new THREE.Vector3())
  const scale = Math.min(w / Math.max(size.x, 1e-6), h / Math.max(size.y, 1e-6), (d > 0 ? d : h) / Math.max(size.z, 1e-6))
  node.scale.setScalar(scale)
  const centre = box.getCenter(new THREE.Vector3()).multiplyScalar(scale)
  node.position.set(-centre.x, -centre.y, -centre.z)
  const wrapper = new THREE.Group()
  wrapper.add(node)
  return wrapper
}

/** Frees a work's GPU resources when it leaves view; shared geometry and textures re-upload on their next use. */
export function releaseModel(node: THREE.Object3D): void {
  node.traverse((o) => {
    const mesh = o as THREE.Mesh
    if (!mesh.isMesh) return
    mesh.geometry.dispose()
    for (const m of Array.isArray(mesh.material) ? mesh.material : [mesh.material]) {
      // Not the environment: that is the room's, shared by every reflective material (reflections.ts).
      for (const [key, value] of Object.entries(m)) if (value instanceof THREE.Texture && key !== 'envMap') value.dispose()
      m.dispose()
    }
  })
}
