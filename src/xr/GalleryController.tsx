import { Suspense, use } from 'react'
import { CombinedPointer, DefaultXRInputSourceRayPointer, XRSpace, useXRInputSourceStateContext } from '@react-three/xr'
import * as THREE from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'

/**
 * A trigger press and release on the same thing is a click however long it took (the library's
 * 300 ms is a mouse habit): rays drag nothing here, people squeeze triggers slowly, and a
 * struggling frame rate must not swallow clicks. Releasing over something else is still no click.
 */
export const CLICK_THRESHOLD_MS = 10_000

const RAY = { color: '#f4e6c2', opacity: 0.6, maxLength: 6 }
const models = new Map<string, Promise<THREE.Object3D>>()
let loader: GLTFLoader | null = null

/**
 * The controller's glTF (from our own profiles folder) with all its parts merged into one mesh:
 * one draw call per controller and eye instead of six. The price: its buttons do not move with
 * the visitor's fingers, which they feel anyway.
 */
async function loadMergedModel(assetPath: string): Promise<THREE.Object3D> {
  loader ??= new GLTFLoader()
  const { scene } = await loader.loadAsync(assetPath)
  scene.updateMatrixWorld(true)
  const parts: THREE.BufferGeometry[] = []
  let material: THREE.Material | null = null
  scene.traverse((o) => {
    const mesh = o as THREE.Mesh
    if (!mesh.isMesh) return
    material ??= Array.isArray(mesh.material) ? (mesh.material[0] ?? null) : mesh.material
    const g = (mesh.geometry.index ? mesh.geometry.toNonIndexed() : mesh.geometry.clone()).applyMatrix4(mesh.matrixWorld)
    parts.push(g)
  })
  // Keep the attributes every part has, so the parts can be joined.
  const shared = Object.keys(parts[0]?.attributes ?? {}).filter((name) => parts.every((p) => p.getAttribute(name)))
  for (const p of parts) for (const name of Object.keys(p.attributes)) if (!shared.includes(name)) p.deleteAttribute(name)
  const merged = parts.length ? mergeGeometries(parts) : null
  if (!merged || !material) return scene.clone(true)
  parts.forEach((p) => p.dispose())
  const model = new THREE.Mesh(merged, material)
  model.name = 'xr-controller-model'
  return model
}

function MergedControllerModel() {
  const state = useXRInputSourceStateContext('controller')
  const path = state.layout.assetPath
  let model = models.get(path)
  if (!model) {
    model = loadMergedModel(path)
    models.set(path, model)
  }
  const object = use(model)
  return (
    <XRSpace space="grip-space">
      <primitive object={object} />
    </XRSpace>
  )
}

/**
 * Our controller: its (merged) model and a pointing ray; no library grab or teleport pointers
 * (picking works up and teleporting are the gallery's own, in XRDriver).
 */
export function GalleryController() {
  return (
    <>
      <Suspense fallback={null}>
        <MergedControllerModel />
      </Suspense>
      <CombinedPointer>
        <DefaultXRInputSourceRayPointer makeDefault minDistance={0.2} clickThresholdMs={CLICK_THRESHOLD_MS} rayModel={RAY} cursorModel={{ color: RAY.color }} />
      </CombinedPointer>
    </>
  )
}
