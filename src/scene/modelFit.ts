/**
 * Frames one model for the inspect panel's turnable view: centred on the origin, scaled to a
 * bounding sphere of radius 1, the camera at the distance where that sphere fills the narrower
 * of its two fields of view.
 */
import * as THREE from 'three'

/** What the view's orbit controls need of a framing: a target to turn about, a state to reset to. */
export interface Framable {
  target: THREE.Vector3
  update(): boolean
  saveState(): void
}

/** The distance at which a unit sphere fits the camera's narrower field of view, with a margin. */
export function fitDistance(fovDegrees: number, aspect: number, margin = 1.15): number {
  const half = (fovDegrees * Math.PI) / 360
  const narrow = Math.min(half, Math.atan(Math.tan(half) * aspect))
  return (1 / Math.sin(narrow)) * margin
}

export function fitModelView(model: THREE.Object3D) {
  const sphere = new THREE.Box3().setFromObject(model).getBoundingSphere(new THREE.Sphere())
  const scale = sphere.radius > 0 ? 1 / sphere.radius : 1
  const object = new THREE.Group()
  object.add(model)
  object.scale.setScalar(scale)
  object.position.copy(sphere.center).multiplyScalar(-scale)
  return {
    object,
    /** Puts the camera where the whole model shows, slightly from above, and makes that the reset view. */
    frame(camera: THREE.PerspectiveCamera, controls: Framable) {
      const distance = fitDistance(camera.fov, camera.aspect)
      camera.position.copy(new THREE.Vector3(0, 0.3, 1).normalize().multiplyScalar(distance))
      camera.near = distance / 100
      camera.far = distance * 10
      camera.updateProjectionMatrix()
      controls.target.set(0, 0, 0)
      controls.update()
      controls.saveState()
    },
  }
}
