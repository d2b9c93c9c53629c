import { test, expect, openGallery, enter } from './fixtures'
import type { Page } from '@playwright/test'

/** Records, in the page, each tour stop reached and the caption shown there. */
async function recordTour(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __tourLog: Array<{ stop: number; caption: string }> }
    w.__tourLog = []
    const timer = setInterval(() => {
      const tour = window.__gallery.tour()
      const caption = document.querySelector('[data-part="caption"]')?.textContent ?? ''
      if (!tour) {
        if (w.__tourLog.length > 0) clearInterval(timer)
        return
      }
      const last = w.__tourLog[w.__tourLog.length - 1]
      if (caption && (!last || last.stop !== tour.stop || last.caption !== caption)) w.__tourLog.push({ stop: tour.stop, caption })
    }, 20)
  })
}

test('the Highlights tour, sped up, visits every stop in order with its caption in Chinese', async ({ page }) => {
  test.setTimeout(240_000)
  await openGallery(page, './?lang=zh&tourTimeScale=0.05')
  const tours = await page.evaluate(() => window.__gallery.tours())
  const highlights = tours.find((t) => t.id === 'highlights')!
  expect(highlights.stops).toBeGreaterThanOrEqual(8)
  expect(tours.find((t) => t.id === 'field-trip')!.stops).toBeGreaterThanOrEqual(14)
  await enter(page)
  await recordTour(page)
  await page.getByRole('button', { name: '导览' }).click()
  await page.getByRole('button', { name: new RegExp(highlights.title) }).click()
  await expect.poll(() => page.evaluate(() => window.__gallery.tour()?.stop ?? -1), { timeout: 200_000, intervals: [250] }).toBe(highlights.stops - 1)
  await expect(page.getByText('导览结束', { exact: false })).toBeVisible({ timeout: 60_000 })
  const log = await page.evaluate(() => (window as unknown as { __tourLog: Array<{ stop: number; caption: string }> }).__tourLog)
  const stops = [...new Set(log.map((l) => l.stop))]
  expect(stops).toEqual([...Array(highlights.stops).keys()])
  for (const entry of log) expect(entry.caption).toMatch(/[\u4e00-\u9fff]/)
})

test('a tour link starts that tour at the stop it names, after Enter', async ({ page }) => {
  await openGallery(page, './?tourTimeScale=0.05#/tour/field-trip/3')
  await enter(page)
  await expect.poll(() => page.evaluate(() => window.__gallery.tour()?.id)).toBe('field-trip')
  expect(await page.evaluate(() => window.__gallery.tour()!.stop)).toBeGreaterThanOrEqual(2)
  await expect.poll(() => new URL(page.url()).hash).toMatch(/^#\/tour\/field-trip\/\d+$/)
  await page.getByRole('button', { name: /leave the tour/i }).click()
  await expect.poll(() => page.evaluate(() => window.__gallery.tour())).toBeNull()
})
