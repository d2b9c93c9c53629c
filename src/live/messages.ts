/**
 * Every message of the live protocol as a strict zod schema, and the types inferred from them:
 * poses, members, the class snapshot, the teacher's commands, the requests, classmates batches,
 * error codes. The flow that uses them is described in protocol.ts.
 */
import { z } from 'zod'
import { id as manifestId } from '../manifest/fields'
import { CAP_MAX, CODE_PATTERN, NICKNAME_MAX } from './limits'

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
export type LeadRequest = z.input<typeof leadRequest>
export type JoinRequest = z.infer<typeof joinRequest>
export type ResumeRequest = z.infer<typeof resumeRequest>
export type MemberPose = z.infer<typeof memberPose>
export type Classmates = z.infer<typeof classmates>
export type ErrorCode = z.infer<typeof errorCode>
