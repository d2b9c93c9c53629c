/**
 * `npm run bench:live`: 10 classes x (1 teacher + 40 pupils) over two server nodes sharing Redis,
 * loopback only, bounded in time (about 70 s) and count. Teacher pose at 10 Hz, a discrete event
 * every 5 s, 10% of clients on long-polling; node B is killed (SIGKILL) halfway and its clients
 * come back on node A (as a load balancer would send them). One class also shows classmates while
 * its pupils walk, for what the classmates batches cost a pupil. Prints the figures as JSON.
 */
import * as hdr from 'hdr-histogram-js'
import pidusage from 'pidusage'
import { fakeDist, loadManifest, MANIFEST, startNode, startRedis, stopChild, type Client } from '../tests/unit/live/harness'
import { io } from 'socket.io-client'
import { commandQueue, type SendCommand } from '../src/live/commandQueue'

/** The load, in one place (the header above says it in words). */
const LOAD = {
  sessions: 10,
  pupils: 40,
  pollingShare: 0.1,
  runMs: 50_000,
  killAtMs: 25_000,
  poseHz: 10,
  eventEveryMs: 5_000,
} as const
/** Class 0 shows classmates, and its pupils walk (pose at 5 Hz, the most a pupil may send): what that costs each pupil. */
const CLASSMATES_SESSION = 0
const PUPIL_POSE_HZ = 5

const room = loadManifest().rooms[0]!.id

const hist = () => hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 120_000, numberOfSignificantValueDigits: 3 })
const joinLatency = hist()
const sameNode = hist()
const crossNode = hist()
const resync = hist()

function socketTo(url: string, polling: boolean): Promise<Client> {
  const s: Client = io(url, { transports: polling ? ['polling'] : ['websocket'], forceNew: true, reconnection: false })
  return new Promise((resolve, reject) => {
    s.once('connect', () => resolve(s))
    s.once('connect_error', reject)
  })
}

interface Pupil {
  session: number
  node: 'A' | 'B'
  polling: boolean
  socket: Client
  memberId: string
  token: string
  maxVersion: number
  bytes: number
  followSince: number
}

const dist = await fakeDist()
const redis = await startRedis()
const env = { REDIS_URL: redis.url, DIST_DIR: dist.dir, MANIFEST_PATH: MANIFEST }
const [A, B] = await Promise.all([startNode(env), startNode(env)])
const urls = { A: A.url, B: B.url }
const usage: Record<'A' | 'B', { cpu: number[]; rss: number[] }> = { A: { cpu: [], rss: [] }, B: { cpu: [], rss: [] } }
const sampler = setInterval(() => {
  for (const [name, node] of [['A', A], ['B', B]] as const) {
    if (node.child.exitCode !== null || node.child.signalCode !== null) continue
    pidusage(node.child.pid!).then((u) => {
      usage[name].cpu.push(u.cpu)
      usage[name].rss.push(u.memory)
    }, () => {})
  }
}, 2000)

let killedAt = 0
const pupils: Pupil[] = []
const teachers: Array<{ socket: Client; node: 'A' | 'B'; code: string; secret: string; versions: number[]; command: SendCommand }> = []
let clientCount = 0

function watchPupil(p: Pupil, teacherNode: () => 'A' | 'B') {
  p.socket.on('snapshot', (s) => (p.maxVersion = Math.max(p.maxVersion, s.version)))
  p.socket.on('teacherPose', (pose) => {
    const ms = Math.max(1, Date.now() - pose.t)
    ;(teacherNode() === p.node ? sameNode : crossNode).recordValue(ms)
  })
  p.socket.io.engine.on('packet', (packet: { data?: unknown }) => {
    if (typeof packet.data === 'string') p.bytes += Buffer.byteLength(packet.data)
  })
  p.socket.once('disconnect', () => {
    if (!killedAt) return
    void (async () => {
      p.node = 'A'
      p.socket = await socketTo(urls.A, p.polling)
      const r = await p.socket.emitWithAck('join', { code: teachers[p.session]!.code, nickname: 'x', rejoin: { memberId: p.memberId, token: p.token } })
      if (r.ok) {
        resync.recordValue(Math.max(1, Date.now() - killedAt))
        p.maxVersion = Math.max(p.maxVersion, r.snapshot.version)
        watchPupil(p, teacherNode)
      }
    })().catch(() => {})
  })
}

// Classes: teachers alternate between the nodes; each class's pupils are half on A, half on B.
for (let s = 0; s < LOAD.sessions; s++) {
  const node: 'A' | 'B' = s % 2 === 0 ? 'A' : 'B'
  const socket = await socketTo(urls[node], false)
  const r = await socket.emitWithAck('lead', {})
  if (!r.ok) throw new Error(`lead: ${r.error}`)
  const teacher = { socket, node, code: r.code, secret: r.secret, versions: [] as number[], command: null as unknown as SendCommand }
  // As the app sends them: in order, a command refused for the 2/s limit again after the wait the service names.
  teacher.command = commandQueue((cmd) => teacher.socket.emitWithAck('command', cmd))
  teachers.push(teacher)
  clientCount++
  const followed = await teacher.command({ type: 'follow', on: true })
  if (!followed.ok) throw new Error(`follow: ${followed.error}`)
  const joins = Array.from({ length: LOAD.pupils }, async (_, i) => {
    const pnode: 'A' | 'B' = i % 2 === 0 ? 'A' : 'B'
    const polling = (clientCount + i) % Math.round(1 / LOAD.pollingShare) === 0
    const started = performance.now()
    const ps = await socketTo(urls[pnode], polling)
    const j = await ps.emitWithAck('join', { code: r.code, nickname: `Pupil ${i + 1}` })
    if (!j.ok) throw new Error(`join: ${j.error}`)
    joinLatency.recordValue(Math.max(1, Math.round(performance.now() - started)))
    const p: Pupil = { session: s, node: pnode, polling, socket: ps, memberId: j.memberId, token: j.token, maxVersion: j.snapshot.version, bytes: 0, followSince: Date.now() }
    pupils.push(p)
    watchPupil(p, () => teacher.node)
  })
  await Promise.all(joins)
  clientCount += LOAD.pupils
  if (s === CLASSMATES_SESSION) {
    const shown = await teacher.command({ type: 'classmates', on: true })
    if (!shown.ok) throw new Error(`classmates: ${shown.error}`)
  }
}
console.error(`${clientCount} clients joined (${pupils.filter((p) => p.polling).length} on long-polling)`)

// Teachers that lose node B resume on A with their secret.
for (const t of teachers) {
  t.socket.once('disconnect', () => {
    if (!killedAt) return
    void (async () => {
      t.node = 'A'
      t.socket = await socketTo(urls.A, false)
      await t.socket.emitWithAck('resume', { code: t.code, secret: t.secret })
    })().catch(() => {})
  })
}

const started = Date.now()
for (const p of pupils) {
  p.bytes = 0
  p.followSince = started
}
let seq = 0
const poseTimer = setInterval(() => {
  seq++
  for (const t of teachers) if (t.socket.connected) t.socket.volatile.emit('pose', { p: [Math.sin(seq / 10) * 3, 1.6, 2], yaw: 0.1, pitch: 0, room, seq, t: Date.now() })
}, 1000 / LOAD.poseHz)
const walkers = pupils.filter((p) => p.session === CLASSMATES_SESSION)
const walkTimer = setInterval(() => {
  for (const [i, p] of walkers.entries()) {
    if (!p.socket.connected) continue
    const a = seq / 20 + i
    p.socket.volatile.emit('pose', { p: [Math.sin(a) * 4, 1.6, Math.cos(a) * 4], yaw: 0.2, pitch: 0, room, seq, t: Date.now(), inspecting: null })
  }
}, 1000 / PUPIL_POSE_HZ)
let eyes = false
const eventTimer = setInterval(() => {
  eyes = !eyes
  for (const t of teachers) {
    if (!t.socket.connected) continue
    t.command({ type: 'eyesOnMe', on: eyes }).then((r) => r.ok && t.versions.push(r.version), () => {})
  }
}, LOAD.eventEveryMs)
let bytesBeforeKill = 0
let classmatesBytesBeforeKill = 0
let followMs = 0
setTimeout(() => {
  followMs = Date.now() - started
  bytesBeforeKill = pupils.filter((p) => p.session !== CLASSMATES_SESSION).reduce((sum, p) => sum + p.bytes, 0)
  classmatesBytesBeforeKill = walkers.reduce((sum, p) => sum + p.bytes, 0)
  killedAt = Date.now()
  void stopChild(B.child, 'SIGKILL')
}, LOAD.killAtMs)
await new Promise((res) => setTimeout(res, LOAD.runMs))
clearInterval(poseTimer)
clearInterval(walkTimer)
clearInterval(eventTimer)
await new Promise((res) => setTimeout(res, 1500)) // let the last event arrive

// An event is lost for a pupil when no snapshot at or after its version ever reached them.
let lost = 0
let delivered = 0
for (const p of pupils) {
  for (const v of teachers[p.session]!.versions) {
    if (p.maxVersion >= v) delivered++
    else lost++
  }
}
const movedPupils = pupils.filter((p) => p.node === 'A').length
const pct = (h: hdr.Histogram, q: number) => h.getValueAtPercentile(q)
/** Median, 99th percentile and count of a histogram: how every latency is reported. */
const spread = (h: hdr.Histogram) => ({ p50: pct(h, 50), p99: pct(h, 99), n: h.totalCount })
const summary = (xs: number[]) => ({ mean: xs.length ? +(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(1) : null, max: xs.length ? +Math.max(...xs).toFixed(1) : null })
const report = {
  clients: clientCount,
  polling: pupils.filter((p) => p.polling).length,
  joinMs: spread(joinLatency),
  teacherToPupilMs: {
    sameNode: spread(sameNode),
    crossNode: spread(crossNode),
  },
  bytesPerSecondPerPupilFollowing: Math.round(bytesBeforeKill / (pupils.length - walkers.length) / (followMs / 1000)),
  bytesPerSecondPerPupilFollowingWithClassmates: Math.round(classmatesBytesBeforeKill / walkers.length / (followMs / 1000)),
  killToResyncMs: { p50: pct(resync, 50), p99: pct(resync, 99), resynced: resync.totalCount, onB: pupils.length - movedPupils + resync.totalCount },
  discreteEvents: { delivered, lost },
  nodes: {
    A: { cpuPercent: summary(usage.A.cpu), rssMB: summary(usage.A.rss.map((b) => b / 1e6)) },
    B: { cpuPercent: summary(usage.B.cpu), rssMB: summary(usage.B.rss.map((b) => b / 1e6)) },
  },
}
console.log(JSON.stringify(report, null, 2))
clearInterval(sampler)
for (const p of pupils) p.socket.close()
for (const t of teachers) t.socket.close()
await stopChild(A.child)
await redis.stop()
dist.remove()
process.exit(0)
