/** Real things for the live service's integration tests: redis-server, server nodes, clients. */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { io, type Socket } from 'socket.io-client'
import { findRedisServer } from '../../../tools/redis-server.mjs'
import { precompressDir } from '../../../tools/precompress'
import type { ClientToServerEvents, ServerToClientEvents } from '../../../src/live/protocol'
import { validateManifest, type Manifest } from '../../../src/manifest'

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>
export const MANIFEST = join(process.cwd(), 'content/exhibition.json')

/** The exhibition the live tests and the bench run against, validated (its ids are what a class may use). */
export function loadManifest(): Manifest {
  const r = validateManifest(JSON.parse(readFileSync(MANIFEST, 'utf8')))
  if (!r.ok) throw new Error(`${MANIFEST} is not a valid manifest`)
  return r.manifest
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const a = s.address()
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0))
    })
  })
}

/** A tiny dist/ (an index page and one hashed asset), precompressed the way the build does it. */
export async function fakeDist(): Promise<{ dir: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'live-dist-'))
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>t</title>${'<p>gallery</p>'.repeat(200)}`)
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('x'.repeat(4000))})`)
  await precompressDir(dir)
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

function waitForOutput(child: ChildProcess, pattern: RegExp, what: string, ms = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = ''
    const timer = setTimeout(() => reject(new Error(`${what} did not start: ${seen.slice(-500)}`)), ms)
    const on = (d: Buffer) => {
      seen += d.toString()
      if (pattern.test(seen)) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout?.on('data', on)
    child.stderr?.on('data', on)
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}): ${seen.slice(-500)}`)))
  })
}

export async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const bin = findRedisServer()
  if (!bin) throw new Error('redis-server is missing: run node tools/ensure-redis.mjs')
  const port = await freePort()
  const child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] })
  await waitForOutput(child, /Ready to accept connections/, 'redis-server')
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () => stopChild(child),
  }
}

export function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill(signal)
  })
}

/** A server node in its own process (so a test can kill -9 it). */
export async function startNode(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', String(port)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  await waitForOutput(child, /live service at/, 'server node', 60_000)
  return { url: `http://127.0.0.1:${port}/`, child }
}

export function connect(url: string, transports: Array<'websocket' | 'polling'> = ['websocket']): Promise<Client> {
  const socket: Client = io(url, { transports, forceNew: true, reconnection: false })
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket))
    socket.once('connect_error', reject)
  })
}

/** The next `event` on `socket` that satisfies `test`. */
export function next<E extends keyof ServerToClientEvents>(
  socket: Client,
  event: E,
  test: (...args: Parameters<ServerToClientEvents[E]>) => boolean = () => true,
  ms = 10_000,
): Promise<Parameters<ServerToClientEvents[E]>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, on as never)
      reject(new Error(`no ${String(event)} within ${ms} ms`))
    }, ms)
    const on = (...args: Parameters<ServerToClientEvents[E]>) => {
      if (!test(...args)) return
      clearTimeout(timer)
      socket.off(event, on as never)
      resolve(args)
    }
    socket.on(event, on as never)
  })
}
