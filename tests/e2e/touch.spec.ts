/**
 * Phones and tablets, in Chromium with Playwright's device profiles (touch on) and in every
 * language: the overlay's pieces never overlap, captions, hints and cards keep off the middle of
 * the view, every control is at least 44 x 44 CSS px and inside the safe area, in each state a
 * visitor meets (start, walking with a caption and the room card, the inspect sheet, the plan,
 * the menu, a tour). And touch works: a tap enters, the stick and a tap on the floor walk, a drag
 * turns, a tap on a work opens its sheet, a pinch zooms its picture. One page per profile and
 * language: software WebGL is slow to start, so each page goes through every state.
 */
import AxeBuilder from '@axe-core/playwright'
import { devices, type CDPSession, type Page } from '@playwright/test'
import { writeFileSync, mkdirSync } from 'node:fs'
import { test, expect, openGallery, state, framesDrawnOver, SCREENSHOTS } from './fixtures'
import { collect, coveringCentre, findOverlaps, tooSmall, type Piece } from './overlap'
import { en } from '../../src/i18n/strings/en'
import { zh } from '../../src/i18n/strings/zh'
import { ru } from '../../src/i18n/strings/ru'
import { PHONE_PIXEL_BUDGET, SMALL_SCREEN_SIDE } from '../../src/scene/pixelRatio'

const STRINGS = { en, zh, ru }
type Lang = keyof typeof STRINGS

interface Insets {
  top: number
  right: number
  bottom: number
  left: number
}

/** The profiles, and the safe-area insets each is given (a notch and home indicator where the device has them). */
const PROFILES: Array<{ device: string; file: string; insets: Insets }> = [
  { device: 'iPhone 13', file: 'iphone13', insets: { top: 47, right: 0, bottom: 34, left: 0 } },
  { device: 'Pixel 7', file: 'pixel7', insets: { top: 0, right: 0, bottom: 0, left: 0 } },
  // A phone turned on its side: the notch on one side, the rounded corners on both, the home bar below.
  { device: 'Pixel 7 landscape', file: 'pixel7-landscape', insets: { top: 0, right: 47, bottom: 21, left: 47 } },
  { device: 'iPad (gen 7)', file: 'ipad', insets: { top: 0, right: 0, bottom: 0, left: 0 } },
]
const LANGUAGES: Lang[] = ['en', 'zh', 'ru']
/**
 * Every profile in every language with TOUCH_EVERY_LANGUAGE=1 (`npm run test:e2e`: 12 runs, 31 min
 * of software WebGL); otherwise, in `npm test`, each profile in one language, the three languages
 * all covered and the longest labels (Russian) on the smallest screen, so CI stays inside its time.
 */
const ONE_LANGUAGE: Record<string, Lang> = { 'iPhone 13': 'ru', 'Pixel 7': 'zh', 'Pixel 7 landscape': 'en', 'iPad (gen 7)': 'ru' }
const languagesFor = (device: string): Lang[] => (process.env.TOUCH_EVERY_LANGUAGE ? LANGUAGES : [ONE_LANGUAGE[device] ?? 'en'])
const FIGURES = 'test-results/touch-figures'
mkdirSync(FIGURES, { recursive: true })

/** Real fingers: touch points through the DevTools protocol, as a phone's screen sends them. */
class Fingers {
  constructor(private cdp: CDPSession) {}
  start(points: Array<[number, number]>) {
    return this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points.map(([x, y], id) => ({ x, y, id })) })
  }
  move(points: Array<[number, number]>) {
    return this.cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points.map(([x, y], id) => ({ x, y, id })) })
  }
  end() {
    return this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  }
  /** One finger from `a` to `b` in `steps` moves, lifted at the end. */
  async drag(a: [number, number], b: [number, number], steps = 8) {
    await this.start([a])
    for (let i = 1; i <= steps; i++) await this.move([[a[0] + ((b[0] - a[0]) * i) / steps, a[1] + ((b[1] - a[1]) * i) / steps]])
    await this.end()
  }
  /** Two fingers about `centre`, from `from` to `to` px apart. */
  async pinch(centre: [number, number], from: number, to: number, steps = 10) {
    const at = (gap: number): Array<[number, number]> => [
      [centre[0] - gap / 2, centre[1]],
      [centre[0] + gap / 2, centre[1]],
    ]
    await this.start(at(from))
    for (let i = 1; i <= steps; i++) await this.move(at(from + ((to - from) * i) / steps))
    await this.end()
  }
}

async function centreOfBox(page: Page, selector: string): Promise<[number, number]> {
  const box = (await page.locator(selector).first().boundingBox())!
  return [box.x + box.width / 2, box.y + box.height / 2]
}

async function targetSizeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze()
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))
}

for (const profile of PROFILES) {
  test.describe(profile.device, () => {
    // The descriptors name WebKit for Apple devices; this project's browser is Chromium (playwright.config.ts).
    const { defaultBrowserType: _browser, ...device } = devices[profile.device]!
    test.use(device)

    for (const lang of languagesFor(profile.device)) {
      test(`${lang}: nothing overlaps, and touch walks, turns, inspects and zooms`, async ({ page, viewport }) => {
        test.setTimeout(360_000)
        const s = STRINGS[lang]
        const view = viewport!
        const small = Math.min(view.width, view.height) < SMALL_SCREEN_SIDE
        const compact = view.width <= 720 || view.height <= 520
        const figures: Record<string, unknown> = { device: profile.device, lang, viewport: view, insets: profile.insets }
        const cdp = await page.context().newCDPSession(page)
        const fingers = new Fingers(cdp)
        await cdp.send('Emulation.setSafeAreaInsetsOverride', { insets: profile.insets })

        /** Every check on the overlay as it is now; soft, so one run reports every state. */
        const check = async (name: string, { walking, axe = true }: { walking: boolean; axe?: boolean }) => {
          const pieces: Piece[] = await collect(page)
          const safe = { x: profile.insets.left, y: profile.insets.top, right: view.width - profile.insets.right, bottom: view.height - profile.insets.bottom }
          const unsafe = pieces
            .filter((p) => p.kind !== 'panel' && (p.box.x < safe.x - 0.5 || p.box.y < safe.y - 0.5 || p.box.x + p.box.width > safe.right + 0.5 || p.box.y + p.box.height > safe.bottom + 0.5))
            .map((p) => p.label)
          expect.soft(findOverlaps(pieces), `${name}: pieces that overlap`).toEqual([])
          if (walking) expect.soft(coveringCentre(pieces, view), `${name}: captions, hints or cards over the middle of the view`).toEqual([])
          expect.soft(tooSmall(pieces), `${name}: controls under 44 x 44 CSS px`).toEqual([])
          expect.soft(unsafe, `${name}: pieces outside the safe area`).toEqual([])
          // axe takes seconds: not while a card is about to fade.
          if (axe) expect.soft(await targetSizeViolations(page), `${name}: axe target-size`).toEqual([])
          const controls = pieces.filter((p) => p.kind === 'control')
          figures[name] = {
            pieces: pieces.length,
            controls: controls.length,
            smallestTarget: controls.length ? Math.round(Math.min(...controls.map((p) => Math.min(p.box.width, p.box.height)))) : null,
            parts: pieces.map((p) => p.label.split(' ')[0]).filter((l, i, all) => all.indexOf(l) === i),
          }
        }
        // At CSS size: quicker to take on a 3x screen, and what the layout is measured in.
        const shot = (name: string) => page.screenshot({ path: `${SCREENSHOTS}/touch-${profile.file}-${lang}-${name}.png`, scale: 'css' })

        // The safe area the layout must keep to is really there.
        await openGallery(page, `./?lang=${lang}`)
        const insets = await page.evaluate(() => {
          const probe = document.createElement('div')
          probe.style.cssText = 'position:fixed;padding:env(safe-area-inset-top) env(safe-area-inset-right) env(safe-area-inset-bottom) env(safe-area-inset-left)'
          document.body.append(probe)
          const c = getComputedStyle(probe)
          const read = { top: parseFloat(c.paddingTop), right: parseFloat(c.paddingRight), bottom: parseFloat(c.paddingBottom), left: parseFloat(c.paddingLeft) }
          probe.remove()
          return read
        })
        expect(insets).toEqual(profile.insets)
        expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), 'the profile is a touch screen').toBe(true)

        // Start: the gestures are explained, not the keys.
        await expect(page.getByText(s.controls.tapArtifact, { exact: true }).first()).toBeVisible()
        await expect(page.getByText(s.controls.walkKeys)).toHaveCount(0)
        await check('start', { walking: false })
        await shot('start')

        // A tap enters.
        await page.getByRole('button', { name: s.start.enter, exact: true }).tap()
        await expect.poll(async () => (await state(page)).mode).toBe('walk')

        // The 3D view is drawn within the phone's pixel budget.
        const drawn = await page.evaluate(() => {
          const c = document.querySelector('#gallery-canvas canvas') as HTMLCanvasElement
          return { width: c.width, height: c.height, cssWidth: c.clientWidth, ratio: window.devicePixelRatio }
        })
        figures.drawn = drawn
        if (small) {
          expect(drawn.width * drawn.height).toBeLessThanOrEqual(PHONE_PIXEL_BUDGET * 1.02)
          expect(drawn.width / drawn.cssWidth).toBeLessThan(drawn.ratio)
        }

        // Walking into a room: its card and its music's caption show, for 4 and 7 s (software frames are
        // slow, so the checks start as the room is entered, and the room is one already drawn, as the
        // neighbour of the one the visitor was sent to); the layout holds.
        const rooms = await page.evaluate(() => window.__gallery.rooms())
        await page.evaluate((id) => window.__gallery.goTo(id), rooms[1]!.id)
        const third = rooms[2]!
        const card = page.locator('[data-part="room-card"][data-shown]')
        const entering = page.evaluate(
          ([x, z]) => window.__gallery.teleport([x, z], -Math.PI / 2),
          [third.bounds.min[0] + 1.5, (third.bounds.min[1] + third.bounds.max[1]) / 2] as [number, number],
        )
        await expect(page.locator('[data-part="caption"]')).toBeVisible()
        await expect(card).toBeVisible()
        await check('walk with caption and room card', { walking: true, axe: false })
        // The card is short and a tap on × puts it away at once (the tap waits out the room's first frames;
        // the card's own 4 s count only frames drawn, so it is still up, and goes within a second of the tap).
        await card.getByRole('button', { name: s.hud.closeCard }).tap({ timeout: 20_000 })
        await expect(card).toHaveCount(0, { timeout: 1000 })
        await entering
        // The hint speaks of tapping (on phones it waits for the caption to go, in the band they share).
        await expect(page.locator('[data-part="hint"]')).toHaveText(s.hud.hintTouch, { timeout: 20_000 })
        await check('walk', { walking: true })
        // And once more into the next room, for the screenshot: card, caption and all.
        const fourth = rooms[3]!
        const again = page.evaluate(
          ([x, z]) => window.__gallery.teleport([x, z], -Math.PI / 2),
          [fourth.bounds.min[0] + 1.5, (fourth.bounds.min[1] + fourth.bounds.max[1]) / 2] as [number, number],
        )
        await expect(card).toBeVisible()
        await shot('walk')
        await again
        await expect(card).toHaveCount(0, { timeout: 40_000 })

        // The stick walks forward, where the visitor faces (yaw -pi/2 faces +x, down the enfilade).
        const before = await state(page)
        const stick = await centreOfBox(page, '[data-part="stick"]')
        await fingers.start([stick])
        await fingers.move([[stick[0], stick[1] - 20]])
        await fingers.move([[stick[0], stick[1] - 45]])
        await expect.poll(async () => (await state(page)).position[0] - before.position[0], { timeout: 30_000, intervals: [200] }).toBeGreaterThan(0.4)
        await fingers.end()
        const walked = await state(page)
        expect(Math.abs(walked.position[2] - before.position[2])).toBeLessThan(0.2)
        // Let go, and the visitor stops (after gliding a few centimetres).
        const atRest = async () => {
          await expect.poll(async () => { const a = await state(page); await page.waitForTimeout(300); const b = await state(page); return Math.hypot(b.position[0] - a.position[0], b.position[2] - a.position[2]) }, { timeout: 10_000 }).toBeLessThan(0.01)
          return state(page)
        }
        const stopped = await atRest()

        // A tap on the floor walks there (tapped before the drag below: a browser takes a tap that
        // comes a moment after a drag ends as part of that gesture), the target drawn on the floor until the visitor arrives.
        await page.evaluate(([x, z]) => window.__gallery.teleport([x, z], -Math.PI / 2), [stopped.position[0], stopped.position[2]] as [number, number])
        const floor: [number, number] = [view.width / 2, view.height * 0.72]
        expect(await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName, floor), 'the tapped point is the room, not the interface').toBe('CANVAS')
        const from = await state(page)
        await page.touchscreen.tap(...floor)
        await expect.poll(async () => (await state(page)).walkTarget, { timeout: 20_000 }).not.toBeNull()
        const target = (await state(page)).walkTarget!
        expect(target[0], 'the target is ahead').toBeGreaterThan(from.position[0] + 1)
        await expect.poll(async () => (await state(page)).walkTarget, { timeout: 60_000, intervals: [250] }).toBeNull()
        const arrived = await state(page)
        expect(arrived.position[0] - from.position[0]).toBeGreaterThan(0.8)

        // A drag turns the view, measured from where the tap's walk came to rest: dragging right turns left (yaw grows), as when grabbing the room.
        const rest = await atRest()
        const yaw0 = rest.yaw
        await fingers.drag([view.width * 0.4, view.height * 0.45], [view.width * 0.75, view.height * 0.45])
        await expect.poll(async () => (await state(page)).yaw - yaw0).toBeGreaterThan(0.3)
        const drag = await state(page)
        expect(Math.hypot(drag.position[0] - rest.position[0], drag.position[2] - rest.position[2]), 'a drag does not walk').toBeLessThan(0.05)

        // A tap on a work opens its sheet.
        const work = (await page.evaluate(() => window.__gallery.artifacts())).find((a) => a.roomId === rooms[1]!.id && a.kind === 'poster')!
        await page.evaluate((id) => window.__gallery.goTo(id), work.id)
        // Sent to a work, the visitor sees it: no room card over it.
        await expect(page.locator('[data-part="room-card"][data-shown]')).toHaveCount(0)
        const seen = (await page.evaluate(() => window.__gallery.artifacts())).find((a) => a.id === work.id)!
        expect(seen.screen).not.toBeNull()
        await page.touchscreen.tap(seen.screen!.x, seen.screen!.y)
        const sheet = page.getByRole('dialog')
        await expect(sheet).toBeVisible()
        await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(work.title)
        await expect(sheet.locator('[data-part="picture"] img')).toBeVisible()
        await check('inspect sheet', { walking: false })
        await shot('inspect')

        // A pinch on the picture zooms it.
        const level = sheet.locator('[data-part="picture-tools"]')
        await expect(level).toHaveAttribute('aria-label', /100/)
        const picture = await centreOfBox(page, '[data-part="picture"]')
        await fingers.pinch(picture, 40, 200)
        await expect.poll(async () => Number((await level.getAttribute('aria-label'))?.match(/\d+/)?.[0] ?? 0)).toBeGreaterThan(150)
        figures.pinchZoom = await level.getAttribute('aria-label')
        await check('inspect sheet, zoomed', { walking: false })
        await sheet.getByRole('button', { name: s.inspect.close, exact: true }).tap()
        await expect(sheet).toBeHidden()

        // The floor plan.
        // The whole first word: "План" is also the start of "Планшет", a work in the room list.
        await page.getByRole('button', { name: new RegExp(`^${s.hud.map}(\\s|$)`) }).tap()
        const plan = page.getByRole('dialog', { name: s.map.title })
        await expect(plan).toBeVisible()
        await check('plan', { walking: false })
        await shot('plan')
        await plan.getByRole('button', { name: s.map.close }).tap()
        await expect(plan).toBeHidden()

        // The tours: from the menu on phones, the Tours button on tablets.
        const firstTour = (await page.evaluate(() => window.__gallery.tours()))[0]!
        if (compact) {
          await page.getByRole('button', { name: s.hud.menu, exact: true }).tap()
          await expect(page.locator('[data-part="menu"]')).toBeVisible()
          await check('menu', { walking: false })
          await shot('menu')
          await page.locator('[data-part="menu"]').getByRole('button', { name: s.tours.heading }).tap()
        } else {
          await page.getByRole('button', { name: s.tours.open, exact: true }).tap()
        }
        await page.getByRole('button', { name: new RegExp(firstTour.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).tap()
        const bar = page.locator('[data-part="tour-bar"]')
        await expect(bar).toBeVisible({ timeout: 30_000 })
        await expect(page.locator('[data-part="caption"]')).toBeVisible({ timeout: 60_000 })
        await check('tour with narration', { walking: true })
        await shot('tour')
        await bar.getByRole('button', { name: s.tours.leave }).tap()
        await expect.poll(() => page.evaluate(() => window.__gallery.tour())).toBeNull()

        // A hidden tab draws nothing, even while the visitor turns (told so as a browser tells it;
        // the page itself keeps its animation frames); shown again, the turn is drawn.
        if (lang === 'en') {
          const drawnWhile = async (hidden: boolean) => {
            await page.evaluate((h) => {
              Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') })
              document.dispatchEvent(new Event('visibilitychange'))
            }, hidden)
            await page.keyboard.down('ArrowLeft')
            const drawn = await framesDrawnOver(page, 30)
            await page.keyboard.up('ArrowLeft')
            return drawn
          }
          const whileHidden = await drawnWhile(true)
          const whileVisible = await drawnWhile(false)
          figures.framesIn30AnimationFrames = { hidden: whileHidden, visible: whileVisible }
          expect(whileHidden).toBeLessThanOrEqual(1)
          expect(whileVisible).toBeGreaterThan(3)
        }

        writeFileSync(`${FIGURES}/${profile.file}-${lang}.json`, JSON.stringify(figures, null, 2))
      })
    }
  })
}
