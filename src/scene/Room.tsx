import { useEffect, useMemo, useState } from 'react'
import * as THREE from 'three'
import type { Doorway, RoomLayout } from '../layout/types'
import type { Room as RoomData } from '../manifest/schema'
import { localize } from '../i18n'
import { useGallery } from '../store/useGallery'
import { galleryStore } from '../store/galleryStore'
import { walkTo } from '../navigation/motion'
import { merge } from './architecture'
import type { PlacedWork } from './bakeInputs'
import { useBakedRoom } from './useBakedRoom'
import { canvasTexture, drawWallText, fontsFor } from './textCanvas'

/** Tags architecture meshes so the automation API can tell walls from works when testing sight lines. */
export const ARCHITECTURE = 'architecture'

/**
 * One room's architecture: floor, ceiling, walls, mouldings, fixtures and wall texts, each a single
 * merged mesh per material; lit by the room's baked lightmap where one matches (see lightmaps.ts).
 *
 * ```tsx
 * <Room room={layout.rooms[0]} data={manifest.rooms[0]} works={[{ placement, kind: 'poster' }]} />
 * ```
 */
export function Room({ room, data, works, extraText }: { room: RoomLayout; data: RoomData; works: PlacedWork[]; extraText?: { title: string; lines: string[] } }) {
  const { geometry, materials, motifMaterial, fixtureMaterial, baked } = useBakedRoom(room, data, works)
  return (
    <group name={`room:${room.id}`} userData={{ baked }}>
      <mesh geometry={geometry.walls!} material={materials.walls} userData={{ kind: ARCHITECTURE }} />
      <mesh geometry={geometry.floor!} material={materials.floor} userData={{ kind: ARCHITECTURE, floor: true }}
        name="floor"
        onClick={(e) => {
          // A drag to look around ends in a click too; only a still click walks.
          if (e.delta > 6 || galleryStore.getState().mode !== 'walk') return
          e.stopPropagation()
          walkTo([e.point.x, e.point.z])
        }}
      />
      <mesh geometry={geometry.ceiling!} material={materials.ceiling} userData={{ kind: ARCHITECTURE }} />
      <mesh geometry={geometry.trim!} material={materials.trim} userData={{ kind: ARCHITECTURE }} />
      {geometry.accent && <mesh geometry={geometry.accent} material={materials.accent} userData={{ kind: ARCHITECTURE }} />}
      {geometry.motif && <mesh geometry={geometry.motif} material={motifMaterial} />}
      <mesh geometry={geometry.fixtures} material={fixtureMaterial} />
      <WallText room={room} data={data} extraText={extraText} />
      <Loudspeaker room={room} data={data} />
    </group>
  )
}

const SPEAKER_MATERIAL = new THREE.MeshStandardMaterial({ color: '#3d4a3f', metalness: 0.5, roughness: 0.5, side: THREE.DoubleSide })

/** A period horn loudspeaker where the room's music comes from a point rather than an artifact, so the sound has a visible source. */
function Loudspeaker({ room, data }: { room: RoomLayout; data: RoomData }) {
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

function eastDoor(room: RoomLayout): Doorway | undefined {
  return room.doorways.find((d) => d.axis === 'z' && Math.abs(d.center[0] - room.bounds.max[0]) < 1e-3)
}

/** The room's title over its far doorway, where a visitor coming in looks first; the intro sits beneath on the lintel wall. */
function WallText({ room, data, extraText }: { room: RoomLayout; data: RoomData; extraText?: { title: string; lines: string[] } }) {
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
