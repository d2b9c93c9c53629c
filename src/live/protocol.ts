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
import { z } from 'zod'
import { id as manifestId } from '../manifest/fields'

/** Class codes: 6 characters from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V). */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTWXY34679'
export const CODE_LENGTH = 6
export const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`)

export const SESSION_CAP_DEFAULT = 60
/** The most pupils a class may have (the cap, and the range of gather places). */
export const CAP_MAX = 500
/** A session nobody has touched for this long is deleted with everything about it. */
export const SESSION_IDLE_MS = 3 * 60 * 60 * 1000
export const NICKNAME_MAX = 24

/** Per-socket token buckets: `perSecond` sustained, `burst` at once. Over the limit = dropped. */
export const RATE_LIMITS = {
  pupilPose: { perSecond: 5, burst: 5 },
  teacherPose: { perSecond: 20, burst: 20 },
  other: { perSecond: 2, burst: 4 },
} as const
/** Invalid messages tolerated from one socket before it is disconnected. */
export const INVALID_MESSAGE_LIMIT = 20

/** The service answers here with `LiveStatus` JSON; a static host without the service does not. */
export const LIVE_STATUS_PATH = 'live/status'

export const id = manifestId.max(64)
export const classCode = z.string().regex(CODE_PATTERN, 'not a class code')
/** 128-bit secrets, hex. */
export const secret = z.string().regex(/^[0-9a-f]{32}$/)
export const memberId = z.string().regex(/^m-[a-z0-9]{8}$/)
/** What a pupil types; `normalizeNickname` then makes it tidy and `nicknameProblem` filters it. */
export const rawNickname = z.string().min(1).max(64)

const coordinate = z.number().finite().min(-1000).max(1000)
/** Angles are wrapped into [-PI, PI] (`wrapAngle`) before sending; a little slack for rounding. */
const angle = z.number().finite().min(-3.15).max(3.15)

export const pose = z
  .object({
    /** Eye position in world metres. */
    p: z.tuple([coordinate, coordinate, coordinate]),
    yaw: angle,
    pitch: z.number().finite().min(-1.6).max(1.6),
    room: id.nullable(),
    /** Sender's sequence number: receivers drop a pose older than one they have. */
    seq: z.number().int().min(0).max(2 ** 31),
    /** Sender's clock (ms since the epoch), for interpolation and latency measurement. */
    t: z.number().finite().min(0).max(1e14),
  })
  .strict()

export const pupilPose = pose.extend({ inspecting: id.nullable() }).strict()

export const member = z
  .object({
    id: memberId,
    nickname: z.string().min(1).max(NICKNAME_MAX),
    roomId: id.nullable(),
    inspecting: id.nullable(),
    connected: z.boolean(),
  })
  .strict()

export const snapshot = z
  .object({
    code: classCode,
    /** Increases with every change; a client ignores a snapshot older than the one it has. */
    version: z.number().int().min(0),
    mode: z.enum(['active', 'ended']),
    teacher: z.object({ connected: z.boolean(), pose: pose.nullable() }).strict(),
    highlight: z.object({ artifactId: id, open: z.boolean() }).strict().nullable(),
    following: z.boolean(),
    eyesOnMe: z.boolean(),
    /** A one-shot "gather here": pupils glide to `pose` when `seq` is newer than the last they obeyed. */
    gather: z.object({ seq: z.number().int().min(1), pose }).strict().nullable(),
    tour: z.object({ tourId: id, stop: z.number().int().min(0).max(999), playing: z.boolean() }).strict().nullable(),
    locked: z.boolean(),
    classmatesVisible: z.boolean(),
    cap: z.number().int().min(1).max(CAP_MAX),
    /** The teacher sees everyone; a pupil sees an empty roster unless classmates are visible. */
    roster: z.array(member).max(CAP_MAX),
  })
  .strict()

export const command = z.discriminatedUnion('type', [
  z.object({ type: z.literal('gather'), pose }).strict(),
  z.object({ type: z.literal('follow'), on: z.boolean() }).strict(),
  z.object({ type: z.literal('highlight'), artifactId: id.nullable(), open: z.boolean().default(false) }).strict(),
  z.object({ type: z.literal('eyesOnMe'), on: z.boolean() }).strict(),
  z.object({ type: z.literal('tourStart'), tourId: id }).strict(),
  z.object({ type: z.literal('tourStop'), stop: z.number().int().min(0).max(999) }).strict(),
  z.object({ type: z.literal('tourPlaying'), playing: z.boolean() }).strict(),
  z.object({ type: z.literal('tourEnd') }).strict(),
  z.object({ type: z.literal('lock'), on: z.boolean() }).strict(),
  z.object({ type: z.literal('classmates'), on: z.boolean() }).strict(),
  z.object({ type: z.literal('rename'), memberId, nickname: rawNickname }).strict(),
  z.object({ type: z.literal('remove'), memberId }).strict(),
  z.object({ type: z.literal('end') }).strict(),
])

export const leadRequest = z.object({}).strict()
export const resumeRequest = z.object({ code: classCode, secret }).strict()
export const joinRequest = z
  .object({ code: classCode, nickname: rawNickname, rejoin: z.object({ memberId, token: secret }).strict().optional() })
  .strict()
export const memberPose = z.object({ id: memberId, pose: pupilPose }).strict()

// The classmates' timing lives in a module without zod, so the scene can read it without the schemas.
export { CLASSMATES_MS, CLASSMATES_REFRESH_MS, CLASSMATES_FORGET_MS } from './classmateTiming'
const slot = z.number().int().min(0).max(CAP_MAX - 1)
/**
 * Classmates in one gallery room, batched: `[place, x, z]` (floor metres, to 10 cm) for those
 * who moved (or are due a refresh), and the places of those who left the room or the class.
 * A classmate is named by their gather place, not their id or nickname: a disc on the floor
 * needs no more. Sent only to pupils in that room, so each gets at most the classmates they
 * could see, once a second.
 */
export const classmates = z
  .object({
    room: id,
    members: z.array(z.tuple([slot, coordinate, coordinate])).max(CAP_MAX),
    gone: z.array(slot).max(CAP_MAX),
  })
  .strict()

export const errorCode = z.enum([
  'invalid',
  'rate',
  'no-session',
  'locked',
  'full',
  'removed',
  'nickname',
  'forbidden',
  'unknown-id',
  'busy',
])

export type Pose = z.infer<typeof pose>
export type PupilPose = z.infer<typeof pupilPose>
export type Member = z.infer<typeof member>
export type Snapshot = z.infer<typeof snapshot>
export type Command = z.infer<typeof command>
export type CommandInput = z.input<typeof command>
export type JoinRequest = z.infer<typeof joinRequest>
export type ResumeRequest = z.infer<typeof resumeRequest>
export type MemberPose = z.infer<typeof memberPose>
export type Classmates = z.infer<typeof classmates>
export type ErrorCode = z.infer<typeof errorCode>
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
  lead: (request: z.input<typeof leadRequest>, ack: (result: LeadResult) => void) => void
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
