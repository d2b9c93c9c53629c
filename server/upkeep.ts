/**
 * What the live service does on a clock rather than on a message: it ends classes left idle
 * (SESSION_IDLE_MS, 3 h by default) and keeps the teacher's roster honest when a pupil's node
 * dies without telling anyone (a killed process sends no `disconnect`).
 */
import type { Action, Outcome } from '../src/live/session'
import type { SessionStore } from './store'
import type { IO } from './sockets'
import { visibleRoom } from './classmates'
import { all, codeIn, polling, pupils, teachers } from './rooms'

export interface UpkeepOptions {
  idleMs: number
  /** How often the node that holds a teacher compares the roster with the sockets in the cluster. */
  rosterCheckMs: number
}

type Apply = (code: string, action: Action) => Promise<Outcome>

export function startUpkeep(io: IO, store: SessionStore, apply: Apply, options: UpkeepOptions): () => void {
  /** Tells the members of sessions that expired or vanished, and lets them go. */
  async function sweep() {
    await store.sweep(Date.now())
    for (const room of io.of('/').adapter.rooms.keys()) {
      const code = codeIn(all, room)
      if (code === null) continue
      if (await store.get(code)) continue
      io.local.to(room).emit('ended', 'idle')
      io.local.in(room).socketsLeave([room, teachers(code), pupils(code), polling(code), visibleRoom(code)])
    }
  }

  /**
   * Pupils the roster calls connected but no node holds. A pupil seen missing once may be
   * between the store's update and joining its room, so only a second miss in a row counts.
   */
  let missing = new Set<string>()
  async function checkRosters() {
    // Rebuilt every round, so pupils of classes that ended are not kept.
    const stillMissing = new Set<string>()
    for (const room of io.of('/').adapter.rooms.keys()) {
      const code = codeIn(teachers, room)
      if (code === null) continue
      const state = await store.get(code)
      if (!state) continue
      // Asks every node; rejects while a dead node is still counted (until its heartbeat times out).
      const sockets = await io.in(pupils(code)).fetchSockets()
      const present = new Set(sockets.map((s) => s.data.memberId))
      for (const m of state.members) {
        const key = `${code}:${m.id}`
        if (!m.connected || present.has(m.id)) continue
        if (missing.has(key)) await apply(code, { type: 'memberConnection', memberId: m.id, connected: false })
        else stillMissing.add(key)
      }
    }
    missing = stillMissing
  }

  const every = (ms: number, job: () => Promise<void>) => {
    const timer = setInterval(() => {
      // Redis away for a moment, or a node not yet known dead: try again next time.
      job().catch(() => {})
    }, ms)
    timer.unref()
    return timer
  }
  const timers = [
    every(Math.min(60_000, Math.max(100, options.idleMs / 4)), sweep),
    every(options.rosterCheckMs, checkRosters),
  ]
  return () => timers.forEach(clearInterval)
}
