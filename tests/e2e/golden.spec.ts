/**
 * Golden images: every room's entrance view and one close-up per room, compared with the stored
 * images in golden.spec.ts-snapshots/ within a tolerance, so a change that alters how a room
 * looks shows up as a diff (Playwright writes expected/actual/diff into test-results/).
 *
 * After an intended change of look: `npm run golden:update` (builds, then rewrites the images);
 * look at the new images before committing them.
 */
import { readFileSync } from 'node:fs'
import { test, expect, openGallery, enter, SCREENSHOTS } from './fixtures'

const CANVAS = '#gallery-canvas canvas'
const SHOT = {
  // Software WebGL is deterministic on one machine; the tolerance absorbs driver and font-hinting noise elsewhere.
  maxDiffPixelRatio: 0.02,
  threshold: 0.2,
  animations: 'disabled' as const,
  stylePath: 'tests/e2e/golden.css',
  timeout: 60_000,
}

test.describe.configure({ timeout: 600_000 })

test('every room looks as it did: entrance view and one close-up', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  // A fixed drawing resolution: the adaptive one follows frame times, which differ from run to run.
  await openGallery(page, './?lang=en&adaptive=0')
  await enter(page)
  const rooms = await page.evaluate(() => window.__gallery.rooms())
  const artifacts = await page.evaluate(() => window.__gallery.artifacts())
  for (const room of rooms) {
    await page.evaluate((id) => window.__gallery.goTo(id), room.id)
    await page.locator(CANVAS).screenshot({ path: `${SCREENSHOTS}/golden-${room.id}.png`, style: readFileSync(SHOT.stylePath, 'utf8') })
    await expect(page.locator(CANVAS), `${room.id}: entrance view`).toHaveScreenshot(`${room.id}-entrance.png`, SHOT)
    const work = artifacts.find((a) => a.roomId === room.id)
    if (!work) continue
    await page.evaluate((id) => window.__gallery.goTo(id), work.id)
    await page.keyboard.press('Escape')
    await page.locator(CANVAS).screenshot({ path: `${SCREENSHOTS}/golden-${room.id}-closeup.png`, style: readFileSync(SHOT.stylePath, 'utf8') })
    await expect(page.locator(CANVAS), `${room.id}: close-up of ${work.id}`).toHaveScreenshot(`${room.id}-closeup.png`, SHOT)
  }
})
