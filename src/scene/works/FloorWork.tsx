import { useEffect, useState } from 'react'
import * as THREE from 'three'
import { useThree } from '@react-three/fiber'
import { resolveAsset } from '../../manifest/assets'
import { useGallery } from '../../store/useGallery'
import { galleryStore } from '../../store/galleryStore'
import { loadModel, loadTexture } from '../assetLoader'
import { fitModel, releaseModel } from './fitModel'
import { placeholderTexture } from './placeholderTexture'
import { useWorkProps } from './useWorkProps'
import type { Work } from './work'

/** A 3D object (or book) on its stand, scaled to its catalogued size; a labelled box if its model will not load. */
/**
 * ```tsx
 * <FloorWork placement={placement} artifact={artifact} />
 * ```
 */
export function FloorWork({ placement, artifact }: Work) {
  const manifestUrl = useGallery((s) => s.manifestUrl)
  const hovered = useGallery((s) => s.hovered === artifact.id || s.inspecting === artifact.id)
  const [object, setObject] = useState<{ node: THREE.Object3D; placeholder: boolean } | null>(null)
  const [w, h, d] = placement.size
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    let cancelled = false
    const file = artifact.assets.model ?? artifact.assets.image ?? ''
    const fallback = () => {
      galleryStore.getState().addAssetWarning({ artifactId: artifact.id, file, kind: artifact.assets.model ? 'model' : 'image' })
      const box = new THREE.Mesh(
        new THREE.BoxGeometry(w, h, Math.max(d, 0.02)),
        new THREE.MeshStandardMaterial({ map: placeholderTexture(artifact, file, w / h) }),
      )
      return { node: box, placeholder: true }
    }
    const show = (node: THREE.Object3D | null) => {
      if (!cancelled) setObject(node ? { node, placeholder: false } : fallback())
    }
    if (artifact.assets.model) {
      loadModel(resolveAsset(manifestUrl, artifact.assets.model)).then((gltf) => show(gltf ? fitModel(gltf.scene.clone(true), w, h, d) : null))
    } else if (artifact.assets.image) {
      // A book catalogued with only a cover image: a board of its size with the cover on top.
      loadTexture(resolveAsset(manifestUrl, artifact.assets.image)).then((map) => {
        if (!map) return show(null)
        const mesh = new THREE.Mesh(new THREE.BoxGeometry(w, h, Math.max(d, 0.02)), new THREE.MeshStandardMaterial({ map }))
        show(mesh)
      })
    } else show(null)
    return () => {
      cancelled = true
    }
  }, [artifact, manifestUrl, w, h, d])
  useEffect(() => {
    object?.node.traverse((o) => {
      const m = (o as THREE.Mesh).material as THREE.MeshStandardMaterial | undefined
      if (m && 'emissive' in m) m.emissive.set(hovered ? '#2a1e06' : '#000000')
    })
    // Set on the model's own materials, outside React: ask the canvas (drawn on demand) for a frame.
    invalidate()
  }, [object, hovered, invalidate])
  useEffect(
    () => () => {
      if (object) releaseModel(object.node)
    },
    [object],
  )
  const props = useWorkProps(placement, object)
  return (
    <group {...props}>
      {/* Books and papers in vitrines lie face up: their front turns to the sky. */}
      <group rotation-x={placement.flat ? -Math.PI / 2 : 0}>{object && <primitive object={object.node} />}</group>
    </group>
  )
}
