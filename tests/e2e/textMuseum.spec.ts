/**
 * The text museum: an accessible twin of every room, work and tour. Checked as a screen-reader
 * or keyboard visitor would use it, and with axe-core on every page in every language.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect, SCREENSHOTS, withoutWebGL } from './fixtures'

const LANGUAGES = ['en', 'zh', 'ru'] as const

async function openText(page: Page, path = './#/text') {
  await page.goto(path)
  await expect(page.locator('main h1')).toBeVisible()
}

/** Every violation, whatever its impact. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

/**
 * Every kind of text page, and every text on some page: the home page, each room's page (which
 * carries each of its works as an article), each tour, and one work's own page per room (the same
 * article component on a page of its own; all 44 times three would add minutes and no markup).
 */
async function textPages(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const manifest = await (await fetch('exhibition.json')).json()
    const firstWork = (room: string) => manifest.artifacts.find((a: { room: string }) => a.room === room)?.id
    return [
      '#/text',
      ...manifest.rooms.flatMap((r: { id: string }) => [`#/text/room/${r.id}`, ...(firstWork(r.id) ? [`#/text/artifact/${firstWork(r.id)}`] : [])]),
      ...(manifest.tours ?? []).map((t: { id: string }) => `#/text/tour/${t.id}`),
    ]
  })
}

test('axe finds no violation of any impact on any text page in any language', async ({ page }) => {
  test.setTimeout(600_000)
  await openText(page)
  const pages = await textPages(page)
  const found: string[] = []
  for (const language of LANGUAGES) {
    await page.getByRole('button', { name: { en: 'English', zh: '中文', ru: 'Русский' }[language], exact: true }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${language}`))
    for (const hash of pages) {
      // A new page (the hash changed) starts with its heading focused, as a page load would.
      if (await page.evaluate((h) => location.hash !== h && ((location.hash = h), true), hash)) await expect(page.locator('main h1')).toBeFocused()
      else await expect(page.locator('main h1')).toBeVisible()
      for (const v of await violations(page)) found.push(`${language} ${hash}: ${v}`)
    }
    await page.evaluate(() => (location.hash = '#/text/room/entrance-hall'))
    await page.screenshot({ path: `${SCREENSHOTS}/text-room-${language}.png`, fullPage: false })
  }
  console.log(`axe: ${pages.length} text pages x ${LANGUAGES.length} languages, ${found.length} violations`)
  expect(found).toEqual([])
})

test('a keyboard alone walks the text museum through every room and every work', async ({ page }) => {
  test.setTimeout(300_000)
  await openText(page)
  const manifest = await page.evaluate(async () => (await fetch('exhibition.json')).json())
  const rooms = [...manifest.rooms].sort((a: { order: number }, b: { order: number }) => a.order - b.order)
  const reached = new Set<string>()
  // From the home page, Tab to the first room and enter it.
  const tabTo = async (href: string, limit = 400) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '')
      if (focused.startsWith('#/text/artifact/')) reached.add(focused.slice('#/text/artifact/'.length))
      if (focused === href) return
    }
    throw new Error(`Tab never reached ${href}`)
  }
  await tabTo(`#/text/room/${rooms[0].id}`)
  await page.keyboard.press('Enter')
  for (let i = 0; i < rooms.length; i++) {
    await expect(page.locator('main h1')).toHaveText(rooms[i].title.en)
    await expect(page.locator('main h1')).toBeFocused()
    const next = rooms[i + 1]
    if (!next) {
      // The last room: Tab through to the end of its works.
      const last = manifest.artifacts.filter((a: { room: string }) => a.room === rooms[i].id).at(-1)
      await tabTo(`#/text/artifact/${last.id}`)
      break
    }
    await tabTo(`#/text/room/${next.id}`, 400)
    // The pager's "next room" link comes after the works; the room nav at the top has the same href,
    // so keep tabbing while we are still above the works.
    while ((await page.evaluate(() => document.activeElement?.getAttribute('rel'))) !== 'next') await tabTo(`#/text/room/${next.id}`)
    await page.keyboard.press('Enter')
  }
  const all = manifest.artifacts.map((a: { id: string }) => a.id)
  expect(all.filter((id: string) => !reached.has(id)), 'works never reached by Tab').toEqual([])
})

test('every work page has its picture with alt text, its label facts and a way into 3D', async ({ page }) => {
  await openText(page, './?lang=ru#/text/room/entrance-hall')
  const articles = page.locator('main article')
  expect(await articles.count()).toBeGreaterThan(0)
  for (const article of await articles.all()) {
    const img = article.locator('img')
    if ((await img.count()) > 0) expect((await img.getAttribute('alt'))?.trim().length ?? 0).toBeGreaterThan(10)
    await expect(article.locator('dl dt')).toHaveCount(4)
    await expect(article.getByRole('link', { name: /3D/ })).toHaveAttribute('href', /^#\/artifact\//)
  }
  // "See it in 3D" opens the gallery at that work, its panel open.
  const first = articles.first()
  const href = (await first.getByRole('link', { name: /3D/ }).getAttribute('href'))!
  // The text page answers the automation API too, and the link reloads into 3D: wait for that load,
  // or the API is asked of the page that is going away.
  await Promise.all([page.waitForEvent('load'), first.getByRole('link', { name: /3D/ }).click()])
  await page.waitForFunction(() => typeof window.__gallery !== 'undefined')
  await page.evaluate(() => window.__gallery.whenReady())
  expect(await page.evaluate(() => window.__gallery.state().inspecting)).toBe(href.split('/').at(-1))
})

test('the skip link is the first Tab stop of the 3D gallery and opens the text museum', async ({ page }) => {
  await page.goto('./')
  await page.waitForFunction(() => typeof window.__gallery !== 'undefined')
  await page.evaluate(() => window.__gallery.whenReady())
  // Start sequential focus navigation from the top of the document, as a fresh page does.
  await page.locator('body').evaluate((body) => {
    body.tabIndex = -1
    body.focus()
    body.removeAttribute('tabindex')
  })
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: /text version|文字版|Текстовая версия/i })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('main h1')).toBeFocused()
  await expect(page.getByRole('navigation', { name: /rooms/i })).toBeVisible()
  expect(await page.locator('canvas').count()).toBe(0)
})

test('without WebGL the text museum is what opens', async ({ page }) => {
  await withoutWebGL(page)
  await page.goto('./?lang=zh')
  await expect(page.getByRole('note')).toContainText('WebGL')
  await expect(page.getByRole('navigation', { name: '展览各展厅' })).toBeVisible()
  await page.getByRole('navigation', { name: '展览各展厅' }).getByRole('link').nth(1).click()
  await expect(page.locator('main article').first()).toBeVisible()
  await expect(page.getByRole('link', { name: /三维/ })).toHaveCount(0)
  await page.screenshot({ path: `${SCREENSHOTS}/text-nowebgl-zh.png` })
})
