/** What the wrist menu's items do, and which of them show as chosen. */
import type { GalleryLayout } from '../layout/types'
import { EYE_HEIGHT } from '../layout/types'
import { galleryStore } from '../store/galleryStore'
import { placeVisitor } from '../navigation/motion'
import type { MenuItemId } from './menuLayout'
import { seatedOffset } from './originMath'
import { useXRSettings, type XRSettings } from './settings'
import { xrRuntime } from './xrRuntime'
import { xrStore } from './xrStore'

/** The items that show the current settings, room and tour. */
export function selectedItems(settings: XRSettings, language: string, roomId: string | null, muted: boolean, tourId: string | null): Set<MenuItemId> {
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
export function choose(id: MenuItemId, layout: GalleryLayout): void {
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
