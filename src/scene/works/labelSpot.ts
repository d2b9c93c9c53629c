/**
 * Where a work's label goes, in world space, with the yaw it faces: on the front edge of a
 * stand; beside a wall work on whichever side is clear of its neighbours' frames; else under it.
 */
import type { Vec3 } from '../../layout/types'
import { frameMargin } from '../frames'
import type { Work } from './work'

/** A label's size in metres. */
export const LABEL_W = 0.34
export const LABEL_H = 0.1

/** `base` moved by `a` along the unit vector `dir` on the floor plane. */
const along = (base: Vec3, dir: readonly [number, number], a: number): Vec3 => [base[0] + dir[0] * a, base[1], base[2] + dir[1] * a]

export function labelSpot(work: Work, all: readonly Work[]): { position: Vec3; yaw: number } {
  const p = work.placement
  const [w, h] = p.size
  const yaw = p.yaw
  // The wall's direction to the work's right, and out of the wall toward the viewer.
  const right = [Math.cos(yaw), -Math.sin(yaw)] as const
  const out = [Math.sin(yaw), Math.cos(yaw)] as const
  if (p.mount !== 'wall' && p.stand) {
    // On the front edge of the stand, facing the corridor.
    const [sx, sz] = p.stand.center
    return { position: along([sx, p.stand.height - 0.12, sz], out, p.stand.size[1] / 2 + 0.006), yaw }
  }
  const margin = frameMargin(work.artifact.kind, w, h)
  const neighbours = all.filter((o) => o !== work && o.placement.mount === 'wall' && o.placement.wall === p.wall)
  const clear = (offset: number) =>
    neighbours.every((o) => {
      const [ox, , oz] = o.placement.position
      const d = (ox - p.position[0]) * right[0] + (oz - p.position[2]) * right[1]
      return Math.abs(d - offset) > o.placement.size[0] / 2 + frameMargin(o.artifact.kind, o.placement.size[0], o.placement.size[1]) + LABEL_W / 2 + 0.03
    })
  const side = w / 2 + margin + 0.08 + LABEL_W / 2
  const base = along([p.position[0], Math.min(1.35, p.position[1]), p.position[2]], out, 0.01)
  if (clear(side)) return { position: along(base, right, side), yaw }
  if (clear(-side)) return { position: along(base, right, -side), yaw }
  const below = Math.max(0.45, p.position[1] - h / 2 - margin - 0.06 - LABEL_H / 2)
  return { position: along(along([p.position[0], below, p.position[2]], out, 0.01), right, -w / 2 + LABEL_W / 2), yaw }
}
