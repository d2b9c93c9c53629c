/**
 * Where an artifact's in-world panel floats: about an arm's length from the visitor (so its text
 * is read at the distance it was sized for), turned to face them, and beside the artifact as they
 * see it, never over it and never through a wall. Pure.
 */
import { roomAt, segmentBlocked } from '../layout/collision'
import { yawToward } from '../layout/geometry'
import type { GalleryLayout, Vec2, Vec3 } from '../layout/types'

/** The distance the panel's type is sized for (body cap height >= 12 mm there). */
export const PANEL_DISTANCE = 1
export const PANEL_MIN_DISTANCE = 0.7
/** Extra angle kept clear between the artifact's edge and the panel's edge. */
const GAP = (5 * Math.PI) / 180

export interface PanelSpot {
  position: Vec3
  /** The panel's +z (its face) points along this yaw's back direction, i.e. at the visitor. */
  yaw: number
  side: 'right' | 'left' | 'front'
}

/**
 * @param head the visitor's eye (world) when the panel opens
 * @param work the artifact's centre and its width (metres)
 * @param panel the panel's width and height (metres)
 */
export function placePanel(
  layout: GalleryLayout,
  head: Vec3,
  work: { position: Vec3; width: number },
  panel: { width: number; height: number },
): PanelSpot {
  const h: Vec2 = [head[0], head[2]]
  const dx = work.position[0] - h[0]
  const dz = work.position[2] - h[1]
  const distance = Math.hypot(dx, dz)
  const toward = distance > 1e-6 ? Math.atan2(-dx, -dz) : 0 // the yaw that looks at the work
  const r = Math.max(PANEL_MIN_DISTANCE, Math.min(PANEL_DISTANCE, distance - 0.25))
  const workHalf = Math.atan2(work.width / 2, Math.max(distance, 0.1))
  const panelHalf = Math.atan2(panel.width / 2, r)
  const offset = workHalf + panelHalf + GAP
  // Centre a little below the eye, like a page held up; its top at most a hand above the eye, its foot off the floor.
  const low = panel.height / 2 + 0.35
  const high = Math.max(low, head[1] + 0.35 - panel.height / 2)
  const y = Math.min(high, Math.max(low, head[1] - 0.1))
  const candidate = (yaw: number, side: PanelSpot['side'], dist: number): PanelSpot | null => {
    const centre: Vec2 = [h[0] - Math.sin(yaw) * dist, h[1] - Math.cos(yaw) * dist]
    const facing = yawToward(h, centre)
    const rx = Math.cos(facing) * (panel.width / 2)
    const rz = -Math.sin(facing) * (panel.width / 2)
    const edges: Vec2[] = [
      [centre[0] + rx, centre[1] + rz],
      [centre[0] - rx, centre[1] - rz],
    ]
    const inside = [centre, ...edges].every((p) => roomAt(layout, p) !== null)
    const visible = [centre, ...edges].every((p) => !segmentBlocked(layout, h, p))
    return inside && visible ? { position: [centre[0], y, centre[1]], yaw: facing, side } : null
  }
  return (
    candidate(toward - offset, 'right', r) ??
    candidate(toward + offset, 'left', r) ??
    // A corner leaves no room at either side: hold it up closer, in front of the work.
    candidate(toward - offset, 'right', PANEL_MIN_DISTANCE) ??
    candidate(toward + offset, 'left', PANEL_MIN_DISTANCE) ?? {
      position: [h[0] - Math.sin(toward) * PANEL_MIN_DISTANCE, y, h[1] - Math.cos(toward) * PANEL_MIN_DISTANCE],
      yaw: toward,
      side: 'front',
    }
  )
}
