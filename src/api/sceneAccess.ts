/** The live three.js objects, handed over by the Canvas for the automation API's measurements. */
import type * as THREE from 'three'

export interface SceneAccess {
  scene: THREE.Scene
  camera: THREE.Camera
  gl: THREE.WebGLRenderer
  size: { width: number; height: number }
}

let current: SceneAccess | null = null

export function registerScene(access: SceneAccess): () => void {
  current = access
  return () => {
    if (current === access) current = null
  }
}

export function sceneAccess(): SceneAccess | null {
  return current
}
