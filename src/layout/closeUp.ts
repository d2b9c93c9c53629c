/**
 * How much of the view a work takes from a given eye, by the same perspective the camera uses
 * (three.js PerspectiveCamera, rotation order 'YXZ'), so close-ups can be framed in the layout.
 */
import { CAMERA_FOV, CLOSE_UP_ASPECT, CLOSE_UP_FILL, CLOSE_UP_FILL_MAX, CLOSE_UP_FILL_MIN, CLOSE_UP_FOV_MAX, CLOSE_UP_FOV_MIN } from './constants'
import { clamp } from './geometry'
import { EYE_HEIGHT, type Vec2, type Vec3 } from './types'

/** What a close-up needs of a placement: its centre, size, facing and whether it lies flat. */
export interface Framed {
  position: Vec3
  size: Vec3
  yaw: number
  flat?: boolean
}

/** The eight corners of a work's box in world metres. */
export function workCorners(p: Framed): Vec3[] {
  const [w, h, d] = p.size
  const c = Math.cos(p.yaw)
  const s = Math.sin(p.yaw)
  const out: Vec3[] = []
  for (const sx of [-0.5, 0.5]) {
    for (const sy of [-0.5, 0.5]) {
      for (const sz of [-0.5, 0.5]) {
        // Own frame: x right, y up, z front; a flat work turns its front to the sky (-π/2 about x).
        let [x, y, z] = [sx * w, sy * h, sz * d]
        if (p.flat) [y, z] = [z, -y]
        out.push([p.position[0] + x * c + z * s, p.position[1] + y, p.position[2] - x * s + z * c])
      }
    }
  }
  return out
}

/** Pitch that looks from the eye (floor point `eye`, `eyeHeight` above it) at a point. */
export function pitchToward(eye: Vec2, target: Vec3, eyeHeight = EYE_HEIGHT): number {
  return Math.atan2(target[1] - eyeHeight, Math.hypot(target[0] - eye[0], target[2] - eye[1]))
}

/**
 * The work's extent on screen as shares of the view height (`height`, and `width` in the same
 * unit), seen from `eye` at `eyeHeight` (standing unless the visitor bends) with the given yaw,
 * pitch and vertical field of view (degrees); `inFront` is false when any corner is behind the eye.
 */
export function viewFill(eye: Vec2, yaw: number, pitch: number, fov: number, corners: Vec3[], eyeHeight = EYE_HEIGHT): { height: number; width: number; inFront: boolean } {
  const cp = Math.cos(pitch)
  const forward: Vec3 = [-Math.sin(yaw) * cp, Math.sin(pitch), -Math.cos(yaw) * cp]
  const right: Vec3 = [Math.cos(yaw), 0, -Math.sin(yaw)]
  // up = right × forward
  const up: Vec3 = [
    right[1] * forward[2] - right[2] * forward[1],
    right[2] * forward[0] - right[0] * forward[2],
    right[0] * forward[1] - right[1] * forward[0],
  ]
  const t = Math.tan((fov * Math.PI) / 360)
  let minX = Infinity
  let maxX = -Infinity
  let minY = Infinity
  let maxY = -Infinity
  let inFront = true
  for (const c of corners) {
    const v: Vec3 = [c[0] - eye[0], c[1] - eyeHeight, c[2] - eye[1]]
    const z = v[0] * forward[0] + v[1] * forward[1] + v[2] * forward[2]
    if (z <= 0.01) {
      inFront = false
      continue
    }
    const x = (v[0] * right[0] + v[2] * right[2]) / (z * t)
    const y = (v[0] * up[0] + v[1] * up[1] + v[2] * up[2]) / (z * t)
    minX = Math.min(minX, x)
    maxX = Math.max(maxX, x)
    minY = Math.min(minY, y)
    maxY = Math.max(maxY, y)
  }
  return { height: (maxY - minY) / 2, width: (maxX - minX) / 2, inFront }
}

/** The fill a close-up aims at: about half the view height, less for a wide work so it stays whole side to side. */
export function targetFill(fill: { height: number; width: number }): number {
  const ratio = fill.width / Math.max(fill.height, 1e-9)
  return clamp(Math.min(CLOSE_UP_FILL, (0.92 * CLOSE_UP_ASPECT) / ratio), CLOSE_UP_FILL_MIN + 0.02, CLOSE_UP_FILL)
}

/** Fill of a work seen from `eye` looking straight at its centre with the camera's own field of view. */
export function fillFrom(eye: Vec2, p: Framed, aim: Vec3 = p.position, fov = CAMERA_FOV, corners = workCorners(p), eyeHeight = EYE_HEIGHT): { height: number; width: number; inFront: boolean } {
  const yaw = Math.atan2(-(aim[0] - eye[0]), -(aim[2] - eye[1])) + 0
  return viewFill(eye, yaw, pitchToward(eye, aim, eyeHeight), fov, corners, eyeHeight)
}

/**
 * Distance t along origin + t·dir (t in [tMin, tMax]) where the work fills the wanted share of
 * the view at the camera's field of view, the eye `eyeHeight` above the floor; the fill falls as
 * t grows, so a bisection finds it.
 */
export function distanceForFill(origin: Vec2, dir: Vec2, tMin: number, tMax: number, p: Framed, aim: Vec3 = p.position, eyeHeight = EYE_HEIGHT): number {
  const at = (t: number): Vec2 => [origin[0] + dir[0] * t, origin[1] + dir[1] * t]
  const corners = workCorners(p)
  const wanted = (t: number) => {
    const f = fillFrom(at(t), p, aim, CAMERA_FOV, corners, eyeHeight)
    return f.inFront ? f.height - targetFill(f) : 1
  }
  let lo = tMin
  let hi = Math.max(tMin, tMax)
  if (wanted(lo) <= 0) return lo
  if (wanted(hi) >= 0) return hi
  // 20 halvings of at most a room's depth: well under a millimetre.
  for (let k = 0; k < 20; k++) {
    const mid = (lo + hi) / 2
    if (wanted(mid) > 0) lo = mid
    else hi = mid
  }
  return hi
}

/**
 * The field of view a close-up from `eye` needs: the camera's own when the work already fills
 * an accepted share of the view, otherwise the one that brings it to the aimed-at share
 * (narrower for a coin, wider when a wall forces a viewer too close to a big work).
 */
export function fovFor(eye: Vec2, p: Framed, aim: Vec3 = p.position, eyeHeight = EYE_HEIGHT): number | undefined {
  const f = fillFrom(eye, p, aim, CAMERA_FOV, workCorners(p), eyeHeight)
  if (f.inFront && f.height >= CLOSE_UP_FILL_MIN && f.height <= CLOSE_UP_FILL_MAX) return undefined
  const t = Math.tan((CAMERA_FOV * Math.PI) / 360) * (f.height / targetFill(f))
  return clamp((Math.atan(t) * 360) / Math.PI, CLOSE_UP_FOV_MIN, CLOSE_UP_FOV_MAX)
}
