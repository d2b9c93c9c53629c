import { roomAt } from '../layout'
import { EYE_HEIGHT } from '../layout/types'
import { nextFrames } from '../store/runtime'
import { runtime } from '../store/runtime'
import { useGallery } from '../store/store'
import { assetsSettled } from '../scene/assetLoader'
import { placeVisitor } from './Visitor'

/** Moves the visitor before an artifact (facing it, the work in view) or to a room's entry, and resolves once that view is drawn with its assets. */
export async function goTo(id: string, options: { instant?: boolean } = {}): Promise<void> {
  const { layout } = useGallery.getState()
  if (!layout) throw new Error('the exhibition is not loaded')
  const placement = layout.placements.find((p) => p.artifactId === id)
  const room = layout.rooms.find((r) => r.id === id)
  if (!placement && !room) throw new Error(`no room or artifact has the id "${id}"`)
  const spot = placement ? placement.viewpoint : room!.entry
  await placeVisitor(spot.position, spot.yaw, options)
  if (placement) {
    const distance = Math.hypot(placement.position[0] - spot.position[0], placement.position[2] - spot.position[1])
    runtime.pitch = Math.atan2(placement.position[1] - EYE_HEIGHT, distance)
  }
  const roomId = roomAt(layout, spot.position)
  if (roomId) useGallery.getState().setRoom(roomId)
  // The new room mounts, starts its loads, and must draw them before the view counts as reached.
  await nextFrames(2)
  await assetsSettled()
  await nextFrames(2)
}
