/**
 * A GPU reset or a Chromebook restoring a tab takes the WebGL context away: the visitor is told,
 * the view comes back where they stood, their open panel stays open and its model draws again.
 */
import { test, expect, openGallery, enter, state, SCREENSHOTS } from './fixtures'
import { differingShare, luminanceSpread, SCENE_ONLY } from './pictures'


test('after the WebGL context is lost and restored the room draws again, with the visitor\'s place and open panel kept', async ({ page }) => {
  // Two losses and restores, each redrawing the room with software WebGL.
  test.setTimeout(360_000)
  // A fixed drawing resolution: the adaptive one moves with frame times, and so would every pixel.
  await openGallery(page, './?adaptive=0')
  await enter(page)
  // Stand before a framed work in the hall, where lightmaps, textures, a label and reflections all show.
  const work = (await page.evaluate(() => window.__gallery.artifacts())).find((a) => a.kind === 'painting')!
  await page.evaluate((id) => window.__gallery.goTo(id), work.id)
  await expect(page.locator('[data-part="room-card"][data-shown]')).toHaveCount(0, { timeout: 40_000 })
  const canvas = page.locator('#gallery-canvas canvas')
  const notice = page.locator('[data-notice="restoring"]')
  // The 3D view alone: a music caption coming or going would otherwise count as a changed picture.
  const before = await canvas.screenshot({ path: `${SCREENSHOTS}/context-before.png`, style: SCENE_ONLY })
  const placed = await state(page)

  const lose = (what: 'loseContext' | 'restoreContext') =>
    page.evaluate((call) => {
      const gl = document.querySelector<HTMLCanvasElement>('#gallery-canvas canvas')!.getContext('webgl2')!
      // The extension object is kept on the canvas: the one that lost the context must restore it.
      const holder = gl.canvas as HTMLCanvasElement & { __lose?: WEBGL_lose_context | null }
      holder.__lose ??= gl.getExtension('WEBGL_lose_context')
      holder.__lose![call]()
    }, what)

  // A lost context while nothing is open: the notice shows, and goes once the view is back.
  await lose('loseContext')
  await expect(notice).toBeVisible()
  await page.screenshot({ path: `${SCREENSHOTS}/context-lost.png` })
  await lose('restoreContext')
  await expect(notice).toHaveCount(0)
  // The same room from the same place: the picture comes back (lightmaps, textures, labels, reflections).
  await expect.poll(async () => differingShare(before, await canvas.screenshot({ path: `${SCREENSHOTS}/context-after.png`, style: SCENE_ONLY })), { timeout: 60_000 }).toBeLessThan(0.03)
  const after = await canvas.screenshot({ style: SCENE_ONLY })
  expect(luminanceSpread(after)).toBeGreaterThan(8)
  expect((await state(page)).position).toEqual(placed.position)
  await page.screenshot({ path: `${SCREENSHOTS}/context-restored.png` })

  // With a 3D object's panel open: the panel stays, and its model (drawn by the same renderer) returns.
  // The samovar is three rooms on: the visitor walks there before its panel opens.
  await page.evaluate(() => { location.hash = '#/artifact/samovar' })
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible({ timeout: 120_000 })
  const model = dialog.getByRole('img', { name: /^3D model of/ })
  await expect(model.getByText(/Loading the 3D model/)).toHaveCount(0, { timeout: 60_000 })
  const modelBefore = await model.locator('canvas').screenshot()
  await lose('loseContext')
  await expect(notice).toBeVisible()
  await lose('restoreContext')
  await expect(notice).toHaveCount(0)
  await expect(dialog).toBeVisible()
  expect((await state(page)).inspecting).toBe('samovar')
  // Turning it redraws it from the restored context; turned back, it is the picture from before.
  await dialog.getByRole('button', { name: 'Turn right' }).click()
  await dialog.getByRole('button', { name: 'Turn left' }).click()
  await expect.poll(async () => differingShare(modelBefore, await model.locator('canvas').screenshot()), { timeout: 30_000 }).toBeLessThan(0.03)
})
