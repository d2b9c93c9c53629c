/**
 * Shared end-to-end helpers: every test fails if the page asks any origin but its own, and
 * pages are opened the way a visitor arrives, then waited on through the automation API.
 */
import { test as base, expect, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'

export const SCREENSHOTS = 'tests/e2e/screenshots'
mkdirSync(SCREENSHOTS, { recursive: true })

export const test = base.extend<{ foreignRequests: string[] }>({
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
