/**
 * Loads artifact textures and models from the exhibition's own origin, caches them, and counts
 * what is still in flight so `whenReady()` can wait for the start room's assets. A file that
 * fails never throws into the scene: the caller gets `null` and shows a labelled placeholder.
 */
import * as THREE from 'three'
import type { GLTF, GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'

let pending = 0
const idleWaiters: Array<() => void> = []

/** Counts a promise as an asset load (fonts for wall texts count too: a label is part of the view). */
export function track<T>(promise: Promise<T>): Promise<T> {
  pending += 1
  return promise.finally(() => {
    pending -= 1
    // Let React commit what the load produced before anyone waiting is told.
    if (pending === 0) setTimeout(() => pending === 0 && idleWaiters.splice(0).forEach((r) => r()), 0)
  })
}

/** Resolves once no asset load is in flight. */
export function assetsSettled(): Promise<void> {
  return pending === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve))
}

const textures = new Map<string, Promise<THREE.Texture | null>>()

export function loadTexture(url: string): Promise<THREE.Texture | null> {
  let entry = textures.get(url)
  if (!entry) {
    entry = track(
      new THREE.TextureLoader()
        .loadAsync(url)
        .then((t) => {
          t.colorSpace = THREE.SRGBColorSpace
          t.anisotropy = 8
          return t as THREE.Texture
        })
        .catch(() => null),
    )
    textures.set(url, entry)
  }
  return entry
}

let gltfLoader: Promise<GLTFLoader> | null = null

/** The glTF and Draco loaders arrive with the first model asked for, not with the page's first script. */
function loader(): Promise<GLTFLoader> {
  gltfLoader ??= Promise.all([
    import('three/examples/jsm/loaders/GLTFLoader.js'),
    import('three/examples/jsm/loaders/DRACOLoader.js'),
  ]).then(([{ GLTFLoader }, { DRACOLoader }]) => {
    // The decoder is served from our own origin: schools' filtered networks block CDNs.
    const draco = new DRACOLoader().setDecoderPath(new URL('draco/gltf/', document.baseURI).href)
    return new GLTFLoader().setDRACOLoader(draco)
  })
  return gltfLoader
}

const models = new Map<string, Promise<GLTF | null>>()

export function loadModel(url: string): Promise<GLTF | null> {
  let entry = models.get(url)
  if (!entry) {
    entry = track(loader().then((l) => l.loadAsync(url)).catch(() => null))
    models.set(url, entry)
  }
  return entry
}
