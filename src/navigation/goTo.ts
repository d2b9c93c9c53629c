import { roomAt } from '../layout'
import { nextFrames } from '../store/runtime'
import { galleryStore } from '../store/galleryStore'
import { assetsSettled } from '../store/assetLoads'
import { placeVisitor } from './motion'

/** Moves the visitor before an artifact (facing it, the work in view) or to a room's entry, and resolves once that view is drawn with its assets. */
export async function goTo(id: string, options: { instant?: boolean } = {}): Promise<void> {
  await placeAt(id, options)
  await assetsSettled()
  await nextFrames(2)
}

/** As `goTo`, but resolves once the new view's room is drawn, its works' assets perhaps still loading. */
export async function placeAt(id: string, options: { instant?: boolean } = {}): Promise<void> {
  const { layout } = galleryStore.getState()
  if (!layout) throw new Error('the exhibition is not loaded')
  const placement = layout.placements.find((p) => p.artifactId === id)
  const room = layout.rooms.find((r) => r.id === id)
  if (!placement && !room) throw new Error(`no room or artifact has the id "${id}"`)
  const spot = placement ? placement.viewpoint : room!.entry
  // At an artifact, lean in (bend to one on a plinth): the layout framed the work at about half the view height from there.
  const closeUp = placement ? { id: placement.artifactId, pitch: placement.viewpoint.pitch, fov: placement.viewpoint.fov, eyeHeight: placement.viewpoint.eyeHeight } : undefined
  await placeVisitor(spot.position, spot.yaw, { ...options, ...(closeUp ? { closeUp } : {}) })
  const roomId = roomAt(layout, spot.position)
  if (roomId) galleryStore.getState().setRoom(roomId)
  // The new room mounts and starts its loads; goTo waits for them before the view counts as reached.
  await nextFrames(2)
}
