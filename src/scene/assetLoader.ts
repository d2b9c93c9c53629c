/**
 * Loads artifact textures and models from the exhibition's own origin, caches them, and counts
 * them as loads in flight (store/assetLoads), so `whenReady()` can wait for the start room's
 * assets. A file that fails never throws into the scene: the caller gets `null` and shows a
 * labelled placeholder.
 */
import * as THREE from 'three'
import type { GLTF, GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { track } from '../store/assetLoads'

/**
 * One load per key, counted while in flight; a failure resolves to null (never a throw into the
 * scene), and is remembered, so a missing file is asked for once.
 */
export function cachedLoad<T>(cache: Map<string, Promise<T | null>>, key: string, load: () => Promise<T>): Promise<T | null> {
  let entry = cache.get(key)
  if (!entry) {
    entry = track(load().catch(() => null))
    cache.set(key, entry)
  }
  return entry
}

const textures = new Map<string, Promise<THREE.Texture | null>>()

export function loadTexture(url: string): Promise<THREE.Texture | null> {
  return cachedLoad(textures, url, () =>
    new THREE.TextureLoader().loadAsync(url).then((t) => {
      t.colorSpace = THREE.SRGBColorSpace
      t.anisotropy = 8
      return t as THREE.Texture
    }),
  )
}

/** Draco decoder files served from our own origin (public/draco/gltf/): schools' filtered networks block CDNs. */
export function dracoDecoderPath(): string {
  return new URL('draco/gltf/', document.baseURI).href
}

let gltfLoader: Promise<GLTFLoader> | null = null

/** The glTF and Draco loaders arrive with the first model asked for, not with the page's first script. */
function loader(): Promise<GLTFLoader> {
  gltfLoader ??= Promise.all([
    import('three/examples/jsm/loaders/GLTFLoader.js'),
    import('three/examples/jsm/loaders/DRACOLoader.js'),
  ]).then(([{ GLTFLoader }, { DRACOLoader }]) => {
    const draco = new DRACOLoader().setDecoderPath(dracoDecoderPath())
    return new GLTFLoader().setDRACOLoader(draco)
  })
  return gltfLoader
}

const models = new Map<string, Promise<GLTF | null>>()

export function loadModel(url: string): Promise<GLTF | null> {
  return cachedLoad(models, url, () => loader().then((l) => l.loadAsync(url)))
}
