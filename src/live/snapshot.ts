/**
 * Applying the service's snapshot: what the interface shows (the store's `live` view) and what a
 * pupil must now do (glide to a gather, open a panel, step the class tour). Pure: the previous
 * application in, the next one out, so reconnects and repeated snapshots are unit-tested.
 */
import type { LiveMember, LiveRole, LiveView } from '../store/liveTypes'
import type { Pose, Snapshot } from './protocol'

/** What the last applied snapshot said, as far as a pupil's actions depend on it. */
export interface Applied {
  version: number
  gatherSeq: number
  following: boolean
  highlight: Snapshot['highlight']
  tour: Snapshot['tour']
}

export type LiveAction =
  | { type: 'ended' }
  | { type: 'gather'; pose: Pose }
  | { type: 'follow'; pose: Pose | null }
  | { type: 'open'; artifactId: string }
  | { type: 'close'; artifactId: string }
  | { type: 'tour'; tourId: string; stop: number }
  | { type: 'tourPlaying'; playing: boolean }
  | { type: 'tourEnd' }

export interface Application {
  applied: Applied
  view: Partial<LiveView>
  actions: LiveAction[]
}

export function viewOf(snap: Snapshot, role: LiveRole): Partial<LiveView> {
  const members: LiveMember[] = role === 'teacher' ? snap.roster.map((m) => ({ ...m })) : []
  return {
    code: snap.code,
    locked: snap.locked,
    following: snap.following,
    highlighted: snap.highlight?.artifactId ?? null,
    highlightOpen: snap.highlight?.open ?? false,
    eyesOnMe: snap.eyesOnMe,
    classmatesVisible: snap.classmatesVisible,
    tour: snap.tour ? { id: snap.tour.tourId, stop: snap.tour.stop } : null,
    members,
  }
}

/**
 * The next application of `snap` after `prev` (null: the first since joining), or null when
 * `snap` is older than what was applied (a late delivery). On the first snapshot a pupil does
 * not replay a gather that happened before they came, but does join a class tour under way
 * and follows a teacher who is leading.
 */
export function applySnapshot(prev: Applied | null, snap: Snapshot, role: LiveRole): Application | null {
  if (prev && snap.version < prev.version) return null
  const applied: Applied = {
    version: snap.version,
    gatherSeq: snap.gather?.seq ?? prev?.gatherSeq ?? 0,
    following: snap.following,
    highlight: snap.highlight,
    tour: snap.tour,
  }
  const view = viewOf(snap, role)
  if (snap.mode === 'ended') return { applied, view, actions: [{ type: 'ended' }] }
  if (role === 'teacher') return { applied, view, actions: [] }
  const actions: LiveAction[] = []
  if (snap.gather && prev && snap.gather.seq > prev.gatherSeq) actions.push({ type: 'gather', pose: snap.gather.pose })
  if (snap.following && !prev?.following) actions.push({ type: 'follow', pose: snap.teacher.pose })
  const was = prev?.highlight ?? null
  const now = snap.highlight
  if (was?.open && (!now || !now.open || now.artifactId !== was.artifactId)) actions.push({ type: 'close', artifactId: was.artifactId })
  if (now?.open && (!was?.open || was.artifactId !== now.artifactId || !prev)) actions.push({ type: 'open', artifactId: now.artifactId })
  const tour = snap.tour
  const before = prev?.tour ?? null
  if (tour && (!before || before.tourId !== tour.tourId || before.stop !== tour.stop)) actions.push({ type: 'tour', tourId: tour.tourId, stop: tour.stop })
  if (tour && (before?.playing ?? true) !== tour.playing) actions.push({ type: 'tourPlaying', playing: tour.playing })
  if (!tour && before) actions.push({ type: 'tourEnd' })
  return { applied, view, actions }
}
