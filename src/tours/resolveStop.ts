/** Where a tour stop puts the visitor: a floor position, a heading, and the room. */
import { roomAt } from '../layout/collision'
import type { GalleryLayout, Vec2 } from '../layout/types'
import type { TourStop } from '../manifest/schema'

export interface ResolvedStop {
  position: Vec2
  /** Heading about y: 0 looks toward -z, positive turns left. */
  yaw: number
  roomId: string | null
  /** For an artifact stop: the close-up's look down, field of view and (bent to a work on a plinth) eye height. */
  pitch?: number
  fov?: number
  eyeHeight?: number
}

/**
 * An artifact stop stands at the artifact's viewpoint facing it; a room stop at the room's entry
 * (inside its west doorway, facing in); a viewpoint stop where it says. Null when the artifact or
 * room is not in the layout.
 */
export function resolveStop(stop: TourStop, layout: GalleryLayout): ResolvedStop | null {
  if (stop.artifact !== undefined) {
    const p = layout.placements.find((x) => x.artifactId === stop.artifact)
    if (!p) return null
    const { position, yaw, pitch, fov, eyeHeight } = p.viewpoint
    return { position: [position[0], position[1]], yaw, roomId: p.roomId, pitch, ...(fov === undefined ? {} : { fov }), ...(eyeHeight === undefined ? {} : { eyeHeight }) }
  }
  if (stop.room !== undefined) {
    const r = layout.rooms.find((x) => x.id === stop.room)
    return r ? { position: [r.entry.position[0], r.entry.position[1]], yaw: r.entry.yaw, roomId: r.id } : null
  }
  if (stop.viewpoint !== undefined) {
    const position: Vec2 = [stop.viewpoint.position[0], stop.viewpoint.position[1]]
    return { position, yaw: stop.viewpoint.yaw, roomId: roomAt(layout, position) }
  }
  return null
}
