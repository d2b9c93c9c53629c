/**
 * What the live service sends, applied: class snapshots (to the store's live view, and for a
 * pupil to what they must do), the teacher's and members' poses and classmates batches (to the
 * per-frame runtime). Every message is parsed first; one that does not parse is ignored. The
 * socket that delivers them is client.ts's.
 */
import { runtime } from '../store/runtime'
import { galleryStore } from '../store/galleryStore'
import type { LiveRole, LiveView } from '../store/liveTypes'
import { classmates as classmatesSchema, memberPose as memberPoseSchema, pose as poseSchema, snapshot as snapshotSchema, type Snapshot } from './protocol'
import { applySnapshot, type Applied } from './snapshot'
import { followTeacher, perform, setSlot } from './pupil'

let applied: Applied | null = null
/** This pupil's gather place (classmates batches name pupils by it). */
let ownPlace = -1

export const setLive = (live: Partial<LiveView>) => galleryStore.getState().setLive(live)

export function placeSelf(place: number): void {
  ownPlace = place
  setSlot(place)
}

/** Forgets the last snapshot applied: the next class starts from nothing. */
export function forgetSnapshots(): void {
  applied = null
}

/** Parses and applies a snapshot; true when it says the class has ended (the caller finishes it). */
export function applyIncoming(raw: unknown): boolean {
  const parsed = snapshotSchema.safeParse(raw)
  const role = galleryStore.getState().live.role
  if (!parsed.success || !role) return false
  return apply(parsed.data, role)
}

/** Applies a snapshot newer than the last one; true when it says the class has ended. */
export function apply(snap: Snapshot, role: LiveRole): boolean {
  const next = applySnapshot(applied, snap, role)
  if (!next) return false
  applied = next.applied
  setLive(next.view)
  if (role === 'pupil') {
    keepClassmates(snap)
    runtime.walkLocked = snap.following
    if (snap.teacher.pose) runtime.live.teacher = { position: [snap.teacher.pose.p[0], snap.teacher.pose.p[2]], yaw: snap.teacher.pose.yaw, roomId: snap.teacher.pose.room }
  }
  for (const action of next.actions) {
    if (action.type === 'ended') return true
    perform(action)
  }
  return false
}

/** A pupil's classmates, by gather place; none while hidden. */
function keepClassmates(snap: Snapshot): void {
  if (!snap.classmatesVisible) runtime.live.members.clear()
}

export function applyClassmates(raw: unknown): void {
  const batch = classmatesSchema.safeParse(raw)
  const live = galleryStore.getState().live
  if (!batch.success || live.role !== 'pupil' || !live.classmatesVisible) return
  const now = performance.now()
  for (const place of batch.data.gone) runtime.live.members.delete(String(place))
  for (const [place, x, z] of batch.data.members) {
    if (place !== ownPlace) runtime.live.members.set(String(place), { position: [x, z], yaw: 0, roomId: batch.data.room, heardAt: now })
  }
}

export function applyTeacherPose(raw: unknown): void {
  const p = poseSchema.safeParse(raw)
  if (!p.success) return
  runtime.live.teacher = { position: [p.data.p[0], p.data.p[2]], yaw: p.data.yaw, roomId: p.data.room }
  followTeacher(p.data)
}

export function applyMemberPose(raw: unknown): void {
  const m = memberPoseSchema.safeParse(raw)
  if (m.success) runtime.live.members.set(m.data.id, { position: [m.data.pose.p[0], m.data.pose.p[2]], yaw: m.data.pose.yaw, roomId: m.data.pose.room })
}

/** The teacher's roster between snapshots. */
export function applyRoster(raw: unknown): void {
  const parsed = snapshotSchema.shape.roster.safeParse(raw)
  if (parsed.success && galleryStore.getState().live.role === 'teacher') setLive({ members: parsed.data })
}
