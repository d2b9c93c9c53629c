import { useEffect, useMemo } from 'react'
import * as THREE from 'three'
import type { RoomLayout } from '../layout/types'
import type { Room as RoomData } from '../manifest/schema'
import { merge } from './mergeGeometry'
import { reflective } from './reflections'

const SPEAKER_MATERIAL = reflective(new THREE.MeshStandardMaterial({ color: '#3d4a3f', metalness: 0.5, roughness: 0.5, side: THREE.DoubleSide }))

/**
 * A period horn loudspeaker where the room's music comes from a point rather than an artifact,
 * so the sound has a visible source. Nothing where the music has no point emitter.
 *
 * ```tsx
 * <Loudspeaker room={room} data={manifest.rooms[0]} />
 * ```
 */
export function Loudspeaker({ room, data }: { room: RoomLayout; data: RoomData }) {
  const emitter = data.ambient?.emitter
  const geometry = useMemo(() => {
    const horn = new THREE.CylinderGeometry(0.06, 0.24, 0.5, 20, 1, true)
    // Mouth into the room and a little down; the narrow end up against the bracket.
    horn.rotateX(-(Math.PI / 2 - 0.35))
    const driver = new THREE.CylinderGeometry(0.08, 0.08, 0.16, 12)
    driver.rotateX(-(Math.PI / 2 - 0.35))
    driver.translate(0, 0.1, -0.3)
    const bracket = new THREE.BoxGeometry(0.06, 0.06, 0.3)
    bracket.translate(0, 0.1, -0.45)
    return merge([horn, driver, bracket])
  }, [])
  useEffect(() => () => geometry.dispose(), [geometry])
  if (!emitter || !('position' in emitter)) return null
  const [x, y, z] = emitter.position
  const world: [number, number, number] = [room.bounds.min[0] + x, y, room.bounds.min[1] + z]
  // Face into the room from the nearest wall.
  const toCentre = Math.atan2(room.center[0] - world[0], room.center[1] - world[2])
  const facing = Math.abs(world[2] - room.bounds.min[1]) < 1 ? 0 : Math.abs(world[2] - room.bounds.max[1]) < 1 ? Math.PI : toCentre
  return <mesh geometry={geometry} material={SPEAKER_MATERIAL} position={[world[0], world[1], world[2] + 0.45 * Math.cos(facing)]} rotation-y={facing} />
}
