/**
 * A long visit stays light: after walking every room three times there and back and opening
 * eleven panels, the GPU holds what it held on arrival and the JS heap has not grown by more
 * than a fifth (the caches of decoded pictures, models and sound are bounded).
 */
import { test, expect, openGallery, enter } from './fixtures'

test('a long walk and eleven panels leave the GPU as it was and the JS heap within 20 % of the first visit', async ({ page }) => {
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
  const start = rooms[0]!
  const home = works.find((w) => w.roomId === start)!.id
  await page.evaluate((id) => window.__gallery.goTo(id), home)
  const first = { stats: await page.evaluate(() => window.__gallery.renderStats()), heap: await heap() }

  for (let lap = 0; lap < 3; lap++) {
    for (const id of [...rooms.slice(1), ...rooms.slice(0, -1).reverse()]) await page.evaluate((room) => window.__gallery.goTo(room), id)
  }
  // Eleven panels, one work after another across the rooms, each opened and closed as a visitor would.
  const opened = works.filter((_, i) => i % 4 === 0).slice(0, 11)
  expect(opened).toHaveLength(11)
  for (const work of opened) {
    await page.evaluate((id) => window.__gallery.goTo(id), work.id)
    await page.evaluate((id) => { location.hash = `#/artifact/${id}` }, work.id)
    await expect(page.getByRole('dialog')).toBeVisible()
    await expect.poll(() => page.evaluate(() => window.__gallery.state().inspecting)).toBe(work.id)
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)
  }
  await page.evaluate((id) => window.__gallery.goTo(id), home)
  const last = { stats: await page.evaluate(() => window.__gallery.renderStats()), heap: await heap() }
  console.log(`long visit: textures ${first.stats.textures} -> ${last.stats.textures}, geometries ${first.stats.geometries} -> ${last.stats.geometries}, heap ${(first.heap / 2 ** 20).toFixed(1)} -> ${(last.heap / 2 ** 20).toFixed(1)} MB (${((last.heap / first.heap - 1) * 100).toFixed(0)} %)`)
  expect(last.stats.textures).toBe(first.stats.textures)
  expect(last.stats.geometries).toBe(first.stats.geometries)
  expect(last.heap).toBeLessThanOrEqual(first.heap * 1.2)
})
