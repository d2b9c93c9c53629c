/** A class nobody touches ends after the idle time, on one node in memory and through Redis. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApp, type App } from '../../../server/app'
import { connect, fakeDist, MANIFEST, next, startRedis, type Client } from './harness'

/** Long enough that a command every half of it stays inside RATE_LIMITS.other (2/s). */
const IDLE_MS = 1200

let redis: { url: string; stop: () => Promise<void> }
let dist: { dir: string; remove: () => void }
const open: Client[] = []
const apps: App[] = []

beforeAll(async () => {
  dist = await fakeDist()
  redis = await startRedis()
}, 60_000)
afterAll(async () => {
  for (const c of open) c.close()
  for (const a of apps) await a.close()
  await redis?.stop()
  dist?.remove()
})

async function on(app: App) {
  const c = await connect(app.url)
  open.push(c)
  return c
}

describe.each(['memory', 'redis'] as const)('a class left idle (%s)', (kind) => {
  it('lives while the teacher acts, ends for everyone once left alone, and its code is gone', async () => {
    const app = await startApp({ port: 0, distDir: dist.dir, manifestPath: MANIFEST, idleMs: IDLE_MS, redisUrl: kind === 'redis' ? redis.url : undefined })
    apps.push(app)
    const teacher = await on(app)
    const led = await teacher.emitWithAck('lead', {})
    if (!led.ok) throw new Error(led.error)
    const pupil = await on(app)
    expect((await pupil.emitWithAck('join', { code: led.code, nickname: 'Li' })).ok).toBe(true)
    let ended = false
    pupil.once('ended', () => (ended = true))

    // Three idle times of activity, a command every half of one: the class stays.
    const activeUntil = Date.now() + 3 * IDLE_MS
    let lastTouch = 0
    for (let on = true; Date.now() < activeUntil; on = !on) {
      expect(await teacher.emitWithAck('command', { type: 'eyesOnMe', on })).toMatchObject({ ok: true })
      lastTouch = Date.now()
      await new Promise((r) => setTimeout(r, IDLE_MS * 0.5))
    }
    expect(ended).toBe(false)

    // Then nobody does anything: the class ends for teacher and pupil, not before its time.
    const [[teacherWhy], [pupilWhy]] = await Promise.all([next(teacher, 'ended'), next(pupil, 'ended')])
    expect([teacherWhy, pupilWhy]).toEqual(['idle', 'idle'])
    expect(Date.now() - lastTouch).toBeGreaterThanOrEqual(IDLE_MS * 0.9)
    const late = await on(app)
    expect(await late.emitWithAck('join', { code: led.code, nickname: 'Late' })).toEqual({ ok: false, error: 'no-session' })
  }, 30_000)
})
