/**
 * Every artifact's close-up frames its work: after goTo(id) the work's screenBox is 40-70 % of
 * the viewport height, nothing of the interface lies over it, the work shows its own file (not a
 * placeholder), and the page throws no error (the fixtures fail the test on any). Each close-up
 * is saved as a screenshot to look at.
 */
import { test, expect, openGallery, enter, SCREENSHOTS } from './fixtures'

test('every close-up shows its work filling 40-70 % of the view height, unobstructed, without page errors', async ({ page }) => {
  test.setTimeout(900_000)
  await openGallery(page)
  await enter(page)
  const ids = (await page.evaluate(() => window.__gallery.artifacts())).map((a) => a.id)
  expect(ids.length).toBeGreaterThanOrEqual(42)
  const fills: Array<{ id: string; fill: number }> = []
  for (const id of ids) {
    await page.evaluate((w) => window.__gallery.goTo(w), id)
    const shot = await page.evaluate((w) => {
      const a = window.__gallery.artifacts().find((x) => x.id === w)!
      const box = a.screenBox
      if (!box) return { box: null, blockers: [] as string[], height: window.innerHeight, placeholder: a.placeholder }
      // Sample a grid over the box, inset a little: the topmost element must be the canvas.
      const blockers = new Set<string>()
      for (const fx of [0.15, 0.5, 0.85]) {
        for (const fy of [0.15, 0.5, 0.85]) {
          const el = document.elementFromPoint(box.x + box.width * fx, box.y + box.height * fy)
          if (el && el.tagName !== 'CANVAS') blockers.add(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`)
        }
      }
      return { box, blockers: [...blockers], height: window.innerHeight, placeholder: a.placeholder }
    }, id)
    await page.screenshot({ path: `${SCREENSHOTS}/closeup-${id}.png` })
    expect(shot.placeholder, `${id} shows a placeholder`).toBe(false)
    expect(shot.box, `${id} on screen`).not.toBeNull()
    const fill = shot.box!.height / shot.height
    fills.push({ id, fill })
    expect(fill, `${id} fills ${(fill * 100).toFixed(0)} % of the view height`).toBeGreaterThanOrEqual(0.4)
    expect(fill, `${id} fills ${(fill * 100).toFixed(0)} % of the view height`).toBeLessThanOrEqual(0.7)
    expect(shot.blockers, `${id} covered by`).toEqual([])
  }
  const sorted = fills.map((f) => f.fill).sort((a, b) => a - b)
  console.log(`close-up fill: min ${sorted[0]!.toFixed(3)} median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(3)} max ${sorted[sorted.length - 1]!.toFixed(3)}`)
})
