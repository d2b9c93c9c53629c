import { useEffect, useState } from 'react'
import * as THREE from 'three'
import type { Doorway, RoomLayout } from '../layout/types'
import type { Room as RoomData } from '../manifest/schema'
import { localize } from '../i18n'
import { useGallery } from '../store/useGallery'
import { ARCHITECTURE } from './picking'
import { canvasTexture, drawWallText, fontsFor } from './textCanvas'

function eastDoor(room: RoomLayout): Doorway | undefined {
  return room.doorways.find((d) => d.axis === 'z' && Math.abs(d.center[0] - room.bounds.max[0]) < 1e-3)
}

/**
 * The room's title over its far doorway, where a visitor coming in looks first; the intro sits
 * beneath on the lintel wall (`extraText` replaces both, for the entrance's exhibition title).
 *
 * ```tsx
 * <WallText room={room} data={manifest.rooms[0]} />
 * ```
 */
export function WallText({ room, data, extraText }: { room: RoomLayout; data: RoomData; extraText?: { title: string; lines: string[] } }) {
  const language = useGallery((s) => s.language)
  const [texture, setTexture] = useState<THREE.CanvasTexture | null>(null)
  const door = eastDoor(room)
  // Above the door's portal and below the cornice.
  const bottom = door ? door.height + 0.85 : 1.1
  const top = room.height - 0.45
  const height = Math.min(top - bottom, 2.6)
  const width = Math.min(room.depth * 0.5, height * 2.4)
  const title = extraText?.title ?? localize(data.title, language)
  const body = extraText ? extraText.lines.join('\n') : door ? '' : localize(data.intro, language)
  useEffect(() => {
    let cancelled = false
    const canvas = document.createElement('canvas')
    canvas.width = 1024
    canvas.height = Math.round((1024 * height) / width)
    fontsFor(title + body).then(() => {
      if (cancelled) return
      drawWallText(canvas, title, body, {
        background: data.theme.palette.wall,
        ink: new THREE.Color(data.theme.palette.wall).getHSL({ h: 0, s: 0, l: 0 }).l > 0.5 ? '#2a1d12' : '#f6ecd6',
        accent: data.theme.palette.accent,
      })
      setTexture(canvasTexture(canvas))
    })
    return () => {
      cancelled = true
    }
  }, [title, body, width, height, data.theme.palette.wall, data.theme.palette.accent])
  useEffect(() => () => texture?.dispose(), [texture])
  if (!texture || height < 0.6) return null
  return (
    <mesh position={[room.bounds.max[0] - 0.02, bottom + height / 2, 0]} rotation-y={-Math.PI / 2} userData={{ kind: ARCHITECTURE }}>
      <planeGeometry args={[width, height]} />
      <meshStandardMaterial map={texture} roughness={0.9} />
    </mesh>
  )
}
