/** A room's light fittings: where they hang (the baker lights from there too) and their glowing shapes. */
import * as THREE from 'three'
import type { RoomLayout, Vec2 } from '../layout/types'
import { merge } from './mergeGeometry'

/** Where the room's ceiling fittings hang (x, z): one every 6 m along the room's length, on its axis. The baker lights from here too. */
export function fixtureSpots(room: RoomLayout): Vec2[] {
  const spots: Vec2[] = []
  const nx = Math.max(1, Math.round(room.width / 6))
  for (let i = 0; i < nx; i++) spots.push([room.bounds.min[0] + ((i + 0.5) / nx) * room.width, room.center[1]])
  return spots
}

/** Light fittings: chandeliers, pendants, fluorescent tubes or a skylight, drawn as glowing shapes. */
export function fixtureGeometry(room: RoomLayout, kind: 'chandelier' | 'pendant' | 'tube' | 'skylight'): THREE.BufferGeometry {
  const parts: THREE.BufferGeometry[] = []
  const h = room.height
  const spots = fixtureSpots(room)
  const nx = spots.length
  for (const [x, z] of spots) {
    if (kind === 'chandelier') {
      const rod = new THREE.CylinderGeometry(0.015, 0.015, 1.2, 6)
      rod.translate(x, h - 0.6, z)
      const ring = new THREE.TorusGeometry(0.55, 0.03, 6, 24)
      ring.rotateX(Math.PI / 2)
      ring.translate(x, h - 1.3, z)
      parts.push(rod, ring)
      for (let k = 0; k < 8; k++) {
        const a = (k / 8) * Math.PI * 2
        const bulb = new THREE.SphereGeometry(0.07, 8, 6)
        bulb.translate(x + Math.cos(a) * 0.55, h - 1.2, z + Math.sin(a) * 0.55)
        parts.push(bulb)
      }
      const bowl = new THREE.SphereGeometry(0.22, 12, 8, 0, Math.PI * 2, Math.PI / 2, Math.PI / 2)
      bowl.translate(x, h - 1.25, z)
      parts.push(bowl)
    } else if (kind === 'pendant') {
      for (const dz of [-room.depth / 4, room.depth / 4]) {
        const rod = new THREE.CylinderGeometry(0.01, 0.01, 1, 4)
        rod.translate(x, h - 0.5, z + dz)
        const shade = new THREE.CylinderGeometry(0.12, 0.3, 0.22, 16, 1, true)
        shade.translate(x, h - 1.1, z + dz)
        const bulb = new THREE.SphereGeometry(0.09, 8, 6)
        bulb.translate(x, h - 1.2, z + dz)
        parts.push(rod, shade, bulb)
      }
    } else if (kind === 'tube') {
      for (const dz of [-room.depth / 4, 0, room.depth / 4]) {
        const tube = new THREE.BoxGeometry(1.5, 0.05, 0.12)
        tube.translate(x, h - 0.04, z + dz)
        parts.push(tube)
      }
    } else {
      const sky = new THREE.BoxGeometry(room.width * 0.7 / nx, 0.02, room.depth * 0.5)
      sky.translate(x, h - 0.01, z)
      parts.push(sky)
    }
  }
  return merge(parts)
}
