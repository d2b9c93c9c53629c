/**
 * Shared end-to-end helpers: every test fails if the page asks any origin but its own, or
 * throws an error or leaves a promise rejection unhandled; pages are opened the way a visitor
 * arrives, then waited on through the automation API.
 */
import { test as base, expect, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'

export const SCREENSHOTS = 'tests/e2e/screenshots'
mkdirSync(SCREENSHOTS, { recursive: true })

export const test = base.extend<{ foreignRequests: string[]; pageErrors: string[]; allowPageErrors: RegExp[] }>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin
      const foreign: string[] = []
      page.on('request', (request) => {
        const url = request.url()
        if (/^(data|blob):/.test(url)) return
        if (new URL(url).origin !== origin) foreign.push(url)
      })
      await use(foreign)
      expect(foreign, 'requests to other origins').toEqual([])
    },
    { auto: true },
  ],
  /** Errors a test expects on purpose (matched against the message); none by default. */
  allowPageErrors: [[], { option: true }],
  // Every test fails on an uncaught exception or an unhandled promise rejection in the page:
  // a visitor would meet a half-working page where the test saw a pass.
  pageErrors: [
    async ({ page, allowPageErrors }, use) => {
      const errors: string[] = []
      const record = (text: string) => {
        if (!allowPageErrors.some((pattern) => pattern.test(text))) errors.push(text)
      }
      page.on('pageerror', (error) => record(`${error.name}: ${error.message}`))
      await page.addInitScript(() => {
        window.addEventListener('unhandledrejection', (event) => {
          const reason = event.reason as { name?: string; message?: string } | undefined
          console.error(`[unhandledrejection] ${reason?.name ?? 'Error'}: ${reason?.message ?? String(event.reason)}`)
        })
      })
      page.on('console', (message) => {
        if (message.type() === 'error' && message.text().startsWith('[unhandledrejection]')) record(message.text())
      })
      await use(errors)
      expect([...new Set(errors)], 'uncaught errors and unhandled rejections in the page').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** Opens the gallery at `path` and waits until its start room is drawn with its assets. */
export async function openGallery(page: Page, path = './'): Promise<void> {
  await page.goto(path)
  await page.waitForFunction(() => typeof window.__gallery !== 'undefined')
  await page.evaluate(() => window.__gallery.whenReady())
}

/** Presses Enter on the start screen and waits for walking mode. */
export async function enter(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(enter the exhibition|进入展览|войти на выставку)$/i }).click()
  await expect.poll(() => page.evaluate(() => window.__gallery.state().mode)).toBe('walk')
}

export async function state(page: Page) {
  return page.evaluate(() => window.__gallery.state())
}

/** How many frames the gallery draws over the page's next `count` animation frames. */
export function framesDrawnOver(page: Page, count: number): Promise<number> {
  return page.evaluate(
    (count) =>
      new Promise<number>((resolve) => {
        const start = window.__gallery.frames()
        let left = count
        const tick = () => (--left <= 0 ? resolve(window.__gallery.frames() - start) : requestAnimationFrame(tick))
        requestAnimationFrame(tick)
      }),
    count,
  )
}

/** Makes this page's browser report no WebGL, as a locked-down or very old device would. */
export async function withoutWebGL(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (/webgl/.test(type)) return null
      return (original as (...a: unknown[]) => unknown).call(this, type, ...rest)
    } as typeof original
  })
}
