/**
 * `npm run bench`: measures the budgets the issues name on the built site, in a real Chromium:
 * first the first visit against a bare @react-three/fiber page it builds itself (bytes, gzipped
 * JS, time to walkable locally and on 8 Mbit/s with 60 ms, Lighthouse), both sides and their
 * ratios; then initial JavaScript, draw calls and triangles in every room's entrance view, and
 * frame times. Writes bench-results.json and prints tables.
 *
 * BENCH_FIRST_VISIT_ONLY=1 stops after the first-visit table; BENCH_RUNS (default 3) visits
 * each side that many times and keeps the median; BENCH_LIGHTHOUSE=0 skips Lighthouse.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { resolve, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { spawn } from 'node:child_process'
import { chromium } from '@playwright/test'
import { findChromium } from './chromium-path.mjs'
import { benchFrames } from './bench/frames'
import { buildBare, closeServer, firstVisit, firstVisitTable, plainServer, type FirstVisit, type Throttle } from './bench/firstVisit'
import { lighthouse } from './bench/lighthouse'

const ROOT = resolve(import.meta.dirname, '..')
const DIST = join(ROOT, 'dist')
const PORT = Number(process.env.BENCH_PORT ?? 4180)

/** The JS the page asks for before anything else: the entry script and its module preloads. */
export function initialScripts(html: string): string[] {
  const found = new Set<string>()
  for (const m of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) found.add(m[1]!)
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)) found.add(m[1]!)
  return [...found]
}

function gz(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? allFiles(path) : [path]
  })
}

const SCHOOL: Throttle = { latencyMs: 60, bitsPerSecond: 8_000_000 }

function median(visits: FirstVisit[]): FirstVisit {
  return [...visits].sort((a, b) => a.walkableMs - b.walkableMs)[Math.floor(visits.length / 2)]!
}

/** Issue 10's first-visit rows: the gallery and the bare framework page, same browser, same server. */
async function firstVisits() {
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3))
  const bareDir = await buildBare()
  const galleryPort = PORT + 10
  const barePort = PORT + 11
  const servers = [await plainServer(DIST, galleryPort), await plainServer(bareDir, barePort)]
  const chrome = findChromium()
  try {
    const browser = await launch()
    const sides = [
      { name: 'gallery', url: `http://127.0.0.1:${galleryPort}/`, dir: DIST },
      { name: 'bare', url: `http://127.0.0.1:${barePort}/`, dir: bareDir },
    ] as const
    const out: Record<string, { local: FirstVisit; throttled: FirstVisit; lighthouse: Awaited<ReturnType<typeof lighthouse>> }> = {}
    for (const side of sides) {
      const local: FirstVisit[] = []
      const throttled: FirstVisit[] = []
      for (let i = 0; i < runs; i++) local.push(await firstVisit(browser, side.url, side.dir))
      for (let i = 0; i < runs; i++) throttled.push(await firstVisit(browser, side.url, side.dir, SCHOOL))
      out[side.name] = { local: median(local), throttled: median(throttled), lighthouse: null }
    }
    await browser.close()
    if (process.env.BENCH_LIGHTHOUSE !== '0') for (const side of sides) out[side.name]!.lighthouse = await lighthouse(side.url, chrome)
    console.log(`first visit (cache off, files uncompressed, median of ${runs}; software WebGL, so times are comparative only):`)
    console.table(firstVisitTable(out.gallery!, out.bare!))
    return out
  } finally {
    for (const server of servers) await closeServer(server)
  }
}

async function main(): Promise<void> {
  // Issue 9's frame times alone (BENCH_FRAMES_ONLY=1, with BENCH_BASELINE=<ref> for the older build beside them).
  if (process.env.BENCH_FRAMES_ONLY === '1') return framesOnly()
  const first = await firstVisits()
  if (process.env.BENCH_FIRST_VISIT_ONLY === '1') {
    writeFileSync(join(ROOT, 'bench-results.json'), `${JSON.stringify({ firstVisit: first }, null, 2)}\n`)
    return
  }
  const html = readFileSync(join(DIST, 'index.html'), 'utf8')
  const initial = initialScripts(html).map((src) => ({ src, gzip: gz(join(DIST, src)) }))
  const initialGzip = initial.reduce((sum, s) => sum + s.gzip, 0)
  const allJs = allFiles(DIST).filter((f) => f.endsWith('.js') && !f.includes('/draco/'))
  const totalJsGzip = allJs.reduce((sum, f) => sum + gz(f), 0)

  const server = preview()
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`)
    const browser = await launch()
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    // Software WebGL on a busy machine can take minutes to a first frame.
    page.setDefaultTimeout(600_000)
    const foreign: string[] = []
    let bytes = 0
    page.on('request', (r) => {
      if (!/^(data|blob):/.test(r.url()) && new URL(r.url()).origin !== `http://127.0.0.1:${PORT}`) foreign.push(r.url())
    })
    page.on('response', async (r) => {
      const length = Number(r.headers()['content-length'] ?? 0)
      bytes += length
    })
    const started = Date.now()
    await page.goto(`http://127.0.0.1:${PORT}/`)
    await page.waitForFunction(() => typeof window.__gallery !== 'undefined')
    await page.evaluate(() => window.__gallery.whenReady())
    const readyMs = Date.now() - started
    const startBytes = bytes
    await page.getByRole('button', { name: /^enter the exhibition$/i }).click()
    const rooms = await page.evaluate(() => window.__gallery.rooms())
    const perRoom: Record<string, unknown> = {}
    for (const room of rooms) {
      const t = Date.now()
      await page.evaluate((id) => window.__gallery.goTo(id), room.id)
      const stats = await page.evaluate(() => window.__gallery.renderStats())
      perRoom[room.id] = { ...stats, goToMs: Date.now() - t }
    }
    await page.close()
    const frames = await benchFrames(browser, `http://127.0.0.1:${PORT}/`)
    await browser.close()
    const results = {
      firstVisit: first,
      frames,
      initialJsGzipBytes: initialGzip,
      initialScripts: initial,
      allJsGzipBytes: totalJsGzip,
      readyMs,
      bytesBeforeReady: startBytes,
      foreignRequests: foreign,
      rooms: perRoom,
      note: 'Chromium with SwiftShader (software WebGL): times are an upper bound; a GPU is far faster.',
    }
    writeFileSync(join(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`)
    console.log(`initial JS ${(initialGzip / 1024).toFixed(1)} KB gzipped (all JS ${(totalJsGzip / 1024).toFixed(1)} KB)`)
    console.log(`start room ready in ${readyMs} ms, ${(startBytes / 1024).toFixed(0)} KB transferred before ready`)
    console.table(perRoom)
    console.log(`requests to other origins: ${foreign.length}`)
  } finally {
    server.kill()
  }
}

async function framesOnly(): Promise<void> {
  const server = preview()
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`)
    const browser = await launch()
    const frames = await benchFrames(browser, `http://127.0.0.1:${PORT}/`)
    await browser.close()
    writeFileSync(join(ROOT, 'bench-results.json'), `${JSON.stringify({ frames }, null, 2)}\n`)
  } finally {
    server.kill()
  }
}

/** Chromium with software WebGL, as the e2e tests run it. */
function launch() {
  return chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'] })
}

/** Vite itself, not through npx, so killing it at the end leaves no server behind. */
function preview() {
  return spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: ROOT, stdio: 'ignore' })
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`server at ${url} did not start`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
