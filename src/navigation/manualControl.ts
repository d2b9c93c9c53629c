/**
 * What happens when the visitor takes the controls themselves (keys, the touch stick): they
 * straighten up from a close-up, a glide toward a tapped point stops, and a running tour steps
 * aside (it offers to return).
 */
import { CAMERA_FOV } from '../layout/constants'
import { runtime } from '../store/runtime'

/** The visitor straightens up from a close-up: the normal field of view again. */
export function standUp(): void {
  runtime.fov = CAMERA_FOV
  runtime.closeUp = null
}

/** The visitor starts moving on their own. */
export function takeControls(): void {
  standUp()
  runtime.glide = null
  runtime.onManualMove?.()
}
