import { useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import * as THREE from 'three'
import { wrapAngle } from '../layout/geometry'
import { runtime } from '../store/runtime'
import { useGallery } from '../store/useGallery'

/** How fast the marker catches up with the latest streamed pose (1/s): poses arrive at most 20 times a second. */
const CATCH_UP = 12

/**
 * The teacher as pupils see them in the room: no avatar, a guide's beacon: a gold ring at head
 * height over a faint red column, and a chevron on the floor pointing the way the teacher faces.
 * It follows `runtime.live.teacher` (the streamed pose) every frame, easing between updates.
 *
 * ```tsx
 * <TeacherMarker />
 * ```
 */
export function TeacherMarker() {
  const role = useGallery((s) => s.live.role)
  if (role !== 'pupil') return null
  return <Beacon />
}

function Beacon() {
  const group = useRef<THREE.Group>(null)
  const ring = useRef<THREE.Mesh>(null)
  const shown = useRef(false)
  useFrame((state, delta) => {
    const node = group.current
    const pose = runtime.live.teacher
    if (!node) return
    node.visible = !!pose
    if (!pose) {
      shown.current = false
      return
    }
    const k = shown.current ? 1 - Math.exp(-CATCH_UP * Math.min(delta, 0.1)) : 1
    shown.current = true
    node.position.x += (pose.position[0] - node.position.x) * k
    node.position.z += (pose.position[1] - node.position.z) * k
    node.rotation.y += wrapAngle(pose.yaw - node.rotation.y) * k
    if (ring.current) ring.current.position.y = 2.05 + Math.sin(state.clock.elapsedTime * 2) * 0.04
    // Drawn on demand: go on while catching up (the ring's bob rests when the teacher does).
    const behind = Math.hypot(pose.position[0] - node.position.x, pose.position[1] - node.position.z) + Math.abs(wrapAngle(pose.yaw - node.rotation.y))
    if (behind > 1e-3) state.invalidate()
  })
  return (
    <group ref={group} name="live:teacher" visible={false}>
      <mesh ref={ring} position={[0, 2.05, 0]} rotation={[Math.PI / 2, 0, 0]}>
        <torusGeometry args={[0.22, 0.035, 12, 40]} />
        <meshStandardMaterial color="#c9a227" emissive="#6b4f08" metalness={0.6} roughness={0.35} />
      </mesh>
      <mesh position={[0, 1.0, 0]}>
        <cylinderGeometry args={[0.06, 0.12, 2, 16, 1, true]} />
        <meshBasicMaterial color="#a4161a" transparent opacity={0.35} depthWrite={false} side={THREE.DoubleSide} />
      </mesh>
      {/* The chevron: a flat triangle on the floor, its point toward -z (the teacher's facing at yaw 0). */}
      <mesh position={[0, 0.02, -0.35]} rotation={[-Math.PI / 2, 0, 0]}>
        <circleGeometry args={[0.22, 3, Math.PI / 2]} />
        <meshBasicMaterial color="#c9a227" transparent opacity={0.85} depthWrite={false} />
      </mesh>
    </group>
  )
}
