/**
 * Classmates for pupils, while the teacher shows them. Each node collects the poses of its own
 * pupils and every CLASSMATES_MS sends the pupils of each gallery room one batch: the classmates
 * in that room who moved (the others again every CLASSMATES_REFRESH_MS, for newcomers) and those
 * who left. So a pupil gets at most their room's classmates once a second, however many poses
 * arrive: 40 pupils walking in one room is one batch of 40 x ~14 bytes a second.
 *
 * A session shows classmates when its pupils are in the Socket.IO room `v:<code>`, which the
 * teacher's node makes them join (or leave) on every node at once, so no node asks Redis.
 * Pupils still on long-polling get the batch as an ordinary packet (a volatile one would be
 * dropped whenever no poll is pending), the others as a volatile one.
 */
import { CLASSMATES_MS, CLASSMATES_REFRESH_MS, type Classmates, type PupilPose } from '../src/live/protocol'
import type { IO, LiveSocket } from './sockets'

export const visibleRoom = (code: string) => `v:${code}`
const galleryRoom = (code: string, room: string, polling: boolean) => `${polling ? 'gl' : 'g'}:${code}:${room}`

/** A smaller move is not news (metres): batches carry positions to 10 cm. */
const MOVE = 0.1
const round = (v: number) => Math.round(v * 10) / 10

interface Entry {
  socket: LiveSocket
  /** The pupil's gather place: how classmates are named in a batch. */
  slot: number
  room: string
  /** The Socket.IO room this pupil is in for their gallery room (it names the transport too). */
  joined: string
  x: number
  z: number
  sent: { x: number; z: number } | null
  sentAt: number
}

export class ClassmateRelay {
  /** Class code -> member id -> this node's pupils of that class who are showing classmates. */
  private sessions = new Map<string, Map<string, Entry>>()
  /** Class code -> gallery room -> places of those who left it since the last batch. */
  private gone = new Map<string, Map<string, Set<number>>>()
  private timer: ReturnType<typeof setInterval>

  constructor(private io: IO) {
    this.timer = setInterval(() => this.flush(Date.now()), CLASSMATES_MS)
    this.timer.unref()
  }

  /** A pupil's pose has arrived on this node (after the rate limit). */
  pose(socket: LiveSocket, code: string, id: string, slot: number, p: PupilPose): void {
    if (p.room === null || !socket.rooms.has(visibleRoom(code))) return this.drop(socket, code, id)
    let members = this.sessions.get(code)
    if (!members) this.sessions.set(code, (members = new Map()))
    const before = members.get(id)
    const kept = before && before.room === p.room ? before : null
    if (before && !kept) this.markGone(code, before.room, before.slot)
    const joined = galleryRoom(code, p.room, socket.conn.transport.name !== 'websocket')
    if (before?.joined !== joined) {
      if (before) socket.leave(before.joined)
      socket.join(joined)
    }
    this.gone.get(code)?.get(p.room)?.delete(slot)
    members.set(id, { socket, slot, room: p.room, joined, x: p.p[0], z: p.p[2], sent: kept?.sent ?? null, sentAt: kept?.sentAt ?? 0 })
  }

  /** A pupil left the class, this node, or the classmates view: the others in their room are told. */
  drop(socket: LiveSocket, code: string, id: string): void {
    const members = this.sessions.get(code)
    const entry = members?.get(id)
    if (!members || !entry) return
    socket.leave(entry.joined)
    this.markGone(code, entry.room, entry.slot)
    members.delete(id)
    if (members.size === 0) this.sessions.delete(code)
  }

  private markGone(code: string, room: string, slot: number): void {
    let rooms = this.gone.get(code)
    if (!rooms) this.gone.set(code, (rooms = new Map()))
    let ids = rooms.get(room)
    if (!ids) rooms.set(room, (ids = new Set()))
    ids.add(slot)
  }

  /** Sends this node's batches (public for tests and the benchmark's clock). */
  flush(now: number): void {
    for (const code of new Set([...this.sessions.keys(), ...this.gone.keys()])) {
      const batches = new Map<string, Classmates>()
      const batch = (room: string) => {
        let b = batches.get(room)
        if (!b) batches.set(room, (b = { room, members: [], gone: [] }))
        return b
      }
      for (const [id, e] of this.sessions.get(code) ?? []) {
        if (!e.socket.connected || !e.socket.rooms.has(visibleRoom(code))) {
          this.drop(e.socket, code, id)
          continue
        }
        const moved = !e.sent || Math.hypot(e.x - e.sent.x, e.z - e.sent.z) >= MOVE
        if (!moved && now - e.sentAt < CLASSMATES_REFRESH_MS) continue
        batch(e.room).members.push([e.slot, round(e.x), round(e.z)])
        e.sent = { x: e.x, z: e.z }
        e.sentAt = now
      }
      for (const [room, ids] of this.gone.get(code) ?? []) if (ids.size) batch(room).gone.push(...ids)
      this.gone.delete(code)
      for (const [room, b] of batches) {
        this.io.to(galleryRoom(code, room, false)).volatile.emit('classmates', b)
        this.io.to(galleryRoom(code, room, true)).emit('classmates', b)
      }
    }
  }

  close(): void {
    clearInterval(this.timer)
    this.sessions.clear()
    this.gone.clear()
  }
}
