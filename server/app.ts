/**
 * One process, one port: the built gallery (dist/) and the live service (Socket.IO on the same
 * HTTP server, so it works wherever the page loads, long-polling included).
 */
import { createServer, type Server as HttpServer } from 'node:http'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Server } from 'socket.io'
import { createAdapter } from '@socket.io/redis-streams-adapter'
import { validateManifest } from '../src/manifest'
import { LIVE_STATUS_PATH, SESSION_CAP_DEFAULT, SESSION_IDLE_MS, manifestIds, type LiveStatus } from '../src/live/protocol'
import { SECURITY_HEADERS } from './headers'
import { staticFiles } from './static'
import { MemoryStore, RedisStore, type SessionStore } from './store'
import { attachLive, type LiveStats } from './live'

export interface AppOptions {
  port: number
  host?: string
  distDir: string
  /** The exhibition whose ids messages may name; defaults to dist/exhibition.json. */
  manifestPath?: string
  redisUrl?: string
  cap?: number
  /** A class nobody has touched for this long ends (default SESSION_IDLE_MS, 3 h). */
  idleMs?: number
  /** How often a teacher's node checks the roster against the sockets the cluster holds (default 10 s). */
  rosterCheckMs?: number
}

export interface App {
  url: string
  port: number
  http: HttpServer
  stats: LiveStats
  close(): Promise<void>
}

function loadIds(path: string) {
  const result = validateManifest(JSON.parse(readFileSync(path, 'utf8')))
  if (!result.ok) throw new Error(`${path} does not validate: ${result.problems[0]?.path} ${result.problems[0]?.message}`)
  return manifestIds(result.manifest)
}

export async function startApp(options: AppOptions): Promise<App> {
  const manifestPath = options.manifestPath ?? join(options.distDir, 'exhibition.json')
  if (!existsSync(join(options.distDir, 'index.html'))) throw new Error(`${options.distDir} has no index.html: build first (npx vite build)`)
  const ids = loadIds(manifestPath)
  const cap = options.cap ?? SESSION_CAP_DEFAULT
  const files = staticFiles(options.distDir)
  const status: LiveStatus = { live: true, cap }

  const http = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]
    if (path === `/${LIVE_STATUS_PATH}`) {
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v)
      res.setHeader('Content-Type', 'application/json')
      res.setHeader('Cache-Control', 'no-store')
      res.end(JSON.stringify(status))
      return
    }
    files(req, res, () => {
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v)
      res.statusCode = 404
      res.setHeader('Content-Type', 'text/plain; charset=utf-8')
      res.end('Not found')
    })
  })

  const idleMs = options.idleMs ?? SESSION_IDLE_MS
  let store: SessionStore
  const io = new Server(http, { serveClient: false, maxHttpBufferSize: 16_000, pingInterval: 10_000, pingTimeout: 8_000 })
  if (options.redisUrl) {
    const redis = await RedisStore.connect(options.redisUrl, idleMs)
    io.adapter(createAdapter(redis.redis))
    store = redis
  } else {
    store = new MemoryStore(idleMs)
  }
  const stats: LiveStats = { invalid: 0, rateLimited: 0, disconnectedForInvalid: 0 }
  const stopSweep = attachLive(io as never, store, ids, cap, stats, { idleMs, rosterCheckMs: options.rosterCheckMs ?? 10_000 })

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject)
    http.listen(options.port, options.host ?? '127.0.0.1', () => resolve())
  })
  const address = http.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  const host = options.host ?? '127.0.0.1'
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    port,
    http,
    stats,
    async close() {
      stopSweep()
      await new Promise<void>((resolve) => io.close(() => resolve()))
      await store.close()
    },
  }
}
