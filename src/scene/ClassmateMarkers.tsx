import { useFrame } from '@react-three/fiber'
import { useMemo, useRef } from 'react'
import * as THREE from 'three'
import { runtime } from '../store/runtime'
import { useGallery } from '../store/useGallery'
import { galleryStore } from '../store/galleryStore'
import { classmatesHere } from '../live/classmates'

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

/** How quickly a disc catches up with its classmate's last place (1/s): places arrive once a second. */
const CATCH_UP = 3

function Discs() {
  const mesh = useRef<THREE.InstancedMesh>(null)
  const matrix = useMemo(() => new THREE.Matrix4(), [])
  // Where each disc is drawn, gliding toward the place last heard.
  const drawn = useMemo(() => new Map<string, [number, number]>(), [])
  useFrame((state, delta) => {
    const m = mesh.current
    if (!m) return
    let i = 0
    const k = 1 - Math.exp(-CATCH_UP * Math.min(delta, 0.1))
    // The service sends only one's own room's classmates; one who just walked out may still be listed.
    const shown = classmatesHere(runtime.live.members, galleryStore.getState().roomId, performance.now())
    const keys = new Set(shown.map(([key]) => key))
    for (const key of drawn.keys()) if (!keys.has(key)) drawn.delete(key)
    for (const [key, pose] of shown) {
      if (i >= MAX) break
      const at = drawn.get(key)
      const p: [number, number] = at ? [at[0] + (pose.position[0] - at[0]) * k, at[1] + (pose.position[1] - at[1]) * k] : [pose.position[0], pose.position[1]]
      drawn.set(key, p)
      // Drawn on demand: go on while a disc is still on its way.
      if (Math.hypot(pose.position[0] - p[0], pose.position[1] - p[1]) > 1e-3) state.invalidate()
      matrix.makeTranslation(p[0], 0.03, p[1])
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
