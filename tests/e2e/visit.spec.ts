import { test, expect, openGallery, enter, state, framesDrawnOver, SCREENSHOTS } from './fixtures'
import type { Page } from '@playwright/test'

/** Mean and spread of the canvas's pixels, from a real screenshot of it. */
async function canvasStats(page: Page) {
  const png = await page.locator('#gallery-canvas canvas').screenshot()
  return page.evaluate(async (b64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${b64}`
    await img.decode()
    const c = document.createElement('canvas')
    c.width = img.width
    c.height = img.height
    const ctx = c.getContext('2d')!
    ctx.drawImage(img, 0, 0)
    const { data } = ctx.getImageData(0, 0, c.width, c.height)
    let sum = 0
    let sq = 0
    const n = data.length / 4
    const colours = new Set<number>()
    for (let i = 0; i < data.length; i += 4) {
      const l = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!
      sum += l
      sq += l * l
      if (i % 64 === 0) colours.add((data[i]! >> 3) * 1024 + (data[i + 1]! >> 3) * 32 + (data[i + 2]! >> 3))
    }
    const mean = sum / n
    return { mean, std: Math.sqrt(sq / n - mean * mean), colours: colours.size }
  }, png.toString('base64'))
}

test('the start room renders a lit, detailed scene behind the start screen', async ({ page }) => {
  await openGallery(page)
  const stats = await canvasStats(page)
  expect(stats.mean).toBeGreaterThan(30)
  expect(stats.mean).toBeLessThan(235)
  expect(stats.std).toBeGreaterThan(12)
  expect(stats.colours).toBeGreaterThan(200)
  await page.screenshot({ path: `${SCREENSHOTS}/start-screen.png` })
})

test('walking forward by keyboard moves the visitor, and a wall stops them', async ({ page }) => {
  await openGallery(page)
  await enter(page)
  await page.evaluate(() => window.__gallery.goTo('entrance-hall'))
  const start = await state(page)
  // The entry faces east down the enfilade: walk forward a little.
  await page.keyboard.down('KeyW')
  await expect.poll(async () => (await state(page)).position[0], { timeout: 20_000 }).toBeGreaterThan(start.position[0] + 0.5)
  await page.keyboard.up('KeyW')
  // Turn round to face the solid west wall (yaw +pi/2), then walk into it.
  await page.keyboard.down('ArrowLeft')
  await expect.poll(async () => (await state(page)).yaw, { timeout: 20_000 }).toBeGreaterThan(Math.PI / 2 - 0.1)
  await page.keyboard.up('ArrowLeft')
  // A slow software frame can carry the turn past west; square up exactly so the walk meets the bare west wall, not a plinth.
  const turned = await state(page)
  await page.evaluate(([p]) => window.__gallery.teleport(p, Math.PI / 2), [[turned.position[0], turned.position[2]] as [number, number]] as const)
  await page.keyboard.down('KeyW')
  const hall = (await page.evaluate(() => window.__gallery.rooms())).find((r) => r.id === start.roomId)!
  // The visitor reaches the west wall...
  await expect.poll(async () => (await state(page)).position[0] - hall.bounds.min[0], { timeout: 60_000, intervals: [200] }).toBeLessThan(0.5)
  // ...and keeps pressing into it for a while without getting any closer than their radius.
  const pressedAt = await page.evaluate(() => performance.now())
  let closest = Infinity
  while ((await page.evaluate(() => performance.now())) - pressedAt < 3000) {
    closest = Math.min(closest, (await state(page)).position[0] - hall.bounds.min[0])
    await page.waitForTimeout(100)
  }
  await page.keyboard.up('KeyW')
  const stopped = await state(page)
  expect(stopped.roomId).toBe(start.roomId)
  expect(closest).toBeGreaterThan(0.28)
  expect(stopped.position[0] - hall.bounds.min[0]).toBeGreaterThan(0.28)
})

test('a still room draws no frames, walking draws one every animation frame, and stopping stills it again', async ({ page }) => {
  await openGallery(page)
  await enter(page)
  // Once the arrival has settled, nothing on screen moves, so nothing is drawn.
  await expect.poll(() => framesDrawnOver(page, 20), { timeout: 30_000 }).toBe(0)
  const start = await state(page)
  await page.keyboard.down('KeyW')
  await expect.poll(async () => (await state(page)).position[0], { timeout: 20_000 }).toBeGreaterThan(start.position[0] + 0.2)
  expect(await framesDrawnOver(page, 20)).toBeGreaterThanOrEqual(18)
  await page.keyboard.up('KeyW')
  await expect.poll(() => framesDrawnOver(page, 20), { timeout: 30_000 }).toBe(0)
})

test('walking east through each doorway reaches every room in order', async ({ page }) => {
  test.setTimeout(300_000)
  await openGallery(page)
  await enter(page)
  const rooms = await page.evaluate(() => window.__gallery.rooms())
  for (let i = 0; i + 1 < rooms.length; i++) {
    // From each room's entry (facing east down the enfilade), walk until the next room is reached.
    await page.evaluate((id) => window.__gallery.goTo(id), rooms[i]!.id)
    expect((await state(page)).roomId).toBe(rooms[i]!.id)
    await page.keyboard.down('Shift')
    await page.keyboard.down('KeyW')
    await expect.poll(async () => (await state(page)).roomId, { timeout: 60_000, intervals: [200] }).toBe(rooms[i + 1]!.id)
    await page.keyboard.up('KeyW')
    await page.keyboard.up('Shift')
  }
  expect(new URL(page.url()).hash).toBe(`#/room/${rooms[rooms.length - 1]!.id}`)
})

test('clicking an artifact opens its panel with its title; Esc returns to walking where the visitor stood', async ({ page }) => {
  await openGallery(page)
  await enter(page)
  const target = (await page.evaluate(() => window.__gallery.artifacts())).find((a) => a.roomId === 'east-met-east' && a.kind === 'poster')!
  await page.evaluate((id) => window.__gallery.goTo(id), target.id)
  const visible = (await page.evaluate(() => window.__gallery.artifacts())).find((a) => a.id === target.id)!
  expect(visible.screen).not.toBeNull()
  const before = await state(page)
  await page.mouse.move(visible.screen!.x, visible.screen!.y)
  await expect(page.locator('#gallery-canvas canvas')).toHaveCSS('cursor', 'pointer')
  await page.mouse.click(visible.screen!.x, visible.screen!.y)
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(target.title)
  expect((await state(page)).inspecting).toBe(target.id)
  expect(new URL(page.url()).hash).toBe(`#/artifact/${target.id}`)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  const after = await state(page)
  expect(after.mode).toBe('walk')
  expect(after.inspecting).toBeNull()
  expect(after.position).toEqual(before.position)
})

test('a deep link opens straight on the artifact, the visitor placed before it', async ({ page }) => {
  const id = 'yangtze-bridge-model'
  await openGallery(page, `./#/artifact/${id}`)
  const s = await state(page)
  expect(s.mode).toBe('inspect')
  expect(s.inspecting).toBe(id)
  expect(s.roomId).toBe('canvas-to-factory')
  const a = (await page.evaluate(() => window.__gallery.artifacts())).find((x) => x.id === id)!
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText(a.title)
  expect(a.screen).not.toBeNull()
})

test('a room link starts in that room', async ({ page }) => {
  await openGallery(page, './#/room/knowledge-bridge')
  expect((await state(page)).roomId).toBe('knowledge-bridge')
})

for (const lang of ['en', 'zh', 'ru'] as const) {
  test(`screenshots of every room and of a panel in ${lang}`, async ({ page }) => {
    test.setTimeout(240_000)
    await openGallery(page, `./?lang=${lang}`)
    await enter(page)
    expect((await state(page)).language).toBe(lang)
    const rooms = await page.evaluate(() => window.__gallery.rooms())
    if (lang === 'en') {
      for (const room of rooms) {
        await page.evaluate((id) => window.__gallery.goTo(id), room.id)
        await page.screenshot({ path: `${SCREENSHOTS}/room-${room.id}.png` })
      }
    }
    const poster = (await page.evaluate(() => window.__gallery.artifacts())).find((a) => a.kind === 'poster')!
    await page.evaluate((id) => window.__gallery.goTo(id), poster.id)
    const { screen } = (await page.evaluate(() => window.__gallery.artifacts())).find((a) => a.id === poster.id)!
    await page.mouse.click(screen!.x, screen!.y)
    await expect(page.getByRole('dialog')).toBeVisible()
    // Photograph the panel once its picture has arrived.
    await expect
      .poll(() =>
        page
          .getByRole('dialog')
          .locator('img')
          .first()
          .evaluate(async (img: HTMLImageElement) => {
            await img.decode()
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
            return img.naturalWidth > 0
          }),
      )
      .toBe(true)
    await page.screenshot({ path: `${SCREENSHOTS}/panel-${lang}.png` })
  })
}

test('?lang=zh shows Chinese interface and titles, and the switcher changes them live', async ({ page }) => {
  await openGallery(page, './?lang=zh')
  await expect(page.getByRole('button', { name: '进入' })).toBeVisible()
  const titles = (await page.evaluate(() => window.__gallery.artifacts())).map((a) => a.title)
  expect(titles.every((t) => /[\u4e00-\u9fff]/.test(t))).toBe(true)
  await expect(page.locator('html')).toHaveAttribute('lang', /^zh/)
  await page.getByRole('button', { name: 'Русский' }).first().click()
  await expect.poll(() => state(page).then((s) => s.language)).toBe('ru')
  const ru = (await page.evaluate(() => window.__gallery.artifacts())).map((a) => a.title)
  expect(ru.every((t) => /[\u0400-\u04ff]/.test(t))).toBe(true)
})
