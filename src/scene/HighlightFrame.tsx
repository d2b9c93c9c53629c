import { useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import * as THREE from 'three'
import { useGallery } from '../store/useGallery'
import type { ArtifactPlacement } from '../layout/types'

/**
 * "Look at this": the work the teacher points at lights up for the whole class: a pulsing gold
 * frame just in front of a wall work, or a gold ring on the floor around a stand, (no extra light:
 * a new light would recompile every material). Drawn for everyone in the class (the teacher sees what the pupils see).
 *
 * ```tsx
 * <HighlightFrame />
 * ```
 */
export function HighlightFrame() {
  const id = useGallery((s) => (s.live.role ? s.live.highlighted : null))
  const placement = useGallery((s) => (id ? s.layout?.placements.find((p) => p.artifactId === id) : undefined))
  if (!placement) return null
  return <Frame key={placement.artifactId} placement={placement} />
}

function Frame({ placement }: { placement: ArtifactPlacement }) {
  const material = useRef<THREE.MeshBasicMaterial>(null)
  const wall = placement.mount === 'wall'
  const [w, h] = placement.size
  const shape = useMemo(() => {
    // A rectangular band 6 cm wide around the work (wall), or an annulus around the stand (floor).
    if (!wall) return null
    const pad = 0.08
    const band = 0.06
    const outer = new THREE.Shape()
    const W = w / 2 + pad + band
    const H = h / 2 + pad + band
    outer.moveTo(-W, -H).lineTo(W, -H).lineTo(W, H).lineTo(-W, H).closePath()
    const hole = new THREE.Path()
    const iw = w / 2 + pad
    const ih = h / 2 + pad
    hole.moveTo(-iw, -ih).lineTo(-iw, ih).lineTo(iw, ih).lineTo(iw, -ih).closePath()
    outer.holes.push(hole)
    return new THREE.ShapeGeometry(outer)
  }, [wall, w, h])
  useFrame((state) => {
    if (material.current) material.current.opacity = 0.65 + Math.sin(state.clock.elapsedTime * 3) * 0.3
    // Drawn on demand: the pulse asks for its next frame for as long as the teacher points.
    state.invalidate()
  })
  const stand = placement.stand
  const radius = stand ? Math.hypot(stand.size[0], stand.size[1]) / 2 + 0.25 : 0.6
  return (
    <group name="live:highlight" userData={{ artifactId: placement.artifactId }}>
      {wall && shape ? (
        <mesh geometry={shape} position={inFront(placement)} rotation-y={placement.yaw} renderOrder={2}>
          <meshBasicMaterial ref={material} color="#e0b83a" transparent depthWrite={false} polygonOffset polygonOffsetFactor={-2} />
        </mesh>
      ) : (
        <mesh position={[stand?.center[0] ?? placement.position[0], 0.02, stand?.center[1] ?? placement.position[2]]} rotation-x={-Math.PI / 2}>
          <ringGeometry args={[radius, radius + 0.09, 48]} />
          <meshBasicMaterial ref={material} color="#e0b83a" transparent depthWrite={false} />
        </mesh>
      )}
    </group>
  )
}

/** A point 2 cm in front of a wall work (its front is +z in its own frame, turned by its yaw), clear of the wall. */
function inFront(p: ArtifactPlacement): [number, number, number] {
  return [p.position[0] + Math.sin(p.yaw) * 0.02, p.position[1], p.position[2] + Math.cos(p.yaw) * 0.02]
}
