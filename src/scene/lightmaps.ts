/**
 * Baked light at run time: reads the lightmap index the baker wrote next to the exhibition's
 * media, and gives a room its lightmap only when the key baked matches the key of the room as
 * laid out now (a stale or foreign bake is ignored, and the room keeps its live lights).
 */
import { useEffect, useState } from 'react'
import * as THREE from 'three'
import { resolveAsset } from '../manifest/assets'
import { track } from '../store/assetLoads'
import { loadTexture } from './assetLoader'
import { decodeInShader, encodedCopy } from './shaderDecode'

export const LIGHTMAP_DIR = 'media/lightmaps/'

interface IndexEntry {
  key: string
  file: string
  scale: number
}

const indexes = new Map<string, Promise<Record<string, IndexEntry>>>()

function lightmapIndex(manifestUrl: string): Promise<Record<string, IndexEntry>> {
  let entry = indexes.get(manifestUrl)
  if (!entry) {
    entry = track(
      fetch(resolveAsset(manifestUrl, `${LIGHTMAP_DIR}index.json`))
        .then((r) => (r.ok ? r.json() : { rooms: {} }))
        .then((j: { rooms?: Record<string, IndexEntry> }) => j.rooms ?? {})
        .catch(() => ({})),
    )
    indexes.set(manifestUrl, entry)
  }
  return entry
}

/**
 * 8-bit sRGB, uploaded as stored (the atlas's v runs down the image) and decoded by the baked
 * materials' shader (shaderDecode.ts), read through uv1. No mipmaps: a room's atlas is magnified
 * on nearly every surface in view, and a software rasteriser's trilinear lookup reads twice the
 * texels of a bilinear one (a seventh of the entrance hall's frame, measured).
 */
function lightmapTexture(t: THREE.Texture): void {
  t.colorSpace = THREE.NoColorSpace
  t.flipY = false
  t.channel = 1
  t.generateMipmaps = false
  t.minFilter = THREE.LinearFilter
  t.magFilter = THREE.LinearFilter
}

export interface Lightmap {
  texture: THREE.Texture
  /** lightMapIntensity for MeshBasicMaterial (which divides by π). */
  intensity: number
}

/** The room's lightmap once loaded, or null while loading, when missing, or when baked for other geometry. */
export function useLightmap(manifestUrl: string, roomId: string, key: string): Lightmap | null {
  const [map, setMap] = useState<Lightmap | null>(null)
  useEffect(() => {
    let cancelled = false
    setMap(null)
    lightmapIndex(manifestUrl).then(async (index) => {
      const entry = index[roomId]
      if (!entry || entry.key !== key) return
      const texture = await loadTexture(resolveAsset(manifestUrl, `${LIGHTMAP_DIR}${entry.file}`), lightmapTexture)
      if (!cancelled && texture) setMap({ texture, intensity: entry.scale * Math.PI })
    })
    return () => {
      cancelled = true
    }
  }, [manifestUrl, roomId, key])
  // The room left view: free the GPU copy; the cached texture keeps its image for a return.
  useEffect(() => () => map?.texture.dispose(), [map])
  return map
}

/**
 * Baked versions of a room's lit materials: MeshBasicMaterial with the same colour maps and the
 * lightmap, so the architecture costs a texture lookup or two per pixel instead of the lighting
 * of every light in view. Reflective surfaces keep a glint from the room's environment.
 */
export function bakedMaterial(
  source: THREE.MeshStandardMaterial,
  lightmap: Lightmap,
  options: { envMap?: THREE.Texture | null; reflectivity?: number; dithering?: boolean } = {},
): THREE.MeshBasicMaterial {
  const map = source.map ? encodedCopy(source.map) : null
  const material = new THREE.MeshBasicMaterial({
    map,
    color: source.color,
    lightMap: lightmap.texture,
    lightMapIntensity: lightmap.intensity,
    envMap: options.reflectivity ? (options.envMap ?? null) : null,
    combine: THREE.MixOperation,
    reflectivity: options.reflectivity ?? 0,
    dithering: options.dithering ?? false,
  })
  if (map) material.addEventListener('dispose', () => map.dispose())
  return decodeInShader(material)
}
