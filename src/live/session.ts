/**
 * A live session's state and every transition it can make, as one pure reducer shared by the
 * server (which decides) and tests. No clock, randomness or I/O inside: those come in the action.
 */
import type { Command, ErrorCode, ManifestIds, Member, Pose, Snapshot } from './protocol'
import { SESSION_CAP_DEFAULT } from './protocol'
import { nicknameKey, nicknameProblem, normalizeNickname } from './nickname'

export interface MemberRecord extends Member {
  /** Lets this pupil come back as the same member; never sent to anyone else. */
  token: string
  /**
   * This pupil's place in the gather formation, told only to them (in the join answer): the
   * lowest place no current member holds, kept while they are away, freed when removed. So no
   * two pupils compute the same spot, whether or not they can see the roster.
   */
  slot: number
}

/** The lowest formation place no member holds. */
export function freeSlot(members: ReadonlyArray<{ slot?: number }>): number {
  const taken = new Set(members.map((m) => m.slot))
  let slot = 0
  while (taken.has(slot)) slot++
  return slot
}

export interface SessionState extends Omit<Snapshot, 'roster'> {
  secret: string
  members: MemberRecord[]
  /** Removed pupils' tokens and nickname keys: they cannot rejoin. */
  removedTokens: string[]
  removedNames: string[]
  /** Last activity (ms): a session idle for SESSION_IDLE_MS is deleted. */
  touchedAt: number
}

export type Action =
  | { type: 'join'; nickname: string; rejoin?: { memberId: string; token: string }; newId: string; newToken: string }
  | { type: 'presence'; memberId: string; roomId: string | null; inspecting: string | null }
  | { type: 'memberConnection'; memberId: string; connected: boolean }
  | { type: 'teacherConnection'; connected: boolean }
  | { type: 'teacherPose'; pose: Pose }
  | { type: 'command'; command: Command }

/** What changed, so the server knows whom to tell. */
export type Change = 'snapshot' | 'roster' | 'none'
export type Outcome =
  | { ok: true; state: SessionState; change: Change; member?: MemberRecord; removed?: string }
  | { ok: false; error: ErrorCode }

/**
 * A class before the teacher has done anything: nothing highlighted, nobody following, looking
 * or gathered, no tour, open to joiners, classmates hidden. What a session starts as, and the
 * neutral ground tests build snapshots on.
 */
export const QUIET_CLASS = {
  highlight: null,
  following: false,
  eyesOnMe: false,
  gather: null,
  tour: null,
  locked: false,
  classmatesVisible: false,
} as const satisfies Partial<Snapshot>

export function createSession(code: string, secret: string, now: number, cap = SESSION_CAP_DEFAULT): SessionState {
  return {
    code,
    secret,
    version: 1,
    mode: 'active',
    teacher: { connected: true, pose: null },
    ...QUIET_CLASS,
    cap,
    members: [],
    removedTokens: [],
    removedNames: [],
    touchedAt: now,
  }
}

const fail = (error: ErrorCode): Outcome => ({ ok: false, error })

function bump(state: SessionState, patch: Partial<SessionState>, now: number, change: Change = 'snapshot'): Outcome {
  return { ok: true, state: { ...state, ...patch, version: state.version + 1, touchedAt: now }, change }
}

function withMember(state: SessionState, id: string, patch: Partial<MemberRecord>): MemberRecord[] {
  return state.members.map((m) => (m.id === id ? { ...m, ...patch } : m))
}

function join(state: SessionState, a: Extract<Action, { type: 'join' }>, now: number): Outcome {
  if (a.rejoin) {
    if (state.removedTokens.includes(a.rejoin.token)) return fail('removed')
    const known = state.members.find((m) => m.id === a.rejoin!.memberId && m.token === a.rejoin!.token)
    // A pupil coming back (reload, another node) is let in even when the class is locked or full.
    if (known) {
      // A session stored before places existed gives its pupils one on their way back.
      const back = { connected: true, slot: typeof known.slot === 'number' ? known.slot : freeSlot(state.members) }
      const members = withMember(state, known.id, back)
      const out = bump(state, { members }, now, 'roster') as Extract<Outcome, { ok: true }>
      return { ...out, member: { ...known, ...back } }
    }
  }
  if (state.locked) return fail('locked')
  if (state.members.length >= state.cap) return fail('full')
  const nickname = normalizeNickname(a.nickname)
  if (nicknameProblem(nickname) !== null) return fail('nickname')
  if (state.removedNames.includes(nicknameKey(nickname))) return fail('removed')
  const record: MemberRecord = { id: a.newId, nickname, roomId: null, inspecting: null, connected: true, token: a.newToken, slot: freeSlot(state.members) }
  const out = bump(state, { members: [...state.members, record] }, now, 'roster') as Extract<Outcome, { ok: true }>
  return { ...out, member: record }
}

function tourCommand(state: SessionState, c: Command, ids: ManifestIds, now: number): Outcome {
  switch (c.type) {
    case 'tourStart':
      if (!ids.tours.has(c.tourId)) return fail('unknown-id')
      return bump(state, { tour: { tourId: c.tourId, stop: 0, playing: true } }, now)
    case 'tourStop': {
      if (!state.tour) return fail('invalid')
      const stops = ids.tours.get(state.tour.tourId) ?? 0
      if (c.stop >= stops) return fail('unknown-id')
      return bump(state, { tour: { ...state.tour, stop: c.stop } }, now)
    }
    case 'tourPlaying':
      if (!state.tour) return fail('invalid')
      return bump(state, { tour: { ...state.tour, playing: c.playing } }, now)
    default:
      return bump(state, { tour: null }, now)
  }
}

function command(state: SessionState, c: Command, ids: ManifestIds, now: number): Outcome {
  switch (c.type) {
    case 'gather':
      return bump(state, { gather: { seq: (state.gather?.seq ?? 0) + 1, pose: c.pose } }, now)
    case 'follow':
      return bump(state, { following: c.on }, now)
    case 'highlight':
      if (c.artifactId !== null && !ids.artifacts.has(c.artifactId)) return fail('unknown-id')
      return bump(state, { highlight: c.artifactId === null ? null : { artifactId: c.artifactId, open: c.open } }, now)
    case 'eyesOnMe':
      return bump(state, { eyesOnMe: c.on }, now)
    case 'tourStart':
    case 'tourStop':
    case 'tourPlaying':
    case 'tourEnd':
      return tourCommand(state, c, ids, now)
    case 'lock':
      return bump(state, { locked: c.on }, now)
    case 'classmates':
      return bump(state, { classmatesVisible: c.on }, now)
    case 'rename': {
      if (!state.members.some((m) => m.id === c.memberId)) return fail('unknown-id')
      const nickname = normalizeNickname(c.nickname)
      if (nicknameProblem(nickname) !== null) return fail('nickname')
      return bump(state, { members: withMember(state, c.memberId, { nickname }) }, now, 'roster')
    }
    case 'remove': {
      const gone = state.members.find((m) => m.id === c.memberId)
      if (!gone) return fail('unknown-id')
      const out = bump(
        state,
        {
          members: state.members.filter((m) => m.id !== c.memberId),
          removedTokens: [...state.removedTokens, gone.token],
          removedNames: [...state.removedNames, nicknameKey(gone.nickname)],
        },
        now,
        'roster',
      ) as Extract<Outcome, { ok: true }>
      return { ...out, removed: gone.id }
    }
    case 'end':
      return bump(state, { mode: 'ended' }, now)
  }
}

/** The one transition function: the state after `action`, or why it was refused. */
export function reduce(state: SessionState, action: Action, ids: ManifestIds, now: number): Outcome {
  if (state.mode === 'ended') return fail('no-session')
  switch (action.type) {
    case 'join':
      return join(state, action, now)
    case 'presence': {
      const m = state.members.find((x) => x.id === action.memberId)
      if (!m) return fail('unknown-id')
      if ((action.roomId !== null && !ids.rooms.has(action.roomId)) || (action.inspecting !== null && !ids.artifacts.has(action.inspecting))) {
        return fail('unknown-id')
      }
      if (m.roomId === action.roomId && m.inspecting === action.inspecting) return { ok: true, state, change: 'none' }
      return bump(state, { members: withMember(state, m.id, { roomId: action.roomId, inspecting: action.inspecting }) }, now, 'roster')
    }
    case 'memberConnection': {
      const m = state.members.find((x) => x.id === action.memberId)
      if (!m) return fail('unknown-id')
      if (m.connected === action.connected) return { ok: true, state, change: 'none' }
      return bump(state, { members: withMember(state, m.id, { connected: action.connected }) }, now, 'roster')
    }
    case 'teacherConnection':
      if (state.teacher.connected === action.connected) return { ok: true, state, change: 'none' }
      return bump(state, { teacher: { ...state.teacher, connected: action.connected } }, now)
    case 'teacherPose':
      // Streamed poses do not advance the version: they are volatile, the snapshot only keeps the last.
      return { ok: true, state: { ...state, teacher: { ...state.teacher, pose: action.pose }, touchedAt: now }, change: 'none' }
    case 'command':
      return command(state, action.command, ids, now)
  }
}

function publicMember(m: MemberRecord): Member {
  return { id: m.id, nickname: m.nickname, roomId: m.roomId, inspecting: m.inspecting, connected: m.connected }
}

/** What the teacher sees: everything but secrets. */
export function teacherView(state: SessionState): Snapshot {
  const { secret: _s, members, removedTokens: _t, removedNames: _n, touchedAt: _a, ...rest } = state
  return { ...rest, roster: members.map(publicMember) }
}

/** What a pupil sees: no roster unless the teacher made classmates visible, and then no one's inspected work. */
export function pupilView(state: SessionState): Snapshot {
  const view = teacherView(state)
  return {
    ...view,
    roster: state.classmatesVisible ? view.roster.map((m) => ({ ...m, inspecting: null })) : [],
  }
}
