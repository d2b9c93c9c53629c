import { useFrame } from '@react-three/fiber'
import { useMemo, useRef } from 'react'
import * as THREE from 'three'
import { runtime } from '../store/runtime'
import { useGallery } from '../store/useGallery'
import { galleryStore } from '../store/galleryStore'

const MAX = 60

/**
 * Classmates, when the teacher lets pupils see each other: a small ivory disc on the floor for
 * each (never an avatar), one instanced mesh updated from `runtime.live.members` every frame.
 *
 * ```tsx
 * <ClassmateMarkers />
 * ```
 */
export function ClassmateMarkers() {
  const on = useGallery((s) => s.live.role === 'pupil' && s.live.classmatesVisible)
  if (!on) return null
  return <Discs />
}

function Discs() {
  const mesh = useRef<THREE.InstancedMesh>(null)
  const matrix = useMemo(() => new THREE.Matrix4(), [])
  useFrame(() => {
    const m = mesh.current
    if (!m) return
    let i = 0
    // The service sends only one's own room's classmates; one who just walked out may still be listed.
    const here = galleryStore.getState().roomId
    for (const pose of runtime.live.members.values()) {
      if (i >= MAX) break
      if (pose.roomId !== here) continue
      matrix.makeTranslation(pose.position[0], 0.03, pose.position[1])
      m.setMatrixAt(i++, matrix)
    }
    m.count = i
    m.instanceMatrix.needsUpdate = true
  })
  return (
    <instancedMesh ref={mesh} args={[undefined, undefined, MAX]} name="live:classmates" frustumCulled={false}>
      <cylinderGeometry args={[0.25, 0.25, 0.04, 24]} />
      <meshStandardMaterial color="#f1e8d5" emissive="#3b2616" roughness={0.6} />
    </instancedMesh>
  )
}
