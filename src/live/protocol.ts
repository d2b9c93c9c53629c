/**
 * The live field-trip protocol: every message between the browser and the live service, as strict
 * zod schemas, and the typed Socket.IO event maps derived from them. Both sides parse what they
 * receive; the server trusts nothing a client sends (ids are checked against the manifest too).
 *
 * Flow (Socket.IO 4.8 on the page's own origin, default path `/socket.io/`; long-polling works):
 * 1. Teacher: `lead({}, ack)` -> `{ ok, code, secret, snapshot }`. `code` is the 6-character class
 *    code pupils type; `secret` proves the teacher later: keep it in sessionStorage.
 * 2. Teacher back after a reload or a dropped connection: `resume({ code, secret }, ack)` ->
 *    `{ ok, snapshot }`. The class is where it was; nothing else is needed.
 * 3. Pupil: `join({ code, nickname, rejoin? }, ack)` -> `{ ok, memberId, token, nickname, slot, snapshot }`
 *    or `{ ok: false, error }` (`no-session`, `locked`, `full`, `removed`, `nickname`). Keep
 *    `{ memberId, token }` and pass it as `rejoin` on every reconnect to stay the same pupil.
 * 4. The client sends its `join`/`resume` again on EVERY (re)connect (it may land on another node);
 *    the ack carries the authoritative snapshot, so a pupil is back in step at once.
 * 5. Teacher commands: `command(cmd, ack)` -> `{ ok, version }`; the server applies it with the
 *    pure reducer in `session.ts` and sends every member a fresh `snapshot` (pupils get
 *    `pupilView()`: no roster unless classmates are visible). Requests beyond RATE_LIMITS.other
 *    are answered `{ ok: false, error: 'rate', retryMs }`; the teacher's client sends its
 *    commands one at a time and sends a refused one again after `retryMs` (`commandQueue.ts`),
 *    so quick clicks are slowed down, never lost or reordered.
 * 6. Poses are volatile (never queued or replayed): the teacher sends `pose` (<= 20/s), pupils
 *    send `pose` with their room and inspected work (<= 5/s). Pupils receive `teacherPose`; the
 *    teacher receives `memberPose` and `roster` (whenever a pupil joins, leaves, changes room or
 *    what they inspect). While the teacher shows classmates, pupils also receive `classmates`:
 *    one batch per gallery room every CLASSMATES_MS, with only the pupils in that room (and no
 *    roster pushes: a class's roster changes reach pupils with the next command's snapshot).
 * 7. `ended` when the teacher ends the class or after 3 h idle (everything is deleted);
 *    `removed` to a pupil the teacher removed (that pupil cannot rejoin).
 * Invalid messages are dropped and counted; a socket that keeps sending them is disconnected.
 */
import type { Classmates, Command, CommandInput, ErrorCode, JoinRequest, LeadRequest, Member, MemberPose, Pose, PupilPose, ResumeRequest, Snapshot } from './messages'

// The protocol is one module to its users (the server imports only this file): the shared
// numbers and the message schemas live in their own files and are re-exported here.
export * from './limits'
export * from './messages'

/** `retryMs` comes with `rate`: when this socket may send its next request. */
export type Failure = { ok: false; error: ErrorCode; retryMs?: number }
export type LeadResult = { ok: true; code: string; secret: string; snapshot: Snapshot } | Failure
export type ResumeResult = { ok: true; snapshot: Snapshot } | Failure
/** `slot`: this pupil's own place in the gather formation (no other member has it). */
export type JoinResult = { ok: true; memberId: string; token: string; nickname: string; slot: number; snapshot: Snapshot } | Failure
export type CommandResult = { ok: true; version: number } | Failure
export type EndReason = 'teacher' | 'idle'
export interface LiveStatus {
  live: true
  cap: number
}

export interface ClientToServerEvents {
  lead: (request: LeadRequest, ack: (result: LeadResult) => void) => void
  resume: (request: ResumeRequest, ack: (result: ResumeResult) => void) => void
  join: (request: JoinRequest, ack: (result: JoinResult) => void) => void
  command: (command: CommandInput, ack: (result: CommandResult) => void) => void
  /** Teacher: `Pose`; pupil: `PupilPose`. Send with `socket.volatile`. */
  pose: (pose: Pose | PupilPose) => void
  /** A pupil leaving on purpose (closing the class panel); the teacher sees them disconnected. */
  leave: () => void
}

export interface ServerToClientEvents {
  snapshot: (snapshot: Snapshot) => void
  teacherPose: (pose: Pose) => void
  memberPose: (update: MemberPose) => void
  /** Pupils, while the teacher shows classmates: where the others in their gallery room are. */
  classmates: (batch: Classmates) => void
  roster: (roster: Member[], version: number) => void
  ended: (reason: EndReason) => void
  removed: () => void
}

/** The ids a message may name, from the manifest the server serves. */
export interface ManifestIds {
  rooms: ReadonlySet<string>
  artifacts: ReadonlySet<string>
  /** Tour id -> number of stops. */
  tours: ReadonlyMap<string, number>
}

export function manifestIds(manifest: {
  rooms: ReadonlyArray<{ id: string }>
  artifacts: ReadonlyArray<{ id: string }>
  tours: ReadonlyArray<{ id: string; stops: ReadonlyArray<unknown> }>
}): ManifestIds {
  return {
    rooms: new Set(manifest.rooms.map((r) => r.id)),
    artifacts: new Set(manifest.artifacts.map((a) => a.id)),
    tours: new Map(manifest.tours.map((t) => [t.id, t.stops.length])),
  }
}

/** True when every room and artifact a pose names exists. */
export function poseKnown(p: Pose | PupilPose, ids: ManifestIds): boolean {
  if (p.room !== null && !ids.rooms.has(p.room)) return false
  if ('inspecting' in p && p.inspecting !== null && !ids.artifacts.has(p.inspecting)) return false
  return true
}

/** True when every id a command names exists (a tour stop is checked in the reducer, which knows the tour). */
export function commandKnown(c: Command, ids: ManifestIds): boolean {
  switch (c.type) {
    case 'gather':
      return poseKnown(c.pose, ids)
    case 'highlight':
      return c.artifactId === null || ids.artifacts.has(c.artifactId)
    case 'tourStart':
      return ids.tours.has(c.tourId)
    default:
      return true
  }
}

/** Wraps an angle into [-PI, PI], as the schemas want it. */
export function wrapAngle(a: number): number {
  const w = ((((a + Math.PI) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI)) - Math.PI
  return Object.is(w, -0) ? 0 : w
}
