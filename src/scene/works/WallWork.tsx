import { useEffect, useState } from 'react'
import type * as THREE from 'three'
import { resolveAsset } from '../../manifest/assets'
import { useGallery } from '../../store/useGallery'
import { galleryStore } from '../../store/galleryStore'
import { loadTexture } from '../assetLoader'
import { ARTIFACT } from '../picking'
import { placeholderTexture } from './placeholderTexture'
import { useWorkPointer } from './useWorkPointer'
import type { Work } from './work'

/**
 * A flat work on the wall at its catalogued size; a labelled card if its image will not load.
 *
 * ```tsx
 * <WallWork placement={placement} artifact={artifact} />
 * ```
 */
export function WallWork({ placement, artifact }: Work) {
  const manifestUrl = useGallery((s) => s.manifestUrl)
  const hovered = useGallery((s) => s.hovered === artifact.id || s.inspecting === artifact.id)
  const pointer = useWorkPointer(artifact.id)
  const [w, h] = placement.size
  const file = artifact.assets.image ?? artifact.assets.model ?? ''
  const [texture, setTexture] = useState<{ map: THREE.Texture; placeholder: boolean } | null>(null)
  useEffect(() => {
    let cancelled = false
    const done = (map: THREE.Texture | null) => {
      if (cancelled) return
      if (map) return setTexture({ map, placeholder: false })
      galleryStore.getState().addAssetWarning({ artifactId: artifact.id, file, kind: 'image' })
      setTexture({ map: placeholderTexture(artifact, file, w / h), placeholder: true })
    }
    if (artifact.assets.image) loadTexture(resolveAsset(manifestUrl, artifact.assets.image)).then(done)
    else done(null)
    return () => {
      cancelled = true
    }
  }, [artifact, manifestUrl, file, w, h])
  // Free the GPU copy when the room leaves view: the cached Texture keeps its image and is re-uploaded if seen again.
  useEffect(() => () => texture?.map.dispose(), [texture])
  return (
    <mesh
      position={placement.position}
      rotation-y={placement.yaw}
      userData={{ kind: ARTIFACT, id: artifact.id, placeholder: texture?.placeholder ?? false, loaded: texture !== null }}
      name={`artifact:${artifact.id}`}
      {...pointer}
    >
      <planeGeometry args={[w, h]} />
      {/* Keyed on the texture: three compiles a material with or without a map, so swapping one in needs a new material. */}
      <meshStandardMaterial
        key={texture?.map.uuid ?? 'loading'}
        map={texture?.map ?? null}
        color={texture ? '#ffffff' : '#cfc6b4'}
        roughness={artifact.kind === 'painting' ? 0.7 : 0.85}
        emissive={hovered ? '#3a2a08' : '#000000'}
      />
    </mesh>
  )
}
