import { test, expect, openGallery, enter, SCREENSHOTS } from './fixtures'

test('every artifact of the collection renders with its own file, and each room is photographed with three close-ups', async ({ page }) => {
  test.setTimeout(420_000)
  await openGallery(page)
  await enter(page)
  const rooms = await page.evaluate(() => window.__gallery.rooms())
  const all = await page.evaluate(() => window.__gallery.artifacts())
  expect(all.length).toBeGreaterThanOrEqual(42)
  for (const room of rooms) {
    const works = all.filter((a) => a.roomId === room.id)
    await page.evaluate((id) => window.__gallery.goTo(id), room.id)
    // The room card fades after a few seconds; the photograph is of the room itself.
    await expect(page.locator('[data-part="room-card"][data-shown]')).toHaveCount(0, { timeout: 15_000 })
    await page.screenshot({ path: `${SCREENSHOTS}/collection-${room.id}.png` })
    // Three close-ups: the first wall work, the first floor work, and one more.
    const picks = [works.find((w) => !['book', 'notebook', 'object'].includes(w.kind)), works.find((w) => ['book', 'notebook', 'object'].includes(w.kind)), works[works.length - 1]]
    const chosen = [...new Set(picks.filter((w): w is (typeof works)[number] => !!w).map((w) => w.id))]
    for (const id of chosen) {
      await page.evaluate((w) => window.__gallery.goTo(w), id)
      await page.screenshot({ path: `${SCREENSHOTS}/closeup-${room.id}-${id}.png` })
    }
    const now = (await page.evaluate(() => window.__gallery.artifacts())).filter((a) => a.roomId === room.id)
    expect(now.filter((a) => a.placeholder).map((a) => a.id), `placeholders in ${room.id}`).toEqual([])
  }
})

test('the inspect panel of a 3D object shows a model the visitor can turn', async ({ page }) => {
  await openGallery(page, './#/artifact/samovar')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  const stage = dialog.getByRole('img', { name: /^3D model of/ }).locator('canvas')
  await expect(stage).toBeVisible({ timeout: 60_000 })
  // Let the model load and draw, then compare pictures before and after turning it.
  await page.waitForTimeout(2500)
  const before = await stage.screenshot()
  const box = (await stage.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2, { steps: 8 })
  await page.mouse.up()
  await page.waitForTimeout(1500)
  const after = await stage.screenshot()
  expect(after.equals(before)).toBe(false)
  await page.screenshot({ path: `${SCREENSHOTS}/panel-model-samovar.png` })
})
