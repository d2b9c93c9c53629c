import AxeBuilder from '@axe-core/playwright'
import { test, expect, openGallery, enter } from './fixtures'
import type { Page } from '@playwright/test'

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

test('the start screen, walking HUD and inspect panel have no serious accessibility violations', async ({ page }) => {
  await openGallery(page)
  expect(await seriousViolations(page), 'start screen').toEqual([])
  await enter(page)
  expect(await seriousViolations(page), 'walking HUD').toEqual([])
  const first = (await page.evaluate(() => window.__gallery.artifacts())).find((a) => a.roomId === 'entrance-hall')!
  await page.evaluate((id) => window.__gallery.goTo(id), first.id)
  const { screen } = (await page.evaluate(() => window.__gallery.artifacts())).find((a) => a.id === first.id)!
  await page.mouse.click(screen!.x, screen!.y)
  await expect(page.getByRole('dialog')).toBeVisible()
  expect(await seriousViolations(page), 'inspect panel').toEqual([])
})

test('keyboard only: Tab reaches the artifacts of the room and Enter opens one', async ({ page }) => {
  await openGallery(page)
  await enter(page)
  const list = page.getByRole('list', { name: /artifacts|works|展品|экспонат/i })
  const first = list.getByRole('button').first()
  await first.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
})
