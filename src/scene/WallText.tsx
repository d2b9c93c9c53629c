import { useEffect, useState } from 'react'
import * as THREE from 'three'
import type { RoomLayout } from '../layout/types'
import type { Room as RoomData } from '../manifest/schema'
import { localize } from '../i18n'
import { useGallery } from '../store/useGallery'
import { ARCHITECTURE } from './picking'
import { canvasTexture, drawWallText, fontsFor } from './textCanvas'

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
  // The place the layout gave the title (narrowed between works hung beside the doorway, or none).
  const place = room.graphics.find((g) => g.kind === 'title')
  const [width, height] = place?.size ?? [1, 0]
  const door = room.doorways.some((d) => d.axis === 'z' && Math.abs(d.center[0] - room.bounds.max[0]) < 1e-3)
  const title = extraText?.title ?? localize(data.title, language)
  const body = extraText ? extraText.lines.join('\n') : door ? '' : localize(data.intro, language)
  useEffect(() => {
    if (height <= 0) return
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
  if (!texture || !place) return null
  return (
    <mesh position={place.position} rotation-y={place.yaw} userData={{ kind: ARCHITECTURE }}>
      <planeGeometry args={[width, height]} />
      <meshStandardMaterial map={texture} roughness={0.9} />
    </mesh>
  )
}
