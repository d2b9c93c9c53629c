import { test, expect, openGallery, enter, SCREENSHOTS } from './fixtures'
import { writeFileSync } from 'node:fs'

const MAX_CALLS = 100
const MAX_TRIANGLES = 300_000

test('every room entrance view stays within the draw-call and triangle budgets', async ({ page }) => {
  test.setTimeout(240_000)
  await openGallery(page)
  await enter(page)
  const rooms = await page.evaluate(() => window.__gallery.rooms())
  const figures: Record<string, { calls: number; triangles: number; textures: number; geometries: number }> = {}
  for (const room of rooms) {
    await page.evaluate((id) => window.__gallery.goTo(id), room.id)
    figures[room.id] = await page.evaluate(() => window.__gallery.renderStats())
  }
  writeFileSync(`${SCREENSHOTS}/render-budgets.json`, JSON.stringify(figures, null, 2))
  console.log(figures)
  for (const [id, stats] of Object.entries(figures)) {
    expect(stats.calls, `${id} draw calls`).toBeLessThanOrEqual(MAX_CALLS)
    expect(stats.calls, `${id} draws something`).toBeGreaterThan(10)
    expect(stats.triangles, `${id} triangles`).toBeLessThanOrEqual(MAX_TRIANGLES)
  }
})
