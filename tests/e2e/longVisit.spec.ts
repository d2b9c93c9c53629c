/**
 * A long visit stays light: after walking every room three times there and back and opening
 * eleven panels, the GPU holds what it held on arrival, and the JS heap has not grown by more
 * than a fifth since the end of the first walk through every room (the caches of decoded
 * pictures, models and sound are bounded). The heap is compared from the end of that first walk,
 * not from the arrival: a heap snapshot showed most of the growth before it is V8's compiled code
 * for code run for the first time (+2.4 MB of +3.0), not anything a cache keeps; the arrival
 * figure is printed beside it.
 */
import { test, expect, openGallery, enter } from './fixtures'
import type { Page } from '@playwright/test'

/** The GPU's textures and geometries once the view has stopped changing them (the last loads drawn). */
async function settledStats(page: Page): Promise<{ textures: number; geometries: number }> {
  let last = ''
  await expect
    .poll(async () => {
      const now = await page.evaluate(() => {
        const { textures, geometries } = window.__gallery.renderStats()
        return JSON.stringify({ textures, geometries })
      })
      const same = now === last
      last = now
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
      return same
    }, { timeout: 60_000, intervals: [1000] })
    .toBe(true)
  return JSON.parse(last)
}

test('a long walk and eleven panels leave the GPU as it was and the JS heap within 20 % of the first walk\'s', async ({ page }) => {
  test.setTimeout(900_000)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.enable')
  /** The live heap after a full collection: what the visit keeps, not garbage waiting to be freed. */
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage')
    return (await cdp.send('Runtime.getHeapUsage')).usedSize
  }
  await openGallery(page)
  await enter(page)
  const rooms = (await page.evaluate(() => window.__gallery.rooms())).map((r) => r.id)
  const works = await page.evaluate(() => window.__gallery.artifacts())
  // Measured at the start room's entry, the view of arrival: three uploads what it first draws, so the
  // GPU's counts depend on what was seen (the next room through the doorway, or not, from a close-up).
  const start = rooms[0]!
  const goTo = (id: string) => page.evaluate((target) => window.__gallery.goTo(target), id)
  const lap = async () => {
    for (const id of [...rooms.slice(1), ...rooms.slice(0, -1).reverse()]) await goTo(id)
  }
  // Eleven panels, one work after another across the rooms, each opened and closed as a visitor would.
  const opened = works.filter((_, i) => i % 4 === 0).slice(0, 11)
  expect(opened).toHaveLength(11)
  const inspect = async (id: string) => {
    await goTo(id)
    await page.evaluate((work) => { location.hash = `#/artifact/${work}` }, id)
    await expect(page.getByRole('dialog')).toBeVisible()
    await expect.poll(() => page.evaluate(() => window.__gallery.state().inspecting)).toBe(id)
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)
  }

  await goTo(start)
  const arrival = { stats: await settledStats(page), heap: await heap() }
  // The first walk: every room, and one panel.
  await lap()
  await inspect(opened[0]!.id)
  await goTo(start)
  const firstWalk = { stats: await settledStats(page), heap: await heap() }
  // Two more laps and the other ten panels.
  for (let n = 0; n < 2; n++) await lap()
  for (const work of opened.slice(1)) await inspect(work.id)
  await goTo(start)
  const last = { stats: await settledStats(page), heap: await heap() }
  const mb = (b: number) => (b / 2 ** 20).toFixed(1)
  console.log(
    `long visit: textures ${arrival.stats.textures} -> ${firstWalk.stats.textures} -> ${last.stats.textures}, geometries ${arrival.stats.geometries} -> ${firstWalk.stats.geometries} -> ${last.stats.geometries}, ` +
      `heap ${mb(arrival.heap)} (arrival) -> ${mb(firstWalk.heap)} (first walk) -> ${mb(last.heap)} MB (${((last.heap / firstWalk.heap - 1) * 100).toFixed(0)} % since the first walk, ${((last.heap / arrival.heap - 1) * 100).toFixed(0)} % since arrival)`,
  )
  expect(last.stats.textures).toBe(arrival.stats.textures)
  expect(last.stats.geometries).toBe(arrival.stats.geometries)
  expect(last.heap).toBeLessThanOrEqual(firstWalk.heap * 1.2)
})
