import AxeBuilder from '@axe-core/playwright'
import { test, expect, openGallery, enter } from './fixtures'
import type { Page } from '@playwright/test'

/** Every violation axe finds, of any impact (minor included): WCAG 2.2 AA throughout. */
async function violations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
  return results.violations.map((v) => `${where}: ${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

test('axe finds no violation of any impact on the start screen in every language, the HUD, inspect panel, floor plan and sound settings', async ({ page }) => {
  const found: string[] = []
  for (const lang of ['zh', 'ru', 'en']) {
    await openGallery(page, `./?lang=${lang}`)
    found.push(...(await violations(page, `start screen (${lang})`)))
  }
  await enter(page)
  found.push(...(await violations(page, 'walking HUD')))
  await page.keyboard.press('p')
  await expect(page.getByRole('dialog')).toBeVisible()
  found.push(...(await violations(page, 'floor plan')))
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.getByRole('button', { name: /^sound$/i }).click()
  found.push(...(await violations(page, 'sound settings')))
  await page.keyboard.press('Escape')
  const first = (await page.evaluate(() => window.__gallery.artifacts())).find((a) => a.roomId === 'entrance-hall')!
  await page.evaluate((id) => window.__gallery.goTo(id), first.id)
  const { screen } = (await page.evaluate(() => window.__gallery.artifacts())).find((a) => a.id === first.id)!
  await page.mouse.click(screen!.x, screen!.y)
  await expect(page.getByRole('dialog')).toBeVisible()
  found.push(...(await violations(page, 'inspect panel')))
  console.log(`axe: ${found.length} violations over start (en, zh, ru), HUD, floor plan, sound settings, inspect panel`)
  expect(found).toEqual([])
})

test('axe finds no violation of any impact in the class panels: leading a class, and the join dialog', async ({ page }) => {
  const found: string[] = []
  await openGallery(page)
  await page.getByRole('button', { name: /^join a class$/i }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  found.push(...(await violations(page, 'join dialog')))
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.getByRole('button', { name: /^lead a class$/i }).click()
  await expect.poll(() => page.evaluate(() => window.__gallery.live().role)).toBe('teacher')
  found.push(...(await violations(page, 'class panel (teacher)')))
  expect(found).toEqual([])
})

test('keyboard only: from the start screen, Tab and Enter reach the first work of the room and open it', async ({ page }) => {
  await openGallery(page)
  const focused = () => page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    return { name: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '', inWorks: !!el?.closest('[data-part="room-works"]'), tag: el?.tagName ?? '' }
  })
  let stops = 0
  // Tab to "Enter the exhibition" and press Enter...
  while (!/^enter the exhibition$/i.test((await focused()).name)) {
    await page.keyboard.press('Tab')
    expect(++stops, 'Tab stops before Enter').toBeLessThan(30)
  }
  await page.keyboard.press('Enter')
  await expect.poll(() => page.evaluate(() => window.__gallery.state().mode)).toBe('walk')
  // ...then on to the first work of the room, which Enter opens.
  while (!(await focused()).inWorks) {
    await page.keyboard.press('Tab')
    expect(++stops, 'Tab stops to the first work').toBeLessThan(60)
  }
  console.log(`Tab stops from the start screen to the first work: ${stops}`)
  const work = (await focused()).name
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog')).toBeVisible()
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toContainText(work)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
})
