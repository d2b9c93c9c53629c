/**
 * `npm start` / `npm run preview`: serves dist/ and the live service on PORT (default 5173;
 * `--port N` wins over it).
 * REDIS_URL shares sessions between nodes; HOST picks the interface (default 127.0.0.1;
 * 0.0.0.0 to let a classroom's devices in); LIVE_CAP changes the pupils-per-class cap;
 * LIVE_IDLE_MS how long an untouched class lives (default 3 h); LIVE_ROSTER_CHECK_MS how often a
 * teacher's node looks for pupils whose node died (default 10 s).
 */
import { fileURLToPath } from 'node:url'
import { startApp } from './app'

const distDir = process.env.DIST_DIR ?? fileURLToPath(new URL('../dist', import.meta.url))
const portArg = process.argv.indexOf('--port')
const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 5173))
const app = await startApp({
  port,
  host: process.env.HOST ?? '127.0.0.1',
  distDir,
  manifestPath: process.env.MANIFEST_PATH || undefined,
  redisUrl: process.env.REDIS_URL || undefined,
  cap: process.env.LIVE_CAP ? Number(process.env.LIVE_CAP) : undefined,
  idleMs: process.env.LIVE_IDLE_MS ? Number(process.env.LIVE_IDLE_MS) : undefined,
  rosterCheckMs: process.env.LIVE_ROSTER_CHECK_MS ? Number(process.env.LIVE_ROSTER_CHECK_MS) : undefined,
})
console.log(`Gallery and live service at ${app.url}${process.env.REDIS_URL ? ' (sessions shared through Redis)' : ''}`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    app.close().finally(() => process.exit(0))
  })
}
