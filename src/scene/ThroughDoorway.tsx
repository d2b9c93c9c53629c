import { useMemo, useRef, type ReactNode } from 'react'
import { useFrame } from '@react-three/fiber'
import * as THREE from 'three'
import type { Doorway, RoomLayout } from '../layout/types'

/** How far either side of its wall plane a doorway's box reaches (the wall's thickness, with room to spare). */
const REVEAL = 0.4

/** The opening of a doorway as a box in the world: its width along the wall, its height, a wall's depth across. */
export function doorwayBox(d: Doorway): THREE.Box3 {
  const [x, z] = d.center
  const [hx, hz] = d.axis === 'x' ? [d.width / 2, REVEAL] : [REVEAL, d.width / 2]
  return new THREE.Box3(new THREE.Vector3(x - hx, 0, z - hz), new THREE.Vector3(x + hx, d.height, z + hz))
}

const frustum = new THREE.Frustum()
const viewProjection = new THREE.Matrix4()
const eye = new THREE.Vector3()

/**
 * Whether a neighbouring room can be seen from where the camera is: when the camera stands in it,
 * or when the doorway into it is in the view (every other line of sight to it crosses a wall).
 */
export function neighbourInSight(camera: THREE.Camera, room: RoomLayout, door: THREE.Box3): boolean {
  camera.getWorldPosition(eye)
  const { min, max } = room.bounds
  if (eye.x >= min[0] && eye.x <= max[0] && eye.z >= min[1] && eye.z <= max[1]) return true
  camera.updateMatrixWorld()
  frustum.setFromProjectionMatrix(viewProjection.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse))
  return frustum.intersectsBox(door)
}

/**
 * A room beside the visitor's, drawn only while it can be seen through the doorway between them
 * (portal culling, one box test a frame), and after the visitor's room: three draws opaque
 * surfaces by group order first, so the neighbour's walls fail the depth test behind the
 * visitor's instead of being shaded and then painted over. Measured with software WebGL at
 * 1280x800, the two neighbours cost a sixth of the frame in the entrance hall, seen or not.
 * In VR both rooms stay drawn (the head pose is not this camera's).
 *
 * ```tsx
 * <ThroughDoorway room={layout.rooms[2]} doorway={layout.doorways[1]}>
 *   <Room ... />
 * </ThroughDoorway>
 * ```
 */
export function ThroughDoorway({ room, doorway, children }: { room: RoomLayout; doorway: Doorway | null; children: ReactNode }) {
  const group = useRef<THREE.Group>(null)
  const door = useMemo(() => (doorway ? doorwayBox(doorway) : null), [doorway])
  useFrame(({ camera, gl }) => {
    if (!group.current) return
    group.current.visible = !door || gl.xr.isPresenting || neighbourInSight(camera, room, door)
  })
  return (
    <group ref={group} renderOrder={door ? 1 : 0}>
      {children}
    </group>
  )
}
