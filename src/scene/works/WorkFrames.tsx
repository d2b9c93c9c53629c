import { useEffect, useMemo } from 'react'
import * as THREE from 'three'
import type { ArtifactPlacement } from '../../layout/types'
import { merge } from '../architecture'
import { FRAME_MATERIALS, frameFor, type FrameMaterial } from '../frames'
import type { Work } from './work'

function placeMatrix(p: ArtifactPlacement): THREE.Matrix4 {
  return new THREE.Matrix4().compose(
    new THREE.Vector3(...p.position),
    new THREE.Quaternion().setFromAxisAngle(new THREE.Vector3(0, 1, 0), p.yaw),
    new THREE.Vector3(1, 1, 1),
  )
}

/**
 * The frames and mounts of a room's wall works, merged into one mesh per frame material.
 *
 * ```tsx
 * <WorkFrames works={works} />
 * ```
 */
export function WorkFrames({ works }: { works: readonly Work[] }) {
  const merged = useMemo(() => {
    const byMaterial = new Map<FrameMaterial, THREE.BufferGeometry[]>()
    for (const { placement, artifact } of works) {
      if (placement.mount !== 'wall') continue
      for (const part of frameFor(artifact.kind, placement.size[0], placement.size[1])) {
        part.geometry.applyMatrix4(placeMatrix(placement))
        byMaterial.set(part.material, [...(byMaterial.get(part.material) ?? []), part.geometry])
      }
    }
    return [...byMaterial].map(([material, parts]) => ({ material, geometry: merge(parts) }))
  }, [works])
  useEffect(() => () => merged.forEach((m) => m.geometry.dispose()), [merged])
  return (
    <>
      {merged.map((m) => (
        <mesh key={m.material} geometry={m.geometry} material={FRAME_MATERIALS[m.material]} />
      ))}
    </>
  )
}
