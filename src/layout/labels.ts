/** Where each work's label goes: beside a work that hangs with air around it, under one in a group, on the front of a stand. */
import { FRAME_MARGIN, LABEL_GAP, LABEL_HEIGHT, LABEL_MAX_WIDTH, LABEL_MIN_WIDTH, LABEL_SIDE_HEIGHT, WALL_CORNER_MARGIN } from './constants'
import { clamp } from './geometry'
import { pointAlong, type WallFrame } from './roomShell'
import type { Vec2, Vec3 } from './types'

export interface LabelSpot {
  position: Vec3
  size: Vec2
}

/** Labels stand this far proud of the wall or stand face. */
const LABEL_OUT = 0.012

/** A wall work's label. `others`: the spans [from, to] along the same wall of its neighbours' frames. */
export function wallLabel(frame: WallFrame, along: number, centreY: number, size: Vec3, others: Array<[number, number]>, free: Array<[number, number]>): LabelSpot {
  const [w, h] = size
  const half = w / 2 + FRAME_MARGIN
  const sideW = LABEL_MAX_WIDTH
  const clear = (from: number, to: number) =>
    others.every(([a, b]) => to <= a - 0.03 || from >= b + 0.03) && free.some(([a, b]) => from >= a - 1e-9 && to <= b + 1e-9)
  const at = (a: number, y: number, lw: number): LabelSpot => {
    const [x, z] = pointAlong(frame, a, 0.05 + LABEL_OUT)
    return { position: [x, y, z], size: [lw, LABEL_HEIGHT] }
  }
  const sideY = Math.min(LABEL_SIDE_HEIGHT, centreY)
  const right = along + half + LABEL_GAP
  if (clear(right, right + sideW)) return at(right + sideW / 2, sideY, sideW)
  const left = along - half - LABEL_GAP
  if (clear(left - sideW, left)) return at(left - sideW / 2, sideY, sideW)
  // Under the frame, aligned with its left edge, no wider than the frame (the next one's label sits under it).
  const lw = clamp(w + 2 * FRAME_MARGIN, LABEL_MIN_WIDTH, LABEL_MAX_WIDTH)
  const below = centreY - h / 2 - FRAME_MARGIN - LABEL_GAP - LABEL_HEIGHT / 2
  // A work hung low has its label over it instead.
  const y = below >= 0.45 ? below : centreY + h / 2 + FRAME_MARGIN + LABEL_GAP + LABEL_HEIGHT / 2
  const start = clamp(along - half, WALL_CORNER_MARGIN, frame.length - WALL_CORNER_MARGIN - lw)
  return at(start + lw / 2, y, lw)
}

/** A floor work's label, on the front of its stand facing the viewer. */
export function standLabel(center: Vec2, size: Vec2, height: number, facesSouth: boolean, workWidth: number): LabelSpot {
  const lw = clamp(workWidth, LABEL_MIN_WIDTH, LABEL_MAX_WIDTH)
  const dz = (size[1] / 2 + LABEL_OUT) * (facesSouth ? 1 : -1)
  return { position: [center[0], height - LABEL_HEIGHT / 2 - 0.06, center[1] + dz], size: [lw, LABEL_HEIGHT] }
}
