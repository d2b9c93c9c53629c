import { useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import * as THREE from 'three'
import { runtime } from '../store/runtime'

/** Name of the target's object, for tests and the automation API. */
export const WALK_TARGET = 'walk-target'

/**
 * Where a tap (or click) on the floor sends the visitor: a soft gold ring on the floor, pulsing
 * until they arrive or take the controls. Read from `runtime.glide` every frame (no React state),
 * and drawn only for marked glides: a goTo or a tour moves the visitor without one.
 *
 * ```tsx
 * <Canvas><WalkTarget /></Canvas>
 * ```
 */
export function WalkTarget() {
  const mesh = useRef<THREE.Mesh>(null)
  const material = useRef<THREE.MeshBasicMaterial>(null)
  useFrame((state) => {
    const target = runtime.glide?.marked ? runtime.glide.target : null
    const ring = mesh.current
    if (!ring) return
    ring.visible = target !== null
    if (!target) return
    ring.position.set(target[0], 0.015, target[1])
    const pulse = Math.sin(state.clock.elapsedTime * 4)
    ring.scale.setScalar(1 + pulse * 0.08)
    if (material.current) material.current.opacity = 0.75 + pulse * 0.2
  })
  return (
    <mesh ref={mesh} name={WALK_TARGET} rotation-x={-Math.PI / 2} visible={false} renderOrder={2}>
      <ringGeometry args={[0.22, 0.3, 40]} />
      <meshBasicMaterial ref={material} color="#e0b83a" transparent depthWrite={false} />
    </mesh>
  )
}
