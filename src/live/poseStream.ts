/**
 * Streams this visitor's pose to the class as volatile messages (never queued or replayed): the
 * teacher up to 20 times a second, a pupil (with the room and the work they inspect) up to 5.
 * Only changes are sent, plus one a second so a late joiner sees where everyone is.
 */
import type { Socket } from 'socket.io-client'
import { runtime } from '../store/runtime'
import { galleryStore } from '../store/galleryStore'
import { wrapAngle, type ClientToServerEvents, type ServerToClientEvents } from './protocol'

export const TEACHER_POSE_MS = 50
export const PUPIL_POSE_MS = 200
const HEARTBEAT_MS = 1000

let timer: number | null = null
let seq = 0
let last = { x: NaN, z: NaN, yaw: NaN, room: null as string | null, inspecting: null as string | null, at: 0 }

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v))

export function startPoseStream(socket: () => Socket<ServerToClientEvents, ClientToServerEvents> | null): void {
  stopPoseStream()
  const teacher = galleryStore.getState().live.role === 'teacher'
  timer = window.setInterval(() => {
    const s = socket()
    if (!s?.connected) return
    const { roomId, inspecting } = galleryStore.getState()
    const [x, y, z] = runtime.position
    const now = Date.now()
    const moved = Math.hypot(x - last.x, z - last.z) > 0.02 || Math.abs(wrapAngle(runtime.yaw - last.yaw)) > 0.02 || roomId !== last.room || inspecting !== last.inspecting
    if (!moved && now - last.at < HEARTBEAT_MS) return
    last = { x, z, yaw: runtime.yaw, room: roomId, inspecting, at: now }
    seq = (seq + 1) % 2 ** 31
    const pose = {
      p: [clamp(x, -1000, 1000), clamp(y, -1000, 1000), clamp(z, -1000, 1000)] as [number, number, number],
      yaw: wrapAngle(runtime.yaw),
      pitch: clamp(runtime.pitch, -1.6, 1.6),
      room: roomId,
      seq,
      t: now,
    }
    s.volatile.emit('pose', teacher ? pose : { ...pose, inspecting })
  }, teacher ? TEACHER_POSE_MS : PUPIL_POSE_MS)
}

export function stopPoseStream(): void {
  if (timer !== null) window.clearInterval(timer)
  timer = null
  last = { x: NaN, z: NaN, yaw: NaN, room: null, inspecting: null, at: 0 }
}
