/** The inspect panel's turnable model: drawn by the gallery's one renderer, turned and zoomed by drag and buttons. */
import { test, expect, openGallery, SCREENSHOTS } from './fixtures'
import { differingShare } from './pictures'

test('the inspect panel of a 3D object shows a model the visitor can turn and zoom, drawn without a second WebGL context', async ({ page }) => {
  // Software WebGL draws the room and the model on two cores: several seconds a frame when busy.
  test.setTimeout(300_000)
  // Keeps every WebGL context the page obtains: low-end devices cap the contexts alive at once,
  // so at the end only one may still be alive (the start-up support check gives its own back).
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext
    const w = window as unknown as { __webglContexts: WebGLRenderingContext[] }
    w.__webglContexts = []
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      const context = (original as (...a: unknown[]) => unknown).call(this, type, ...rest)
      if (context && /webgl/.test(type) && !w.__webglContexts.includes(context as WebGLRenderingContext)) w.__webglContexts.push(context as WebGLRenderingContext)
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
  // Each change is drawn on a later frame, and damping goes on moving the camera for a moment:
  // wait for a new picture and for the view to come to rest (the stage marks both on the canvas).
  const pictures = () => canvas.evaluate((c: HTMLCanvasElement) => Number(c.dataset.pictures ?? 0))
  const settled = async (action?: () => Promise<void>) => {
    const before = await pictures()
    await action?.()
    await expect.poll(async () => (await pictures()) > (action ? before : 0) && (await canvas.getAttribute('data-still')) === 'true', { timeout: 90_000 }).toBe(true)
    return coverage()
  }
  const start = await settled()
  expect(start).toBeGreaterThan(0.05)
  expect(start).toBeLessThan(0.9)

  // Zoom in: the camera comes 1.25x closer, so the model covers about 1.25^2 = 1.56x the area.
  const zoomed = await settled(() => dialog.getByRole('button', { name: 'Zoom in' }).click())
  expect(zoomed / start).toBeGreaterThan(1.3)
  expect(zoomed / start).toBeLessThan(1.9)
  expect(Math.abs((await settled(() => dialog.getByRole('button', { name: 'Reset view' }).click())) - start)).toBeLessThan(0.01)

  // Dragging across the picture turns the model: a visible share of it changes.
  const still = await canvas.screenshot()
  const box = (await canvas.boundingBox())!
  await settled(async () => {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2 + 160, box.y + box.height / 2, { steps: 8 })
    await page.mouse.up()
  })
  expect(differingShare(still, await canvas.screenshot())).toBeGreaterThan(0.02)

  const contexts = await page.evaluate(() => {
    const all = (window as unknown as { __webglContexts: WebGLRenderingContext[] }).__webglContexts
    return { made: all.length, alive: all.filter((gl) => !gl.isContextLost()).length }
  })
  console.log(`WebGL contexts: ${contexts.made} made, ${contexts.alive} alive with the model panel open`)
  expect(contexts.alive).toBe(1)
  await page.screenshot({ path: `${SCREENSHOTS}/panel-model-samovar.png` })
})
