/**
 * The live-class client: one Socket.IO connection to the page's own origin (never another),
 * the teacher's or pupil's side of the protocol, and the snapshot applied on every (re)connect
 * so a dropped or moved connection is back in step at once. Loaded only when a class starts.
 * What arrives is applied by incoming.ts; this module holds the socket, the credentials and the
 * actions (lead, join, resume, command, end, leave).
 */
import { io, type Socket } from 'socket.io-client'
import { runtime } from '../store/runtime'
import { galleryStore } from '../store/galleryStore'
import { NO_LIVE, type LiveRole } from '../store/liveTypes'
import type { ClientToServerEvents, CommandInput, ErrorCode, ServerToClientEvents } from './protocol'
import { apply, applyClassmates, applyIncoming, applyMemberPose, applyRoster, applyTeacherPose, forgetSnapshots, placeSelf, setLive } from './incoming'
import { resetPupil } from './pupil'
import { startPoseStream, stopPoseStream } from './poseStream'
import { startTourMirror, stopTourMirror } from './teacherTour'
import { commandQueue } from './commandQueue'
import { clearCredentials, readCredentials, saveCredentials, type Credentials } from './credentials'

type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>

const ACK_MS = 10_000
let socket: LiveSocket | null = null
let credentials: Credentials | null = null
/** True while this teacher's own 'end' command is under way. */
let ending = false

export class LiveError extends Error {
  constructor(readonly code: ErrorCode | 'timeout') {
    super(`the live service refused: ${code}`)
  }
}

/** `?liveTransport=polling` forces HTTP long-polling, as behind a school proxy that strips WebSocket upgrades. */
function transports(): string[] {
  return new URLSearchParams(location.search).get('liveTransport') === 'polling' ? ['polling'] : ['polling', 'websocket']
}

function reportTransport(s: LiveSocket): void {
  const name = s.io.engine?.transport?.name
  setLive({ connected: s.connected, transport: name === 'websocket' ? 'websocket' : 'polling' })
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
  if (applyIncoming(result.snapshot)) finish('ended')
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
    s.on('snapshot', (raw) => {
      if (applyIncoming(raw)) finish('ended')
    })
    s.on('teacherPose', applyTeacherPose)
    s.on('memberPose', applyMemberPose)
    s.on('classmates', applyClassmates)
    s.on('roster', applyRoster)
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
  forgetSnapshots()
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
  if (apply(result.snapshot, 'teacher')) finish('ended')
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
  if (apply(result.snapshot, 'pupil')) finish('ended')
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
  forgetSnapshots()
  runtime.live.teacher = null
  runtime.live.members.clear()
  const s = socket
  socket = null
  s?.removeAllListeners()
  s?.disconnect()
  const available = galleryStore.getState().live.available
  galleryStore.getState().setLive({ ...NO_LIVE, available, notice })
}
