/**
 * What the interface shows of a live class (see src/live/ for the client that fills it in).
 * Kept in the store layer because the scene, the XR layer and the UI all read it; the wire
 * format itself lives in src/live/protocol.ts.
 */
import type { Vec2 } from '../layout/types'

export type LiveRole = 'teacher' | 'pupil'
export type LiveTransport = 'websocket' | 'polling'

export interface LiveMember {
  id: string
  nickname: string
  roomId: string | null
  inspecting: string | null
  connected: boolean
}

export interface LiveView {
  /** null: not in a class. */
  role: LiveRole | null
  code: string | null
  /** Whether a live service answers on this origin (null: not asked yet; false: static hosting). */
  available: boolean | null
  connected: boolean
  transport: LiveTransport | null
  locked: boolean
  /** The class as the teacher sees it (pupils get an empty list). */
  members: LiveMember[]
  /** The pupil's own id and nickname once joined. */
  self: { id: string; nickname: string } | null
  following: boolean
  highlighted: string | null
  /** The teacher asked every pupil's panel for the highlighted work to open. */
  highlightOpen: boolean
  eyesOnMe: boolean
  classmatesVisible: boolean
  /** The class tour under way, as the teacher leads it. */
  tour: { id: string; stop: number } | null
  /** Why the class is over for this visitor, or why joining failed (an i18n key under `live.`). */
  notice: string | null
  /** Whether the teacher's class panel is open. */
  panelOpen: boolean
  /** Whether the pupil's join dialog is open (from the start screen or a #/join link). */
  joinOpen: boolean
  /** A code from a #/join/<code> link, offered in the join dialog. */
  joinCode: string | null
}

export const NO_LIVE: LiveView = {
  role: null,
  code: null,
  available: null,
  connected: false,
  transport: null,
  locked: false,
  members: [],
  self: null,
  following: false,
  highlighted: null,
  highlightOpen: false,
  eyesOnMe: false,
  classmatesVisible: false,
  tour: null,
  notice: null,
  panelOpen: false,
  joinOpen: false,
  joinCode: null,
}

/** A streamed pose: floor point and heading (per frame, kept in runtime, never in the store). */
export interface LivePose {
  position: Vec2
  yaw: number
  roomId: string | null
  /** Classmates (pupils): when this one was last heard of (performance.now()), to forget the silent. */
  heardAt?: number
}
