/**
 * Frame time while walking, with software WebGL at 1280x800 (fragment-bound, like a low-end
 * GPU): the gallery as built, the same with its resolution held (`?adaptive=0`), optionally an
 * older build (`BENCH_BASELINE=<git ref>`: built once in a git worktree under .cache/), and a bare
 * @react-three/fiber page this module builds itself. Median and 90th percentile of frame
 * intervals measured in the page with requestAnimationFrame while the W key is held.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, symlinkSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { build, preview, type PreviewServer } from 'vite'

const ROOT = resolve(import.meta.dirname, '../..')
const WALK_ROOMS = ['entrance-hall', 'canvas-to-factory']
const FRAMES = 30
const SKIP = 6

export interface FrameResult {
  target: string
  room: string
  medianMs: number
  p90Ms: number
  frames: number
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return Math.round((s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? 0) * 10) / 10
}

/**
 * Frame intervals over the next `count` frames, measured inside the page. Given as source text:
 * tsx (esbuild keepNames) wraps a named inner function of a passed callback in `__name(...)`,
 * which does not exist in the page, so `npm run bench` stopped at its first frame measurement.
 */
function intervals(page: Page, count: number): Promise<number[]> {
  return page.evaluate(`new Promise((done) => {
    const out = []
    let last = performance.now()
    const tick = (now) => {
      out.push(now - last)
      last = now
      if (out.length < ${Math.floor(count)}) requestAnimationFrame(tick)
      else done(out)
    }
    requestAnimationFrame(tick)
  })`) as Promise<number[]>
}

async function walkGallery(browser: Browser, url: string, target: string): Promise<FrameResult[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  page.setDefaultTimeout(600_000)
  try {
    await page.goto(url)
    await page.waitForFunction(() => typeof window.__gallery !== 'undefined')
    await page.evaluate(() => window.__gallery.whenReady())
    await page.getByRole('button', { name: /^enter the exhibition$/i }).click()
    const out: FrameResult[] = []
    for (const room of WALK_ROOMS) {
      await page.evaluate((id) => window.__gallery.goTo(id), room)
      await page.keyboard.down('KeyW')
      const times = (await intervals(page, FRAMES)).slice(SKIP)
      await page.keyboard.up('KeyW')
      out.push({ target, room, medianMs: percentile(times, 0.5), p90Ms: percentile(times, 0.9), frames: times.length })
    }
    return out
  } finally {
    await page.close()
  }
}

async function bare(browser: Browser, port: number): Promise<FrameResult> {
  const root = join(ROOT, 'tools', 'bench', 'bare')
  const outDir = join(ROOT, '.cache', 'bench-bare')
  await build({ root, configFile: false, logLevel: 'warn', base: './', build: { outDir, emptyOutDir: true } })
  const server = await preview({ root, configFile: false, logLevel: 'warn', build: { outDir }, preview: { port, strictPort: true, host: '127.0.0.1' } })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(`http://127.0.0.1:${port}/`)
    await page.waitForFunction(() => (window as unknown as { __bareReady?: boolean }).__bareReady === true)
    await intervals(page, 10)
    const times = (await intervals(page, FRAMES)).slice(SKIP)
    await page.close()
    return { target: 'bare R3F page', room: '-', medianMs: percentile(times, 0.5), p90Ms: percentile(times, 0.9), frames: times.length }
  } finally {
    await close(server)
  }
}

async function close(server: PreviewServer): Promise<void> {
  await new Promise<void>((done) => server.httpServer.close(() => done()))
}

/** Builds `ref` once in .cache/bench-baseline (a git worktree sharing node_modules) and serves it. */
async function baseline(ref: string, port: number): Promise<PreviewServer> {
  const dir = join(ROOT, '.cache', 'bench-baseline')
  if (!existsSync(dir)) execFileSync('git', ['worktree', 'add', '--detach', dir, ref], { cwd: ROOT, stdio: 'inherit' })
  else execFileSync('git', ['checkout', '--detach', ref], { cwd: dir, stdio: 'inherit' })
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'))
  if (!existsSync(join(dir, 'dist', 'index.html')) || process.env.BENCH_BASELINE_REBUILD) execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: dir, stdio: 'inherit' })
  return preview({ root: dir, logLevel: 'warn', preview: { port, strictPort: true, host: '127.0.0.1' } })
}

/** Runs every frame-time measurement against the gallery served at `url`; prints a table and returns the rows. */
export async function benchFrames(browser: Browser, url: string): Promise<FrameResult[]> {
  const barePort = Number(process.env.BENCH_BARE_PORT ?? 4181)
  const basePort = Number(process.env.BENCH_BASELINE_PORT ?? 4182)
  const rows: FrameResult[] = []
  const ref = process.env.BENCH_BASELINE
  if (ref) {
    const server = await baseline(ref, basePort)
    try {
      rows.push(...(await walkGallery(browser, `http://127.0.0.1:${basePort}/`, `baseline ${ref}`)))
    } finally {
      await close(server)
    }
  }
  rows.push(...(await walkGallery(browser, `${url}?adaptive=0`, 'gallery, resolution held')))
  rows.push(...(await walkGallery(browser, url, 'gallery, adaptive resolution')))
  rows.push(await bare(browser, barePort))
  console.log('frame time while walking, 1280x800, software WebGL:')
  console.table(rows)
  return rows
}
