/**
 * Moving the visitor from code (a link, a tour, the floor plan, the teacher, the VR menu): place
 * them at once behind a short fade, or start a glide that src/navigation/walking.ts carries out.
 */
import { CAMERA_FOV } from '../layout/constants'
import { yawToward } from '../layout/geometry'
import { EYE_HEIGHT, type Vec2 } from '../layout/types'
import { runtime } from '../store/runtime'
import { fade } from './fade'

/** The visitor straightens up from a close-up: the normal field of view again, and (eased by walking.ts) the standing eye height. */
export function standUp(): void {
  runtime.fov = CAMERA_FOV
  runtime.eyeHeight = EYE_HEIGHT
  runtime.closeUp = null
}

/** Click- or tap-to-walk: glide toward a floor point, stopping short of walls, its target drawn on the floor. */
export function walkTo(point: Vec2): void {
  if (runtime.walkLocked) return
  standUp()
  const [x, , z] = runtime.position
  runtime.glide = { target: point, yaw: Math.hypot(point[0] - x, point[1] - z) > 0.5 ? yawToward([x, z], point) : null, marked: true }
}

/** The visitor takes the controls themselves (keys, the touch stick): up from a close-up, off a glide, and a tour steps aside. */
export function takeControls(): void {
  standUp()
  runtime.glide = null
  runtime.onManualMove?.()
}

/** Where a close-up stands the visitor: the work's id, the downward look, a narrower view for a small work, and how low they bend to one on a plinth. */
export interface CloseUp {
  id: string
  pitch: number
  fov?: number
  eyeHeight?: number
}

/**
 * Places the visitor at once, behind a short fade so the change never reads as a jump; `closeUp`
 * stands them at an artifact's close-up (looking down at it, the view narrowed for a small one,
 * bent to one on a plinth: behind the fade the eye is put at that height at once, as the view
 * is framed for it).
 */
export async function placeVisitor(position: Vec2, yaw: number, options: { instant?: boolean; closeUp?: CloseUp } = {}): Promise<void> {
  const move = () => {
    runtime.glide = null
    runtime.velocity = [0, 0]
    runtime.eyeHeight = options.closeUp?.eyeHeight ?? EYE_HEIGHT
    runtime.position = [position[0], runtime.eyeHeight, position[1]]
    runtime.yaw = yaw
    runtime.pitch = options.closeUp?.pitch ?? 0
    runtime.fov = options.closeUp?.fov ?? CAMERA_FOV
    // Set with the move, before the room change it causes is noticed, so the room card stays away from the work.
    runtime.closeUp = options.closeUp?.id ?? null
  }
  if (options.instant) return move()
  await fade(move)
}

/** The system asks for reduced motion: moves fade instead of gliding. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia !== 'undefined' && matchMedia('(prefers-reduced-motion: reduce)').matches
}
