/**
 * Saved for offline: a school saves the exhibition the day before, then the network is gone.
 * Every check runs in a real Chromium with its service worker, against the production build.
 */
import { test, expect, openGallery, enter, SCREENSHOTS } from './fixtures'
import type { BrowserContext, Page } from '@playwright/test'
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    // The first visit is not controlled until the worker claims it; a reload makes it so.
  })
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload()
    await page.waitForFunction(() => !!navigator.serviceWorker.controller)
  }
}

async function saveFromStartScreen(page: Page) {
  await page.getByRole('button', { name: /^save for offline$/i }).click()
  await expect.poll(() => page.evaluate(() => window.__gallery.offline().saved), { timeout: 240_000, intervals: [500] }).toBe(true)
  return page.evaluate(() => window.__gallery.offline())
}

async function goOffline(context: BrowserContext, page: Page, path: string) {
  await context.setOffline(true)
  await page.goto(path)
  await page.waitForFunction(() => typeof window.__gallery !== 'undefined')
  await page.evaluate(() => window.__gallery.whenReady())
}

test('saved for offline, the whole visit works with the network off', async ({ page, context }) => {
  test.setTimeout(600_000)
  await openGallery(page)
  await waitForServiceWorker(page)
  await page.evaluate(() => window.__gallery.whenReady())
  expect(await page.evaluate(() => window.__gallery.offline())).toMatchObject({ supported: true, saved: false })
  const started = Date.now()
  const saved = await saveFromStartScreen(page)
  const seconds = (Date.now() - started) / 1000
  expect(saved.progress).toBe(1)
  expect(saved.files).toBeGreaterThan(50)
  expect(saved.bytes).toBeGreaterThan(1_000_000)
  console.log(`saved for offline: ${(saved.bytes / 1e6).toFixed(2)} MB in ${saved.files} files, ${seconds.toFixed(1)} s`)
  await expect(page.getByRole('status').filter({ hasText: /saved in this browser/i })).toBeVisible()
  await page.screenshot({ path: `${SCREENSHOTS}/offline-saved.png` })

  // Network off: reload into the start room, walk, open a work in the last room with its picture.
  await goOffline(context, page, './?tourTimeScale=0.05')
  await enter(page)
  const rooms = await page.evaluate(() => window.__gallery.rooms())
  // A picture (not a 3D object) in the last room: its panel shows the image file itself.
  const far = (await page.evaluate(() => window.__gallery.artifacts())).filter((a) => a.roomId === rooms.at(-1)!.id && a.kind !== 'object')[0]!
  await page.evaluate((id) => window.__gallery.goTo(id), far.id)
  expect((await page.evaluate(() => window.__gallery.artifacts())).find((a) => a.id === far.id)!.placeholder).toBe(false)
  await page.evaluate((id) => (location.hash = `#/artifact/${id}`), far.id)
  await expect.poll(() => page.evaluate(() => window.__gallery.state().inspecting)).toBe(far.id)
  const picture = page.getByRole('dialog').locator('img').first()
  await expect(picture).toBeVisible()
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
  await page.keyboard.press('Escape')
  // A room's music plays.
  await expect.poll(() => page.evaluate(() => window.__gallery.audio().sources.some((s) => s.playing)), { timeout: 60_000 }).toBe(true)
  // A tour runs.
  await page.evaluate(() => (location.hash = '#/tour/highlights/2'))
  await expect.poll(() => page.evaluate(() => window.__gallery.tour()?.stop ?? -1), { timeout: 60_000 }).toBeGreaterThanOrEqual(1)
  await expect.poll(() => page.evaluate(() => window.__gallery.tour()?.stop ?? -1), { timeout: 120_000 }).toBeGreaterThanOrEqual(2)
  // Another language, still offline.
  await goOffline(context, page, './?lang=ru')
  await expect(page.getByRole('button', { name: /войти на выставку/i })).toBeVisible()
  await page.screenshot({ path: `${SCREENSHOTS}/offline-ru.png` })
  // The text museum too.
  await page.goto('./?lang=ru#/text/room/entrance-hall')
  await expect(page.locator('main article img').first()).toBeVisible()
  await context.setOffline(false)

  // Removing the copy frees its cache (in English again: the visit above chose Russian, and the choice is remembered).
  await page.goto('./?lang=en')
  await page.evaluate(() => window.__gallery.whenReady())
  await page.getByRole('button', { name: /remove the saved copy/i }).click()
  await expect.poll(() => page.evaluate(() => window.__gallery.offline().saved)).toBe(false)
  expect(await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('vm-saved:')))).toEqual([])
})

test('a cancelled save resumes where it stopped', async ({ page }) => {
  test.setTimeout(300_000)
  await openGallery(page)
  await waitForServiceWorker(page)
  await page.evaluate(() => window.__gallery.whenReady())
  await page.getByRole('button', { name: /^save for offline$/i }).click()
  await expect.poll(() => page.evaluate(() => window.__gallery.offline().files), { timeout: 60_000 }).toBeGreaterThan(5)
  await page.getByRole('button', { name: /^cancel$/i }).click()
  const partial = await page.evaluate(() => window.__gallery.offline())
  expect(partial.saved).toBe(false)
  await page.getByRole('button', { name: /resume saving/i }).click()
  await expect.poll(() => page.evaluate(() => window.__gallery.offline().saved), { timeout: 240_000 }).toBe(true)
  await page.getByRole('button', { name: /remove the saved copy/i }).click()
  await expect.poll(() => page.evaluate(() => window.__gallery.offline().saved)).toBe(false)
})

test('the web app manifest makes the gallery installable, with icons', async ({ page, request }) => {
  await openGallery(page)
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  const manifest = await (await request.get(href!)).json()
  expect(manifest.display).toBe('standalone')
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok()).toBe(true)
})

/** The production server on `dir` at `port`; resolves with its URL once it listens, and a stop that waits for it to exit. */
async function serve(dir: string, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', String(port)], { env: { ...process.env, DIST_DIR: dir }, stdio: ['ignore', 'pipe', 'inherit'] })
  const exited = new Promise<void>((resolve) => server.on('exit', () => resolve()))
  const url = await new Promise<string>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      const found = /at (http:\/\/\S+)/.exec(chunk.toString())
      if (found) resolve(found[1]!)
    })
    void exited.then(() => reject(new Error('the server stopped before it listened')))
  })
  // One process (node with tsx loaded, not npx), so a kill stops the server itself.
  return { url, stop: () => (server.kill(), exited) }
}

test('a new build is offered ("a new version is ready"), never forced, and the visit goes on until the visitor reloads', async ({ browser }) => {
  test.setTimeout(300_000)
  // The built site in a folder of its own, so the test can deploy a new build of it under a running page.
  const dir = mkdtempSync(join(tmpdir(), 'vm-site-'))
  cpSync('dist', dir, { recursive: true })
  const port = Number(process.env.E2E_PORT ?? 4173) + 17
  let site = await serve(dir, port)
  try {
    const context = await browser.newContext({ baseURL: site.url })
    const page = await context.newPage()
    await openGallery(page)
    await waitForServiceWorker(page)
    await enter(page)
    const before = await page.evaluate(() => window.__gallery.state())
    // A new build deployed: the service worker the build writes changes (its precache list carries new
    // revisions), and the server restarts on the new files (it reads their sizes when it starts).
    await site.stop()
    const sw = join(dir, 'sw.js')
    writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// rebuilt ${Date.now()}\n`)
    for (const stale of ['sw.js.br', 'sw.js.gz']) rmSync(join(dir, stale), { force: true })
    site = await serve(dir, port)
    // The browser looks for a new worker on navigations and now and then; here, at once.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()))
    const offer = page.getByRole('status').filter({ hasText: 'A new version is ready.' })
    await expect(offer).toBeVisible({ timeout: 60_000 })
    // Not forced: the visitor is still where they were, walking.
    const during = await page.evaluate(() => window.__gallery.state())
    expect(during.mode).toBe('walk')
    expect(during.position).toEqual(before.position)
    const oldWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)
    expect(oldWorker).not.toBeNull()
    // Reload, chosen: the page comes back under the new worker, and the offer is gone.
    await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), offer.getByRole('button', { name: 'Reload' }).click()])
    await page.waitForFunction(() => typeof window.__gallery !== 'undefined')
    await expect(offer).toHaveCount(0)
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => ({ waiting: !!r?.waiting, active: !!r?.active })))).toEqual({ waiting: false, active: true })
    await context.close()
  } finally {
    await site.stop()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('an exhibition loaded with ?manifest= is saved under its own key and opens offline', async ({ browser }) => {
  test.setTimeout(420_000)
  // A second exhibition beside the first, with its media in its own folder (the shipped one, retitled).
  const dir = mkdtempSync(join(tmpdir(), 'vm-site-'))
  cpSync('dist', dir, { recursive: true })
  cpSync(join('dist', 'media'), join(dir, 'other', 'media'), { recursive: true })
  const other = JSON.parse(readFileSync(join('dist', 'exhibition.json'), 'utf8'))
  other.exhibition.title = { en: 'Another Exhibition', zh: '另一个展览', ru: 'Другая выставка' }
  writeFileSync(join(dir, 'other', 'exhibition.json'), JSON.stringify(other))
  const site = await serve(dir, Number(process.env.E2E_PORT ?? 4173) + 18)
  try {
    const context = await browser.newContext({ baseURL: site.url })
    const page = await context.newPage()
    await openGallery(page, './?manifest=other/exhibition.json')
    await waitForServiceWorker(page)
    await page.evaluate(() => window.__gallery.whenReady())
    const saved = await saveFromStartScreen(page)
    expect(saved.progress).toBe(1)
    const keys = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('vm-saved:')))
    expect(keys).toEqual([`vm-saved:${new URL('other/exhibition.json', site.url).href}`])
    // Its media were saved from its own folder: the cache holds other/media files, not the site's media.
    const media = await page.evaluate(async (key) => (await (await caches.open(key)).keys()).map((r) => new URL(r.url).pathname).filter((p) => p.includes('/media/')), keys[0]!)
    expect(media.length).toBeGreaterThan(10)
    expect(media.every((p) => p.startsWith('/other/media/'))).toBe(true)

    await goOffline(context, page, './?manifest=other/exhibition.json')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Another Exhibition')
    await enter(page)
    const start = (await page.evaluate(() => window.__gallery.state())).roomId
    const works = (await page.evaluate(() => window.__gallery.artifacts())).filter((a) => a.roomId === start)
    expect(works.length).toBeGreaterThan(0)
    expect(works.filter((a) => a.placeholder)).toEqual([])
    await context.close()
  } finally {
    await site.stop()
    rmSync(dir, { recursive: true, force: true })
  }
})
