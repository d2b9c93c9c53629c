/**
 * Which classmates a pupil sees: those in their own gallery room who were heard of lately (the
 * service names each moved classmate once a second and every one every CLASSMATES_REFRESH_MS,
 * so a silent one has left with a node that died). Pure, for the scene and the automation API.
 */
import type { LivePose } from '../store/liveTypes'
import { CLASSMATES_FORGET_MS } from './limits'

export function classmatesHere(members: ReadonlyMap<string, LivePose>, roomId: string | null, now: number): Array<[string, LivePose]> {
  const out: Array<[string, LivePose]> = []
  for (const [key, pose] of members) {
    if (pose.roomId !== roomId) continue
    if (pose.heardAt !== undefined && now - pose.heardAt > CLASSMATES_FORGET_MS) continue
    out.push([key, pose])
  }
  return out
}
