/** The live service for real: an in-process server, real socket.io-client connections. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApp, type App } from '../../../server/app'
import { RATE_LIMITS, type Classmates, type Pose } from '../../../src/live/protocol'
import { commandQueue } from '../../../src/live/commandQueue'
import { connect, fakeDist, loadManifest, MANIFEST, next, type Client } from './harness'

const manifest = loadManifest()
const room = manifest.rooms[0]!.id
const otherRoom = manifest.rooms[1]!.id
const work = manifest.artifacts[0]!.id
const pose = (seq: number): Pose => ({ p: [1, 1.6, 2], yaw: 0.3, pitch: 0, room, seq, t: Date.now() })

let app: App
let dist: { dir: string; remove: () => void }
const open: Client[] = []
async function client(transports?: Array<'websocket' | 'polling'>) {
  const c = await connect(app.url, transports)
  open.push(c)
  return c
}
async function lead() {
  const teacher = await client()
  const r = await teacher.emitWithAck('lead', {})
  if (!r.ok) throw new Error(r.error)
  return { teacher, code: r.code, secret: r.secret }
}

beforeAll(async () => {
  dist = await fakeDist()
  app = await startApp({ port: 0, distDir: dist.dir, manifestPath: MANIFEST, cap: 3 })
})
afterAll(async () => {
  for (const c of open) c.close()
  await app.close()
  dist.remove()
})

describe('live service (one node, in memory)', () => {
  it('joins a pupil by code; the teacher sees them in the roster', async () => {
    const { teacher, code } = await lead()
    const roster = next(teacher, 'roster', (r) => r.length === 1)
    const pupil = await client()
    const r = await pupil.emitWithAck('join', { code, nickname: '  Brave  Crane ' })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.nickname).toBe('Brave Crane')
    expect(r.snapshot).toMatchObject({ code, mode: 'active', roster: [] })
    const [members] = await roster
    expect(members[0]).toMatchObject({ id: r.memberId, nickname: 'Brave Crane', connected: true })
  })

  it('refuses a wrong code, a locked class, a full class and a bad nickname', async () => {
    const { teacher, code } = await lead()
    const p1 = await client()
    expect(await p1.emitWithAck('join', { code: code === 'AAAAAA' ? 'CCCCCC' : 'AAAAAA', nickname: 'Li' })).toEqual({ ok: false, error: 'no-session' })
    expect(await p1.emitWithAck('join', { code, nickname: 'shit' })).toEqual({ ok: false, error: 'nickname' })
    expect(await teacher.emitWithAck('command', { type: 'lock', on: true })).toMatchObject({ ok: true })
    expect(await p1.emitWithAck('join', { code, nickname: 'Li' })).toEqual({ ok: false, error: 'locked' })
    await teacher.emitWithAck('command', { type: 'lock', on: false })
    for (const n of ['A', 'B', 'C']) expect((await (await client()).emitWithAck('join', { code, nickname: n })).ok).toBe(true)
    expect(await p1.emitWithAck('join', { code, nickname: 'D' })).toEqual({ ok: false, error: 'full' })
  })

  it('sends teacher commands and poses to pupils, one of them on long-polling', async () => {
    const { teacher, code } = await lead()
    const pupil = await client(['polling'])
    const joined = await pupil.emitWithAck('join', { code, nickname: 'Polly' })
    expect(joined.ok).toBe(true)
    expect(pupil.io.engine.transport.name).toBe('polling')
    const snap = next(pupil, 'snapshot', (s) => s.highlight?.artifactId === work)
    expect(await teacher.emitWithAck('command', { type: 'highlight', artifactId: work, open: true })).toMatchObject({ ok: true })
    expect((await snap)[0].highlight).toEqual({ artifactId: work, open: true })
    const got = next(pupil, 'teacherPose')
    teacher.emit('pose', pose(1))
    expect((await got)[0].seq).toBe(1)
    // Only the teacher may command.
    expect(await pupil.emitWithAck('command', { type: 'follow', on: true })).toEqual({ ok: false, error: 'forbidden' })
    // Ids are checked against the manifest.
    expect(await teacher.emitWithAck('command', { type: 'highlight', artifactId: 'no-such-work', open: false })).toEqual({ ok: false, error: 'unknown-id' })
  })

  it('removes a pupil, who cannot rejoin', async () => {
    const { teacher, code } = await lead()
    const pupil = await client()
    const r = await pupil.emitWithAck('join', { code, nickname: 'Rex' })
    if (!r.ok) throw new Error(r.error)
    const removed = next(pupil, 'removed')
    const gone = new Promise((resolve) => pupil.once('disconnect', resolve))
    expect(await teacher.emitWithAck('command', { type: 'remove', memberId: r.memberId })).toMatchObject({ ok: true })
    await removed
    await gone
    const again = await client()
    expect(await again.emitWithAck('join', { code, nickname: 'Rex', rejoin: { memberId: r.memberId, token: r.token } })).toEqual({ ok: false, error: 'removed' })
    expect(await again.emitWithAck('join', { code, nickname: 'rex' })).toEqual({ ok: false, error: 'removed' })
  })

  it('lets the teacher come back with the secret and finds the class where it was', async () => {
    const { teacher, code, secret } = await lead()
    const pupil = await client()
    await pupil.emitWithAck('join', { code, nickname: 'Mo' })
    await teacher.emitWithAck('command', { type: 'follow', on: true })
    const told = next(pupil, 'snapshot', (s) => !s.teacher.connected)
    teacher.close()
    await told
    const back = await client()
    expect(await back.emitWithAck('resume', { code, secret: 'f'.repeat(32) })).toEqual({ ok: false, error: 'forbidden' })
    const r = await back.emitWithAck('resume', { code, secret })
    expect(r.ok && r.snapshot).toMatchObject({ following: true, teacher: { connected: true }, roster: [{ nickname: 'Mo' }] })
    const ended = next(pupil, 'ended')
    expect(await back.emitWithAck('command', { type: 'end' })).toMatchObject({ ok: true })
    expect((await ended)[0]).toBe('teacher')
    expect(await (await client()).emitWithAck('resume', { code, secret })).toEqual({ ok: false, error: 'no-session' })
  })

  it('drops and counts malformed messages, and disconnects a client that keeps sending them', async () => {
    const { code } = await lead()
    const pupil = await client()
    await pupil.emitWithAck('join', { code, nickname: 'Eve' })
    const before = app.stats.invalid
    expect(await pupil.emitWithAck('join', { code, nickname: 'x'.repeat(500) } as never)).toEqual({ ok: false, error: 'invalid' })
    pupil.emit('pose', { p: [1e9, 0, 0] } as never)
    ;(pupil.emit as (e: string, ...a: unknown[]) => void)('hack', { admin: true })
    await pupil.emitWithAck('join', { code: 'ACD346', nickname: 'ok' }) // a valid round trip, so the dropped ones have arrived
    expect(app.stats.invalid - before).toBe(3)
    const gone = new Promise((resolve) => pupil.once('disconnect', resolve))
    for (let i = 0; i < 25; i++) pupil.emit('pose', { nonsense: i } as never)
    await gone
    expect(app.stats.disconnectedForInvalid).toBeGreaterThanOrEqual(1)
  })

  it('holds a flooding pupil to 5 poses a second and other events to 2', async () => {
    const { teacher, code } = await lead()
    const pupil = await client()
    await pupil.emitWithAck('join', { code, nickname: 'Fast' })
    let poses = 0
    teacher.on('memberPose', () => poses++)
    const before = app.stats.rateLimited
    for (let i = 0; i < 40; i++) pupil.emit('pose', { ...pose(i), inspecting: null })
    const replies = await Promise.all(Array.from({ length: 10 }, () => pupil.emitWithAck('join', { code, nickname: 'Fast' })))
    await teacher.emitWithAck('command', { type: 'follow', on: false }) // a round trip after the poses
    expect(poses).toBeLessThanOrEqual(6)
    expect(replies.filter((r) => !r.ok && r.error === 'rate').length).toBeGreaterThanOrEqual(5)
    expect(app.stats.rateLimited - before).toBeGreaterThanOrEqual(34 + 5)
  })

  it('gives each pupil their own gather place, and shows classmates in one\'s own room once the teacher turns them on', async () => {
    const { teacher, code } = await lead()
    const [a, b, c] = await Promise.all([client(), client(), client(['polling'])])
    const [ja, jb, jc] = await Promise.all([
      a.emitWithAck('join', { code, nickname: 'Ann' }),
      b.emitWithAck('join', { code, nickname: 'Bo' }),
      c.emitWithAck('join', { code, nickname: 'Cy' }),
    ])
    if (!ja.ok || !jb.ok || !jc.ok) throw new Error('join')
    expect(new Set([ja.slot, jb.slot, jc.slot])).toEqual(new Set([0, 1, 2]))
    // A round trip on `p`: everything it sent before has been handled.
    const settle = (p: typeof a, j: typeof ja) => p.emitWithAck('join', { code, nickname: 'again', rejoin: { memberId: j.memberId, token: j.token } })
    const batches: Classmates[] = []
    b.on('classmates', (x) => batches.push(x))

    // Hidden: a pose of Ann's is never passed on.
    a.emit('pose', { ...pose(1), p: [7, 1.6, 7], inspecting: null })
    await settle(a, ja)
    expect(await teacher.emitWithAck('command', { type: 'classmates', on: true })).toMatchObject({ ok: true })
    b.emit('pose', { ...pose(2), inspecting: null })
    c.emit('pose', { ...pose(2), inspecting: null })
    await Promise.all([settle(b, jb), settle(c, jc)])
    // Classmates are named by their gather place, nothing more.
    const seenByB = next(b, 'classmates', (x) => x.members.some((m) => m[0] === ja.slot))
    const seenByC = next(c, 'classmates', (x) => x.members.some((m) => m[0] === ja.slot))
    a.emit('pose', { ...pose(3), p: [3.04, 1.6, 4.26], inspecting: null })
    const [batch] = await seenByB
    expect(batch.room).toBe(room)
    expect(batch.members.find((m) => m[0] === ja.slot)).toEqual([ja.slot, 3, 4.3])
    expect(JSON.stringify(batch)).not.toContain(ja.memberId)
    expect(c.io.engine.transport.name).toBe('polling')
    await seenByC
    expect(batches.flatMap((x) => x.members).some((m) => m[0] === ja.slot && m[1] === 7)).toBe(false)

    // Ann walks into another room: Bo is told she is gone from his.
    const gone = next(b, 'classmates', (x) => x.gone.includes(ja.slot))
    a.emit('pose', { ...pose(4), room: otherRoom, inspecting: null })
    expect((await gone)[0].room).toBe(room)
  })

  it("tells a teacher's quick fifth command when to try again, and the app's queue gets every command through in order", async () => {
    const { teacher, code } = await lead()
    const pupil = await client()
    await pupil.emitWithAck('join', { code, nickname: 'Ann' })
    // `lead` took one of the burst of four: of four more at once, one is refused with a wait.
    const raw = await Promise.all([0, 1, 2, 3].map(() => teacher.emitWithAck('command', { type: 'lock', on: false })))
    const refused = raw.filter((r) => !r.ok)
    expect(refused).toHaveLength(1)
    expect(refused[0]).toMatchObject({ ok: false, error: 'rate' })
    const wait = !refused[0]!.ok ? refused[0]!.retryMs : undefined
    expect(wait).toBeGreaterThan(0)
    expect(wait).toBeLessThanOrEqual(1000 / RATE_LIMITS.other.perSecond)

    const works = manifest.artifacts.slice(0, 6).map((a) => a.id)
    const seen: string[] = []
    pupil.on('snapshot', (snap) => {
      const id = snap.highlight?.artifactId
      if (id && id !== seen.at(-1)) seen.push(id)
    })
    const last = next(pupil, 'snapshot', (snap) => snap.highlight?.artifactId === works.at(-1), 15_000)
    const command = commandQueue((cmd) => teacher.emitWithAck('command', cmd))
    const results = await Promise.all(works.map((artifactId) => command({ type: 'highlight', artifactId, open: false })))
    await last
    expect(results.every((r) => r.ok)).toBe(true)
    const versions = results.map((r) => (r.ok ? r.version : -1))
    expect([...versions].sort((x, y) => x - y)).toEqual(versions)
    expect(seen).toEqual(works)
  })
})

describe('production serving', () => {
  it('sends the security headers, brotli when accepted, and immutable hashed assets', async () => {
    const page = await fetch(app.url, { headers: { 'Accept-Encoding': 'br, gzip' } })
    expect(page.status).toBe(200)
    expect(page.headers.get('content-encoding')).toBe('br')
    expect(await page.text()).toContain('<p>gallery</p>')
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    expect(page.headers.get('permissions-policy')).toContain('camera=()')
    expect(page.headers.get('permissions-policy')).toContain('xr-spatial-tracking=(self)')
    expect(page.headers.get('cache-control')).toBe('no-cache')
    const gz = await fetch(app.url, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(gz.headers.get('content-encoding')).toBe('gzip')
    const asset = await fetch(`${app.url}assets/index-abc123.js`, { headers: { 'Accept-Encoding': 'br' } })
    expect(asset.headers.get('cache-control')).toContain('immutable')
    expect(asset.headers.get('content-encoding')).toBe('br')
    const status = await fetch(`${app.url}live/status`)
    expect(await status.json()).toEqual({ live: true, cap: 3 })
    const missing = await fetch(`${app.url}nothing-here`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-security-policy')).toBeTruthy()
  })
})
