import { useEffect, useMemo, useRef, useState } from 'react'
import { useFrame, type ThreeEvent } from '@react-three/fiber'
import * as THREE from 'three'
import type { GalleryLayout, Vec3 } from '../layout/types'
import type { Manifest } from '../manifest/schema'
import { endonym, i18n, localize } from '../i18n'
import { useGallery } from '../store/useGallery'
import { canvasTexture, fontsFor } from '../scene/textCanvas'
import { choose, selectedItems } from './menuActions'
import { drawMenu, drawTab, TAB_SIZE, type MenuTexts } from './menuCanvas'
import { menuItemAt, menuItemCentre, menuLayout, type MenuItemId } from './menuLayout'
import { useXRSettings } from './settings'
import { xrRuntime } from './xrRuntime'
import type { XRStatus } from './status'

/** The open menu's width in metres (held at about 40 cm, its 12 px/mm type reads like 19 mm at 1 m). */
const MENU_WIDTH = 0.24

let items: () => XRStatus['menu']['items'] = () => []
/** The menu's items (or its "Menu" tab) in world space, for the automation API. */
export function menuStatus(): XRStatus['menu'] {
  return { open: xrRuntime.menuOpen, items: items() }
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

  const texts = useMemo<MenuTexts>(() => {
    const t = i18n.getFixedT(language)
    const itemTexts: MenuTexts['items'] = {
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
