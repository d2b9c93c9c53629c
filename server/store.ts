/**
 * Where sessions live: in this process by default, in a Redis hash per session (with a TTL of
 * the idle time, SESSION_IDLE_MS unless told otherwise, refreshed on every write) when REDIS_URL is set, so any node can serve any
 * pupil. Updates are read-modify-write with a compare-and-set on a revision counter, retried on
 * conflict, so two nodes changing one session never lose each other's change.
 */
import { createClient } from 'redis'
import { SESSION_IDLE_MS, type Pose } from '../src/live/protocol'
import type { Outcome, SessionState } from '../src/live/session'

export interface SessionStore {
  /** False when the code is taken. */
  create(state: SessionState): Promise<boolean>
  get(code: string): Promise<SessionState | null>
  /** Applies `change` to the current state and stores the result; null when there is no session. */
  update(code: string, change: (state: SessionState) => Outcome): Promise<Outcome | null>
  /** The teacher's last pose (not versioned, written at most about once a second). */
  setTeacherPose(code: string, pose: Pose): Promise<void>
  delete(code: string): Promise<void>
  /** Deletes sessions idle longer than the idle time (Redis does this itself with the TTL). */
  sweep(now: number): Promise<void>
  close(): Promise<void>
}

export class MemoryStore implements SessionStore {
  private sessions = new Map<string, SessionState>()
  constructor(private idleMs = SESSION_IDLE_MS) {}

  async create(state: SessionState) {
    if (this.sessions.has(state.code)) return false
    this.sessions.set(state.code, state)
    return true
  }
  async get(code: string) {
    return this.sessions.get(code) ?? null
  }
  async update(code: string, change: (state: SessionState) => Outcome) {
    const state = this.sessions.get(code)
    if (!state) return null
    const out = change(state)
    if (out.ok && out.state !== state) this.sessions.set(code, out.state)
    return out
  }
  async setTeacherPose(code: string, pose: Pose) {
    const state = this.sessions.get(code)
    if (state) this.sessions.set(code, { ...state, teacher: { ...state.teacher, pose }, touchedAt: Date.now() })
  }
  async delete(code: string) {
    this.sessions.delete(code)
  }
  async sweep(now: number) {
    for (const [code, s] of this.sessions) if (now - s.touchedAt > this.idleMs) this.sessions.delete(code)
  }
  async close() {
    this.sessions.clear()
  }
}

const CREATE = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'rev', '1', 'state', ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1`
const COMPARE_AND_SET = `
local rev = redis.call('HGET', KEYS[1], 'rev')
if not rev then return -1 end
if rev ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'rev', tostring(tonumber(rev) + 1), 'state', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1`
const SET_POSE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'pose', ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1`

type Client = ReturnType<typeof createClient>
const key = (code: string) => `live:session:${code}`

export class RedisStore implements SessionStore {
  private constructor(
    private client: Client,
    private idleMs: number,
  ) {}

  static async connect(url: string, idleMs = SESSION_IDLE_MS): Promise<RedisStore> {
    const client = createClient({ url })
    // Errors while Redis restarts are retried by the client; do not crash the node for them.
    client.on('error', () => {})
    await client.connect()
    return new RedisStore(client, idleMs)
  }

  /** The Redis client, shared with the Socket.IO adapter. */
  get redis(): Client {
    return this.client
  }

  private async read(code: string): Promise<{ rev: string; state: SessionState } | null> {
    const h = await this.client.hGetAll(key(code))
    if (!h.rev || !h.state) return null
    const state = JSON.parse(h.state) as SessionState
    if (h.pose) state.teacher = { ...state.teacher, pose: JSON.parse(h.pose) as Pose }
    return { rev: h.rev, state }
  }

  async create(state: SessionState) {
    const r = await this.client.eval(CREATE, { keys: [key(state.code)], arguments: [JSON.stringify(state), String(this.idleMs)] })
    return r === 1
  }
  async get(code: string) {
    return (await this.read(code))?.state ?? null
  }
  /** Updates of one session on this node run one after another, so only other nodes can conflict. */
  private queues = new Map<string, Promise<unknown>>()

  update(code: string, change: (state: SessionState) => Outcome): Promise<Outcome | null> {
    const run = (this.queues.get(code) ?? Promise.resolve()).then(() => this.casUpdate(code, change))
    const tail = run.catch(() => {})
    this.queues.set(code, tail)
    void tail.then(() => {
      if (this.queues.get(code) === tail) this.queues.delete(code)
    })
    return run
  }

  private async casUpdate(code: string, change: (state: SessionState) => Outcome): Promise<Outcome | null> {
    for (let attempt = 0; attempt < 50; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, Math.random() * 5 * attempt))
      const current = await this.read(code)
      if (!current) return null
      const out = change(current.state)
      if (!out.ok || out.state === current.state) return out
      const r = await this.client.eval(COMPARE_AND_SET, {
        keys: [key(code)],
        arguments: [current.rev, JSON.stringify(out.state), String(this.idleMs)],
      })
      if (r === 1) return out
      if (r === -1) return null
    }
    return { ok: false, error: 'busy' } as Outcome
  }
  async setTeacherPose(code: string, pose: Pose) {
    await this.client.eval(SET_POSE, { keys: [key(code)], arguments: [JSON.stringify(pose), String(this.idleMs)] })
  }
  async delete(code: string) {
    await this.client.del(key(code))
  }
  async sweep() {}
  async close() {
    await this.client.quit().catch(() => {})
  }
}
