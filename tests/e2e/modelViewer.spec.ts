/** The inspect panel's turnable model: drawn by the gallery's one renderer, turned and zoomed by drag and buttons. */
import { test, expect, openGallery, SCREENSHOTS } from './fixtures'
import { differingShare } from './pictures'

test('the inspect panel of a 3D object shows a model the visitor can turn and zoom, drawn without a second WebGL context', async ({ page }) => {
  // Counts the canvases that obtain a WebGL context: low-end devices cap them, so the page keeps one.
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext
    const seen = new WeakSet<HTMLCanvasElement>()
    const w = window as unknown as { __webglCanvases: number }
    w.__webglCanvases = 0
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      const context = (original as (...a: unknown[]) => unknown).call(this, type, ...rest)
      if (context && /webgl/.test(type) && !seen.has(this)) {
        seen.add(this)
        w.__webglCanvases += 1
      }
      return context
    } as typeof original
  })
  await openGallery(page, './#/artifact/samovar')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  const model = dialog.getByRole('img', { name: /^3D model of/ })
  await expect(model.getByText(/Loading the 3D model/)).toHaveCount(0, { timeout: 60_000 })
  const canvas = model.locator('canvas')
  // The share of the picture the model covers (the backdrop is transparent), read from the canvas itself.
  const coverage = () =>
    canvas.evaluate((c: HTMLCanvasElement) => {
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height)
      let covered = 0
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 128) covered += 1
      return covered / (c.width * c.height)
    })
  // Damping moves the camera for a moment after each change: wait until the picture holds still.
  const settled = async () => {
    let last = -1
    await expect.poll(async () => {
      const now = await coverage()
      const still = now === last
      last = now
      return still
    }, { intervals: [250] }).toBe(true)
    return last
  }
  const start = await settled()
  expect(start).toBeGreaterThan(0.05)
  expect(start).toBeLessThan(0.9)

  // Zoom in: the camera comes 1.25x closer, so the model covers about 1.25^2 = 1.56x the area.
  await dialog.getByRole('button', { name: 'Zoom in' }).click()
  const zoomed = await settled()
  expect(zoomed / start).toBeGreaterThan(1.3)
  expect(zoomed / start).toBeLessThan(1.9)
  await dialog.getByRole('button', { name: 'Reset view' }).click()
  expect(Math.abs((await settled()) - start)).toBeLessThan(0.01)

  // Dragging across the picture turns the model: a visible share of it changes.
  const still = await canvas.screenshot()
  const box = (await canvas.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2 + 160, box.y + box.height / 2, { steps: 8 })
  await page.mouse.up()
  await settled()
  expect(differingShare(still, await canvas.screenshot())).toBeGreaterThan(0.02)

  expect(await page.evaluate(() => (window as unknown as { __webglCanvases: number }).__webglCanvases)).toBe(1)
  await page.screenshot({ path: `${SCREENSHOTS}/panel-model-samovar.png` })
})
