/**
 * Loads artifact textures and models from the exhibition's own origin, caches them, and counts
 * what is still in flight so `whenReady()` can wait for the start room's assets. A file that
 * fails never throws into the scene: the caller gets `null` and shows a labelled placeholder.
 */
import * as THREE from 'three'
import { LRUCache } from 'lru-cache'
import type { GLTF, GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { track } from '../store/assetLoads'
import { walkableSlot } from '../store/runtime'
import { deviceTier } from './graphicsTier'

/** Decoded bytes of a texture's picture (what the browser keeps to upload it again). */
function textureBytes(texture: THREE.Texture): number {
  const image = texture.image as { width?: number; height?: number } | null
  return Math.max(1, (image?.width ?? 1) * (image?.height ?? 1) * 4)
}

/** Bytes of a model's geometry arrays (its textures are counted by the browser's image cache). */
function modelBytes(gltf: GLTF): number {
  let bytes = 0
  gltf.scene.traverse((o) => {
    const geometry = (o as THREE.Mesh).geometry
    if (!geometry) return
    for (const attribute of Object.values(geometry.attributes)) bytes += (attribute.array as ArrayLike<number> & { byteLength: number }).byteLength
    bytes += (geometry.index?.array as { byteLength: number } | undefined)?.byteLength ?? 0
  })
  return Math.max(1, bytes)
}

/**
 * The caches are bounded, least recently used first out: a long visit walks past every work, and
 * a Chromebook must not keep all of them. What is evicted is only forgotten (a room still showing
 * it holds its own reference); coming back loads it again, from the browser's or the offline cache.
 * The bounds hold about three rooms' worth, the rooms a doorway can show.
 */
const TEXTURE_BYTES = 96 * 2 ** 20
const MODEL_BYTES = 24 * 2 ** 20

/** Files that failed: asked again, they fail at once (the work shows its labelled placeholder). */
const failed = new Set<string>()

/** How a texture is set up once loaded: an artwork's picture, or a room's baked light. */
export type TextureSetup = (texture: THREE.Texture) => void

/** A work's picture: sRGB, sharp at a glancing angle. */
export function artworkTexture(texture: THREE.Texture): void {
  texture.colorSpace = THREE.SRGBColorSpace
  texture.anisotropy = deviceTier().anisotropy
}

const textures = new LRUCache<string, THREE.Texture, TextureSetup>({
  maxSize: TEXTURE_BYTES,
  sizeCalculation: textureBytes,
  // Forgotten, it frees its GPU copy too (a room still showing it uploads it again as it draws).
  dispose: (texture) => texture.dispose(),
  fetchMethod: (url, _stale, { context: setup }) =>
    new THREE.TextureLoader().loadAsync(url).then((t) => {
      setup(t)
      return t as THREE.Texture
    }),
})

/**
 * Works' pictures and models are fetched once the start room can be walked (`gallery:walkable`),
 * so on a first visit they do not hold up its architecture on the line or the main thread (each
 * work shows its plain panel until then). Counted as loads from the start, so `whenReady()` and
 * `goTo` still wait for them. Later rooms find the gate open.
 */
const afterWalkable = (): Promise<unknown> => (walkableSlot.get() ? Promise.resolve() : walkableSlot.whenSet())

/** One load at a time per URL, through the bounded cache; a failure resolves to null and is remembered. */
function cachedLoad<T extends {}>(cache: { get(url: string): T | undefined }, url: string, fetch: () => Promise<T | undefined>, work = true): Promise<T | null> {
  if (failed.has(url)) return Promise.resolve(null)
  const hit = cache.get(url)
  if (hit) return Promise.resolve(hit)
  return track(
    (work ? afterWalkable().then(fetch) : fetch()).then(
      (value) => value ?? null,
      () => {
        failed.add(url)
        return null
      },
    ),
  )
}

/** A texture from the exhibition's files, set up for its use (an artwork's picture unless told; any other, as a room's baked light, is the room's own and not held back). */
export function loadTexture(url: string, setup: TextureSetup = artworkTexture): Promise<THREE.Texture | null> {
  return cachedLoad(textures, url, () => textures.fetch(url, { context: setup }), setup === artworkTexture)
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

const models = new LRUCache<string, GLTF>({
  maxSize: MODEL_BYTES,
  sizeCalculation: modelBytes,
  fetchMethod: (url) => loader().then((l) => l.loadAsync(url)),
})

export function loadModel(url: string): Promise<GLTF | null> {
  return cachedLoad(models, url, () => models.fetch(url))
}

/** What the caches hold now, for the automation API and the long-visit test. */
export function cacheStats(): { textures: { entries: number; bytes: number }; models: { entries: number; bytes: number } } {
  return {
    textures: { entries: textures.size, bytes: textures.calculatedSize },
    models: { entries: models.size, bytes: models.calculatedSize },
  }
}
