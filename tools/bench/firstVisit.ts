/**
 * The first visit, as issue 10 measures it: the gallery's production build against a bare
 * @react-three/fiber page (one lit box: the framework's own floor) in the same run, each served
 * by the same plain static server (files uncompressed, nothing cached), in a fresh browser
 * context with the cache off. "Walkable" is the page's `gallery:walkable` event (the start room's
 * architecture drawn and Enter usable, its works' pictures and models perhaps still streaming in
 * behind their placeholders; `gallery:ready`, all of them drawn, comes later). The bare page fires
 * both after its first frame. A file counts as "before walkable" when the page had it in its
 * resource timing at that event (not when the bench, polling, heard of it).
 */
import { createServer, type Server } from 'node:http'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'
import { build } from 'vite'

const ROOT = resolve(import.meta.dirname, '../..')
export const BARE_DIST = join(ROOT, '.cache', 'bench-bare')

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.glb': 'model/gltf-binary',
  '.wasm': 'application/wasm',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.vtt': 'text/vtt',
  '.ktx2': 'image/ktx2',
}

/** A static server with no compression and no caching: every byte counts as it would uncompressed. */
export function plainServer(dir: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file = normalize(join(dir, path))
    if (!file.startsWith(dir)) return void res.writeHead(403).end()
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) return void res.writeHead(404).end()
    const body = readFileSync(file)
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length, 'Cache-Control': 'no-store' })
    res.end(req.method === 'HEAD' ? undefined : body)
  })
  return new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => done(server))
  })
}

export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((done) => server.close(() => done()))
}

/** Builds the bare page (tools/bench/bare/) into .cache/bench-bare. */
export async function buildBare(): Promise<string> {
  await build({ root: join(ROOT, 'tools', 'bench', 'bare'), configFile: false, logLevel: 'warn', base: './', build: { outDir: BARE_DIST, emptyOutDir: true, target: 'es2022' } })
  return BARE_DIST
}

export interface FirstVisit {
  /** Milliseconds from navigation to walkable. */
  walkableMs: number
  requests: number
  bytes: number
  byType: { js: number; css: number; font: number; other: number }
  /** JavaScript files fetched before walkable, and their gzip -9 size from disk. */
  jsFiles: number
  jsGzip: number
  /** Every response before walkable: path, type, bytes on the wire. */
  files: Array<{ path: string; type: string; bytes: number }>
}

export interface Throttle {
  latencyMs: number
  /** Bits per second, both ways down; up is a quarter. */
  bitsPerSecond: number
}

/** One cold visit of `url` (served from `dir`), optionally on a throttled network. */
export async function firstVisit(browser: Browser, url: string, dir: string, throttle?: Throttle): Promise<FirstVisit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' })
  const page = await context.newPage()
  page.setDefaultTimeout(600_000)
  try {
    await page.addInitScript(() => {
      window.addEventListener('gallery:walkable', () => {
        const w = window as unknown as { __walkableAt: number; __walkableFiles: string[] }
        w.__walkableAt = performance.now()
        // What the page had received at that moment (a resource timing entry is added when its
        // response ends): the bench hears of walkable only some polls later, and files that
        // finished meanwhile must not count.
        w.__walkableFiles = performance.getEntriesByType('resource').map((e) => e.name)
      })
    })
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    if (throttle) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: throttle.latencyMs,
        downloadThroughput: throttle.bitsPerSecond / 8,
        uploadThroughput: throttle.bitsPerSecond / 32,
      })
    }
    const kinds = new Map<string, { url: string; type: string }>()
    const done: Array<{ url: string; type: string; bytes: number }> = []
    let walkable = false
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!/^https?:/.test(e.request.url)) return
      kinds.set(e.requestId, { url: e.request.url, type: e.type ?? 'Other' })
    })
    cdp.on('Network.loadingFinished', (e) => {
      const k = kinds.get(e.requestId)
      if (k && !walkable) done.push({ ...k, bytes: e.encodedDataLength })
    })
    await page.goto(url, { waitUntil: 'commit' })
    await page.waitForFunction(() => typeof (window as unknown as { __walkableAt?: number }).__walkableAt === 'number', undefined, { polling: 50 })
    walkable = true
    const walkableMs = Math.round(await page.evaluate(() => (window as unknown as { __walkableAt: number }).__walkableAt))
    const received = new Set(await page.evaluate(() => (window as unknown as { __walkableFiles: string[] }).__walkableFiles))
    const before = done.filter((r) => r.type === 'Document' || received.has(r.url))
    const byType = { js: 0, css: 0, font: 0, other: 0 }
    let jsFiles = 0
    let jsGzip = 0
    for (const r of before) {
      const path = new URL(r.url).pathname
      if (r.type === 'Script' || path.endsWith('.js')) {
        byType.js += r.bytes
        jsFiles += 1
        const file = join(dir, path)
        if (existsSync(file)) jsGzip += gzipSync(readFileSync(file), { level: 9 }).length
      } else if (r.type === 'Stylesheet') byType.css += r.bytes
      else if (r.type === 'Font') byType.font += r.bytes
      else byType.other += r.bytes
    }
    return { walkableMs, requests: before.length, bytes: before.reduce((s, r) => s + r.bytes, 0), byType, jsFiles, jsGzip, files: before.map((r) => ({ path: new URL(r.url).pathname, type: r.type, bytes: r.bytes })) }
  } finally {
    await context.close()
  }
}

const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MB`
const s = (ms: number | null) => (ms === null ? 'n/a' : `${(ms / 1000).toFixed(2)} s`)
const x = (a: number, b: number) => `${(a / b).toFixed(2)}x`

export interface Lighthouse {
  performance: number | null
  firstContentfulPaintMs: number | null
  largestContentfulPaintMs: number | null
  totalBlockingTimeMs: number | null
  speedIndexMs: number | null
}

/** The table issue 10 asks for: both sides, their ratios, the goals. */
export function firstVisitTable(
  gallery: { local: FirstVisit; throttled: FirstVisit; lighthouse?: Lighthouse | null },
  bare: { local: FirstVisit; throttled: FirstVisit; lighthouse?: Lighthouse | null },
): Array<Record<string, string>> {
  const g = gallery.local
  const b = bare.local
  const split = (v: FirstVisit) => `${mb(v.bytes)} in ${v.requests} req (CSS ${kb(v.byType.css)}, fonts ${kb(v.byType.font)}, JS ${kb(v.byType.js)}, other ${kb(v.byType.other)})`
  const lh = (l?: Lighthouse | null) => (l ? `perf ${l.performance ?? 'n/a'}; FCP ${s(l.firstContentfulPaintMs)}; LCP ${s(l.largestContentfulPaintMs)}; TBT ${s(l.totalBlockingTimeMs)}` : '-')
  return [
    { row: 'bytes before walkable', gallery: split(g), bare: split(b), ratio: x(g.bytes, b.bytes), goal: '<= 1.6 MB' },
    { row: 'JS before walkable, gzip', gallery: `${kb(g.jsGzip)} in ${g.jsFiles} files`, bare: `${kb(b.jsGzip)} in ${b.jsFiles} files`, ratio: x(g.jsGzip, b.jsGzip), goal: '<= 360 KB' },
    { row: 'time to walkable, local', gallery: s(g.walkableMs), bare: s(b.walkableMs), ratio: x(g.walkableMs, b.walkableMs), goal: '<= 3x bare' },
    { row: 'time to walkable, 8 Mbit/s 60 ms', gallery: s(gallery.throttled.walkableMs), bare: s(bare.throttled.walkableMs), ratio: x(gallery.throttled.walkableMs, bare.throttled.walkableMs), goal: '<= 2x bare' },
    { row: 'Lighthouse (mobile, default)', gallery: lh(gallery.lighthouse), bare: lh(bare.lighthouse), ratio: '-', goal: 'perf >= 80; FCP <= 2 s' },
  ]
}
