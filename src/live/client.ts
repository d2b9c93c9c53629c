/**
 * The live-class client: one Socket.IO connection to the page's own origin (never another),
 * the teacher's or pupil's side of the protocol, and the snapshot applied on every (re)connect
 * so a dropped or moved connection is back in step at once. Loaded only when a class starts.
 */
import { io, type Socket } from 'socket.io-client'
import { runtime } from '../store/runtime'
import { galleryStore } from '../store/galleryStore'
import { NO_LIVE, type LiveRole, type LiveView } from '../store/liveTypes'
import {
  classmates as classmatesSchema,
  memberPose as memberPoseSchema,
  pose as poseSchema,
  snapshot as snapshotSchema,
  type ClientToServerEvents,
  type CommandInput,
  type ErrorCode,
  type ServerToClientEvents,
  type Snapshot,
} from './protocol'
import { applySnapshot, type Applied } from './snapshot'
import { followTeacher, perform, resetPupil, setSlot } from './pupil'
import { startPoseStream, stopPoseStream } from './poseStream'
import { startTourMirror, stopTourMirror } from './teacherTour'
import { commandQueue } from './commandQueue'
import { clearCredentials, readCredentials, saveCredentials, type Credentials } from './credentials'

type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>

const ACK_MS = 10_000
let socket: LiveSocket | null = null
let credentials: Credentials | null = null
let applied: Applied | null = null
/** This pupil's gather place (classmates batches name pupils by it). */
let ownPlace = -1
/** True while this teacher's own 'end' command is under way. */
let ending = false

function placeSelf(place: number): void {
  ownPlace = place
  setSlot(place)
}

export class LiveError extends Error {
  constructor(readonly code: ErrorCode | 'timeout') {
    super(`the live service refused: ${code}`)
  }
}

const setLive = (live: Partial<LiveView>) => galleryStore.getState().setLive(live)

/** `?liveTransport=polling` forces HTTP long-polling, as behind a school proxy that strips WebSocket upgrades. */
function transports(): string[] {
  return new URLSearchParams(location.search).get('liveTransport') === 'polling' ? ['polling'] : ['polling', 'websocket']
}

function reportTransport(s: LiveSocket): void {
  const name = s.io.engine?.transport?.name
  setLive({ connected: s.connected, transport: name === 'websocket' ? 'websocket' : 'polling' })
}

function applyIncoming(raw: unknown): void {
  const parsed = snapshotSchema.safeParse(raw)
  const role = galleryStore.getState().live.role
  if (!parsed.success || !role) return
  apply(parsed.data, role)
}

function apply(snap: Snapshot, role: LiveRole): void {
  const next = applySnapshot(applied, snap, role)
  if (!next) return
  applied = next.applied
  setLive(next.view)
  if (role === 'pupil') {
    keepClassmates(snap)
    runtime.walkLocked = snap.following
    if (snap.teacher.pose) runtime.live.teacher = { position: [snap.teacher.pose.p[0], snap.teacher.pose.p[2]], yaw: snap.teacher.pose.yaw, roomId: snap.teacher.pose.room }
  }
  for (const action of next.actions) {
    if (action.type === 'ended') return finish('ended')
    perform(action)
  }
}

/** A pupil's classmates, by gather place; none while hidden. */
function keepClassmates(snap: Snapshot): void {
  if (!snap.classmatesVisible) runtime.live.members.clear()
}

function applyClassmates(raw: unknown): void {
  const batch = classmatesSchema.safeParse(raw)
  const live = galleryStore.getState().live
  if (!batch.success || live.role !== 'pupil' || !live.classmatesVisible) return
  const now = performance.now()
  for (const place of batch.data.gone) runtime.live.members.delete(String(place))
  for (const [place, x, z] of batch.data.members) {
    if (place !== ownPlace) runtime.live.members.set(String(place), { position: [x, z], yaw: 0, roomId: batch.data.room, heardAt: now })
  }
}

/** Says who this client is again on a (re)connect and applies the answer's snapshot. */
async function introduce(s: LiveSocket): Promise<void> {
  const c = credentials
  if (!c) return
  const result =
    c.role === 'teacher'
      ? await s.timeout(ACK_MS).emitWithAck('resume', { code: c.code, secret: c.secret })
      : await s.timeout(ACK_MS).emitWithAck('join', { code: c.code, nickname: c.nickname, rejoin: { memberId: c.memberId, token: c.token } })
  if (!result.ok) return finish(result.error === 'removed' ? 'removed' : 'ended')
  if ('slot' in result) placeSelf(result.slot)
  applyIncoming(result.snapshot)
}

function open(): Promise<LiveSocket> {
  if (socket?.connected) return Promise.resolve(socket)
  if (!socket) {
    const s: LiveSocket = io({ path: new URL('socket.io/', document.baseURI).pathname, transports: transports(), autoConnect: false })
    socket = s
    s.on('connect', () => {
      reportTransport(s)
      s.io.engine.once('upgrade', () => reportTransport(s))
      void introduce(s).catch(() => undefined)
    })
    s.on('disconnect', () => setLive({ connected: false }))
    s.on('snapshot', applyIncoming)
    s.on('teacherPose', (raw) => {
      const p = poseSchema.safeParse(raw)
      if (!p.success) return
      runtime.live.teacher = { position: [p.data.p[0], p.data.p[2]], yaw: p.data.yaw, roomId: p.data.room }
      followTeacher(p.data)
    })
    s.on('memberPose', (raw) => {
      const m = memberPoseSchema.safeParse(raw)
      if (m.success) runtime.live.members.set(m.data.id, { position: [m.data.pose.p[0], m.data.pose.p[2]], yaw: m.data.pose.yaw, roomId: m.data.pose.room })
    })
    s.on('classmates', applyClassmates)
    s.on('roster', (roster) => {
      const parsed = snapshotSchema.shape.roster.safeParse(roster)
      if (parsed.success && galleryStore.getState().live.role === 'teacher') setLive({ members: parsed.data })
    })
    s.on('ended', () => finish('ended'))
    s.on('removed', () => finish('removed'))
  }
  const s = socket
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new LiveError('timeout')), ACK_MS)
    s.once('connect', () => {
      clearTimeout(timer)
      resolve(s)
    })
    s.connect()
  })
}

function begin(role: LiveRole, c: Credentials | null): void {
  credentials = c
  applied = null
  setLive({ role, panelOpen: role === 'teacher', joinOpen: false, notice: null })
  startPoseStream(() => socket)
  if (role === 'teacher') startTourMirror((cmd) => void command(cmd).catch(() => undefined))
}

/** Teacher: opens a class; resolves with its code once the service has made it. */
export async function lead(): Promise<string> {
  if (galleryStore.getState().live.role === 'teacher' && credentials) return credentials.code
  const s = await open()
  const result = await s.timeout(ACK_MS).emitWithAck('lead', {})
  if (!result.ok) throw new LiveError(result.error)
  const c: Credentials = { role: 'teacher', code: result.code, secret: result.secret }
  saveCredentials(c)
  begin('teacher', c)
  apply(result.snapshot, 'teacher')
  return result.code
}

/** Pupil: joins the class with this code under this nickname; rejects with the service's reason. */
export async function join(code: string, nickname: string): Promise<{ memberId: string; nickname: string }> {
  const s = await open()
  const result = await s.timeout(ACK_MS).emitWithAck('join', { code, nickname })
  if (!result.ok) throw new LiveError(result.error)
  const c: Credentials = { role: 'pupil', code, memberId: result.memberId, token: result.token, nickname: result.nickname }
  saveCredentials(c)
  setLive({ self: { id: result.memberId, nickname: result.nickname } })
  placeSelf(result.slot)
  begin('pupil', c)
  apply(result.snapshot, 'pupil')
  return { memberId: result.memberId, nickname: result.nickname }
}

/** Back after a reload: the teacher's secret or the pupil's token from this tab's sessionStorage. */
export async function resumeStored(): Promise<boolean> {
  const c = readCredentials()
  if (!c) return false
  if (c.role === 'pupil') setLive({ self: { id: c.memberId, nickname: c.nickname } })
  begin(c.role, c)
  try {
    await open()
    return true
  } catch {
    return false
  }
}

const sendCommand = commandQueue(async (cmd) => {
  if (!socket) throw new Error('not leading a class')
  return socket.timeout(ACK_MS).emitWithAck('command', cmd)
})

/** Teacher: sends one command (after the ones before it); resolves once the service has accepted it. */
export async function command(cmd: CommandInput): Promise<number> {
  if (!socket || galleryStore.getState().live.role !== 'teacher') throw new Error('not leading a class')
  const result = await sendCommand(cmd)
  if (!result.ok) throw new LiveError(result.error)
  return result.version
}

/**
 * Teacher: ends the class. The service tells the whole class, this teacher too, and closes the
 * connection, sometimes before its answer arrives: the class is over either way, and the teacher
 * who ended it is not told "the class has ended" as if by someone else.
 */
export async function endClass(): Promise<void> {
  ending = true
  try {
    await command({ type: 'end' })
  } catch (error) {
    if (galleryStore.getState().live.role === 'teacher') throw error
  } finally {
    ending = false
  }
  finish(null)
}

/** Pupil: leaves the class on purpose. */
export function leave(): void {
  socket?.emit('leave')
  finish(null)
}

/** The class is over for this visitor (ended, removed, or left): forget it and free the controls. */
export function finish(notice: 'ended' | 'removed' | null): void {
  const role = galleryStore.getState().live.role
  // The teacher's own "ended" is no news to them (an ending by the service's idle limit still is).
  if (ending && notice === 'ended') notice = null
  stopPoseStream()
  stopTourMirror()
  if (role === 'pupil') resetPupil()
  clearCredentials()
  credentials = null
  applied = null
  runtime.live.teacher = null
  runtime.live.members.clear()
  const s = socket
  socket = null
  s?.removeAllListeners()
  s?.disconnect()
  const available = galleryStore.getState().live.available
  galleryStore.getState().setLive({ ...NO_LIVE, available, notice })
}
