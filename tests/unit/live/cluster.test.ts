/** Two nodes sharing sessions through a real redis-server; one of them is killed mid-session. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChildProcess } from 'node:child_process'
import { startApp, type App } from '../../../server/app'
import { commandQueue } from '../../../src/live/commandQueue'
import { connect, fakeDist, loadManifest, MANIFEST, next, startNode, startRedis, stopChild, type Client } from './harness'

const manifest = loadManifest()
const room = manifest.rooms[0]!.id
const work = manifest.artifacts[0]!.id
const tour = manifest.tours[0]!.id

let redis: { url: string; stop: () => Promise<void> }
let dist: { dir: string; remove: () => void }
let a: App
let b: { url: string; child: ChildProcess }
const open: Client[] = []

beforeAll(async () => {
  dist = await fakeDist()
  redis = await startRedis()
  ;[a, b] = await Promise.all([
    startApp({ port: 0, distDir: dist.dir, manifestPath: MANIFEST, redisUrl: redis.url, rosterCheckMs: 1000 }),
    startNode({ REDIS_URL: redis.url, DIST_DIR: dist.dir, MANIFEST_PATH: MANIFEST }),
  ])
}, 90_000)
afterAll(async () => {
  for (const c of open) c.close()
  await a?.close()
  if (b) await stopChild(b.child)
  await redis?.stop()
  dist?.remove()
})

async function on(url: string) {
  const c = await connect(url)
  open.push(c)
  return c
}

describe('two nodes and Redis', () => {
  it('keep a teacher on node A and pupils on node B in step; a killed node\'s pupils resync on the other', async () => {
    const teacher = await on(a.url)
    const led = await teacher.emitWithAck('lead', {})
    if (!led.ok) throw new Error(led.error)
    const code = led.code
    // As the app sends them: in order, a refused one again after the wait the service names (the
    // test gives five commands in well under a second, beyond RATE_LIMITS.other's burst of four).
    const command = commandQueue((cmd) => teacher.emitWithAck('command', cmd))
    const pupils = await Promise.all([on(b.url), on(b.url)])
    const joined = await Promise.all(pupils.map((p, i) => p.emitWithAck('join', { code, nickname: `Pupil ${i + 1}` })))
    for (const j of joined) expect(j.ok).toBe(true)
    // A third pupil on B will not come back after B dies (a closed laptop).
    const gone = await (await on(b.url)).emitWithAck('join', { code, nickname: 'Pupil 3' })
    if (!gone.ok) throw new Error(gone.error)

    // A command on A reaches both pupils on B.
    const seen = pupils.map((p) => next(p, 'snapshot', (s) => s.following))
    expect(await command({ type: 'follow', on: true })).toMatchObject({ ok: true })
    for (const [s] of await Promise.all(seen)) expect(s.following).toBe(true)
    // A pose from A reaches B; a pupil's room on B reaches the teacher's roster on A.
    const pose = next(pupils[0]!, 'teacherPose')
    teacher.emit('pose', { p: [2, 1.6, 3], yaw: 1, pitch: 0, room, seq: 7, t: Date.now() })
    expect((await pose)[0].seq).toBe(7)
    const roster = next(teacher, 'roster', (r) => r.some((m) => m.roomId === room))
    pupils[1]!.emit('pose', { p: [0, 1.6, 0], yaw: 0, pitch: 0, room, seq: 1, t: Date.now(), inspecting: null })
    await roster

    // Kill node B outright: nothing is saved, its pupils lose their connection.
    const dropped = pupils.map((p) => new Promise((resolve) => p.once('disconnect', resolve)))
    await stopChild(b.child, 'SIGKILL')
    await Promise.all(dropped)
    // Meanwhile the teacher carries on.
    expect(await command({ type: 'highlight', artifactId: work, open: false })).toMatchObject({ ok: true })
    expect(await command({ type: 'tourStart', tourId: tour })).toMatchObject({ ok: true })

    // The pupils come back through the load balancer, which now sends them to A.
    for (const [i, p] of pupils.entries()) {
      const j = joined[i]!
      if (!j.ok) throw new Error('join')
      const again = await on(a.url)
      const r = await again.emitWithAck('join', { code, nickname: 'ignored', rejoin: { memberId: j.memberId, token: j.token } })
      expect(r.ok).toBe(true)
      if (!r.ok) return
      expect(r.memberId).toBe(j.memberId)
      expect(r.snapshot).toMatchObject({ following: true, highlight: { artifactId: work }, tour: { tourId: tour, stop: 0, playing: true } })
      p.close()
      pupils[i] = again
    }
    // And stay in step from there.
    const later = pupils.map((p) => next(p, 'snapshot', (s) => s.eyesOnMe))
    expect(await command({ type: 'eyesOnMe', on: true })).toMatchObject({ ok: true })
    await Promise.all(later)

    // A dead node sends no disconnect: the teacher's node finds the pupil it held missing from
    // the cluster and the roster says so (at the latest once the adapter's heartbeat gives up on B).
    const [members] = await next(teacher, 'roster', (r) => r.some((m) => m.id === gone.memberId && !m.connected), 30_000)
    expect(members.filter((m) => m.connected).map((m) => m.nickname).sort()).toEqual(['Pupil 1', 'Pupil 2'])
  }, 90_000)
})
