/**
 * `npm run bench`: measures the budgets the issues name on the built site, in a real Chromium:
 * initial JavaScript (gzipped), time to the first drawn start room, and draw calls and triangles
 * in every room's entrance view. Writes bench-results.json and prints a table.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { resolve, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { spawn } from 'node:child_process'
import { chromium } from '@playwright/test'
import { findChromium } from './chromium-path.mjs'
import { benchFrames } from './bench/frames'

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

async function main(): Promise<void> {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8')
  const initial = initialScripts(html).map((src) => ({ src, gzip: gz(join(DIST, src)) }))
  const initialGzip = initial.reduce((sum, s) => sum + s.gzip, 0)
  const allJs = allFiles(DIST).filter((f) => f.endsWith('.js') && !f.includes('/draco/'))
  const totalJsGzip = allJs.reduce((sum, f) => sum + gz(f), 0)

  // Vite itself, not through npx, so killing it at the end leaves no server behind.
  const server = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: ROOT, stdio: 'ignore' })
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`)
    const browser = await chromium.launch({
      executablePath: findChromium() ?? undefined,
      args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
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
