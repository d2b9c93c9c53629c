/**
 * The live service's Socket.IO handlers. Every message is parsed with its zod schema and its ids
 * checked against the manifest; a bad one is dropped and counted, and a socket that keeps
 * sending them is disconnected. Nothing here logs a nickname, an address or a message.
 */
import { timingSafeEqual } from 'node:crypto'
import type { z } from 'zod'
import {
  INVALID_MESSAGE_LIMIT,
  RATE_LIMITS,
  command as commandSchema,
  commandKnown,
  joinRequest,
  leadRequest,
  pose as poseSchema,
  poseKnown,
  pupilPose,
  resumeRequest,
  type ManifestIds,
} from '../src/live/protocol'
import { createSession, pupilView, reduce, teacherView, type Action, type Change, type Outcome, type SessionState } from '../src/live/session'
import { generateCode, randomHex, randomMemberId } from '../src/live/classCode'
import { msUntilToken, newBucket, take } from '../src/live/rateLimit'
import type { SessionStore } from './store'
import type { IO, LiveSocket } from './sockets'
import { ClassmateRelay, visibleRoom } from './classmates'
import { all, memberRoom, polling, pupils, teachers } from './rooms'
import { startUpkeep, type UpkeepOptions } from './upkeep'

export interface LiveStats {
  invalid: number
  rateLimited: number
  disconnectedForInvalid: number
}

export function attachLive(io: IO, store: SessionStore, ids: ManifestIds, cap: number, stats: LiveStats, upkeep: UpkeepOptions): () => void {
  const now = () => Date.now()
  const classmates = new ClassmateRelay(io)

  function tell(state: SessionState, change: Change) {
    if (change === 'snapshot') {
      io.to(teachers(state.code)).emit('snapshot', teacherView(state))
      io.to(pupils(state.code)).emit('snapshot', pupilView(state))
    } else if (change === 'roster') {
      const view = teacherView(state)
      // Only the teacher: pupils learn where classmates are from the classmates batches, and a
      // full roster to every pupil on every pupil's move would grow with the square of the class.
      io.to(teachers(state.code)).emit('roster', view.roster, view.version)
    }
  }

  async function apply(code: string, action: Action): Promise<Outcome> {
    const out = (await store.update(code, (s) => reduce(s, action, ids, now()))) ?? { ok: false, error: 'no-session' }
    if (out.ok) tell(out.state, out.change)
    return out
  }

  io.on('connection', (socket: LiveSocket) => {
    const t = now()
    socket.data = { role: null, code: null, memberId: null, slot: 0, invalid: 0, pose: newBucket(RATE_LIMITS.teacherPose.burst, t), other: newBucket(RATE_LIMITS.other.burst, t), presence: '', poseSavedAt: 0 }

    function invalid(): void {
      stats.invalid++
      socket.data.invalid++
      if (socket.data.invalid > INVALID_MESSAGE_LIMIT) {
        stats.disconnectedForInvalid++
        socket.disconnect(true)
      }
    }
    function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> | null {
      const r = schema.safeParse(value)
      if (!r.success) invalid()
      return r.success ? r.data : null
    }
    function allowOther(): boolean {
      if (take(socket.data.other, RATE_LIMITS.other, now())) return true
      stats.rateLimited++
      return false
    }
    const retryMs = () => Math.max(1, msUntilToken(socket.data.other, RATE_LIMITS.other, now()))
    /** Wraps a request handler: the ack must be a function, the request must parse, errors answer `busy`. */
    function request<S extends z.ZodType, R>(schema: S, handle: (req: z.infer<S>) => Promise<R>) {
      return (raw: unknown, ack: unknown) => {
        if (typeof ack !== 'function') return invalid()
        const reply = ack as (r: R | { ok: false; error: string; retryMs?: number }) => void
        const req = parse(schema, raw)
        if (req === null) return reply({ ok: false, error: 'invalid' })
        if (!allowOther()) return reply({ ok: false, error: 'rate', retryMs: retryMs() })
        handle(req).then(reply, () => reply({ ok: false, error: 'busy' }))
      }
    }
    async function enter(code: string, role: 'teacher' | 'pupil', memberId: string | null) {
      if (socket.data.code && socket.data.code !== code) await leaveCurrent()
      socket.data.code = code
      socket.data.role = role
      socket.data.memberId = memberId
      socket.data.pose = newBucket((role === 'teacher' ? RATE_LIMITS.teacherPose : RATE_LIMITS.pupilPose).burst, now())
      socket.join([all(code), role === 'teacher' ? teachers(code) : pupils(code), ...(memberId ? [memberRoom(memberId)] : [])])
      if (role === 'pupil' && socket.conn.transport.name !== 'websocket') {
        socket.join(polling(code))
        socket.conn.once('upgrade', () => {
          if (socket.data.code === code) socket.leave(polling(code))
        })
      }
    }
    async function leaveCurrent() {
      const { code, role, memberId } = socket.data
      if (!code) return
      socket.leave(all(code))
      socket.leave(teachers(code))
      socket.leave(pupils(code))
      socket.leave(polling(code))
      socket.leave(visibleRoom(code))
      if (memberId) {
        socket.leave(memberRoom(memberId))
        classmates.drop(socket, code, memberId)
      }
      socket.data.code = null
      socket.data.role = null
      socket.data.memberId = null
      if (role === 'teacher') await apply(code, { type: 'teacherConnection', connected: false })
      else if (memberId) await apply(code, { type: 'memberConnection', memberId, connected: false })
    }

    socket.onAny((event: string) => {
      if (!['lead', 'resume', 'join', 'command', 'pose', 'leave'].includes(event)) invalid()
    })

    socket.on('lead', request(leadRequest, async () => {
      for (let attempt = 0; attempt < 10; attempt++) {
        const state = createSession(generateCode(), randomHex(), now(), cap)
        if (await store.create(state)) {
          await enter(state.code, 'teacher', null)
          return { ok: true as const, code: state.code, secret: state.secret, snapshot: teacherView(state) }
        }
      }
      return { ok: false as const, error: 'busy' as const }
    }))

    socket.on('resume', request(resumeRequest, async (req) => {
      const state = await store.get(req.code)
      if (!state || state.mode === 'ended') return { ok: false as const, error: 'no-session' as const }
      if (!timingSafeEqual(Buffer.from(state.secret), Buffer.from(req.secret))) return { ok: false as const, error: 'forbidden' as const }
      await enter(req.code, 'teacher', null)
      const out = await apply(req.code, { type: 'teacherConnection', connected: true })
      return out.ok ? { ok: true as const, snapshot: teacherView(out.state) } : out
    }))

    socket.on('join', request(joinRequest, async (req) => {
      const out = await apply(req.code, { type: 'join', nickname: req.nickname, rejoin: req.rejoin, newId: randomMemberId(), newToken: randomHex() })
      if (!out.ok) return out
      const m = out.member!
      await enter(req.code, 'pupil', m.id)
      socket.data.slot = m.slot
      if (out.state.classmatesVisible) socket.join(visibleRoom(req.code))
      socket.data.presence = `${m.roomId}|${m.inspecting}`
      return { ok: true as const, memberId: m.id, token: m.token, nickname: m.nickname, slot: m.slot, snapshot: pupilView(out.state) }
    }))

    socket.on('command', request(commandSchema, async (cmd) => {
      const code = socket.data.code
      if (socket.data.role !== 'teacher' || !code) return { ok: false as const, error: 'forbidden' as const }
      if (!commandKnown(cmd, ids)) {
        invalid()
        return { ok: false as const, error: 'unknown-id' as const }
      }
      const out = await apply(code, { type: 'command', command: cmd })
      if (!out.ok) return out
      if (cmd.type === 'classmates') {
        // On every node at once; each node's relay sees it in its own pupils' rooms.
        if (cmd.on) io.in(pupils(code)).socketsJoin(visibleRoom(code))
        else io.in(pupils(code)).socketsLeave(visibleRoom(code))
      }
      if (out.removed) {
        io.to(memberRoom(out.removed)).emit('removed')
        io.in(memberRoom(out.removed)).disconnectSockets(true)
      }
      if (cmd.type === 'end') {
        io.to(all(code)).emit('ended', 'teacher')
        io.in(all(code)).socketsLeave([all(code), teachers(code), pupils(code), polling(code), visibleRoom(code)])
        await store.delete(code)
        socket.data.code = null
      }
      return { ok: true as const, version: out.state.version }
    }))

    socket.on('pose', (raw: unknown) => {
      const { code, role, memberId } = socket.data
      if (!code || !role) return invalid()
      const p = role === 'teacher' ? parse(poseSchema, raw) : parse(pupilPose, raw)
      if (p === null) return
      if (!poseKnown(p, ids)) return invalid()
      const limit = role === 'teacher' ? RATE_LIMITS.teacherPose : RATE_LIMITS.pupilPose
      if (!take(socket.data.pose, limit, now())) {
        stats.rateLimited++
        return
      }
      if (role === 'teacher') {
        socket.to(pupils(code)).except(polling(code)).volatile.emit('teacherPose', p)
        socket.to(polling(code)).emit('teacherPose', p)
        if (now() - socket.data.poseSavedAt > 1000) {
          socket.data.poseSavedAt = now()
          store.setTeacherPose(code, p).catch(() => {})
        }
        return
      }
      const pp = p as z.infer<typeof pupilPose>
      io.to(teachers(code)).volatile.emit('memberPose', { id: memberId!, pose: pp })
      classmates.pose(socket, code, memberId!, socket.data.slot, pp)
      const presence = `${pp.room}|${pp.inspecting}`
      if (presence !== socket.data.presence) {
        socket.data.presence = presence
        apply(code, { type: 'presence', memberId: memberId!, roomId: pp.room, inspecting: pp.inspecting }).catch(() => {})
      }
    })

    socket.on('leave', () => {
      if (!allowOther()) return
      leaveCurrent().catch(() => {})
    })

    socket.on('disconnect', () => {
      leaveCurrent().catch(() => {})
    })
  })

  const stopUpkeep = startUpkeep(io, store, apply, upkeep)
  return () => {
    stopUpkeep()
    classmates.close()
  }
}
