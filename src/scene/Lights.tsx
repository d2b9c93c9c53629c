import { useEffect, useRef } from 'react'
import * as THREE from 'three'
import { useThree } from '@react-three/fiber'
import type { GalleryLayout } from '../layout/types'
import type { Manifest } from '../manifest/schema'
import { MOODS } from './moods'

/**
 * A fixed set of lights - one hemisphere and one key light per room in view - re-aimed as the
 * visitor moves. The count never changes, so three never recompiles shaders mid-walk. Set
 * outside React's props, so each change asks the canvas (drawn on demand) for a frame.
 */
export function Lights({ layout, manifest, rooms }: { layout: GalleryLayout; manifest: Manifest; rooms: string[] }) {
  const hemi = useRef<THREE.HemisphereLight>(null)
  const keys = useRef<Array<THREE.PointLight | null>>([])
  const current = rooms[1] ?? rooms[0]
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    const data = manifest.rooms.find((r) => r.id === current)
    if (!data || !hemi.current) return
    const mood = MOODS[data.theme.lighting]
    hemi.current.color.set(mood.sky)
    hemi.current.groundColor.set(mood.ground)
    hemi.current.intensity = mood.hemisphere * 0.8
    invalidate()
  }, [current, manifest, invalidate])
  useEffect(() => {
    keys.current.forEach((light, i) => {
      if (!light) return
      const id = rooms[i]
      const room = layout.rooms.find((r) => r.id === id)
      const data = manifest.rooms.find((r) => r.id === id)
      if (!room || !data) {
        light.intensity = 0
        return
      }
      const mood = MOODS[data.theme.lighting]
      // Well below the ceiling, so the ceiling is lit softly rather than burnt out above the lamp.
      light.position.set(room.center[0], room.height * 0.55, room.center[1])
      light.color.set(mood.key)
      // Scale with the floor area so a large hall is lit as evenly as a small room.
      light.intensity = (mood.keyIntensity * 0.6 * (room.width * room.depth)) / 120
    })
    invalidate()
  }, [rooms, layout, manifest, invalidate])
  return (
    <>
      <hemisphereLight ref={hemi} intensity={1.2} />
      {[0, 1, 2].map((i) => (
        <pointLight key={i} ref={(l) => void (keys.current[i] = l)} decay={1.2} distance={0} intensity={0} />
      ))}
    </>
  )
}
