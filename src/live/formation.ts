/**
 * Where pupils stand when the teacher gathers or leads them: rows behind the teacher, everyone
 * facing the way the teacher faces, each spot on walkable floor with no wall between it and the
 * teacher. Pure (layout in, floor points out), so it is unit-tested without a browser.
 */
import { isWalkable, roomAt, segmentBlocked, wrapAngle } from '../layout'
import type { GalleryLayout, Vec2 } from '../layout/types'

export interface FloorPose {
  position: Vec2
  yaw: number
}

/** Pupils per row, the gap between them and between rows, and the first row's distance behind the teacher (metres). */
export const ROW = 5
export const SPACING = 0.85
export const FIRST_ROW = 1.4
const LATERAL = [0, -1, 1, -2, 2]

/** Slot `index` in the teacher's frame: [right of the teacher, behind the teacher]. */
export function slotOffset(index: number): Vec2 {
  const row = Math.floor(index / ROW)
  return [LATERAL[index % ROW]! * SPACING, FIRST_ROW + row * SPACING]
}

/** A point given in the frame of someone at `pose` (right, behind) in world floor coordinates. yaw 0 looks toward -z. */
export function toWorld(pose: FloorPose, [right, behind]: Vec2): Vec2 {
  const forward: Vec2 = [-Math.sin(pose.yaw), -Math.cos(pose.yaw)]
  const rightward: Vec2 = [Math.cos(pose.yaw), -Math.sin(pose.yaw)]
  return [pose.position[0] + rightward[0] * right - forward[0] * behind, pose.position[1] + rightward[1] * right - forward[1] * behind]
}

/** Candidate points around the teacher, nearest first, for slots whose own spot is in a wall or an exhibit. */
function fallbacks(pose: FloorPose): Vec2[] {
  const out: Vec2[] = []
  for (let ring = 1; ring <= 8; ring++) {
    const radius = ring * 0.6
    const steps = Math.max(8, Math.round((2 * Math.PI * radius) / 0.6))
    for (let k = 0; k < steps; k++) {
      const a = (k / steps) * 2 * Math.PI
      out.push([pose.position[0] + Math.cos(a) * radius, pose.position[1] + Math.sin(a) * radius])
    }
  }
  return out
}

/**
 * Spots for `count` pupils around a teacher at `teacher`: slot order first, and where a slot
 * cannot be stood on, the nearest free walkable point in the teacher's room that the teacher can
 * see. Everyone faces the teacher's way. Deterministic, so every pupil computes the same plan.
 */
export function formation(layout: GalleryLayout, teacher: FloorPose, count: number): FloorPose[] {
  const room = roomAt(layout, teacher.position)
  const taken: Vec2[] = []
  const free = (p: Vec2) =>
    isWalkable(layout, p) &&
    (room === null || roomAt(layout, p) === room) &&
    !segmentBlocked(layout, teacher.position, p) &&
    taken.every((q) => Math.hypot(q[0] - p[0], q[1] - p[1]) >= SPACING * 0.7) &&
    Math.hypot(p[0] - teacher.position[0], p[1] - teacher.position[1]) >= 0.7
  const spare = fallbacks(teacher)
  const out: FloorPose[] = []
  for (let i = 0; i < count; i++) {
    const wanted = toWorld(teacher, slotOffset(i))
    const spot = free(wanted) ? wanted : (spare.find(free) ?? teacher.position)
    taken.push(spot)
    out.push({ position: spot, yaw: teacher.yaw })
  }
  return out
}

export type FollowStep = { kind: 'stay' } | { kind: 'glide'; to: Vec2 } | { kind: 'jump'; to: Vec2 }

/** Close enough to one's spot not to move; further than this, or behind a wall, one fades there instead of gliding. */
export const FOLLOW_SLACK = 0.45
export const FOLLOW_JUMP = 5

/** What a following pupil does when the teacher's pose arrives: stay, glide to the spot, or (far, or behind a wall) fade there. */
export function followStep(layout: GalleryLayout, self: Vec2, spot: Vec2): FollowStep {
  const distance = Math.hypot(spot[0] - self[0], spot[1] - self[1])
  if (distance < FOLLOW_SLACK) return { kind: 'stay' }
  if (distance > FOLLOW_JUMP || segmentBlocked(layout, self, spot, { obstacles: true })) return { kind: 'jump', to: spot }
  return { kind: 'glide', to: spot }
}

/**
 * Where a highlighted work is relative to the view: the signed angle from the view's heading
 * (positive: to the left), and whether it is within the horizontal field of view.
 */
export function bearing(view: FloorPose, target: Vec2, halfFov = 0.75): { angle: number; inView: boolean } {
  const dx = target[0] - view.position[0]
  const dz = target[1] - view.position[1]
  // Heading of the direction to the target in the same convention as yaw (0 = -z, positive turns left).
  const toward = Math.atan2(-dx, -dz)
  const angle = wrapAngle(toward - view.yaw)
  return { angle, inView: Math.abs(angle) <= halfFov }
}
