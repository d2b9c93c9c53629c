import { useEffect, useMemo, useRef, useState } from 'react'
import { useFrame, type ThreeEvent } from '@react-three/fiber'
import * as THREE from 'three'
import type { GalleryLayout, Vec3 } from '../layout/types'
import { EYE_HEIGHT } from '../layout/types'
import type { Manifest } from '../manifest/schema'
import { endonym, i18n, localize } from '../i18n'
import { useGallery } from '../store/useGallery'
import { galleryStore } from '../store/galleryStore'
import { placeVisitor } from '../navigation/motion'
import { canvasTexture, fontsFor, SANS, SERIF } from '../scene/textCanvas'
import { menuItemAt, menuItemCentre, menuLayout, type MenuItemId, type MenuLayout } from './menuLayout'
import { seatedOffset } from './originMath'
import { useXRSettings, type XRSettings } from './settings'
import { xrRuntime } from './xrRuntime'
import { xrStore } from './xrStore'
import type { XRStatus } from './status'

/** The open menu's width in metres (held at about 40 cm, its 12 px/mm type reads like 19 mm at 1 m). */
const MENU_WIDTH = 0.24
const TAB_SIZE: [number, number] = [0.1, 0.036]

let items: () => XRStatus['menu']['items'] = () => []
/** The menu's items (or its "Menu" tab) in world space, for the automation API. */
export function menuStatus(): XRStatus['menu'] {
  return { open: xrRuntime.menuOpen, items: items() }
}

interface Texts {
  heading: string
  rooms: Array<{ id: string; title: string }>
  labels: Record<'language' | 'sound' | 'snapTurn' | 'movement' | 'seated' | 'rooms', string>
  items: Partial<Record<MenuItemId, string>>
  youAreHere: string
}

function drawMenu(canvas: HTMLCanvasElement, layout: MenuLayout, texts: Texts, selected: Set<MenuItemId>, hover: MenuItemId | null): void {
  canvas.width = layout.width
  canvas.height = layout.height
  const ctx = canvas.getContext('2d')!
  ctx.fillStyle = 'rgba(36, 26, 18, 0.94)'
  ctx.fillRect(0, 0, layout.width, layout.height)
  ctx.strokeStyle = '#c9a227'
  ctx.lineWidth = 4
  ctx.strokeRect(4, 4, layout.width - 8, layout.height - 8)
  ctx.textBaseline = 'middle'
  const { heading } = layout
  ctx.fillStyle = '#f4efe3'
  ctx.font = `700 40px ${SERIF}`
  ctx.fillText(texts.heading, heading.x + 6, heading.y + heading.h / 2 - 8)
  ctx.fillStyle = '#c9a227'
  ctx.font = `400 24px ${SANS}`
  ctx.fillText(texts.labels.rooms, heading.x + 6, heading.y + heading.h - 6)
  for (const { kind, rect } of layout.labels) {
    ctx.fillStyle = '#d9ccb0'
    ctx.font = `400 26px ${SANS}`
    ctx.fillText(texts.labels[kind], rect.x + 4, rect.y + rect.h / 2, rect.w - 4)
  }
  for (const { id, rect } of layout.items) {
    const isSelected = selected.has(id)
    const isRoom = id.startsWith('room:') || (id.startsWith('tour:') && id !== 'tour:leave')
    ctx.fillStyle = id === 'exit' || id === 'close' ? '#7a0f12' : isSelected ? '#a4161a' : hover === id ? '#5a3a22' : '#3e2a1a'
    if (hover === id && (isSelected || id === 'exit' || id === 'close')) ctx.fillStyle = '#c0282c'
    ctx.fillRect(rect.x, rect.y, rect.w, rect.h)
    if (hover === id) {
      ctx.strokeStyle = '#f4e6c2'
      ctx.lineWidth = 3
      ctx.strokeRect(rect.x + 1.5, rect.y + 1.5, rect.w - 3, rect.h - 3)
    }
    ctx.fillStyle = '#f4efe3'
    let label = texts.items[id] ?? id
    if (isRoom && isSelected) label = `${label} · ${texts.youAreHere}`
    let size = 30
    ctx.font = `${isSelected ? 700 : 400} ${size}px ${isRoom ? SERIF : SANS}`
    while (ctx.measureText(label).width > rect.w - 24 && size > 20) {
      size -= 2
      ctx.font = `${isSelected ? 700 : 400} ${size}px ${isRoom ? SERIF : SANS}`
    }
    ctx.textAlign = isRoom ? 'left' : 'center'
    ctx.fillText(label, isRoom ? rect.x + 14 : rect.x + rect.w / 2, rect.y + rect.h / 2 + 1, rect.w - 16)
    ctx.textAlign = 'left'
  }
}

function drawTab(canvas: HTMLCanvasElement, label: string): void {
  canvas.width = 360
  canvas.height = Math.round((360 * TAB_SIZE[1]) / TAB_SIZE[0])
  const ctx = canvas.getContext('2d')!
  ctx.fillStyle = '#3e2a1a'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  ctx.strokeStyle = '#c9a227'
  ctx.lineWidth = 6
  ctx.strokeRect(3, 3, canvas.width - 6, canvas.height - 6)
  ctx.fillStyle = '#f4efe3'
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  ctx.font = `700 52px ${SANS}`
  ctx.fillText(`☰ ${label}`, canvas.width / 2, canvas.height / 2 + 2, canvas.width - 24)
}

function selectedItems(settings: XRSettings, language: string, roomId: string | null, muted: boolean, tourId: string | null): Set<MenuItemId> {
  return new Set<MenuItemId>([
    muted ? 'sound:off' : 'sound:on',
    ...(tourId ? [`tour:${tourId}` as const] : []),
    `lang:${language}`,
    `snap:${settings.snapTurnDegrees}`,
    `move:${settings.locomotion}`,
    settings.seated ? 'seated:on' : 'seated:off',
    ...(roomId ? [`room:${roomId}` as const] : []),
  ])
}

/** What choosing an item does. */
function choose(id: MenuItemId, layout: GalleryLayout): void {
  const settings = useXRSettings.getState()
  if (id.startsWith('room:')) {
    const room = layout.rooms.find((r) => `room:${r.id}` === id)
    // The driver sees the visitor moved and carries the headset there (with a blink).
    if (room) void placeVisitor(room.entry.position, room.entry.yaw, { instant: true })
  } else if (id.startsWith('lang:')) galleryStore.getState().setLanguage(id.slice(5))
  else if (id === 'snap:30' || id === 'snap:45') settings.setSnapTurn(id === 'snap:30' ? 30 : 45)
  else if (id === 'move:teleport' || id === 'move:smooth') settings.setLocomotion(id === 'move:smooth' ? 'smooth' : 'teleport')
  else if (id === 'seated:on') settings.setSeated(true, seatedOffset(xrRuntime.headLocal?.[1] ?? EYE_HEIGHT, EYE_HEIGHT))
  else if (id === 'seated:off') settings.setSeated(false)
  else if (id === 'sound:on' || id === 'sound:off') {
    if (galleryStore.getState().mixer.muted !== (id === 'sound:off')) galleryStore.getState().toggleMute()
  } else if (id === 'tour:leave') void import('../navigation/tourHost').then((m) => m.dispatch({ type: 'leave' }))
  else if (id.startsWith('tour:')) {
    xrRuntime.menuOpen = false
    void import('../navigation/tourHost').then((m) => m.startTour(id.slice(5)))
  } else if (id === 'close') xrRuntime.menuOpen = false
  else if (id === 'exit') {
    xrRuntime.menuOpen = false
    void xrStore.getState().session?.end()
  }
}

/**
 * The wrist menu on the left controller: the map (choose a room to go there), language, snap-turn
 * step, teleport or smooth walking, seated mode, and Exit VR. X opens and closes it, as does the
 * small "Menu" tab it folds into; the other hand's ray chooses.
 */
export function WristMenu({ layout, manifest }: { layout: GalleryLayout; manifest: Manifest }) {
  const language = useGallery((s) => s.language)
  const roomId = useGallery((s) => s.roomId)
  const muted = useGallery((s) => s.mixer.muted)
  const tourId = useGallery((s) => s.tour?.id ?? null)
  const settings = useXRSettings()
  const [open, setOpen] = useState(xrRuntime.menuOpen)
  const [hover, setHover] = useState<MenuItemId | null>(null)
  const group = useRef<THREE.Group>(null)
  const menuMesh = useRef<THREE.Mesh>(null)
  const tabMesh = useRef<THREE.Mesh>(null)

  const roomIds = useMemo(() => layout.rooms.map((r) => r.id), [layout])
  const menu = useMemo(() => menuLayout(roomIds, manifest.exhibition.languages, manifest.tours.map((t) => t.id)), [roomIds, manifest])
  const menuHeight = (MENU_WIDTH * menu.height) / menu.width

  const texts = useMemo<Texts>(() => {
    const t = i18n.getFixedT(language)
    const itemTexts: Texts['items'] = {
      'snap:30': '30°',
      'snap:45': '45°',
      'move:teleport': t('xr.teleport'),
      'move:smooth': t('xr.smooth'),
      'seated:off': t('xr.off'),
      'seated:on': t('xr.on'),
      exit: t('xr.exit'),
      close: '✕',
      'sound:on': t('sound.unmuted'),
      'sound:off': t('sound.muted'),
      'tour:leave': t('tours.leave'),
    }
    for (const tour of manifest.tours) itemTexts[`tour:${tour.id}`] = `${t('tours.open')}: ${localize(tour.title, language)}`
    for (const code of manifest.exhibition.languages) itemTexts[`lang:${code}`] = endonym(code)
    const rooms = layout.rooms.map((r) => ({ id: r.id, title: localize(manifest.rooms.find((m) => m.id === r.id)?.title, language) }))
    for (const r of rooms) itemTexts[`room:${r.id}`] = r.title
    return {
      heading: t('xr.menu'),
      rooms,
      labels: { language: t('xr.language'), sound: t('sound.open'), snapTurn: t('xr.snapTurn'), movement: t('xr.movement'), seated: t('xr.seated'), rooms: t('xr.rooms') },
      items: itemTexts,
      youAreHere: t('map.youAreHere'),
    }
  }, [language, layout, manifest])

  const surfaces = useMemo(() => {
    const menuCanvas = document.createElement('canvas')
    const tabCanvas = document.createElement('canvas')
    return { menuCanvas, tabCanvas, menuTexture: canvasTexture(menuCanvas), tabTexture: canvasTexture(tabCanvas) }
  }, [])
  useEffect(
    () => () => {
      surfaces.menuTexture.dispose()
      surfaces.tabTexture.dispose()
    },
    [surfaces],
  )

  const [fontsReady, setFontsReady] = useState(0)
  useEffect(() => {
    let cancelled = false
    void fontsFor(Object.values(texts.items).join('') + texts.heading + Object.values(texts.labels).join('') + texts.youAreHere).then(() => {
      if (!cancelled) setFontsReady((n) => n + 1)
    })
    return () => {
      cancelled = true
    }
  }, [texts])

  useEffect(() => {
    drawMenu(surfaces.menuCanvas, menu, texts, selectedItems(settings, language, roomId, muted, tourId), hover)
    surfaces.menuTexture.needsUpdate = true
    drawTab(surfaces.tabCanvas, texts.heading)
    surfaces.tabTexture.needsUpdate = true
  }, [surfaces, menu, texts, settings, language, roomId, muted, tourId, hover, fontsReady])

  useEffect(() => {
    items = () => {
      const mesh = xrRuntime.menuOpen ? menuMesh.current : tabMesh.current
      if (!mesh || !group.current?.visible) return []
      mesh.updateWorldMatrix(true, false)
      const at = (u: number, v: number, w: number, h: number): Vec3 => {
        // On the surface itself: a point off it would be missed by a ray meeting the menu at a slant.
        const p = new THREE.Vector3((u - 0.5) * w, (v - 0.5) * h, 0).applyMatrix4(mesh.matrixWorld)
        return [p.x, p.y, p.z]
      }
      if (!xrRuntime.menuOpen) return [{ id: 'open', position: at(0.5, 0.5, TAB_SIZE[0], TAB_SIZE[1]) }]
      return menu.items.map(({ id }) => {
        const c = menuItemCentre(menu, id)!
        return { id, position: at(c.u, c.v, MENU_WIDTH, menuHeight) }
      })
    }
    return () => {
      items = () => []
    }
  }, [menu, menuHeight])

  useFrame(() => {
    if (open !== xrRuntime.menuOpen) setOpen(xrRuntime.menuOpen)
    const g = group.current
    if (!g) return
    const hand = xrRuntime.controllers.find((c) => c.handedness === 'left' && c.grip) ?? xrRuntime.controllers.find((c) => c.grip)
    g.visible = xrRuntime.presenting && !!hand?.grip
    if (!hand?.grip) return
    g.position.set(...hand.grip.position)
    g.quaternion.set(...hand.grip.quaternion)
    g.updateMatrixWorld(true)
  }, -60)

  const onMenuClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation()
    const uv = e.uv
    const id = uv ? menuItemAt(menu, uv.x, uv.y) : null
    if (id) choose(id, layout)
  }
  const onMenuMove = (e: ThreeEvent<PointerEvent>) => {
    const uv = e.uv
    const id = uv ? menuItemAt(menu, uv.x, uv.y) : null
    if (id !== hover) setHover(id)
  }

  return (
    <group ref={group} name="xr-menu" visible={false}>
      {/* Above the back of the hand, tilted toward the eyes. */}
      <group position={[0, 0.05, 0.02]} rotation-x={-0.75}>
        {open ? (
          <mesh
            ref={menuMesh}
            name="xr-menu:panel"
            position={[0, menuHeight / 2, 0]}
            onClick={onMenuClick}
            onPointerMove={onMenuMove}
            onPointerOut={() => setHover(null)}
          >
            <planeGeometry args={[MENU_WIDTH, menuHeight]} />
            {/* Both sides: the other hand's ray may meet it from any angle. */}
            <meshBasicMaterial map={surfaces.menuTexture} toneMapped={false} transparent side={THREE.DoubleSide} />
          </mesh>
        ) : (
          <mesh
            ref={tabMesh}
            name="xr-menu:tab"
            position={[0, TAB_SIZE[1] / 2, 0]}
            onClick={(e) => {
              e.stopPropagation()
              xrRuntime.menuOpen = true
              setOpen(true)
            }}
          >
            <planeGeometry args={TAB_SIZE} />
            <meshBasicMaterial map={surfaces.tabTexture} toneMapped={false} side={THREE.DoubleSide} />
          </mesh>
        )}
      </group>
    </group>
  )
}
