/** `window.__gallery.live()`: the live class as this visitor is in it. */
import { runtime } from '../store/runtime'
import { galleryStore } from '../store/galleryStore'
import { classmatesHere } from '../live/classmates'
import type { LiveMember, LiveRole, LiveTransport } from '../store/liveTypes'

export interface LiveStatusApi {
  role: LiveRole | null
  code: string | null
  connected: boolean
  /** How the connection runs now; null while there is none. */
  transport: LiveTransport | null
  /** Whether this origin has the live service (false on a static host; null until asked). */
  available: boolean | null
  /** The roster, for the teacher only (pupils get an empty list). */
  members: LiveMember[]
  following: boolean
  highlighted: string | null
  eyesOnMe: boolean
  classmatesVisible: boolean
  /** Pupils: the classmates this visitor now sees in their own room (0 while they are hidden). */
  classmates: number
  tour: { id: string; stop: number } | null
  /** The pupil's own nickname. */
  nickname: string | null
  /** Why the class ended for this visitor ('ended', 'removed'), or why joining failed. */
  notice: string | null
}

function classmatesSeen(): number {
  const { live, roomId } = galleryStore.getState()
  if (live.role !== 'pupil' || !live.classmatesVisible) return 0
  return classmatesHere(runtime.live.members, roomId, performance.now()).length
}

export function liveStatus(): LiveStatusApi {
  const l = galleryStore.getState().live
  return {
    role: l.role,
    code: l.code,
    connected: l.connected,
    transport: l.connected ? l.transport : null,
    available: l.available,
    members: l.role === 'teacher' ? l.members.map((m) => ({ ...m })) : [],
    following: l.following,
    highlighted: l.highlighted,
    eyesOnMe: l.eyesOnMe,
    classmatesVisible: l.classmatesVisible,
    classmates: classmatesSeen(),
    tour: l.tour ? { ...l.tour } : null,
    nickname: l.self?.nickname ?? null,
    notice: l.notice,
  }
}
